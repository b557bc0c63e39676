import FactCheckCore
import Testing

/// Decoding article bytes: encodings, line ends, control characters and the files that are not articles.
@Suite struct ArticleDecoderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let text: String
        let encoding: ArticleDecoder.Encoding
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "UTF-8", bytes: Array("Café à 3 € — « oui »…".utf8), text: "Café à 3 € — « oui »…", encoding: .utf8),
        Case(name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Été.".utf8), text: "Été.", encoding: .utf8),
        Case(name: "Windows-1252", bytes: [0x43, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x20, 0x85, 0x20, 0x92, 0x20, 0xE0],
             text: "Café € … ’ à", encoding: .windows1252),
        Case(name: "Latin-1", bytes: [0xE9, 0x74, 0xE9, 0x20, 0xE0, 0x20, 0xE7, 0x61], text: "été à ça", encoding: .latin1),
        Case(name: "UTF-8 with a stray Windows-1252 byte", bytes: Array("Été ".utf8) + [0xE9, 0x74, 0xE9] + Array(" à Noël".utf8),
             text: "Été été à Noël", encoding: .mixed),
        Case(name: "UTF-16LE with BOM", bytes: [0xFF, 0xFE, 0x45, 0x00, 0x74, 0x00, 0xE9, 0x00, 0xAC, 0x20], text: "Eté€", encoding: .utf16LittleEndian),
        Case(name: "UTF-16BE with BOM", bytes: [0xFE, 0xFF, 0x00, 0x45, 0x00, 0x74, 0x00, 0xE9, 0xD8, 0x3D, 0xDE, 0x00],
             text: "Eté😀", encoding: .utf16BigEndian),
        Case(name: "UTF-16LE without BOM", bytes: Array("Hello world.".utf8).flatMap { [$0, 0] }, text: "Hello world.", encoding: .utf16LittleEndian),
        Case(name: "CRLF and CR", bytes: Array("Un.\r\nDeux.\rTrois.\r\n\r\nQuatre.".utf8), text: "Un.\nDeux.\nTrois.\n\nQuatre.", encoding: .utf8),
        Case(name: "NEL, LS, PS, VT and FF", bytes: Array("A\u{85}B\u{2028}C\u{2029}D\u{0B}E\u{0C}F".utf8), text: "A\nB\nC\n\nD\nE\nF", encoding: .utf8),
        Case(name: "NUL dropped, other controls kept", bytes: Array("Un\u{0}e phrase \u{1B}[31m.".utf8), text: "Une phrase \u{1B}[31m.", encoding: .utf8),
        Case(name: "Windows-1252 with CRLF", bytes: [0xE9, 0x0D, 0x0A, 0xE0], text: "é\nà", encoding: .latin1),
    ]

    @Test("decodes", arguments: cases)
    func decodes(_ testCase: Case) throws {
        let decoded = try ArticleDecoder.decode(testCase.bytes)
        #expect(decoded.text == testCase.text)
        #expect(decoded.encoding == testCase.encoding)
        let bytes = try ArticleDecoder.decodeToUTF8(testCase.bytes)
        #expect(bytes.utf8 == Array(testCase.text.utf8))
    }

    @Test func everyWindows1252ByteDecodesWithoutReplacementCharacter() throws {
        let bytes = Array("Texte ".utf8) + (0x80...0xFF).map(UInt8.init)
        let decoded = try ArticleDecoder.decode(bytes)
        #expect(!decoded.text.unicodeScalars.contains("\u{FFFD}"))
        #expect(decoded.text.unicodeScalars.count == 6 + 128)
    }

    @Test func notesWhetherTheTextHoldsControls() throws {
        #expect(try ArticleDecoder.decodeToUTF8(Array("Une phrase « à » l’été.\n\tDeux.".utf8)).mayHoldControls == false)
        for text in ["Un \u{1B}[31m.", "Un \u{85}x", "Un \u{202E}x", "Un \u{2066}x", "Un \u{7F}.", "Un \u{061C}x", "Un\u{0E}x"] {
            #expect(try ArticleDecoder.decodeToUTF8(Array(text.utf8)).mayHoldControls, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func cleanUTF8IsReturnedAsItIs() throws {
        let bytes = Array("Une phrase.\nUne autre.".utf8)
        #expect(try ArticleDecoder.decodeToUTF8(bytes).utf8 == bytes)
    }

    struct Failing: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let failure: ArticleDecoder.Failure
        var testDescription: String { name }
    }

    static let failing: [Failing] = [
        Failing(name: "empty", bytes: [], failure: .empty),
        Failing(name: "white space only", bytes: Array(" \n\t\r\n \u{A0}".utf8), failure: .blank),
        Failing(name: "a BOM only", bytes: [0xEF, 0xBB, 0xBF], failure: .blank),
        Failing(name: "NULs", bytes: [UInt8](repeating: 0, count: 64), failure: .binary),
        Failing(name: "PNG", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("IHDR text".utf8), failure: .binary),
        Failing(name: "PDF", bytes: Array("%PDF-1.4\n%text".utf8), failure: .binary),
        Failing(name: "random bytes", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: ($0 &* 2654435761) >> 13) }, failure: .binary),
        Failing(name: "text with a binary tail", bytes: Array(String(repeating: "Une phrase. ", count: 800).utf8)
                + (0..<9000).map { UInt8(truncatingIfNeeded: ($0 &* 40503) >> 5) }, failure: .binary),
    ]

    @Test("refuses", arguments: failing)
    func refuses(_ testCase: Failing) {
        #expect(throws: testCase.failure) { try ArticleDecoder.decode(testCase.bytes) }
    }

    @Test func failureMessagesSayWhatWasExpected() {
        for failure in [ArticleDecoder.Failure.empty, .blank, .binary] {
            #expect(failure.message.contains("expected"))
        }
    }
}
