/// Edits that are not verdicts: setting a claim aside as not a claim, taking it back, and removing one source.
///
/// Each is recorded in the claim's history with an `event` saying what it did, so the history stays the full
/// account of the claim.
extension AnnotationSet {
    /// This set with the claim at `index` set aside as not a claim, for `reason` ("heading", "byline"…). Its verdict,
    /// note and sources stay as they were; it counts in no progress until `undismissing`.
    public func dismissing(claimAt index: Int, reason: String, by editor: String, at time: String) -> AnnotationSet {
        var next = self
        next.claims[index].dismissed = reason
        next.claims[index].history.append(entry(for: index, event: "dismissed: " + reason, by: editor, at: time))
        return next
    }

    /// This set with the claim at `index` a claim again.
    public func undismissing(claimAt index: Int, by editor: String, at time: String) -> AnnotationSet {
        var next = self
        next.claims[index].dismissed = nil
        next.claims[index].history.append(entry(for: index, event: "undismissed", by: editor, at: time))
        return next
    }

    /// This set with source number `source` (0-based) of the claim at `index` removed. A sourced claim left with
    /// no source goes back to unreviewed: a sourced verdict must name a source.
    public func removingSource(_ source: Int, fromClaimAt index: Int, by editor: String, at time: String) -> AnnotationSet {
        var next = self
        var claim = next.claims[index]
        let removed = claim.sources.remove(at: source)
        if claim.sources.isEmpty, claim.status == .sourced { claim.status = .unreviewed }
        claim.by = editor
        claim.at = time
        next.claims[index] = claim
        next.claims[index].history.append(next.entry(for: index, event: "removed source " + removed, by: editor, at: time))
        return next
    }

    /// A history entry for the claim at `index` as it is, saying what happened.
    private func entry(for index: Int, event: String, by editor: String, at time: String) -> HistoryEntry {
        var entry = HistoryEntry(at: time, by: editor, status: claims[index].status)
        entry.event = event
        return entry
    }
}
