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

    /// The columns a printed line takes: like `of(_:)`, but the tool's own colour sequences (ESC [ … m, from
    /// `TextStyle`) take none. Untrusted text never holds an ESC by then: `TerminalText` made it visible.
    public static func ofPrinted(_ line: some StringProtocol) -> Int {
        var columns = 0
        var inSequence = false
        for scalar in line.unicodeScalars {
            if inSequence {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inSequence = false }
                continue
            }
            if scalar == "\u{1B}" { inSequence = true; continue }
            columns += of(scalar)
        }
        return columns
    }

    /// A printed line (colour sequences allowed) as lines of at most `width` columns: broken at spaces, each
    /// continuation indented two columns past the line's own indentation, and a word wider than the room cut
    /// where it must. A line that fits comes back alone and unchanged.
    /// - Complexity: O(n) in the line's length.
    public static func fit(_ line: String, width: Int) -> [String] {
        let width = max(10, width)
        guard ofPrinted(line) > width else { return [line] }
        let leading = line.prefix { $0 == " " }.count
        let indent = String(repeating: " ", count: min(leading + 2, width / 2))
        var lines: [String] = []
        var current = String(repeating: " ", count: leading)
        var used = leading
        var startsLine = true
        for word in line.dropFirst(leading).split(separator: " ", omittingEmptySubsequences: false) {
            var piece = Substring(word)
            var pieceWidth = ofPrinted(piece)
            let room = width - used - (startsLine ? 0 : 1)
            if pieceWidth <= room {
                if !startsLine { current += " " }
                current += piece
                used += (startsLine ? 0 : 1) + pieceWidth
                startsLine = false
                continue
            }
            if !startsLine {
                lines.append(current)
                current = indent
                used = indent.count
                startsLine = true
            }
            // A word wider than a whole line: cut it into pieces that fill lines.
            while pieceWidth > width - used {
                let (head, tail) = split(piece, columns: width - used)
                lines.append(current + head)
                current = indent
                used = indent.count
                piece = tail
                pieceWidth = ofPrinted(piece)
            }
            current += piece
            used += pieceWidth
            startsLine = false
        }
        lines.append(current)
        return lines
    }

    /// `text` cut after at most `columns` columns (at least one scalar); colour sequences are never cut.
    private static func split(_ text: Substring, columns: Int) -> (Substring, Substring) {
        var used = 0
        var inSequence = false
        var index = text.unicodeScalars.startIndex
        var taken = 0
        while index < text.unicodeScalars.endIndex {
            let scalar = text.unicodeScalars[index]
            if inSequence {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inSequence = false }
            } else if scalar == "\u{1B}" {
                inSequence = true
            } else {
                let w = of(scalar)
                if used + w > columns && taken > 0 { break }
                used += w
                taken += 1
            }
            index = text.unicodeScalars.index(after: index)
        }
        return (Substring(text.unicodeScalars[..<index]), Substring(text.unicodeScalars[index...]))
    }
}
