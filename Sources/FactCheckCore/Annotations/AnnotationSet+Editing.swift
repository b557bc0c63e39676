/// An editor's change to one claim.
public enum ClaimEdit: Equatable, Sendable {
    /// Mark verified, optionally with a note (nil keeps the note).
    case verify(note: String?)
    /// Mark disputed, optionally with a note (nil keeps the note).
    case dispute(note: String?)
    /// Mark sourced and add these sources.
    case source([String])
    /// Set the note, keeping the status.
    case note(String)
    /// Back to unreviewed: no note, no sources.
    case reset
    /// Take a whole verdict (status, note, sources): how a merge conflict is settled.
    case adopt(ClaimVerdict)
}

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
    ///
    /// - Complexity: O(1) when claims are numbered by their position (as they are once built), else O(*n*).
    public func claimIndex(number n: Int) throws(AnnotationEditError) -> Int {
        if n >= 1, n <= claims.count, claims[n - 1].n == n { return n - 1 }
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

/// Why a link edit could not be applied.
public enum LinkEditError: Error, Equatable, Sendable {
    /// No update has this id.
    case noSuchUpdate(String)
    /// The update does not amend this claim.
    case notLinked(update: String, claim: String)
}

extension AnnotationSet {
    /// The index in `updates` of the update named by `reference`: its id, or its number from 1 in reading order.
    public func updateIndex(_ reference: String) throws(LinkEditError) -> Int {
        if let n = Int(reference), n >= 1, n <= updates.count { return n - 1 }
        guard let index = updates.firstIndex(where: { $0.id == reference }) else { throw .noSuchUpdate(reference) }
        return index
    }

    /// This set with the editor's confirmation that update `updateIndex` amends the claim at `claimIndex`, with
    /// `score` for a link the linker had not suggested; `relation`, when given, becomes the update's relation.
    public func linking(update updateIndex: Int, claim claimIndex: Int, score: Double, relation: UpdateRelation?) -> AnnotationSet {
        var next = self
        let claimID = claims[claimIndex].id
        var update = next.updates[updateIndex]
        if let existing = update.amends.firstIndex(where: { $0.claim == claimID }) {
            update.amends[existing].confirmed = true
        } else {
            update.amends.append(Amendment(claim: claimID, score: score, confirmed: true))
        }
        update.unlinked.removeAll { $0 == claimID }
        if let relation { update.relation = relation }
        next.updates[updateIndex] = update
        return next
    }

    /// This set without the link from update `updateIndex` to the claim at `claimIndex`; the linker will not
    /// suggest it again, and a re-review flag it caused is lifted.
    public func unlinking(update updateIndex: Int, claim claimIndex: Int) throws(LinkEditError) -> AnnotationSet {
        var next = self
        let claimID = claims[claimIndex].id
        var update = next.updates[updateIndex]
        guard let existing = update.amends.firstIndex(where: { $0.claim == claimID }) else {
            throw .notLinked(update: update.id, claim: claimID)
        }
        update.amends.remove(at: existing)
        if !update.unlinked.contains(claimID) { update.unlinked.append(claimID) }
        next.updates[updateIndex] = update
        if next.claims[claimIndex].review?.update == update.id { next.claims[claimIndex].review = nil }
        return next
    }
}
