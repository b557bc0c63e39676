/// Where things stand in an article as a reader counts them: paragraph by paragraph, sentence by sentence.
///
/// Scalar offsets are for files; an editor is told "¶4, sentence 2". The map also gives a sentence's neighbours
/// in reading order, so a claim can be shown with the sentence before and after it.
public struct ArticleMap: Sendable {
    /// A reader's position: paragraph and sentence numbers, both from 1.
    public struct Position: Equatable, Sendable, CustomStringConvertible {
        /// The paragraph's number in reading order, from 1.
        public var paragraph: Int
        /// The sentence's number within its paragraph, from 1.
        public var sentence: Int

        /// "¶4, sentence 2".
        public var description: String { "¶\(paragraph), sentence \(sentence)" }
    }

    /// One sentence occurrence of the article (a claim or a question), in reading order.
    public struct Sentence: Equatable, Sendable {
        /// Where it stands.
        public var range: TextRange
        /// Its text, white space folded.
        public var text: String
    }

    /// The article's paragraphs, in reading order.
    public let paragraphs: [Paragraph]
    /// Every sentence occurrence, ordered by start.
    public let sentences: [Sentence]

    /// The map of `analysis`.
    /// - Complexity: O(s log s) in the number of sentence occurrences.
    public init(_ analysis: ArticleAnalysis) {
        paragraphs = analysis.paragraphs
        sentences = (analysis.claims + analysis.questions)
            .flatMap { sentence in sentence.occurrences.map { Sentence(range: $0, text: sentence.text) } }
            .sorted { $0.range.start < $1.range.start }
    }

    /// The index of the paragraph holding `offset`, nil when it falls between paragraphs.
    /// - Complexity: O(log p).
    public func paragraphIndex(containing offset: Int) -> Int? {
        var low = 0, high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].range.end <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < paragraphs.count, paragraphs[low].range.start <= offset else { return nil }
        return low
    }

    /// The position of the sentence starting at `offset`.
    public func position(of offset: Int) -> Position? {
        guard let p = paragraphIndex(containing: offset) else { return nil }
        let start = paragraphs[p].range.start
        let first = firstSentence(startingAtOrAfter: start)
        let this = firstSentence(startingAtOrAfter: offset)
        return Position(paragraph: p + 1, sentence: max(1, this - first + 1))
    }

    /// The sentences just before and just after the occurrence starting at `offset` (nil at either end).
    public func neighbours(of offset: Int) -> (before: Sentence?, after: Sentence?) {
        let index = firstSentence(startingAtOrAfter: offset)
        let before = index > 0 ? sentences[index - 1] : nil
        let next = index < sentences.count && sentences[index].range.start == offset ? index + 1 : index
        return (before, next < sentences.count ? sentences[next] : nil)
    }

    /// The sentences whose occurrences start within `range`, in order.
    public func sentences(in range: TextRange) -> ArraySlice<Sentence> {
        let from = firstSentence(startingAtOrAfter: range.start)
        let to = firstSentence(startingAtOrAfter: range.end)
        return sentences[from..<max(from, to)]
    }

    /// The index of the first sentence starting at or after `offset` (`sentences.count` when none).
    private func firstSentence(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].range.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
