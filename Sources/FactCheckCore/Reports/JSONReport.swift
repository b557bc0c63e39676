/// The JSON report: one document, `{"report": "factcheck", "version": 1, "articles": [...], "totals": {...}}`,
/// with one article record per line so that a long report still reads (and greps) line by line.
public struct JSONReport: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func opening() -> String { "{\n  \"report\": \"factcheck\",\n  \"version\": 1,\n  \"articles\": [\n" }

    public func article(_ summary: ArticleSummary) -> String {
        "    " + JSONReport.compact(JSONReport.record(summary))
    }

    public var separator: String { ",\n" }

    public func closing(_ totals: ReportTotals) -> String {
        "\n  ],\n  \"totals\": " + JSONReport.compact(JSONReport.totals(totals)) + "\n}\n"
    }

    /// `value` on one line.
    static func compact(_ value: JSONValue) -> String {
        var out = ""
        JSONWriter.writeCompact(value, into: &out)
        return out
    }

    /// An article's record.
    static func record(_ summary: ArticleSummary) -> JSONValue {
        var members = [
            JSONMember("file", .string(summary.file)),
            JSONMember("article", .string(summary.article.path)),
            JSONMember("sha256", .string(summary.article.sha256)),
            JSONMember("language", .string(summary.article.language)),
        ]
        members += counts(summary.counts)
        members += [
            JSONMember("needs_review", .int(summary.needsReview)),
            JSONMember("conflicts", .int(summary.conflicts)),
            JSONMember("orphans", .int(summary.orphans.count)),
            JSONMember("updates", .int(summary.updates.count)),
            JSONMember("attention", .array(AttentionItem.items(in: summary).map(attention))),
        ]
        return .object(JSONObject(members))
    }

    /// Claim counts, reviewed share and the four verdicts.
    static func counts(_ counts: VerdictCounts) -> [JSONMember] {
        [
            JSONMember("claims", .int(counts.total)),
            JSONMember("reviewed", .int(counts.reviewed)),
            JSONMember("percent_reviewed", .int(counts.percentReviewed)),
        ] + ClaimStatus.reportOrder.map { JSONMember($0.rawValue, .int(counts[$0])) }
    }

    static func attention(_ item: AttentionItem) -> JSONValue {
        var members = [
            JSONMember("kind", .string(item.kind.rawValue)),
            JSONMember(item.kind == .updateConflict ? "update" : "claim", .string(item.subject.id)),
        ]
        if item.kind != .updateConflict { members.append(JSONMember("n", .int(item.subject.n))) }
        if !item.reason.isEmpty { members.append(JSONMember(item.kind == .orphan ? "status" : "reason", .string(item.reason))) }
        if let conflict = item.conflict {
            members += [JSONMember("ours", .string(conflict.ours.status.rawValue)), JSONMember("theirs", .string(conflict.theirs.status.rawValue))]
        }
        if let conflict = item.updateConflict {
            members += [JSONMember("ours", .string(conflict.ours.relation.rawValue)), JSONMember("theirs", .string(conflict.theirs.relation.rawValue))]
        }
        return .object(JSONObject(members))
    }

    static func totals(_ totals: ReportTotals) -> JSONValue {
        var members = [
            JSONMember("files", .int(totals.files)),
            JSONMember("skipped", .int(totals.skipped)),
            JSONMember("articles", .int(totals.articles)),
            JSONMember("articles_done", .int(totals.articlesDone)),
            JSONMember("articles_needing_attention", .int(totals.articlesNeedingAttention)),
        ]
        members += counts(totals.counts)
        members += [
            JSONMember("needs_review", .int(totals.needsReview)),
            JSONMember("conflicts", .int(totals.conflicts)),
            JSONMember("orphans", .int(totals.orphans)),
            JSONMember("updates", .int(totals.updates)),
        ]
        return .object(JSONObject(members))
    }
}

extension ClaimStatus {
    /// The order reports list verdicts in: the decided ones first, the work left last.
    public static let reportOrder: [ClaimStatus] = [.verified, .disputed, .sourced, .unreviewed]
}
