/// The words of a folded line as keys, split on separator bytes.
struct FoldedWords: RandomAccessCollection {
    private var keys: [FoldedKey] = []

    /// Splits `folded` on any of `separators` (ASCII), dropping empty words.
    init(_ folded: UnsafeBufferPointer<UInt8>, separators: String) {
        var keys: [FoldedKey] = []
        _ = Self.allSatisfy(folded, separators: Array(separators.utf8)) { keys.append($0); return true }
        self.keys = keys
    }

    /// Whether every word of `folded` satisfies `predicate` (false when there is none), stopping at the first
    /// that does not; allocates nothing.
    static func allSatisfy(_ folded: UnsafeBufferPointer<UInt8>, separators: [UInt8], _ predicate: (FoldedKey) -> Bool) -> Bool {
        var key = FoldedKey()
        var any = false
        for byte in folded {
            if separators.contains(byte) {
                if !key.isEmpty {
                    any = true
                    if !predicate(key) { return false }
                }
                key = FoldedKey()
            } else {
                key.append(byte)
            }
        }
        if !key.isEmpty {
            any = true
            if !predicate(key) { return false }
        }
        return any
    }

    /// The first index.
    var startIndex: Int { 0 }
    /// One past the last index.
    var endIndex: Int { keys.count }
    /// The word at `position`.
    subscript(position: Int) -> FoldedKey { keys[position] }
}
