/// Why a boundary correction could not be made.
public enum BoundaryEditError: Error, Equatable, Sendable {
    /// The claim has no word there to cut before (or no sentence boundary inside it).
    case noCut
    /// The two claims do not follow each other with only white space between, at every place they are printed.
    case notAdjacent
    /// The second claim carries an editor's verdict, note or sources, which a join would drop.
    case secondReviewed
}

/// `split` and `join`: claim boundaries corrected by an editor, with ids and verdicts kept as documented in
/// docs/FORMAT.md — a split claim keeps its id, verdict and history on its first part, and its second part is a
/// new unreviewed claim with an id from its text; a join keeps the first claim's id, verdict and history, and is
/// refused when the second claim has an editor's verdict (nothing is ever dropped silently). Claims are renumbered
/// in reading order; the correction is recorded in `boundaries` so that the next reading finds the same claims.
extension AnnotationSet {
    /// This set with the claim at `index` cut before its word number `word` (from 0).
    public func splitting(claimAt index: Int, beforeWord word: Int, scalars: ScalarText, by editor: String,
                          at time: String) throws(BoundaryEditError) -> AnnotationSet {
        let claim = claims[index]
        let sentence = ArticleSentence(text: claim.text, occurrences: [claim.range] + claim.repeats)
        guard let (first, second) = ClaimBoundary.split(sentence, beforeWord: word, scalars: scalars),
              let firstRange = first.occurrences.first, let secondRange = second.occurrences.first else { throw .noCut }
        var next = self
        var taken = Set((claims + orphans).map(\.id))
        var head = claim
        head.text = first.text
        head.range = firstRange
        head.repeats = Array(first.occurrences.dropFirst())
        head.suffix = AnnotationSet.context(scalars, after: firstRange.end)
        var event = HistoryEntry(at: time, by: editor, status: claim.status)
        event.event = "split before word \(word + 1): \"\(second.text)\" is a claim of its own"
        head.history.append(event)
        let tail = ClaimAnnotation(
            id: AnnotationSet.uniqueID(prefix: "c-", for: second.text, taken: &taken), n: claim.n + 1, text: second.text,
            range: secondRange, repeats: Array(second.occurrences.dropFirst()),
            prefix: AnnotationSet.context(scalars, before: secondRange.start), suffix: claim.suffix,
            status: .unreviewed, note: "", sources: [], by: nil, at: nil, review: nil, history: [])
        next.claims.replaceSubrange(index...index, with: [head, tail])
        next.renumber()
        next.boundaries.append(.split(text: claim.text, word: word))
        return next
    }

    /// This set with the claim at `index` and the one after it made one claim.
    public func joining(claimAt index: Int, scalars: ScalarText, by editor: String, at time: String) throws(BoundaryEditError) -> AnnotationSet {
        guard index + 1 < claims.count else { throw .notAdjacent }
        let (a, b) = (claims[index], claims[index + 1])
        guard b.status == .unreviewed, b.note.isEmpty, b.sources.isEmpty, b.conflict == nil, b.dismissed == nil else { throw .secondReviewed }
        guard let joined = ClaimBoundary.join(ArticleSentence(text: a.text, occurrences: [a.range] + a.repeats),
                                              ArticleSentence(text: b.text, occurrences: [b.range] + b.repeats), scalars: scalars),
              let range = joined.occurrences.first else { throw .notAdjacent }
        var next = self
        var claim = a
        claim.text = joined.text
        claim.range = range
        claim.repeats = Array(joined.occurrences.dropFirst())
        claim.suffix = b.suffix
        var event = HistoryEntry(at: time, by: editor, status: a.status)
        event.event = "joined with the next claim (\(b.id)): \"\(b.text)\""
        claim.history += b.history
        claim.history.append(event)
        next.claims.replaceSubrange(index...(index + 1), with: [claim])
        // Links to the second claim now point to the joined one.
        for u in next.updates.indices {
            for l in next.updates[u].amends.indices where next.updates[u].amends[l].claim == b.id {
                next.updates[u].amends[l].claim = a.id
            }
            var seen = Set<String>()
            next.updates[u].amends.removeAll { !seen.insert($0.claim).inserted }
            next.updates[u].unlinked.removeAll { $0 == b.id }
        }
        next.renumber()
        next.boundaries.append(.join(first: a.text, second: b.text))
        return next
    }

    /// Reading numbers from 1 in array order.
    private mutating func renumber() {
        for i in claims.indices { claims[i].n = i + 1 }
    }
}
