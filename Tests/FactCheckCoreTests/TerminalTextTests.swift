import FactCheckCore
import Testing

/// The one terminal escaping: what is escaped, how, and the byte pre-filter that fast printers rely on.
@Suite struct TerminalTextTests {
    @Test func everyScalarThatNeedsEscapingBeginsWithAByteThePrefilterNames() {
        var escaped = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), TerminalText.needsEscape(scalar) else { continue }
            escaped += 1
            var lead: UInt8 = 0
            var first = true
            UTF8.encode(scalar) { if first { lead = $0; first = false } }
            #expect(TerminalText.mayBeginEscape(lead), "U+\(String(value, radix: 16)) starts with \(lead)")
        }
        #expect(escaped > 60)
    }

    @Test func decodesTheScalarAtAnIndex() {
        let bytes = Array("aé‮🙂".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(TerminalText.scalar(in: buffer, at: 0) == ("a", 1))
            #expect(TerminalText.scalar(in: buffer, at: 1) == ("é", 2))
            #expect(TerminalText.scalar(in: buffer, at: 3) == ("\u{202E}", 3))
            #expect(TerminalText.scalar(in: buffer, at: 6) == ("🙂", 4))
        }
    }

    @Test(arguments: [("\u{1B}[2J", "^[[2J"), ("a\u{202E}b", "a<U+202E>b"), ("\u{9B}", "<U+9B>"), ("x\u{7F}", "x^?"), ("l'été", "l'été")])
    func makesControlsVisible(_ text: String, _ shown: String) {
        #expect(TerminalText.visible(text) == shown)
    }
}
