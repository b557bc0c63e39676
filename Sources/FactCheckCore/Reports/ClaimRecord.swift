/// One claim as a flat record: the row of the CSV report and the line of the JSON Lines report (same columns, same
/// order; docs/REPORTS.md describes each).
public enum ClaimRecord {
    /// The column names, in order: snake_case, so they are valid SQL identifiers in DuckDB or Spark.
    public static let columns = [
        "file", "article", "sha256", "language", "claim", "n", "status", "text", "start", "end", "note", "sources",
        "editor", "changed_at", "needs_review", "review_reason", "conflict", "conflict_ours", "conflict_theirs",
        "orphan", "amended_by", "relations",
    ]

    /// A cell.
    public enum Value: Equatable, Sendable {
        case null
        case string(String)
        case int(Int)
        case bool(Bool)
        /// A list (sources, the ids of amending update notices and their relations).
        case list([String])
    }

    /// The values of `claim`'s record, in `columns` order; `orphan` marks a claim kept from an older version.
    public static func values(_ claim: ClaimAnnotation, orphan: Bool, in summary: ArticleSummary) -> [Value] {
        let amending = summary.updates(amending: claim)
        func optional(_ text: String?) -> Value { text.map(Value.string) ?? .null }
        return [
            .string(summary.file), .string(summary.article.path), .string(summary.article.sha256),
            .string(summary.article.language), .string(claim.id), .int(claim.n), .string(claim.status.rawValue),
            .string(claim.text), .int(claim.range.start), .int(claim.range.end), .string(claim.note), .list(claim.sources),
            optional(claim.by), optional(claim.at), .bool(claim.review != nil), optional(claim.review?.reason),
            .bool(claim.conflict != nil), optional(claim.conflict?.ours.status.rawValue),
            optional(claim.conflict?.theirs.status.rawValue), .bool(orphan), .list(amending.map(\.id)),
            .list(amending.map(\.relation.rawValue)),
        ]
    }

    /// Every record of `summary`: its selected claims in reading order, then its selected orphans.
    public static func rows(in summary: ArticleSummary) -> [[Value]] {
        summary.claims.map { values($0, orphan: false, in: summary) } + summary.orphans.map { values($0, orphan: true, in: summary) }
    }
}
