/// The keys of one object type of the format, in the order the encoder writes them.
struct KnownMemberKeys: Sendable {
    /// The keys in declaration (and writing) order.
    let ordered: [String]
    /// The same keys, for members met out of order.
    let set: Set<String>

    init(_ ordered: [String]) {
        self.ordered = ordered
        set = Set(ordered)
    }

    /// The members whose keys are not known, in order.
    ///
    /// A file the encoder wrote lists its members in the order of `ordered`, a few left out: one walk along both
    /// lists, comparing keys of equal length only, tells that none is unknown; anything else is looked up in `set`.
    /// - Complexity: O(members + keys) for members in writing order.
    func unknown(in members: [JSONMember]) -> [JSONMember] {
        var next = 0
        for member in members {
            let length = member.key.utf8.count
            while next < ordered.count, !(ordered[next].utf8.count == length && ordered[next] == member.key) { next += 1 }
            if next == ordered.count { return members.filter { !set.contains($0.key) } }
            next += 1
        }
        return []
    }
}
