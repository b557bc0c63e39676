extension AnnotationSet {
    /// Each claim's reading number by its id: how every listing turns an update's links into `#3`.
    /// - Parameter orphans: include orphans (they keep the number they had when last in the article).
    /// - Complexity: O(n) in the number of claims.
    public func numbersByID(includingOrphans orphans: Bool = false) -> [String: Int] {
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(claims.count + (orphans ? self.orphans.count : 0))
        for claim in claims where numbers[claim.id] == nil { numbers[claim.id] = claim.n }
        if orphans {
            for orphan in self.orphans where numbers[orphan.id] == nil { numbers[orphan.id] = orphan.n }
        }
        return numbers
    }
}
