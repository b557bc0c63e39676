/// A short folded word packed into two integers, for set look-ups without building a `String`.
///
/// Holds up to 16 bytes; a longer word is marked `overflow` and matches nothing.
struct FoldedKey: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// The number of bytes appended.
    private(set) var count: Int = 0

    /// An empty key.
    init() {}

    /// The key of `word` (folded first).
    init(_ word: String) {
        for byte in FoldedText.bytes(word) { append(byte) }
    }

    /// True when more than 16 bytes were appended.
    var overflow: Bool { count > 16 }

    /// True when nothing was appended.
    var isEmpty: Bool { count == 0 }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count < 8 {
            low |= UInt64(byte) << (8 * UInt64(count))
        } else if count < 16 {
            high |= UInt64(byte) << (8 * UInt64(count - 8))
        }
        count += 1
    }

    /// The first byte, or 0.
    var first: UInt8 { UInt8(truncatingIfNeeded: low) }

    /// The last byte, or 0.
    var last: UInt8 {
        guard count > 0, count <= 16 else { return 0 }
        return count <= 8 ? UInt8(truncatingIfNeeded: low >> (8 * UInt64(count - 1))) : UInt8(truncatingIfNeeded: high >> (8 * UInt64(count - 9)))
    }

    /// The key without its last byte (for a key past 16 bytes, the count shrinks; the 16 stored bytes stay).
    func droppingLast() -> FoldedKey {
        guard count > 0 else { return self }
        var copy = self
        copy.count -= 1
        if copy.count < 8 {
            copy.low &= (UInt64(1) << (8 * UInt64(copy.count))) &- 1
            copy.high = 0
        } else if copy.count < 16 {
            copy.high &= (UInt64(1) << (8 * UInt64(copy.count - 8))) &- 1
        }
        return copy
    }

    /// Whether the key starts with `prefix`, a key of at most 8 bytes.
    func hasPrefix(_ prefix: FoldedKey) -> Bool {
        guard prefix.count <= 8, prefix.count <= count else { return false }
        let mask = prefix.count == 8 ? UInt64.max : (UInt64(1) << (8 * UInt64(prefix.count))) &- 1
        return low & mask == prefix.low
    }

    /// A set of keys from words.
    static func set(_ words: [String]) -> FoldedKeySet { FoldedKeySet(words) }

    /// The first eight bytes, packed (for hashing).
    var lowBits: UInt64 { low }

    /// Bytes nine to sixteen, packed (for hashing).
    var highBits: UInt64 { high }
}

extension FoldedKey {
    /// True when every byte is an ASCII digit (and there is at least one).
    var isNumber: Bool {
        guard count > 0, count <= 16 else { return false }
        var key = self
        while !key.isEmpty {
            let last = key.last
            guard last >= 0x30 && last <= 0x39 else { return false }
            key = key.droppingLast()
        }
        return true
    }
}
