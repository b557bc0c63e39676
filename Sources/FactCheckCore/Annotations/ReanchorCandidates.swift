/// Which unmatched claims of the new version each changed claim of the old version is compared with when
/// re-anchoring: not every pair (2,000 claims all reworded made 4 million comparisons), but the claims its reading
/// order puts it near, and the claims that share one of its rare words.
///
/// A reworded claim keeps its place between the claims that did not change, and usually its names, numbers and
/// uncommon words; both are indexed, so the candidates of each old claim are a handful whatever the article's
/// length. Two texts similar enough to match (`Reanchoring.minimumSimilarity`) that sit far apart and share only
/// common words are not compared: the old claim becomes an orphan, which keeps its verdict, rather than being
/// matched by a search that grows with the square of the article.
struct ReanchorCandidates {
    /// Unmatched new claims looked at on each side of the place an old claim is expected.
    static let neighbours = 3
    /// A word held by at most this many unmatched new claims proposes all of them; a commoner word proposes none.
    static let rareWordLimit = 16

    /// The unmatched new claims' profiles, in reading order.
    private let new: [Reanchoring.Profile]
    /// For each rare word, the positions in `new` of the claims holding it (ascending).
    private let holders: [String: [Int]]

    /// An index over `new`, the unmatched claims of the new version in reading order.
    /// - Complexity: O(*w*), *w* the number of words of `new`.
    init(new: [Reanchoring.Profile]) {
        self.new = new
        var holders: [String: [Int]] = [:]
        var common = Set<String>()
        for (position, profile) in new.enumerated() {
            for word in profile.unigrams where !common.contains(word) {
                if holders[word, default: []].count == Self.rareWordLimit {
                    holders[word] = nil
                    common.insert(word)
                } else {
                    holders[word, default: []].append(position)
                }
            }
        }
        self.holders = holders
    }

    /// The positions in `new` to compare `profile` with, ascending: those within `neighbours` of `expected` (the
    /// place its reading order gives it; nil when it has none, as an orphan), and those sharing a rare word.
    /// - Complexity: O(*k* log *k*), *k* ≤ 2 × `neighbours` + 1 + `rareWordLimit` × the words of `profile`.
    func positions(for profile: Reanchoring.Profile, expected: Int?) -> [Int] {
        var found: [Int] = []
        if let expected, !new.isEmpty {
            let low = max(0, min(expected, new.count - 1) - Self.neighbours)
            let high = min(new.count - 1, expected + Self.neighbours)
            if low <= high { found.append(contentsOf: low...high) }
        }
        for word in profile.unigrams {
            if let list = holders[word] { found.append(contentsOf: list) }
        }
        found.sort()
        var unique: [Int] = []
        unique.reserveCapacity(found.count)
        for position in found where unique.last != position { unique.append(position) }
        return unique
    }
}
