/// Something a three-way merge of annotation sets could not decide; the merged set records it too (as a claim's or
/// an update's `conflict`), except for a conflict over the article itself.
public enum MergeConflict: Equatable, Sendable {
    /// Both sides gave the claim a different verdict.
    case claim(id: String, n: Int, text: String, ours: ClaimVerdict, theirs: ClaimVerdict)
    /// Both sides read the update notice differently (relation, issuer, or a link removed on one side and changed
    /// on the other).
    case update(id: String, marker: String, ours: UpdateReading, theirs: UpdateReading)
    /// The sides annotate different versions of the article (their SHA-256 differ); the merged set keeps ours.
    case article(ours: ArticleReference, theirs: ArticleReference)
}

/// The outcome of `AnnotationMerge.merge`: the merged set, and what it could not decide.
public struct MergeResult: Equatable, Sendable {
    /// The merged annotations; conflicted claims and updates carry both sides in their `conflict`.
    public var merged: AnnotationSet
    /// Every conflict, claims first in reading order, then updates, then the article.
    public var conflicts: [MergeConflict]

    /// True when nothing conflicted.
    public var isClean: Bool { conflicts.isEmpty }
}

/// Merges two editors' annotation files claim by claim and update by update, against the version both started from.
///
/// The rules, for each claim (matched by id, in `claims` or `orphans`):
/// - a verdict (status, note, sources, who, when) changed on one side only is taken;
/// - the same status, note and sources on both sides agree (the later `at` is kept);
/// - two different verdicts are a conflict: the claim keeps the base verdict and records both sides in `conflict`;
/// - histories are united, so every verdict either editor gave stays on record;
/// - a claim one side dropped is dropped only if the other side did not change it (a verdict is never lost).
///
/// Updates merge the same way, link by link: two editors who confirm different links both keep theirs.
/// A pure function: the shell reuses it when the file changed on disk while an editor was working.
public enum AnnotationMerge {
    /// The three-way merge of `ours` and `theirs` against `base` (nil when the sides share no ancestor).
    /// - Complexity: O(n²) in the number of claims and links, which is small (tens per article).
    public static func merge(base: AnnotationSet?, ours: AnnotationSet, theirs: AnnotationSet) -> MergeResult {
        if ours == theirs || theirs == base { return MergeResult(merged: ours, conflicts: []) }
        if ours == base { return MergeResult(merged: theirs, conflicts: []) }

        var conflicts: [MergeConflict] = []
        var article = ours.article
        if ours.article.sha256 == theirs.article.sha256 {
            article = ThreeWay.pick(base: base?.article, ours: ours.article, theirs: theirs.article) ?? ours.article
        } else {
            if let base, ours.article.sha256 == base.article.sha256 {
                article = theirs.article
            } else if base == nil || theirs.article.sha256 != base?.article.sha256 {
                conflicts.append(.article(ours: ours.article, theirs: theirs.article))
            }
        }
        article.extra = ThreeWay.members(base: base?.article.extra, ours: ours.article.extra, theirs: theirs.article.extra)

        var claimConflicts: [MergeConflict] = []
        var (claims, orphans) = mergeClaims(base: base, ours: ours, theirs: theirs, articleSHA: article.sha256, conflicts: &claimConflicts)
        var updateConflicts: [MergeConflict] = []
        let updates = mergeUpdates(base: base, ours: ours, theirs: theirs, conflicts: &updateConflicts)
        keepLinkedClaims(updates: updates, claims: claims, orphans: &orphans, sources: [ours, theirs] + (base.map { [$0] } ?? []))
        claims.sort { ($0.range.start, $0.n, $0.id) < ($1.range.start, $1.n, $1.id) }
        claimConflicts.sort { lhs, rhs in
            guard case .claim(_, let a, _, _, _) = lhs, case .claim(_, let b, _, _, _) = rhs else { return false }
            return a < b
        }

        // Boundary corrections from either side: ours in order, then theirs that ours does not have.
        let boundaries = ours.boundaries + theirs.boundaries.filter { !ours.boundaries.contains($0) }
        let merged = AnnotationSet(
            article: article, claims: claims, updates: updates, orphans: orphans, boundaries: boundaries,
            extra: ThreeWay.members(base: base?.extra, ours: ours.extra, theirs: theirs.extra))
        return MergeResult(merged: merged, conflicts: claimConflicts + updateConflicts + conflicts)
    }

    /// Where a claim sits in a file.
    private enum Place: Equatable { case claims, orphans }

    /// Claims and orphans merged by id.
    private static func mergeClaims(
        base: AnnotationSet?, ours: AnnotationSet, theirs: AnnotationSet, articleSHA: String, conflicts: inout [MergeConflict]
    ) -> (claims: [ClaimAnnotation], orphans: [ClaimAnnotation]) {
        func placed(_ set: AnnotationSet?) -> [(ClaimAnnotation, Place)] {
            guard let set else { return [] }
            return set.claims.map { ($0, .claims) } + set.orphans.map { ($0, .orphans) }
        }
        let b = placed(base), o = placed(ours), t = placed(theirs)
        func find(_ id: String, _ list: [(ClaimAnnotation, Place)]) -> (ClaimAnnotation, Place)? { list.first { $0.0.id == id } }

        var ids = o.map(\.0.id)
        for (claim, _) in t where !ids.contains(claim.id) { ids.append(claim.id) }
        var claims: [ClaimAnnotation] = [], orphans: [ClaimAnnotation] = []
        func put(_ claim: ClaimAnnotation, _ place: Place) {
            if place == .claims { claims.append(claim) } else { orphans.append(claim) }
        }
        for id in ids {
            let inBase = find(id, b)
            switch (find(id, o), find(id, t)) {
            case let (.some(mine), .some(other)):
                let (claim, conflict) = ClaimMerge.merge(base: inBase?.0, ours: mine.0, theirs: other.0)
                if let conflict { conflicts.append(conflict) }
                put(claim, ThreeWay.pick(base: inBase?.1, ours: mine.1, theirs: other.1) ?? mine.1)
            case let (.some(only), nil), let (nil, .some(only)):
                // Present on one side: added there, or dropped on the other. A drop wins only over no change.
                if let inBase, inBase.0 == only.0 { continue }
                // Kept from a side that annotates another version of the article: it cannot anchor here.
                let anchored = only.1 == .claims && sideSHA(of: only.0, ours, theirs) == articleSHA
                put(only.0, anchored ? .claims : .orphans)
            case (nil, nil):
                continue
            }
        }
        return (claims, orphans)
    }

    /// The article SHA of the side `claim` comes from.
    private static func sideSHA(of claim: ClaimAnnotation, _ ours: AnnotationSet, _ theirs: AnnotationSet) -> String {
        ours.claims.contains(claim) || ours.orphans.contains(claim) ? ours.article.sha256 : theirs.article.sha256
    }

    /// Updates merged by id, in reading order.
    private static func mergeUpdates(
        base: AnnotationSet?, ours: AnnotationSet, theirs: AnnotationSet, conflicts: inout [MergeConflict]
    ) -> [UpdateAnnotation] {
        var ids = ours.updates.map(\.id)
        for update in theirs.updates where !ids.contains(update.id) { ids.append(update.id) }
        var updates: [UpdateAnnotation] = []
        for id in ids {
            let inBase = base?.updates.first { $0.id == id }
            switch (ours.updates.first { $0.id == id }, theirs.updates.first { $0.id == id }) {
            case let (.some(mine), .some(other)):
                let (update, conflict) = UpdateMerge.merge(base: inBase, ours: mine, theirs: other)
                if let conflict { conflicts.append(conflict) }
                updates.append(update)
            case let (.some(only), nil), let (nil, .some(only)):
                if let inBase, inBase == only { continue }
                updates.append(only)
            case (nil, nil):
                continue
            }
        }
        return updates.sorted { ($0.range.start, $0.id) < ($1.range.start, $1.id) }
    }

    /// Brings back, as orphans, claims that a merged link points to but the merge dropped, so the file stays valid.
    private static func keepLinkedClaims(
        updates: [UpdateAnnotation], claims: [ClaimAnnotation], orphans: inout [ClaimAnnotation], sources: [AnnotationSet]
    ) {
        var present = Set((claims + orphans).map(\.id))
        for update in updates {
            let links = update.amends + (update.conflict.map { $0.ours.amends + $0.theirs.amends } ?? [])
            for link in links where !present.contains(link.claim) {
                for set in sources {
                    if let claim = (set.claims + set.orphans).first(where: { $0.id == link.claim }) {
                        orphans.append(claim)
                        present.insert(claim.id)
                        break
                    }
                }
            }
        }
    }
}
