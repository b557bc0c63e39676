/// What a whole report covered: the sum of its articles, and the files it could not read.
public struct ReportTotals: Equatable, Sendable {
    /// Annotation files read and decoded (whether or not the filter kept anything in them).
    public var files = 0
    /// Files named on standard error and left out: unreadable or not valid annotation files.
    public var skipped = 0
    /// Articles in the report (files the filter kept something in).
    public var articles = 0
    /// Verdicts of every selected claim.
    public var counts = VerdictCounts()
    /// Selected claims flagged for re-review.
    public var needsReview = 0
    /// Merge conflicts on selected claims and on update notices.
    public var conflicts = 0
    /// Selected orphans.
    public var orphans = 0
    /// Update notices in the covered articles.
    public var updates = 0
    /// Covered articles where something needs an editor.
    public var articlesNeedingAttention = 0
    /// Covered articles whose every selected claim has a verdict.
    public var articlesDone = 0

    /// Nothing yet.
    public init() {}

    /// Adds one covered article.
    public mutating func add(_ summary: ArticleSummary) {
        articles += 1
        counts.add(summary.counts)
        needsReview += summary.needsReview
        conflicts += summary.conflicts
        orphans += summary.orphans.count
        updates += summary.updates.count
        if summary.needsAttention { articlesNeedingAttention += 1 }
        if summary.counts.unreviewed == 0 { articlesDone += 1 }
    }
}
