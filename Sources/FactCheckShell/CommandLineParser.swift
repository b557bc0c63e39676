/// Splits a command line into words, honouring "double" and 'single' quotes and backslash escapes.
///
/// A quote opens a quoted section only at the start of a word, so French apostrophes (l'Etat, aujourd'hui) and
/// typographic quotes (« », ’) are ordinary characters. A single-quoted section ends at a ' followed by white
/// space or the end of the line, so 'l'Etat' is one word.
public enum CommandLineParser {
    /// Why a line could not be split.
    public enum Failure: Error, Equatable, Sendable {
        /// A quote opened at `column` (1-based, in characters) is never closed.
        case unbalancedQuote(Character, column: Int)
        /// The line ends with a lone backslash.
        case trailingBackslash
    }

    /// One word of a line, with where it starts in the line as typed.
    public struct Word: Equatable, Sendable {
        /// The word after quote removal.
        public var text: String
        /// The offset in characters of its first character in the line.
        public var start: Int
        /// Whether the word is one quoted section and nothing else (`"checked with the ministry"`).
        public var isQuoted: Bool
    }

    /// The words of `line`.
    public static func split(_ line: String) throws(Failure) -> [String] {
        try split(line, lenient: false).words.map(\.text)
    }

    /// The words of `line`, each with its place in the line: what lets a note be taken verbatim.
    public static func words(_ line: String) throws(Failure) -> [Word] {
        try split(line, lenient: false).words
    }

    /// The words of `line` for completion: never fails; tells whether the line ends inside a word.
    public static func splitForCompletion(_ line: String) -> (words: [String], endsInWord: Bool) {
        // A lenient split cannot fail.
        (try? split(line, lenient: true)).map { ($0.words.map(\.text), $0.endsInWord) } ?? ([], false)
    }

    private static func split(_ line: String, lenient: Bool) throws(Failure) -> (words: [Word], endsInWord: Bool) {
        var words: [Word] = []
        var current = ""
        var inWord = false
        var start = 0
        // Whether the word so far is exactly one closed quoted section.
        var quoted = false
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                if inWord { words.append(Word(text: current, start: start, isQuoted: quoted)); current = ""; inWord = false }
                i += 1
                continue
            }
            if !inWord { start = i }
            quoted = false
            if c == "\\" {
                guard i + 1 < chars.count else {
                    if lenient { i += 1; continue }
                    throw .trailingBackslash
                }
                current.append(chars[i + 1])
                inWord = true
                i += 2
                continue
            }
            if (c == "\"" || c == "'") && !inWord {
                let open = i
                i += 1
                var closed = false
                while i < chars.count {
                    let d = chars[i]
                    if c == "\"" && d == "\\" && i + 1 < chars.count && (chars[i + 1] == "\"" || chars[i + 1] == "\\") {
                        current.append(chars[i + 1]); i += 2; continue
                    }
                    if d == c && (c == "\"" || i + 1 == chars.count || chars[i + 1].isWhitespace) {
                        closed = true; i += 1; break
                    }
                    current.append(d)
                    i += 1
                }
                if !closed && !lenient { throw .unbalancedQuote(c, column: open + 1) }
                inWord = true
                quoted = closed
                continue
            }
            current.append(c)
            inWord = true
            i += 1
        }
        if inWord { words.append(Word(text: current, start: start, isQuoted: quoted)) }
        return (words, inWord || (chars.last.map { !$0.isWhitespace } ?? false))
    }
}
