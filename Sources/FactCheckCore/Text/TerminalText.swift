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

    /// Whether `scalar` must be made visible: C0 and C1 controls, DEL, bidi controls, line and paragraph separators.
    /// The one definition of what may not reach a terminal raw; every printer of untrusted text goes through it.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || isBidiControl(scalar)
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// The visible form of a scalar that `needsEscape`: `^[` for ESC, `^?` for DEL, `<U+202E>` for the others.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00..<0x20: "^" + String(Character(Unicode.Scalar(UInt8(scalar.value) + 0x40)))
        case 0x7F: "^?"
        default: "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
        }
    }

    /// Whether a UTF-8 byte can begin a scalar that `needsEscape`: an ASCII control or DEL, or the lead byte of a
    /// C1 control (C2), U+061C (D8) or a U+2xxx control (E2). Byte scanners skip every other byte unexamined.
    @inline(__always)
    public static func mayBeginEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
    }

    /// The scalar that begins at `index` of valid UTF-8 `bytes`, with its length in bytes; a truncated sequence
    /// at the end reads as its lead byte alone (U+FFFD, length 1).
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
