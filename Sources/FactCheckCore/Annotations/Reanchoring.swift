/// Re-anchoring claim annotations onto another version of their article.
enum Reanchoring {
    /// Below this similarity a changed claim is not the same claim: the annotation becomes an orphan.
    static let minimumSimilarity = 0.6

    /// Dice similarity of two texts' word sets and word-pair sets (case and accents folded), 0…1.
    static func similarity(_ a: String, _ b: String) -> Double {
        let wa = words(a), wb = words(b)
        guard !wa.isEmpty, !wb.isEmpty else { return 0 }
        let unigrams = dice(Set(wa), Set(wb))
        let bigrams = dice(Set(zip(wa, wa.dropFirst()).map { $0 + " " + $1 }), Set(zip(wb, wb.dropFirst()).map { $0 + " " + $1 }))
        return (unigrams + bigrams) / 2
    }

    private static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
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
