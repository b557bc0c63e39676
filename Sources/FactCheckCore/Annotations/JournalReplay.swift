/// Replays a journal's edits onto the annotation file as it is now.
///
/// When the file is what the journal's session opened, the edits simply apply. When someone saved it since, the
/// edits are a concurrent edit, merged as a save merges (`AnnotationMerge`): a claim whose saved history went on
/// without the journal's session (its saved history is not a prefix of the recovered one) gets a `conflict` holding
/// both verdicts, never a replacement; a claim the file left where the session found it takes the recovered edit.
public enum JournalReplay {
    /// `records` applied to `current`, and the conflicts when `fileChanged`. A record that changed claim
    /// boundaries is replayed by reading `analysis` (the article `current` is anchored on) again with them.
    /// - Complexity: O(n + r) for n claims and r recorded claims, plus the merge when the file changed, plus a
    ///   reading of the claims for each record that changed boundaries.
    public static func replay(_ records: [EditRecord], onto current: AnnotationSet, reading analysis: ArticleAnalysis? = nil,
                              fileChanged: Bool) -> (annotations: AnnotationSet, conflicts: [MergeConflict]) {
        var recovered = current
        for record in records { recovered = record.applied(to: recovered, reading: analysis) }
        guard fileChanged, recovered != current else { return (recovered, []) }
        let recoveredByID = Dictionary((recovered.claims + recovered.orphans).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var base = current
        func ancestor(of saved: ClaimAnnotation) -> ClaimAnnotation {
            guard let mine = recoveredByID[saved.id], mine != saved, !mine.history.starts(with: saved.history) else { return saved }
            return commonAncestor(saved, mine)
        }
        base.claims = ClaimList(base.claims.map(ancestor))
        base.orphans = base.orphans.map(ancestor)
        let merge = AnnotationMerge.merge(base: base, ours: recovered, theirs: current)
        return (merge.merged, merge.conflicts)
    }

    /// `saved` as it stood at the last history entry it shares with `other`: the verdict both sessions started from.
    static func commonAncestor(_ saved: ClaimAnnotation, _ other: ClaimAnnotation) -> ClaimAnnotation {
        let shared = zip(saved.history, other.history).prefix { $0 == $1 }.map(\.0)
        var claim = saved
        claim.history = ChunkedList(shared)
        claim.conflict = nil
        if let last = shared.last {
            var sources: [String] = []
            for entry in shared where entry.status != .unreviewed {
                for source in entry.sources where !sources.contains(source) { sources.append(source) }
            }
            if last.status == .unreviewed { sources = [] }
            claim.verdict = ClaimVerdict(status: last.status, note: last.note ?? "", sources: sources, by: last.by, at: last.at)
        } else {
            claim.verdict = ClaimVerdict(status: .unreviewed)
        }
        return claim
    }
}
