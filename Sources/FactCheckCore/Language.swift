/// The language an article is written in, which tunes abbreviations and attribution words.
public enum Language: String, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"

    private static let frenchMarkers: Set<String> = [
        "le", "la", "les", "des", "une", "est", "et", "dans", "pour", "que", "qui", "du", "au", "avec", "sur", "pas", "d'un", "l'",
    ]
    private static let englishMarkers: Set<String> = [
        "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "it", "as", "are", "by", "he", "she",
    ]

    /// The language whose common words are more frequent in `scalars` (French on a tie, as the first articles are).
    /// Looks at the first 20,000 scalars only.
    public static func detect(_ scalars: [Unicode.Scalar]) -> Language {
        var french = 0, english = 0
        var word = String.UnicodeScalarView()
        func tally() {
            guard !word.isEmpty else { return }
            let w = Scalars.folded(word)
            if frenchMarkers.contains(w) { french += 1 }
            if englishMarkers.contains(w) { english += 1 }
            word.removeAll()
        }
        for scalar in scalars.prefix(20_000) {
            if Scalars.isLetter(scalar) { word.append(scalar) } else { tally() }
        }
        tally()
        return english > french ? .english : .french
    }
}
