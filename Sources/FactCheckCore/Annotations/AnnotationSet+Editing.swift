/// Why an edit could not be applied.
public enum AnnotationEditError: Error, Equatable, Sendable {
    /// No claim has this number (the valid range is attached).
    case noSuchClaim(Int, count: Int)
    /// No claim has this id.
    case noSuchClaimID(String)
    /// `source` was given no source.
    case missingSource
}

extension AnnotationSet {
    /// The index in `claims` of claim number `n` (1-based).
    public func claimIndex(number n: Int) throws(AnnotationEditError) -> Int {
        guard let index = claims.firstIndex(where: { $0.n == n }) else { throw .noSuchClaim(n, count: claims.count) }
        return index
    }

    /// The index in `claims` of the claim with `id`.
    public func claimIndex(id: String) throws(AnnotationEditError) -> Int {
        guard let index = claims.firstIndex(where: { $0.id == id }) else { throw .noSuchClaimID(id) }
        return index
    }

    /// This set with `edit` applied to the claim at `index`, recorded in its history as done by `editor` at `time`.
    /// Any re-review flag is cleared: the editor has looked again. A merge conflict is cleared by a new verdict
    /// (not by a note alone): the editor has decided between the two sides.
    public func applying(_ edit: ClaimEdit, toClaimAt index: Int, by editor: String, at time: String) throws(AnnotationEditError) -> AnnotationSet {
        var next = self
        var claim = next.claims[index]
        var entry = HistoryEntry(at: time, by: editor, status: claim.status)
        switch edit {
        case .verify(let note), .dispute(let note):
            claim.status = edit == .verify(note: note) ? .verified : .disputed
            if let note { claim.note = note; entry.note = note }
        case .source(let sources):
            guard !sources.isEmpty else { throw .missingSource }
            claim.status = .sourced
            let added = sources.filter { !claim.sources.contains($0) }
            claim.sources += added
            entry.sources = added
        case .note(let text):
            claim.note = text
            entry.note = text
        case .reset:
            claim.status = .unreviewed
            claim.note = ""
            claim.sources = []
        case .adopt(let verdict):
            if verdict.status == .sourced, verdict.sources.isEmpty { throw .missingSource }
            claim.status = verdict.status
            claim.note = verdict.note
            claim.sources = verdict.sources
            entry.note = verdict.note
            entry.sources = verdict.sources
        }
        entry.status = claim.status
        claim.by = editor
        claim.at = time
        claim.review = nil
        if case .note = edit {} else { claim.conflict = nil }
        claim.history.append(entry)
        next.claims[index] = claim
        return next
    }

    /// How many claims have each status.
    public var statusCounts: [ClaimStatus: Int] {
        var counts: [ClaimStatus: Int] = [:]
        for claim in claims { counts[claim.status, default: 0] += 1 }
        return counts
    }
}
