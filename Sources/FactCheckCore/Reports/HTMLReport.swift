/// The HTML report: one self-contained page (no scripts, no external fonts, images or style sheets), readable on
/// a phone. A header, a desk overview (progress, verdict counts as a small inline SVG chart, what needs
/// attention), then one card per article: its progress bar, verdict counts, re-review flags, merge conflicts and
/// orphans, disputed claims with their notes and sources, and update notices with the claims they amend.
///
/// The page is written in pieces as the articles stream by; the overview, which needs the totals, is written last
/// and shown first (the page is a flex column and the overview has `order: -1`). Every element is an `HTMLNode`,
/// so text from annotation files is escaped by construction.
public struct HTMLReport: ReportRenderer {
    /// When the report was made (ISO 8601), shown in the header; "" shows nothing.
    public var generatedAt: String

    /// Creates the renderer.
    public init(generatedAt: String = "") {
        self.generatedAt = generatedAt
    }

    public func opening() -> String {
        let head = HTMLNode.el(.head, [], [
            .el(.meta, [HTMLAttribute(.charset, "utf-8")]),
            .el(.meta, [HTMLAttribute(.name, "viewport"), HTMLAttribute(.content, "width=device-width, initial-scale=1")]),
            .el(.title, [], [.text("Fact-check report")]),
            .reportStyleSheet,
        ])
        var header: [HTMLNode] = [.el(.p, class: "kicker", [.text("factcheck")]), .el(.h1, [], [.text("Fact-check report")])]
        if !generatedAt.isEmpty {
            header.append(.el(.p, class: "generated", [.text("Generated "), .el(.time, [HTMLAttribute(.datetime, generatedAt)], [.text(HTMLReport.readableDate(generatedAt))])]))
        }
        return "<!doctype html>\n" + HTMLNode.openTag(.html, [HTMLAttribute(.lang, "en")]) + head.html
            + HTMLNode.openTag(.body) + HTMLNode.openTag(.main, [HTMLAttribute(.class, "page")])
            + HTMLNode.el(.header, class: "masthead", header).html + "\n"
    }

    public func article(_ summary: ArticleSummary) -> String {
        HTMLReport.card(summary).html + "\n"
    }

    public var separator: String { "" }

    public func closing(_ totals: ReportTotals) -> String {
        HTMLReport.overview(totals).html + "\n"
            + HTMLNode.el(.footer, class: "colophon", [.text("Made by factcheck from the annotation files alone. Claim and note texts are as the editors wrote them.")]).html
            + HTMLNode.closeTag(.main) + HTMLNode.closeTag(.body) + HTMLNode.closeTag(.html) + "\n"
    }

    /// "2026-11-29 10:12 UTC" for "2026-11-29T10:12:00Z"; other text as it is.
    static func readableDate(_ iso: String) -> String {
        guard iso.count >= 16, iso.dropFirst(10).first == "T" else { return iso }
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5)) + (iso.hasSuffix("Z") ? " UTC" : "")
    }

    /// "29 Nov 2026" style day of an ISO timestamp, for bylines.
    static func day(_ iso: String) -> String { String(iso.prefix(10)) }

    // MARK: Article card

    static func card(_ summary: ArticleSummary) -> HTMLNode {
        let counts = summary.counts
        var children: [HTMLNode] = [
            .el(.header, class: "card-head", [
                .el(.h2, [HTMLAttribute(.dir, "auto")], [.text(summary.article.path)]),
                .el(.p, class: "file", [.text(metaLine(summary))]),
            ]),
            .el(.div, class: "progress", [
                stackedBar(counts),
                .el(.p, class: "progress-label", [
                    .el(.strong, [], [.text("\(counts.percentReviewed) %")]),
                    .text(" reviewed · \(counts.reviewed) of \(counts.total) claim\(counts.total == 1 ? "" : "s")"),
                ]),
            ]),
            verdictList(counts),
        ]
        let items = AttentionItem.items(in: summary)
        if !items.isEmpty {
            children.append(.el(.section, class: "attention", [
                .el(.h3, [], [.text("Needs attention")]),
                .el(.ul, [], items.map(attentionItem)),
            ]))
        }
        let disputed = summary.claims.filter { $0.status == .disputed }
        if !disputed.isEmpty {
            children.append(.el(.section, class: "disputed", [.el(.h3, [], [.text("Disputed claims")])] + disputed.map { disputedClaim($0, summary) }))
        }
        if !summary.updates.isEmpty {
            children.append(.el(.section, class: "updates", [.el(.h3, [], [.text("Update notices")])] + summary.updates.map { updateNotice($0, summary) }))
        }
        return .el(.article, class: summary.needsAttention ? "card flagged" : "card", children)
    }

    static func metaLine(_ summary: ArticleSummary) -> String {
        var parts = [summary.file, summary.article.language]
        if !summary.updates.isEmpty { parts.append("\(summary.updates.count) update notice\(summary.updates.count == 1 ? "" : "s")") }
        return parts.joined(separator: " · ")
    }

    static func verdictList(_ counts: VerdictCounts) -> HTMLNode {
        .el(.ul, [HTMLAttribute(.class, "verdicts"), HTMLAttribute(.ariaLabel, "Verdicts")], ClaimStatus.reportOrder.map { status in
            .el(.li, class: counts[status] == 0 ? "\(status.rawValue) none" : status.rawValue, [
                .el(.strong, [], [.text(String(counts[status]))]), .text(" " + status.rawValue),
            ])
        })
    }

    static func attentionItem(_ item: AttentionItem) -> HTMLNode {
        let tag: (String, String)
        var detail: [HTMLNode] = []
        switch item.kind {
        case .reReview:
            tag = ("re-review", "tag review")
            detail = [.text(item.reason)]
        case .conflict:
            tag = ("merge conflict", "tag conflict")
            if let conflict = item.conflict { detail = conflictSides(AnnotationDiff.describe(conflict.ours), AnnotationDiff.describe(conflict.theirs)) }
        case .updateConflict:
            tag = ("update conflict", "tag conflict")
            if let conflict = item.updateConflict { detail = conflictSides(AnnotationDiff.describe(conflict.ours), AnnotationDiff.describe(conflict.theirs)) }
        case .orphan:
            tag = ("orphan", "tag orphan")
            detail = [.text("no longer in the article; its verdict (\(item.reason)) is kept")]
        }
        let subject: HTMLNode = item.kind == .updateConflict
            ? .el(.span, class: "subject", [.text(item.subject.id + " “" + TextPreview.firstWords(item.subject.text, words: 10, characters: 80) + "”")])
            : .el(.span, class: "subject", [.el(.strong, [], [.text("#\(item.subject.n)")]), .text(" “" + TextPreview.firstWords(item.subject.text, words: 10, characters: 80) + "”")])
        return .el(.li, [], [.el(.span, class: tag.1, [.text(tag.0)]), .text(" "), subject, .el(.div, class: "detail", detail)])
    }

    static func conflictSides(_ ours: String, _ theirs: String) -> [HTMLNode] {
        [
            .el(.div, class: "side", [.el(.span, class: "side-label", [.text("ours")]), .text(" " + ours)]),
            .el(.div, class: "side", [.el(.span, class: "side-label", [.text("theirs")]), .text(" " + theirs)]),
        ]
    }

    static func disputedClaim(_ claim: ClaimAnnotation, _ summary: ArticleSummary) -> HTMLNode {
        var children: [HTMLNode] = [
            .el(.blockquote, [HTMLAttribute(.dir, "auto")], [.el(.span, class: "n", [.text("#\(claim.n)")]), .text(" " + claim.text)]),
        ]
        if !claim.note.isEmpty { children.append(.el(.p, [HTMLAttribute(.class, "note"), HTMLAttribute(.dir, "auto")], [.text(claim.note)])) }
        if !claim.sources.isEmpty {
            children.append(.el(.ul, class: "sources", claim.sources.map { source in
                .el(.li, [], [WebLink(source).map { .el(.a, [.href($0)], [.text(source)]) } ?? .text(source)])
            }))
        }
        var byline: [String] = []
        if let by = claim.by { byline.append(by) }
        if let at = claim.at { byline.append(day(at)) }
        let amending = summary.updates(amending: claim)
        if !amending.isEmpty { byline.append("amended by " + amending.map { "\($0.marker) (\($0.relation.rawValue))" }.joined(separator: ", ")) }
        if !byline.isEmpty { children.append(.el(.p, class: "byline", [.text(byline.joined(separator: " · "))])) }
        return .el(.div, class: "claim", children)
    }

    static func updateNotice(_ update: UpdateAnnotation, _ summary: ArticleSummary) -> HTMLNode {
        var head: [HTMLNode] = [
            .el(.span, class: "marker", [.text(update.marker)]),
            .el(.span, class: "relation", [.text(update.relation.rawValue)]),
        ]
        if let issuer = update.issuer { head.append(.el(.span, class: "issuer", [.text("issued by " + issuer)])) }
        let links: [HTMLNode] = update.amends.map { link in
            let claim = summary.linkedClaims[link.claim]
            let label = claim.map { "#\($0.n) “" + TextPreview.firstWords($0.text, words: 10, characters: 80) + "”" } ?? link.claim
            return .el(.li, [], [
                .text("amends " + label + " "),
                .el(.span, class: link.confirmed ? "link confirmed" : "link suggested", [.text(link.confirmed ? "confirmed" : "suggested \(AnnotationCodec.formatScore(link.score))")]),
            ])
        }
        var children: [HTMLNode] = [
            .el(.p, class: "update-head", head),
            .el(.p, [HTMLAttribute(.class, "update-text"), HTMLAttribute(.dir, "auto")], [.text(update.text)]),
        ]
        children.append(links.isEmpty ? .el(.p, class: "amends none", [.text("amends no specific claim")]) : .el(.ul, class: "amends", links))
        return .el(.div, class: update.conflict == nil ? "update" : "update flagged", children)
    }

    // MARK: Overview

    static func overview(_ totals: ReportTotals) -> HTMLNode {
        let c = totals.counts
        let tiles: [HTMLNode] = [
            tile("\(c.percentReviewed) %", "claims reviewed", "\(c.reviewed) of \(c.total)"),
            tile(String(totals.articles), totals.articles == 1 ? "article" : "articles", "\(totals.articlesDone) fully reviewed"),
            tile(String(c.disputed), "disputed", c.disputed == 1 ? "claim" : "claims", emphasis: c.disputed > 0 ? "bad" : nil),
            tile(String(totals.articlesNeedingAttention), "need attention",
                 "\(totals.needsReview) re-review · \(totals.conflicts) conflict\(totals.conflicts == 1 ? "" : "s") · \(totals.orphans) orphan\(totals.orphans == 1 ? "" : "s")",
                 emphasis: totals.articlesNeedingAttention > 0 ? "warn" : nil),
        ]
        var children: [HTMLNode] = [
            .el(.h2, [], [.text("Desk overview")]),
            .el(.div, class: "tiles", tiles),
            .el(.div, class: "chart", [verdictChart(c)]),
        ]
        if totals.skipped > 0 {
            children.append(.el(.p, class: "skipped", [.text("\(totals.skipped) file\(totals.skipped == 1 ? "" : "s") could not be read and \(totals.skipped == 1 ? "is" : "are") not counted (named on standard error).")]))
        }
        return .el(.section, class: "overview", children)
    }

    static func tile(_ figure: String, _ label: String, _ detail: String, emphasis: String? = nil) -> HTMLNode {
        .el(.div, class: emphasis.map { "tile " + $0 } ?? "tile", [
            .el(.p, class: "figure", [.text(figure)]),
            .el(.p, class: "label", [.text(label)]),
            .el(.p, class: "tile-detail", [.text(detail)]),
        ])
    }
}
