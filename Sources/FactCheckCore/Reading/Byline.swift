/// Recognises a byline on its own line: "Par Jean Dupont", "Par Marie Martin, envoyée spéciale à Kiev",
/// "By John Smith and Jane Doe", "Par Jean Dupont | 355 mots" (the article's length after a bar), a signature with
/// the wires the article draws on ("J.D. avec agences") and a newsroom's ("Staff Reports") — but not "Par ailleurs,
/// le ministère…" or "By Monday, the company…".
enum Byline {
    /// Longest byline, in bytes.
    static let maximumLength = 90

    /// Words that may join the names of a byline.
    private static let connectors = FoldedKey.set(["de", "du", "des", "d'", "et", "and", "von", "van", "le", "la", "di", "da", "&"])

    /// True when `text[range]` opens with "Par " or "By " followed by one or more capitalised names, and what
    /// follows the first comma (a role, a place, an agency) is short, or a bar follows them with only the article's
    /// length after it.
    static func isByline(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count <= maximumLength, range.count > 4 else { return false }
        let b0 = text[range.lowerBound], b1 = text[range.lowerBound + 1], b2 = text[range.lowerBound + 2]
        let start: Int
        if b0 == UInt8(ascii: "P"), b1 == UInt8(ascii: "a"), b2 == UInt8(ascii: "r"), text[range.lowerBound + 3] == 0x20 {
            start = range.lowerBound + 4
        } else if b0 == UInt8(ascii: "B"), b1 == UInt8(ascii: "y"), b2 == 0x20 {
            start = range.lowerBound + 3
        } else {
            return false
        }
        // Ends like a sentence: prose, not a byline.
        if text[range.upperBound - 1] == UInt8(ascii: ".") , range.count > 40 { return false }
        var i = start
        var names = 0
        var words = 0
        while i < range.upperBound {
            i = text.skipSpaces(from: i, to: range.upperBound)
            guard i < range.upperBound else { break }
            let wordStart = i
            // A bar ends the names: what follows is the page's data on the article ("| 355 mots").
            if text[i] == UInt8(ascii: "|") { return names >= 1 && words <= 6 && isLengthAfterBar(text, i..<range.upperBound) }
            let word = nameWord(text, at: wordStart, to: range.upperBound)
            i = word.end
            words += 1
            if word.isCapitalised {
                names += 1
            } else if !connectors.contains(word.key) {
                return false
            }
            if word.endsWithComma { break }
        }
        guard names >= 1, words <= 6 else { return false }
        // After the comma: a short role or place.
        let rest = text.trimmed(i..<range.upperBound)
        var restWords = 0
        var j = rest.lowerBound
        while j < rest.upperBound {
            j = text.skipSpaces(from: j, to: rest.upperBound)
            if j < rest.upperBound { restWords += 1 }
            while j < rest.upperBound, text.spaceWidth(at: j) == 0 { j += 1 }
        }
        return restWords <= 5
    }

    /// The word that opens at `start` in a line of names (a byline, a credit): its folded key, where it ends (past
    /// the comma that closes it, if one does), whether a comma closes it, and whether it opens with a capital.
    static func nameWord(_ text: UTF8Text, at start: Int, to end: Int)
        -> (key: FoldedKey, end: Int, endsWithComma: Bool, isCapitalised: Bool) {
        var key = FoldedKey()
        var i = start
        var endsWithComma = false
        while i < end, text.spaceWidth(at: i) == 0 {
            if text[i] == UInt8(ascii: ",") { endsWithComma = true; i += 1; break }
            let (first, _, width) = FoldedText.fold(text, at: i)
            key.append(first == 0 ? text[i] : first)
            i += width
        }
        return (key, i, endsWithComma, ScalarClass.isUpper(text.scalar(at: start).scalar))
    }

    /// Words (folded) of an article's length or reading time after a byline's bar: "| 355 mots", "| 4 min read",
    /// "| Lecture 3 min".
    private static let lengthWords = FoldedKey.set([
        "mots", "words", "min", "mins", "minutes", "read", "lecture", "de", "temps", "reading", "time",
    ])

    /// Whether `text[range]` holds only bars, numbers and `lengthWords`, with a number among them.
    private static func isLengthAfterBar(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        var number = false
        while i < range.upperBound {
            i = text.skipSpaces(from: i, to: range.upperBound)
            guard i < range.upperBound else { break }
            var key = FoldedKey()
            var digits = true
            while i < range.upperBound, text.spaceWidth(at: i) == 0 {
                if text[i] < 0x30 || text[i] > 0x39 { digits = false }
                i += text[i] == UInt8(ascii: ":") ? 1 : FoldedText.appendFolded(text, at: i, to: &key)
            }
            if digits { number = true; continue }
            guard key == bar || lengthWords.contains(key) else { return false }
        }
        return number
    }

    private static let bar = FoldedKey("|")

    /// Sources (folded) a signature names after "avec" or "with": the agencies whose wires the article draws on.
    private static let sources = FoldedKey.set([
        "agence", "agences", "agencies", "afp", "reuters", "ap", "belga", "ats", "dpa", "ansa", "efe", "wires",
    ])

    /// Words (folded) that join a signature to its sources, or two sources: "avec", "with", "and", "et".
    private static let sourceJoiners = FoldedKey.set(["avec", "with", "and", "et"])

    /// The longest signature with its sources, in bytes.
    static let sourcesLength = 64

    /// A signature that names the wires the article draws on, as a newsroom signs a story written from agency copy:
    /// "J.D. avec agences", "Jean Dupont avec AFP", "Staff and agencies", "Jane Roe with Reuters". Initials or
    /// capitalised names (at most four words), a joiner, then only sources. Not "Le ministre a parlé avec l'AFP" (a
    /// lower-case word before the joiner) nor "Paris avec AFP et les autres" (a word after it that names no source).
    /// - Complexity: O(1): lines longer than `sourcesLength` bytes, or whose last word is not a source, are rejected
    ///   before any is read; allocates nothing.
    static func isSignatureWithSources(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count <= sourcesLength, range.count > 4 else { return false }
        var lastStart = range.upperBound
        while lastStart > range.lowerBound, text[lastStart - 1] != 0x20 { lastStart -= 1 }
        guard lastStart > range.lowerBound, sources.contains(key(text, lastStart..<range.upperBound)) else { return false }
        var i = range.lowerBound
        var names = 0
        var joined = false
        while i < range.upperBound {
            i = text.skipSpaces(from: i, to: range.upperBound)
            guard i < range.upperBound else { break }
            let start = i
            while i < range.upperBound, text.spaceWidth(at: i) == 0 { i += 1 }
            let word = key(text, start..<i)
            if joined {
                guard sources.contains(word) || sourceJoiners.contains(word) else { return false }
            } else if sourceJoiners.contains(word), names > 0 {
                joined = true
            } else {
                guard ScalarClass.isUpper(text.scalar(at: start).scalar), names < 4 else { return false }
                names += 1
            }
        }
        return joined
    }

    /// Last words (folded) of a newsroom's credit: the desk or the staff a story is signed by, or the station's
    /// name a link to its programme ends with.
    private static let newsroomWords = FoldedKey.set([
        "newsroom", "staff", "reports", "desk", "news", "wire", "wires", "redaction",
    ])

    /// The longest newsroom's credit, in bytes.
    static let newsroomCreditLength = 40

    /// A story signed by its newsroom rather than a reporter, or a link to the station's programme: "Staff Reports",
    /// "KXYZ Newsroom", "Watch Valley News", "La Rédaction". At most four words, each capitalised (or a joiner), the
    /// last a newsroom's word, no punctuation: not a headline ("Senate Kills The Bill"), nor a sentence ("Staff
    /// reports rose by a third.", "La rédaction a tranché").
    /// - Complexity: O(1): lines longer than `newsroomCreditLength` bytes, or whose last word is not a newsroom's, are
    ///   rejected before any other word is read; allocates nothing.
    static func isNewsroomCredit(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count <= newsroomCreditLength, range.count > 3 else { return false }
        var lastStart = range.upperBound
        while lastStart > range.lowerBound, text[lastStart - 1] != 0x20 { lastStart -= 1 }
        guard newsroomWords.contains(key(text, lastStart..<range.upperBound)) else { return false }
        var i = range.lowerBound
        var words = 0
        while i < range.upperBound {
            i = text.skipSpaces(from: i, to: range.upperBound)
            guard i < range.upperBound else { break }
            let word = nameWord(text, at: i, to: range.upperBound)
            guard !word.endsWithComma, word.isCapitalised || connectors.contains(word.key) else { return false }
            i = word.end
            words += 1
        }
        return words <= 4 && !text.bytes[range].contains { byte in
            byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "!")
                || byte == UInt8(ascii: "?")
        }
    }

    /// The folded key of `text[range]`.
    private static func key(_ text: UTF8Text, _ range: Range<Int>) -> FoldedKey {
        var key = FoldedKey()
        var i = range.lowerBound
        while i < range.upperBound { i += FoldedText.appendFolded(text, at: i, to: &key) }
        return key
    }
}
