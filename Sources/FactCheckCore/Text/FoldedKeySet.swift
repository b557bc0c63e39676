/// A fixed set of `FoldedKey`s with a cheap multiplicative hash and open addressing.
///
/// The segmenter asks "is this word an abbreviation / a title / a sentence starter?" at every full stop; the
/// standard `Set` would run SipHash each time, which showed up at several per cent of `factcheck sentences`.
struct FoldedKeySet: Sendable {
    private var slots: [FoldedKey?]
    private let mask: Int

    /// A set holding the folded forms of `words`.
    init(_ words: [String]) {
        self.init(keys: words.map(FoldedKey.init))
    }

    /// A set holding `keys`.
    init(keys: [FoldedKey]) {
        var size = 16
        while size < keys.count * 3 { size *= 2 }
        slots = Array(repeating: nil, count: size)
        mask = size - 1
        for key in keys where !contains(key) {
            var i = Self.slot(key, mask)
            while slots[i] != nil { i = (i + 1) & mask }
            slots[i] = key
        }
    }

    /// Whether `key` is in the set.
    @inline(__always)
    func contains(_ key: FoldedKey) -> Bool {
        var i = Self.slot(key, mask)
        while let candidate = slots[i] {
            if candidate == key { return true }
            i = (i + 1) & mask
        }
        return false
    }

    /// The keys of both sets.
    func union(_ other: FoldedKeySet) -> FoldedKeySet {
        FoldedKeySet(keys: slots.compactMap { $0 } + other.slots.compactMap { $0 })
    }

    @inline(__always)
    private static func slot(_ key: FoldedKey, _ mask: Int) -> Int {
        let mixed = (key.lowBits &* 0x9E37_79B9_7F4A_7C15) ^ (key.highBits &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(truncatingIfNeeded: key.count)
        return Int(truncatingIfNeeded: mixed >> 40) & mask
    }
}
