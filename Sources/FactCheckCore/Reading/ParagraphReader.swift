/// Splits an article into paragraphs: blank lines separate them, hard-wrapped lines are rejoined, headlines,
/// bylines, datelines and list items stand alone, furniture and update notices are recognised.
///
/// A line continues the one before when that one does not end a sentence and either the new line starts in lower
/// case, or the earlier line was filled to the wrap width (the next word would not have fitted on it). A
/// comment-section footer ("Aucun commentaire:", "1 comment:") makes everything after it furniture.
public enum ParagraphReader {
    /// Lines shorter than this (in scalars) are never taken as hard-wrapped before a capitalised line: they are
    /// headlines, bylines or datelines.
    static let wrappedLineMinimum = 40

    /// The paragraphs of `scalars`, in reading order.
    /// - Complexity: O(n) in the text length.
    public static func paragraphs(in scalars: [Unicode.Scalar]) -> [Paragraph] {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return paragraphs(in: String(text))
    }

    /// The paragraphs of `text`, with scalar offsets, in reading order.
    /// - Complexity: O(n) in the text length.
    public static func paragraphs(in text: String) -> [Paragraph] {
        var copy = text
        return copy.withUTF8 { buffer in
            let utf8 = UTF8Text(buffer)
            var scanner = ParagraphScanner(utf8)
            var offsets = ScalarOffsets(utf8)
            var result: [Paragraph] = []
            while let paragraph = scanner.next() {
                result.append(Paragraph(range: offsets.range(paragraph.range), kind: paragraph.kind))
            }
            return result
        }
    }
}
