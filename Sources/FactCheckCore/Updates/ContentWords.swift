/// Content words of a text for matching: folded, stop words dropped, light French/English stemming.
enum ContentWords {
    static let stopWords: Set<String> = [
        // French
        "les", "des", "une", "est", "dans", "pour", "que", "qui", "avec", "sur", "pas", "par", "son", "ses", "sont", "aux", "ont",
        "cette", "ces", "mais", "plus", "tout", "tous", "leur", "leurs", "elle", "ils", "elles", "nous", "vous", "aurait", "avait",
        "etait", "ete", "etre", "avoir", "fait", "comme", "dont", "ainsi", "aussi", "meme", "deja", "encore", "entre", "apres",
        "avant", "depuis", "sans", "sous", "vers", "chez", "the", "and", "for", "with", "that", "this", "was", "were", "are",
        "has", "have", "had", "its", "his", "her", "their", "from", "but", "not", "which", "who", "been", "will", "would",
        "said", "also", "than", "into", "about", "there", "they", "them", "what", "when", "where", "une", "lui", "quel",
        "quelle", "selon", "tel", "telle", "sera", "seront", "peut", "doit", "cela", "ceci", "celui", "celle", "moins",
    ]

    /// The content words of `text` in order.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = String.UnicodeScalarView()
        func flush() {
            defer { word.removeAll() }
            guard !word.isEmpty else { return }
            let folded = Scalars.folded(word)
            let isNumber = folded.unicodeScalars.allSatisfy(Scalars.isDigit)
            guard isNumber || (folded.count >= 3 && !stopWords.contains(folded)) else { return }
            tokens.append(isNumber ? folded : stem(folded))
        }
        for scalar in text.unicodeScalars {
            if Scalars.isWordScalar(scalar) { word.append(scalar) } else { flush() }
        }
        flush()
        return tokens
    }

    /// Unordered pairs of tokens at most `window` tokens apart.
    static func pairs(_ tokens: [String], window: Int) -> Set<String> {
        var result = Set<String>()
        for i in tokens.indices {
            for j in (i + 1)..<min(tokens.count, i + 1 + window) where tokens[i] != tokens[j] {
                result.insert(tokens[i] < tokens[j] ? tokens[i] + "|" + tokens[j] : tokens[j] + "|" + tokens[i])
            }
        }
        return result
    }

    /// Strips common inflections so "demandé", "demande" and "demandée" meet, as do "announced" and "announces".
    static func stem(_ word: String) -> String {
        var w = word
        if w.count > 4, w.hasSuffix("s") || w.hasSuffix("x") { w.removeLast() }
        for suffix in ["ement", "ing", "ees", "ee", "es", "ed", "er", "ez", "e"] where w.count - suffix.count >= 4 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            break
        }
        return w
    }
}
