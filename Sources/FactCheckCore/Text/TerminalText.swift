/// Makes untrusted text (from articles, annotation files, file names) safe to print on a terminal.
///
/// C0 and C1 controls (so every CSI and OSC sequence starts harmlessly), DEL and bidi overrides are replaced
/// by visible escapes such as `^[` or `<U+202E>`. Newlines and tabs are kept only when asked for.
public enum TerminalText {
    /// True for the Unicode bidi embedding, override and isolate controls that can reorder what a reader sees.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` with every control, DEL and bidi control made visible.
    /// - Parameter keepingNewlines: keep `\n` and `\t` as they are (for multi-line output).
    public static func visible(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingNewlines, scalar == "\n" || scalar == "\t" {
                out.append(scalar)
            } else if needsEscape(scalar) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || isBidiControl(scalar)
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00..<0x20: "^" + String(Character(Unicode.Scalar(UInt8(scalar.value) + 0x40)))
        case 0x7F: "^?"
        default: "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
        }
    }
}
