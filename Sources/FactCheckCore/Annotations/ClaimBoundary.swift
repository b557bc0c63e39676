/// An editor's correction of where claims begin and end, kept in the annotation file (`boundaries`) and applied to
/// the reader's sentences every time the article is read, so that corrected claims are found again by their text.
///
/// A correction names claims by their text, not by offsets: when the article changes under it so that the text is
/// no longer there, the correction no longer applies and the reader's own sentences stand (annotations re-anchor
/// on them as usual, and nothing is dropped).
public enum ClaimBoundary: Equatable, Sendable {
    /// The claim with this text is two claims: the second starts at its word number `word` (from 0; at least 1).
    case split(text: String, word: Int)
    /// The claim with text `first` and the one right after it, with text `second`, are one claim.
    case join(first: String, second: String)

    /// `sentences` (claims in reading order) with `corrections` applied in order; those that do not apply any more
    /// are left out of the result's `applied`.
    public static func apply(_ corrections: [ClaimBoundary], to sentences: [ArticleSentence],
                             scalars: ScalarText) -> (sentences: [ArticleSentence], applied: [ClaimBoundary]) {
        var sentences = sentences
        var applied: [ClaimBoundary] = []
        for correction in corrections {
            switch correction {
            case .split(let text, let word):
                guard let i = sentences.firstIndex(where: { $0.text == text }),
                      let parts = split(sentences[i], beforeWord: word, scalars: scalars) else { continue }
                sentences.replaceSubrange(i...i, with: [parts.0, parts.1])
                applied.append(correction)
            case .join(let first, let second):
                guard let i = sentences.firstIndex(where: { $0.text == first }), i + 1 < sentences.count,
                      sentences[i + 1].text == second, let joined = join(sentences[i], sentences[i + 1], scalars: scalars) else { continue }
                sentences.replaceSubrange(i...(i + 1), with: [joined])
                applied.append(correction)
            }
        }
        return (sentences, applied)
    }

    /// `sentence` cut before its word number `word`, at every occurrence; nil when it has no such word.
    static func split(_ sentence: ArticleSentence, beforeWord word: Int, scalars: ScalarText) -> (ArticleSentence, ArticleSentence)? {
        let words = sentence.text.split(separator: " ")
        guard word >= 1, word < words.count else { return nil }
        var firsts: [TextRange] = []
        var seconds: [TextRange] = []
        for range in sentence.occurrences {
            guard let cut = cut(range, beforeWord: word, scalars: scalars) else { return nil }
            firsts.append(cut.0)
            seconds.append(cut.1)
        }
        return (ArticleSentence(text: words[..<word].joined(separator: " "), occurrences: firsts),
                ArticleSentence(text: words[word...].joined(separator: " "), occurrences: seconds))
    }

    /// `first` and `second` as one sentence, occurrence by occurrence; nil when they do not follow each other with
    /// only white space between, each time.
    static func join(_ first: ArticleSentence, _ second: ArticleSentence, scalars: ScalarText) -> ArticleSentence? {
        guard first.occurrences.count == second.occurrences.count else { return nil }
        var ranges: [TextRange] = []
        for (a, b) in zip(first.occurrences, second.occurrences) {
            guard a.end <= b.start, scalars[a.end..<b.start].allSatisfy(Scalars.isSpace) else { return nil }
            ranges.append(TextRange(a.start, b.end))
        }
        return ArticleSentence(text: first.text + " " + second.text, occurrences: ranges)
    }

    /// The two parts of `range` when cut before its word number `word` (words separated by white space).
    static func cut(_ range: TextRange, beforeWord word: Int, scalars: ScalarText) -> (TextRange, TextRange)? {
        var seen = 0
        var previousEnd = range.start
        var inWord = false
        for offset in range.start..<range.end {
            let space = Scalars.isSpace(scalars[offset])
            if !space && !inWord {
                if seen == word { return (TextRange(range.start, previousEnd), TextRange(offset, range.end)) }
                seen += 1
            }
            if !space { previousEnd = offset + 1 }
            inWord = !space
        }
        return nil
    }
}
