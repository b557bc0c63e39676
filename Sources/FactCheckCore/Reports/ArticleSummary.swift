/// One annotation file as a report sees it: the claims a filter selected, their verdict counts, and what needs
/// an editor. Built from the file alone (claim texts are inline), so the article need not be present.
public struct ArticleSummary: Sendable {
    /// The annotation file, as the walk found it.
    public var file: String
    /// The article the file is about.
    public var article: ArticleReference
    /// The selected claims, in reading order.
    public var claims: [ClaimAnnotation]
    /// The selected orphans (annotated claims no longer found in the article).
    public var orphans: [ClaimAnnotation]
    /// The article's update notices, in reading order (all of them: they are about the article, not a claim).
    public var updates: [UpdateAnnotation]
    /// Verdicts of the selected claims (orphans are counted apart).
    public var counts: VerdictCounts
    /// Selected claims flagged for re-review.
    public var needsReview: Int
    /// Selected claims, and update notices, carrying a merge conflict.
    public var conflicts: Int
    /// The claims (and orphans) that update notices link to, by id, whether selected or not: what a report
    /// shows beside a notice.
    public var linkedClaims: [String: ClaimReference]

    /// The summary of `set`, read from `file`; nil when `filter` selects nothing in it.
    public init?(_ set: AnnotationSet, file: String, filter: ReportFilter = ReportFilter()) {
        let claims = Array(set.claims.filter { filter.selects($0, orphan: false) })
        let orphans = set.orphans.filter { filter.selects($0, orphan: true) }
        let updateConflicts = set.updates.filter { $0.conflict != nil }.count
        let keptForUpdates = filter.needsAttention && updateConflicts > 0 && filter.statuses.isEmpty
            && filter.editor == nil && filter.since == nil
        guard filter.keepsEverything || !claims.isEmpty || !orphans.isEmpty || keptForUpdates else { return nil }
        self.file = file
        article = set.article
        self.claims = claims
        self.orphans = orphans
        updates = set.updates
        var counts = VerdictCounts()
        var needsReview = 0, conflicts = updateConflicts
        for claim in claims {
            counts[claim.status] += 1
            if claim.review != nil { needsReview += 1 }
            if claim.conflict != nil { conflicts += 1 }
        }
        conflicts += orphans.filter { $0.conflict != nil }.count
        self.counts = counts
        self.needsReview = needsReview
        self.conflicts = conflicts
        var linked: [String: ClaimReference] = [:]
        if !set.updates.isEmpty {
            let ids = Set(set.updates.flatMap { $0.amends.map(\.claim) })
            for claim in set.claims + set.orphans where ids.contains(claim.id) && linked[claim.id] == nil {
                linked[claim.id] = ClaimReference(claim)
            }
        }
        linkedClaims = linked
    }

    /// Whether anything here needs an editor: a re-review flag, a merge conflict or an orphan.
    public var needsAttention: Bool { needsReview > 0 || conflicts > 0 || !orphans.isEmpty }

    /// The update notices that amend `claim`, with their relation.
    public func updates(amending claim: ClaimAnnotation) -> [UpdateAnnotation] {
        updates.filter { update in update.amends.contains { $0.claim == claim.id } }
    }
}
