/// The Markdown report: a section per article (progress, verdicts, what needs attention, disputed claims with their
/// notes and sources, update notices with the claims they amend), then the totals as a table.
///
/// Every piece of text from an annotation file goes through `MarkdownText.escape`.
public struct MarkdownReport: ReportRenderer {
    /// When the report was made (ISO 8601), shown under the title; "" shows nothing.
    public var generatedAt: String

    /// Creates the renderer.
    public init(generatedAt: String = "") {
        self.generatedAt = generatedAt
    }

    public func opening() -> String {
        "# Fact-check report\n" + (generatedAt.isEmpty ? "" : "\nGenerated \(MarkdownText.escape(generatedAt)).\n")
    }

    public func article(_ summary: ArticleSummary) -> String {
        let e = MarkdownText.escape
        let counts = summary.counts
        var out = "\n## \(e(summary.article.path))\n\n"
        out += "\(e(summary.file)) · \(e(summary.article.language)) · **\(counts.reviewed)/\(counts.total) reviewed (\(counts.percentReviewed) %)**"
        out += " · " + ClaimStatus.reportOrder.map { "\(counts[$0]) \($0.rawValue)" }.joined(separator: " · ") + "\n"
        let items = AttentionItem.items(in: summary)
        if !items.isEmpty {
            out += "\n**Needs attention**\n\n"
            for item in items { out += "- " + attentionLine(item) + "\n" }
        }
        let disputed = summary.claims.filter { $0.status == .disputed }
        if !disputed.isEmpty {
            out += "\n**Disputed**\n\n"
            for claim in disputed {
                out += "- **#\(claim.n)** \(e(claim.text))\n"
                if !claim.note.isEmpty { out += "  - Note: \(e(claim.note))\n" }
                if !claim.sources.isEmpty { out += "  - Sources: \(claim.sources.map(e).joined(separator: "; "))\n" }
                if let by = claim.by { out += "  - By \(e(by))\(claim.at.map { ", \(e($0))" } ?? "")\n" }
            }
        }
        if !summary.updates.isEmpty {
            out += "\n**Update notices**\n\n"
            for update in summary.updates {
                out += "- **\(e(update.marker))** (\(update.relation.rawValue)\(update.issuer.map { ", issued by \(e($0))" } ?? "")): \(e(update.text))\n"
                for link in update.amends {
                    let claim = summary.linkedClaims[link.claim]
                    let label = claim.map { "#\($0.n) \(e(TextPreview.firstWords($0.text)))" } ?? e(link.claim)
                    out += "  - amends \(label) (\(link.confirmed ? "confirmed" : "suggested"), score \(AnnotationCodec.formatScore(link.score)))\n"
                }
            }
        }
        return out
    }

    public var separator: String { "" }

    public func closing(_ totals: ReportTotals) -> String {
        let c = totals.counts
        var out = "\n## Totals\n\n"
        out += "| articles | claims | reviewed | verified | disputed | sourced | unreviewed | re-review | conflicts | orphans |\n"
        out += "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        out += "| \(totals.articles) | \(c.total) | \(c.reviewed) (\(c.percentReviewed) %) | \(c.verified) | \(c.disputed) | \(c.sourced) | \(c.unreviewed) | \(totals.needsReview) | \(totals.conflicts) | \(totals.orphans) |\n"
        out += "\n\(totals.articlesDone) of \(totals.articles) article\(totals.articles == 1 ? "" : "s") fully reviewed; "
        out += "\(totals.articlesNeedingAttention) need\(totals.articlesNeedingAttention == 1 ? "s" : "") attention.\n"
        if totals.skipped > 0 {
            out += "\n\(totals.skipped) file\(totals.skipped == 1 ? "" : "s") could not be read and \(totals.skipped == 1 ? "is" : "are") not counted (named on standard error).\n"
        }
        return out
    }

    private func attentionLine(_ item: AttentionItem) -> String {
        let e = MarkdownText.escape
        let claim = "#\(item.subject.n) \(e(TextPreview.firstWords(item.subject.text)))"
        switch item.kind {
        case .reReview:
            return "re-review \(claim): \(e(item.reason))"
        case .conflict:
            guard let conflict = item.conflict else { return "merge conflict \(claim)" }
            return "merge conflict \(claim): ours \(e(AnnotationDiff.describe(conflict.ours))); theirs \(e(AnnotationDiff.describe(conflict.theirs)))"
        case .updateConflict:
            guard let conflict = item.updateConflict else { return "merge conflict on update \(e(item.subject.id))" }
            return "merge conflict on update \(e(item.subject.id)): ours \(e(AnnotationDiff.describe(conflict.ours))); theirs \(e(AnnotationDiff.describe(conflict.theirs)))"
        case .orphan:
            return "orphan (#\(item.subject.n), \(e(item.reason))) no longer in the article: \(e(TextPreview.firstWords(item.subject.text)))"
        }
    }
}
