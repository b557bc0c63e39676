/// The claims and updates one edit changed: what the journal records so a crash loses no acknowledged edit.
///
/// A change holds whole claim and update states, not operations, so replaying it is a replacement by id that
/// gives the same result whatever the edit was (a verdict, a link, an undo).
public struct EditRecord: Equatable, Sendable {
    /// Claims (or orphans) as they are after the edit.
    public var claims: [ClaimAnnotation]
    /// Updates as they are after the edit.
    public var updates: [UpdateAnnotation]

    /// Creates a change.
    public init(claims: [ClaimAnnotation], updates: [UpdateAnnotation]) {
        self.claims = claims
        self.updates = updates
    }

    /// What differs from `old` to `new`; empty when they are equal.
    public init(from old: AnnotationSet, to new: AnnotationSet) {
        let oldClaims = Dictionary((old.claims + old.orphans).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldUpdates = Dictionary(old.updates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        claims = (new.claims + new.orphans).filter { oldClaims[$0.id] != $0 }
        updates = new.updates.filter { oldUpdates[$0.id] != $0 }
    }

    /// True when nothing changed.
    public var isEmpty: Bool { claims.isEmpty && updates.isEmpty }

    /// `set` with this change's claims and updates put in place of those with the same ids. Items whose id the set
    /// does not hold are kept too: a claim as an orphan, an update appended.
    public func applied(to set: AnnotationSet) -> AnnotationSet {
        var next = set
        for claim in claims {
            if let i = next.claims.firstIndex(where: { $0.id == claim.id }) {
                // Keep the anchor the current article gives; take the editor's data.
                var merged = claim
                merged.n = next.claims[i].n
                merged.text = next.claims[i].text
                merged.range = next.claims[i].range
                merged.repeats = next.claims[i].repeats
                merged.prefix = next.claims[i].prefix
                merged.suffix = next.claims[i].suffix
                next.claims[i] = merged
            } else if let i = next.orphans.firstIndex(where: { $0.id == claim.id }) {
                next.orphans[i] = claim
            } else {
                next.orphans.append(claim)
            }
        }
        let liveClaims = Set((next.claims + next.orphans).map(\.id))
        for update in updates {
            var update = update
            update.amends.removeAll { !liveClaims.contains($0.claim) }
            if let i = next.updates.firstIndex(where: { $0.id == update.id }) {
                update.range = next.updates[i].range
                next.updates[i] = update
            } else {
                next.updates.append(update)
            }
        }
        return next
    }
}
