/// Recognises a byline on its own line: "Par Jean Dupont", "Par Marie Martin, envoyée spéciale à Kiev",
/// "By John Smith and Jane Doe" — but not "Par ailleurs, le ministère…" or "By Monday, the company…".
enum Byline {
    /// Longest byline, in bytes.
    static let maximumLength = 90

    /// Words that may join the names of a byline.
    private static let connectors = FoldedKey.set(["de", "du", "des", "d'", "et", "and", "von", "van", "le", "la", "di", "da", "&"])

    /// True when `text[range]` opens with "Par " or "By " followed by one or more capitalised names, and what
    /// follows the first comma (a role, a place, an agency) is short.
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
            var key = FoldedKey()
            var endsWithComma = false
            while i < range.upperBound, text.spaceWidth(at: i) == 0 {
                if text[i] == UInt8(ascii: ",") { endsWithComma = true; i += 1; break }
                let (first, _, width) = FoldedText.fold(text, at: i)
                key.append(first == 0 ? text[i] : first)
                i += width
            }
            words += 1
            let (scalar, _) = text.scalar(at: wordStart)
            if ScalarClass.isUpper(scalar) {
                names += 1
            } else if !connectors.contains(key) {
                return false
            }
            if endsWithComma { break }
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
}
