import FactCheckCore

extension AnnotationSet {
    /// This set without the claim at `index`, and without the links to it, numbered again from 1: what a side
    /// that dropped a claim holds, for the merge tests.
    public func droppingClaim(at index: Int) -> AnnotationSet {
        var result = self
        let gone = result.claims.remove(at: index).id
        for u in result.updates.indices {
            result.updates[u].amends.removeAll { $0.claim == gone }
            result.updates[u].unlinked.removeAll { $0 == gone }
        }
        for c in result.claims.indices { result.claims[c].n = c + 1 }
        return result
    }
}
