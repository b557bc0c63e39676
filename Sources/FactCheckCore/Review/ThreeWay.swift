/// The three-way rules a merge applies to each value: a side that did not change the value yields to the side
/// that did; two sides that made the same change agree; two different changes are a conflict, never a silent pick.
enum ThreeWay {
    /// The merged value, or nil when both sides changed it differently.
    ///
    /// `base` is nil when there is no common ancestor (both sides added the value); then only equal sides merge.
    static func pick<Value: Equatable>(base: Value?, ours: Value, theirs: Value) -> Value? {
        if ours == theirs { return ours }
        guard let base else { return nil }
        if ours == base { return theirs }
        if theirs == base { return ours }
        return nil
    }

    /// Members a newer version or another tool wrote, merged key by key; where both sides changed a member
    /// differently ours is kept (this version cannot tell what the member means).
    static func members(base: [JSONMember]?, ours: [JSONMember], theirs: [JSONMember]) -> [JSONMember] {
        if ours == theirs { return ours }
        func find(_ key: String, in list: [JSONMember]) -> JSONValue? { list.first { $0.key == key }?.value }
        var keys = ours.map(\.key)
        for member in theirs where !keys.contains(member.key) { keys.append(member.key) }
        var merged: [JSONMember] = []
        for key in keys {
            let o = find(key, in: ours), t = find(key, in: theirs)
            let b: JSONValue?? = base.map { find(key, in: $0) }
            let value = pick(base: b, ours: o, theirs: t) ?? o ?? t
            if let value { merged.append(JSONMember(key, value)) }
        }
        return merged
    }

    /// Both sides' histories united: the entries they share, then every other entry once, oldest first.
    ///
    /// Histories are append-only, so a side's entries after the common prefix are its new edits. Among those, ties
    /// in time keep ours before theirs. Uniting is commutative up to such ties and keeps a side's history as it
    /// was when the other side added nothing.
    static func history(ours: [HistoryEntry], theirs: [HistoryEntry]) -> [HistoryEntry] {
        var shared = 0
        while shared < ours.count, shared < theirs.count, ours[shared] == theirs[shared] { shared += 1 }
        if shared == theirs.count { return ours }
        if shared == ours.count { return theirs }
        var rest: [HistoryEntry] = []
        for entry in ours[shared...] + theirs[shared...] where !rest.contains(entry) {
            rest.append(entry)
        }
        let ordered = rest.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        return Array(ours[..<shared]) + ordered
    }
}
