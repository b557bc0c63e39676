extension AnnotationDiff {
    /// The changes as lines a reviewer reads in seconds, one change per line (notes, sources and conflict sides
    /// indented under it); untrusted text is made terminal-safe. Empty when nothing changed.
    ///
    ///     #3 "C'était le projet Andromède, doté d'une enveloppe…": unreviewed → sourced, by A. Martin (2026-11-29T10:12:00Z)
    ///         note: Figure consistent with the 285 M€ budget…
    ///         + source: Le Monde Informatique
    public static func text(_ changes: [AnnotationChange]) -> String {
        var out = ""
        for change in changes {
            for (i, line) in lines(change).enumerated() {
                out += (i == 0 ? "" : "    ") + line + "\n"
            }
        }
        return out
    }

    /// The first line of a change and its indented details.
    static func lines(_ change: AnnotationChange) -> [String] {
        switch change {
        case .article(let old, let new):
            if old.sha256 == new.sha256 {
                return ["article: \(safe(old.path)) → \(safe(new.path))"]
            }
            return ["article \(safe(new.path)): the text changed (sha256 \(old.sha256.prefix(12))… → \(new.sha256.prefix(12))…)"]
        case .verdict(let claim, let old, let new):
            var lines = ["\(claim.label): \(old.status.rawValue) → \(new.status.rawValue)\(who(new))"]
            if old.status == new.status { lines[0] = "\(claim.label): \(new.status.rawValue), note changed\(who(new))" }
            if old.note != new.note {
                lines.append(new.note.isEmpty ? "note removed (was: \(safe(old.note)))" : "note: \(safe(new.note))")
            }
            lines += new.sources.filter { !old.sources.contains($0) }.map { "+ source: \(safe($0))" }
            lines += old.sources.filter { !new.sources.contains($0) }.map { "- source: \(safe($0))" }
            return lines
        case .claimAdded(let claim, let verdict):
            return ["\(claim.label): new claim (\(verdict.status.rawValue))"]
        case .claimRemoved(let claim, let verdict):
            return ["\(claim.label): removed (was \(verdict.status.rawValue)) — \(safe(claim.id))"]
        case .orphaned(let claim, let verdict):
            return ["\(claim.label): no longer in the article; kept as an orphan (\(verdict.status.rawValue)) — \(safe(claim.id))"]
        case .reanchored(let claim):
            return ["\(claim.label): found in the article again"]
        case .textChanged(let claim, let oldText):
            return ["\(claim.label): the text changed; it was: \(safe(oldText))"]
        case .flagged(let claim, let flag):
            return ["\(claim.label): flagged for re-review: \(safe(flag.reason))"]
        case .unflagged(let claim):
            return ["\(claim.label): re-review flag cleared"]
        case .claimConflict(let claim, let conflict):
            return ["\(claim.label): CONFLICT — two verdicts kept, neither applied",
                    "ours:   \(describe(conflict.ours))", "theirs: \(describe(conflict.theirs))"]
        case .claimConflictResolved(let claim):
            return ["\(claim.label): conflict resolved"]
        case .dismissed(let claim, let reason):
            return ["\(claim.label): dismissed (\(safe(reason)))"]
        case .undismissed(let claim):
            return ["\(claim.label): undismissed"]
        case .split(let claim, let second):
            return ["\(claim.label): split before word \(claim.text.split(separator: " ").count + 1); the rest is \(second.label)"]
        case .joined(let claim, let second):
            return ["\(claim.label) and \(second.label): joined into one claim (#\(claim.n))"]
        case .updateAdded(let update, let amended):
            var lines = ["notice added: \(safe(update.id)) \(safe(update.marker)) (\(update.relation.rawValue)\(update.issuer.map { ", by \(safe($0))" } ?? "")): \"\(TextPreview.firstWords(update.text, words: 12, characters: 80))\""]
            if !amended.isEmpty {
                let links = zip(update.amends, amended).map { "#\($1.n) (\($0.confirmed ? "confirmed" : "suggested"))" }
                lines.append("amends " + links.joined(separator: ", "))
            }
            return lines
        case .updateRemoved(let update):
            return ["notice removed: \(safe(update.id)) \(safe(update.marker)): \"\(TextPreview.firstWords(update.text, words: 12, characters: 80))\""]
        case .relation(let update, let old, let new):
            return ["update \(safe(update)): relation \(old.rawValue) → \(new.rawValue)"]
        case .issuer(let update, let old, let new):
            return ["update \(safe(update)): issuer \(old.map(safe) ?? "unknown") → \(new.map(safe) ?? "unknown")"]
        case .linkAdded(let update, let claim, let link):
            return ["update \(safe(update)): + link to \(claim?.label ?? safe(link.claim)) (\(link.confirmed ? "confirmed" : "suggested"), score \(AnnotationCodec.formatScore(link.score)))"]
        case .linkRemoved(let update, let claim, let link):
            return ["update \(safe(update)): - link to \(claim?.label ?? safe(link.claim))"]
        case .linkConfirmed(let update, let claim, let confirmed):
            return ["update \(safe(update)): link to \(claim?.label ?? "?") \(confirmed ? "confirmed" : "back to a suggestion")"]
        case .updateConflict(let update, let conflict):
            return ["update \(safe(update)): CONFLICT — two readings kept", "ours:   \(describe(conflict.ours))", "theirs: \(describe(conflict.theirs))"]
        case .updateConflictResolved(let update):
            return ["update \(safe(update)): conflict resolved"]
        }
    }

    /// ", by A. Martin (2026-11-29T10:12:00Z)" or "".
    private static func who(_ verdict: ClaimVerdict) -> String {
        guard let by = verdict.by else { return "" }
        return ", by \(safe(by))" + (verdict.at.map { " (\(safe($0)))" } ?? "")
    }

    /// A verdict on one line: "disputed, by B. Durand (…): the note [sources: X; Y]".
    public static func describe(_ verdict: ClaimVerdict) -> String {
        var text = verdict.status.rawValue + who(verdict)
        if !verdict.note.isEmpty { text += ": \(safe(verdict.note))" }
        if !verdict.sources.isEmpty { text += " [sources: \(verdict.sources.map(safe).joined(separator: "; "))]" }
        return text
    }

    /// An update's reading on one line: "denial, by X; links c-… (confirmed), …".
    public static func describe(_ reading: UpdateReading) -> String {
        var text = reading.relation.rawValue + (reading.issuer.map { ", by \(safe($0))" } ?? "")
        let links = reading.amends.map { "\(safe($0.claim)) (\($0.confirmed ? "confirmed" : "suggested"))" }
        text += links.isEmpty ? "; no links" : "; links " + links.joined(separator: ", ")
        return text
    }

    private static func safe(_ text: String) -> String { TerminalText.visible(text) }
}
