/// The hostile string of issue 11 and the scan of what the program printed: a clipboard write (OSC 52), a window
/// title (OSC 0), a screen clear (CSI 2J), a right-to-left override, a C1 CSI and a raw newline followed by a fake
/// output line. None of it may reach the terminal raw.
enum HostileText {
    /// What a line faked by a raw newline inside a value would start with.
    static let fakeLine = "FAKE-LINE-injected"

    /// The hostile string (no slash and no NUL, so that it can also be a file name).
    static let value = "\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}\u{9B}31m\n" + fakeLine

    /// Problems with `output` (a stream named `stream`): a C0 control other than newline (or CR LF) and tab, DEL, a C1
    /// control, a bidi control, or a line that begins with the fake line (a raw newline inside a value).
    static func problems(in output: String, stream: String) -> [String] {
        var problems: [String] = []
        let scalars = Array(output.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() {
            let value = scalar.value
            // CR LF ends a CSV record (RFC 4180): a line end.
            if scalar == "\r", offset + 1 < scalars.count, scalars[offset + 1] == "\n" { continue }
            let bidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
            if (value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(value) || bidi {
                problems.append("\(stream) has a raw U+\(String(value, radix: 16, uppercase: true)) at scalar \(offset): …\(context(output, around: offset))…")
                break
            }
        }
        if output.hasPrefix(fakeLine) || output.contains("\n" + fakeLine) {
            problems.append("\(stream) has a raw newline inside a value (a line starts with \(fakeLine))")
        }
        return problems
    }

    private static func context(_ text: String, around offset: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let window = scalars[max(0, offset - 50)..<min(scalars.count, offset + 30)]
        return window.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }
}
