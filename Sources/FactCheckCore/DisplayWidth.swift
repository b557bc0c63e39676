/// How many terminal columns text takes, and text cut or wrapped to a number of columns.
///
/// The codebase's one measure of width: combining marks and zero-width spaces take no column, East Asian wide
/// characters and most emoji two, everything else one. Used by the shell, the command line's listings and reports.
public enum DisplayWidth {
    /// The columns `scalar` takes.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark || v == 0x200B { return 0 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// The columns `text` takes.
    public static func of(_ text: some StringProtocol) -> Int { text.unicodeScalars.reduce(0) { $0 + of($1) } }

    /// `text` cut to at most `width` columns, ending with "…" when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let w = of(scalar)
            if used + w > width - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }

    /// `text` padded with spaces to `width` columns (never cut).
    public static func padded(_ text: String, to width: Int) -> String {
        let used = of(text)
        return used >= width ? text : text + String(repeating: " ", count: width - used)
    }

    /// `text` broken at spaces into lines of at most `width` columns; a word wider than the width stands alone on
    /// its line. Always at least one line (empty for empty text).
    public static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let w = of(word)
            if line.isEmpty {
                line = String(word)
                used = w
            } else if used + 1 + w <= width {
                line += " " + word
                used += 1 + w
            } else {
                lines.append(line)
                line = String(word)
                used = w
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` wrapped to `width` columns with every line prefixed by `indent` (at least 20 columns of text);
    /// empty for text with no words.
    public static func wrap(_ text: String, width: Int, indent: String) -> String {
        let wrapped = lines(text, width: max(20, width - of(indent)))
        if wrapped == [""] { return "" }
        return wrapped.map { indent + $0 }.joined(separator: "\n")
    }
}
