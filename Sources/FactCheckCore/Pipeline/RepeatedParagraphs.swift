/// Finds the paragraphs an article prints more than once (same text once white space is folded), without keeping a
/// copy of every paragraph's text: paragraphs are grouped by a hash of their folded bytes, and a paragraph is
/// compared byte for byte only with the earlier paragraphs of the same hash.
///
/// Memory: a few dozen bytes a distinct paragraph (no allocation per paragraph), plus the occurrences of the
/// repeated ones.
struct RepeatedParagraphs {
    /// A distinct paragraph text: its first occurrence, and the next distinct paragraph of the same hash.
    private struct Group {
        let firstBytes: Range<Int>
        let first: TextRange
        /// Index in `repeats` of its later occurrences, -1 while it has none.
        var repeatsIndex = -1
        /// Index in `groups` of the next group with the same hash, -1 for none.
        var nextWithSameHash = -1
    }

    private var groups: [Group] = []
    private var firstGroupByHash: [Int: Int] = [:]
    private var repeats: [[TextRange]] = []
    private var scratch: [UInt8] = []
    private var other: [UInt8] = []

    /// Adds the paragraph at `bytes` of `text` (at `range` in scalars).
    /// - Complexity: O(n) in the paragraph's length, expected.
    mutating func add(_ bytes: Range<Int>, _ range: TextRange, in text: UTF8Text) {
        text.normalizedBytes(bytes, into: &scratch)
        var hasher = Hasher()
        scratch.withUnsafeBytes { hasher.combine(bytes: $0) }
        let hash = hasher.finalize()
        var last = -1
        var candidate = firstGroupByHash[hash] ?? -1
        while candidate >= 0 {
            text.normalizedBytes(groups[candidate].firstBytes, into: &other)
            if other == scratch {
                if groups[candidate].repeatsIndex < 0 {
                    groups[candidate].repeatsIndex = repeats.count
                    repeats.append([])
                }
                repeats[groups[candidate].repeatsIndex].append(range)
                return
            }
            last = candidate
            candidate = groups[candidate].nextWithSameHash
        }
        if last >= 0 { groups[last].nextWithSameHash = groups.count } else { firstGroupByHash[hash] = groups.count }
        groups.append(Group(firstBytes: bytes, first: range))
    }

    /// Every paragraph seen more than once, with all its occurrences, in order of first occurrence.
    var repeated: [[TextRange]] {
        groups.compactMap { $0.repeatsIndex < 0 ? nil : [$0.first] + repeats[$0.repeatsIndex] }
    }
}
