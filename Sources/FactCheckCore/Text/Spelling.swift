/// Near misses: the word a user probably meant ("Did you mean 'verify'?").
public enum Spelling {
    /// The closest word to `word` among `candidates` by edit distance, if it is close enough to be a likely typo.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate))
            if distance <= max(1, min(3, candidate.count / 3)) || candidate.hasPrefix(word.lowercased()) && !word.isEmpty {
                if best == nil || distance < best?.1 ?? .max { best = (candidate, distance) }
            }
        }
        return best?.0
    }

    /// Levenshtein distance between two character arrays.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
