/// Re-anchoring claim annotations onto another version of their article.
enum Reanchoring {
    /// Below this similarity a changed claim is not the same claim: the annotation becomes an orphan.
    static let minimumSimilarity = 0.6

    /// A text's folded words, word set and word-pair set: what `similarity` compares, computed once per claim.
    struct Profile {
        /// The words in order (case and accents folded).
        let words: [String]
        /// The distinct words.
        let unigrams: Set<String>
        /// The distinct pairs of neighbouring words.
        let bigrams: Set<String>

        /// The profile of `text`.
        /// - Complexity: O(*m*), *m* the length of `text`.
        init(_ text: String) {
            words = Reanchoring.words(text)
            unigrams = Set(words)
            bigrams = Set(zip(words, words.dropFirst()).map { $0 + " " + $1 })
        }
    }

    /// Dice similarity of two texts' word sets and word-pair sets (case and accents folded), 0…1.
    static func similarity(_ a: String, _ b: String) -> Double {
        similarity(Profile(a), Profile(b))
    }

    /// Dice similarity of two profiles' word sets and word-pair sets, 0…1.
    /// - Complexity: O(*m*), *m* the number of words of the shorter text.
    static func similarity(_ a: Profile, _ b: Profile) -> Double {
        guard !a.words.isEmpty, !b.words.isEmpty else { return 0 }
        return (dice(a.unigrams, b.unigrams) + dice(a.bigrams, b.bigrams)) / 2
    }

    private static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        let shared = small.reduce(0) { large.contains($1) ? $0 + 1 : $0 }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if Scalars.isWordScalar(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                result.append(Scalars.folded(word))
                word.removeAll()
            }
        }
        if !word.isEmpty { result.append(Scalars.folded(word)) }
        return result
    }
}
