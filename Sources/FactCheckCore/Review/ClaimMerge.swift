/// The three-way merge of one claim present on both sides (see `AnnotationMerge` for the rules).
enum ClaimMerge {
    /// Where a claim anchors in the article: derived from the text, not decided by an editor.
    private struct Anchor: Equatable {
        var n: Int, text: String, range: TextRange, repeats: [TextRange], prefix: String, suffix: String

        init(_ claim: ClaimAnnotation) {
            (n, text, range, repeats, prefix, suffix) = (claim.n, claim.text, claim.range, claim.repeats, claim.prefix, claim.suffix)
        }
    }

    /// What an editor decided, with any conflict a previous merge left: merged as one unit, so that a claim is never
    /// half one editor's verdict and half the other's.
    private struct Decision: Equatable {
        var verdict: ClaimVerdict
        var conflict: ClaimConflict?
    }

    /// The merged claim, and the conflict when both sides gave it different verdicts.
    static func merge(base: ClaimAnnotation?, ours: ClaimAnnotation, theirs: ClaimAnnotation) -> (ClaimAnnotation, MergeConflict?) {
        var merged = ours
        if let anchor = ThreeWay.pick(base: base.map(Anchor.init), ours: Anchor(ours), theirs: Anchor(theirs)), anchor != Anchor(ours) {
            merged.n = theirs.n
            merged.text = theirs.text
            merged.range = theirs.range
            merged.repeats = theirs.repeats
            merged.prefix = theirs.prefix
            merged.suffix = theirs.suffix
        }

        let untouched = Decision(verdict: ClaimVerdict(status: .unreviewed), conflict: nil)
        let baseDecision = base.map { Decision(verdict: $0.verdict, conflict: $0.conflict) } ?? untouched
        let mine = Decision(verdict: ours.verdict, conflict: ours.conflict)
        let other = Decision(verdict: theirs.verdict, conflict: theirs.conflict)
        var conflict: MergeConflict?
        if let decision = ThreeWay.pick(base: baseDecision, ours: mine, theirs: other) {
            merged.verdict = decision.verdict
            merged.conflict = decision.conflict
        } else if mine.verdict.agrees(with: other.verdict), mine.conflict == other.conflict {
            // The same verdict reached twice: keep the later record of it.
            merged.verdict = (other.verdict.at ?? "") > (mine.verdict.at ?? "") ? other.verdict : mine.verdict
            merged.conflict = mine.conflict
        } else {
            merged.verdict = baseDecision.verdict
            merged.conflict = ClaimConflict(ours: ours.verdict, theirs: theirs.verdict)
            conflict = .claim(id: ours.id, n: merged.n, text: merged.text, ours: ours.verdict, theirs: theirs.verdict)
        }

        let baseReview: ReviewFlag?? = base.map { $0.review }
        merged.review = ThreeWay.pick(base: baseReview, ours: ours.review, theirs: theirs.review) ?? (ours.review ?? theirs.review)
        let baseDismissed: String?? = base.map { $0.dismissed }
        merged.dismissed = ThreeWay.pick(base: baseDismissed, ours: ours.dismissed, theirs: theirs.dismissed) ?? (ours.dismissed ?? theirs.dismissed)
        merged.history = ThreeWay.history(ours: ours.history, theirs: theirs.history)
        merged.extra = ThreeWay.members(base: base?.extra, ours: ours.extra, theirs: theirs.extra)
        return (merged, conflict)
    }
}
