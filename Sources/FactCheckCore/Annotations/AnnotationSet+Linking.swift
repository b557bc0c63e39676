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
    /// `editor` and `time`, when given, record who confirmed the link and when.
    public func linking(update updateIndex: Int, claim claimIndex: Int, score: Double, relation: UpdateRelation?,
                        by editor: String? = nil, at time: String? = nil) -> AnnotationSet {
        var next = self
        let claimID = claims[claimIndex].id
        var update = next.updates[updateIndex]
        let existing = update.amends.firstIndex { $0.claim == claimID }
        var link = existing.map { update.amends[$0] } ?? Amendment(claim: claimID, score: score, confirmed: true)
        // Confirming again keeps the first confirmation's author and time.
        if !link.confirmed || link.by == nil {
            link.by = editor ?? link.by
            link.at = time ?? link.at
        }
        link.confirmed = true
        if let existing { update.amends[existing] = link } else { update.amends.append(link) }
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
