/// Scalar-level helpers shared by the reader, the segmenter and the linker.
enum Scalars {
    static func isSpace(_ s: Unicode.Scalar) -> Bool { ArticleDecoder.isWhitespace(s) }

    static func isUpper(_ s: Unicode.Scalar) -> Bool { ScalarClass.isUpper(s) }

    static func isLower(_ s: Unicode.Scalar) -> Bool { ScalarClass.isLower(s) }

    static func isLetter(_ s: Unicode.Scalar) -> Bool { ScalarClass.isLetter(s) }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ScalarClass.isDigit(s) }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool { ScalarClass.isWord(s) }

    /// `text[range]` with runs of white space (line breaks of wrapped lines included) folded to one space.
    static func normalizedText(_ scalars: ScalarText, _ range: TextRange) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars[range.start..<range.end] {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `normalizedText(scalars, range)` is `text`, found without making the string.
    static func normalizedText(_ scalars: ScalarText, _ range: TextRange, equals text: String) -> Bool {
        var expected = text.unicodeScalars.makeIterator()
        var pendingSpace = false
        var started = false
        for scalar in scalars[range.start..<range.end] {
            if isSpace(scalar) {
                pendingSpace = started
            } else {
                if pendingSpace {
                    guard expected.next() == " " else { return false }
                }
                pendingSpace = false
                started = true
                guard expected.next() == scalar else { return false }
            }
        }
        return expected.next() == nil
    }

    /// `range` shrunk so that it neither starts nor ends with white space.
    static func trimmed(_ scalars: ScalarText, _ range: TextRange) -> TextRange {
        var start = range.start, end = range.end
        while start < end, isSpace(scalars[start]) { start += 1 }
        while end > start, isSpace(scalars[end - 1]) { end -= 1 }
        return TextRange(start, end)
    }

    /// Lower-cased with accents removed, for matching markers and words ("Mise à jour" → "mise a jour"):
    /// `FoldedText`'s folding.
    static func folded(_ text: some Sequence<Unicode.Scalar>) -> String {
        FoldedText.string(text)
    }
}
