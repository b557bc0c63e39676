/// The listing of an article's update notices, the same for the shell's `updates` and `factcheck updates`:
/// each notice with its number (what `compare` and `link` take), id, marker, relation and issuer, its text wrapped
/// to the width, and one line per amended claim cut to the width.
///
///     1  u-35a04016  MISE A JOUR  partial-denial  by Pierre Paperon
///       Pierre Paperon, le directeur de la stratégie de Cloudwatt, dément en partie …
///       amends #1 c-7ddc2cc3 score 0.54 suggested  Bercy a demandé qu'un audit soit fait s…
public enum UpdateListing {
    /// The lines for `set`'s notices at `width` columns; text from the file is made terminal-safe. `elsewhere` holds
    /// the texts of the notices that amend an article printed elsewhere (`ArticleAnalysis.noticeTextsAmendingElsewhere`).
    public static func lines(for set: AnnotationSet, amendingElsewhere elsewhere: Set<String> = [], width: Int, style: TextStyle) -> [String] {
        guard !set.updates.isEmpty else { return ["No update notices in this article."] }
        let numbers = set.numbersByID()
        var texts: [String: String] = [:]
        for claim in set.claims where texts[claim.id] == nil { texts[claim.id] = claim.text }
        var lines: [String] = []
        for (index, update) in set.updates.enumerated() {
            var head = "\(style.bold(String(index + 1)))  \(style.dim(update.id))  \(TerminalText.visible(update.marker))  \(style.yellow(update.relation.rawValue))"
            if let issuer = update.issuer { head += "  by " + TerminalText.visible(issuer) }
            lines.append(head)
            let text = DisplayWidth.wrap(TerminalText.visible(update.text), width: width, indent: "  ")
            if !text.isEmpty { lines.append(text) }
            if update.amends.isEmpty {
                lines.append(style.dim(elsewhereLine(for: update, amendingElsewhere: elsewhere) ?? noLinkLine(for: update.relation)))
            }
            for link in update.amends {
                let n = numbers[link.claim].map { "#\($0)" } ?? "(orphan)"
                let state = link.confirmed ? "confirmed" : "suggested"
                let plain = "  amends \(n) \(link.claim) score \(AnnotationCodec.formatScore(link.score)) \(state)  "
                let claimText = texts[link.claim].map { DisplayWidth.truncate(TerminalText.visible($0), to: max(20, width - DisplayWidth.of(plain))) } ?? ""
                lines.append("  amends \(style.bold(n)) \(style.dim(link.claim)) score \(AnnotationCodec.formatScore(link.score)) \(state)  \(claimText)")
            }
        }
        return lines
    }

    /// The line under a notice that answers or corrects an article printed elsewhere, whose claims are not on this
    /// page; nil for any other notice.
    public static func elsewhereLine(for update: UpdateAnnotation, amendingElsewhere elsewhere: Set<String>) -> String? {
        if NoticeBoundary.isReplyMarker(update.marker) { return "  a right of reply: it answers another article, not this page's claims" }
        if elsewhere.contains(update.text) { return "  a published correction: it amends an article printed elsewhere, not this page's claims" }
        return nil
    }

    /// The line under a notice that amends no claim: news may amend none; a correction, a denial or a
    /// clarification amends what it names, which the linker did not find, and an editor links by hand.
    static func noLinkLine(for relation: UpdateRelation) -> String {
        let verb: String
        switch relation {
        case .addition: return "  amends no specific claim (an addition)"
        case .denial, .partialDenial: verb = "denies"
        case .retraction: verb = "retracts"
        case .correction: verb = "corrects"
        case .clarification: verb = "clarifies"
        case .confirmation: verb = "confirms"
        }
        return "  no amended claim found: link the claim it \(verb) by hand"
    }
}
