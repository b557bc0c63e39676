/// A readable view of an annotation file: one block per claim in reading order, then updates and orphans.
///
/// Made to be git's textconv: the layout depends only on the file (a fixed width, no counts or dates of its own),
/// and the status sits in a fixed-width column before the claim's text, so a verdict change alters the claim's
/// first line and its note and "by" lines, and nothing else:
///
///     #3   sourced     C'était le projet Andromède, doté d'une enveloppe globale de 285 millions d'euros, dont
///                      135 millions d'euros provenaient directement des caisses de l'Etat à travers le Grand…
///                      note: Consistent with …
///                      sources: Le Monde Informatique
///                      by A. Martin, 2026-11-29T10:12:00Z · c-8e7c6c40
public enum AnnotationListing {
    /// Columns of the number and of the status before a claim's text.
    static let numberWidth = 5, statusWidth = 12

    /// The view of `set`, wrapped at `width` columns (at least 40); `history` adds every history entry.
    public static func render(_ set: AnnotationSet, width: Int = 100, history: Bool = false) -> String {
        let textWidth = max(40, width) - numberWidth - statusWidth
        let indent = String(repeating: " ", count: numberWidth + statusWidth)
        var out = "factcheck annotations for \(safe(set.article.path)) (\(safe(set.article.language)), sha256 \(set.article.sha256.prefix(12))…)\n"
        let numbers = set.numbersByID(includingOrphans: true)

        func block(_ head: String, _ status: String, _ text: String, _ details: [String]) {
            out += "\n"
            let lines = DisplayWidth.lines(safe(text), width: textWidth)
            out += pad(head, numberWidth) + pad(status, statusWidth) + lines[0] + "\n"
            for line in lines.dropFirst() { out += indent + line + "\n" }
            for detail in details {
                for (i, line) in DisplayWidth.lines(detail, width: textWidth - 2).enumerated() {
                    out += indent + (i == 0 ? "" : "  ") + line + "\n"
                }
            }
        }

        for claim in set.claims {
            block("#\(claim.n)", claim.conflict == nil ? claim.status.rawValue : "CONFLICT", claim.text, claimDetails(claim, history: history))
        }
        for (i, update) in set.updates.enumerated() {
            var details = ["\(update.relation.rawValue)\(update.issuer.map { ", issued by \(safe($0))" } ?? "") · \(safe(update.id))"]
            let links = update.amends.map { link in
                "#\(numbers[link.claim].map(String.init) ?? safe(link.claim)) (\(link.confirmed ? "confirmed" : "suggested"), \(AnnotationCodec.formatScore(link.score)))"
            }
            details.append(links.isEmpty ? "amends no specific claim" : "amends " + links.joined(separator: ", "))
            if let conflict = update.conflict {
                details.append("CONFLICT ours: \(AnnotationDiff.describe(conflict.ours))")
                details.append("CONFLICT theirs: \(AnnotationDiff.describe(conflict.theirs))")
            }
            block("U\(i + 1)", safe(update.marker), update.text, details)
        }
        for orphan in set.orphans {
            var details = ["orphan: no longer found in the article"]
            details += claimDetails(orphan, history: history)
            block("(#\(orphan.n))", orphan.conflict == nil ? orphan.status.rawValue : "CONFLICT", orphan.text, details)
        }
        if !set.boundaries.isEmpty {
            // Corrections name claims by text: a split or a join shows here as well as in the claims it made.
            out += "\nboundaries corrected by an editor:\n"
            for correction in set.boundaries {
                switch correction {
                case .split(let text, let word):
                    out += "  split before word \(word + 1): \"\(TextPreview.firstWords(text))\"\n"
                case .join(let first, let second):
                    out += "  joined: \"\(TextPreview.firstWords(first))\" + \"\(TextPreview.firstWords(second))\"\n"
                }
            }
        }
        return out
    }

    /// Note, sources, who and when, flags, conflict sides and (optionally) history, one line each.
    private static func claimDetails(_ claim: ClaimAnnotation, history: Bool) -> [String] {
        var details: [String] = []
        if let conflict = claim.conflict {
            details.append("ours: \(AnnotationDiff.describe(conflict.ours))")
            details.append("theirs: \(AnnotationDiff.describe(conflict.theirs))")
            details.append("(neither applied; the claim stays \(claim.status.rawValue) until an editor decides)")
        }
        if !claim.note.isEmpty { details.append("note: \(safe(claim.note))") }
        if !claim.sources.isEmpty { details.append("sources: \(claim.sources.map(safe).joined(separator: "; "))") }
        if let review = claim.review { details.append("RE-REVIEW: \(safe(review.reason))") }
        if let reason = claim.dismissed { details.append("dismissed: \(safe(reason))") }
        var who = claim.by.map { "by \(safe($0))" } ?? ""
        if let at = claim.at { who += (who.isEmpty ? "" : ", ") + safe(at) }
        details.append((who.isEmpty ? "" : who + " · ") + safe(claim.id))
        if history {
            for entry in claim.history {
                var line = "· \(safe(entry.at)) \(safe(entry.by)): \(entry.status.rawValue)"
                if let note = entry.note { line += " — \(safe(note))" }
                if !entry.sources.isEmpty { line += " [+ \(entry.sources.map(safe).joined(separator: "; "))]" }
                details.append(line)
            }
        }
        return details
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width - 1 ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func safe(_ text: String) -> String { TerminalText.visible(text) }
}
