/// How an update notice bears on the claims it amends.
public enum UpdateRelation: String, Sendable, CaseIterable {
    case denial, partialDenial = "partial-denial", retraction, correction, clarification, confirmation, addition
}

/// A suggested link from a notice to a claim it amends.
public struct UpdateLink: Equatable, Sendable {
    /// Index of the claim in `ArticleAnalysis.claims`.
    public var claimIndex: Int
    /// Similarity between notice and claim, 0…1, rounded to two decimals.
    public var score: Double
}

/// Links update notices to the claims they amend, and reads the relation and the issuer from the wording.
///
/// A link needs content in common *in the same arrangement*: two content words near each other in the notice
/// must also be near each other in the claim ("demandé … audit"). Shared single words are too weak: a long quote
/// that mentions "direction" and "assurer" in other senses would otherwise outrank the claim the notice denies.
/// A link needs at least `minimumSharedPairs` such pairs. Its score, 0…1, is `min(1, 2·cosine + 0.1·pairs)`: the
/// tf-idf cosine of the two texts (idf over the article's claims), raised by each shared pair.
public enum UpdateLinker {
    /// Content words this close (in content words) form a pair.
    static let pairWindow = 4
    /// Fewer shared pairs than this is a coincidence of wording, not an amendment.
    static let minimumSharedPairs = 2
    /// Links scoring below this are dropped.
    static let minimumScore = 0.3

    /// The claims `notice` amends, best first.
    public static func links(for notice: ArticleNotice, in analysis: ArticleAnalysis) -> [UpdateLink] {
        let model = Model(notice: notice, analysis: analysis)
        var links: [UpdateLink] = []
        for index in analysis.claims.indices {
            let (score, shared) = model.score(claimAt: index)
            guard shared >= minimumSharedPairs, score >= minimumScore else { continue }
            links.append(UpdateLink(claimIndex: index, score: score))
        }
        return links.sorted { ($0.score, -$0.claimIndex) > ($1.score, -$1.claimIndex) }
    }

    /// The score of the link from `notice` to claim `claimIndex`, whether or not it reaches the linking
    /// thresholds (for a link an editor makes by hand).
    public static func score(for notice: ArticleNotice, claimAt claimIndex: Int, in analysis: ArticleAnalysis) -> Double {
        Model(notice: notice, analysis: analysis).score(claimAt: claimIndex).score
    }

    /// The notice's words and pairs, and the claims' document frequencies.
    private struct Model {
        let claimTokens: [[String]]
        let noticePairs: Set<String>
        let noticeVector: [String: Double]
        let documentFrequency: [String: Int]
        let count: Double

        init(notice: ArticleNotice, analysis: ArticleAnalysis) {
            claimTokens = analysis.claims.map { ContentWords.tokens($0.text) }
            var frequency: [String: Int] = [:]
            for tokens in claimTokens { for token in Set(tokens) { frequency[token, default: 0] += 1 } }
            documentFrequency = frequency
            count = Double(analysis.claims.count + 1)
            let tokens = ContentWords.tokens(notice.text)
            noticePairs = ContentWords.pairs(tokens, window: pairWindow)
            var vector: [String: Double] = [:]
            let n = count
            for token in tokens { vector[token, default: 0] += UpdateLinker.log(n / Double(1 + (frequency[token] ?? 0))) + 1 }
            noticeVector = vector
        }

        /// The rounded score and the number of shared near-pairs.
        func score(claimAt index: Int) -> (score: Double, shared: Int) {
            let tokens = claimTokens[index]
            let shared = ContentWords.pairs(tokens, window: pairWindow).intersection(noticePairs).count
            var vector: [String: Double] = [:]
            for token in tokens { vector[token, default: 0] += UpdateLinker.log(count / Double(1 + (documentFrequency[token] ?? 0))) + 1 }
            let raw = min(1, 2 * UpdateLinker.cosine(noticeVector, vector) + 0.1 * Double(shared))
            return ((raw * 100).rounded() / 100, shared)
        }
    }

    /// The relation a notice's wording expresses.
    public static func relation(of notice: ArticleNotice) -> UpdateRelation {
        let text = " " + Scalars.folded(notice.text.unicodeScalars) + " "
        let marker = Scalars.folded(notice.marker.unicodeScalars)
        let rules: [(UpdateRelation, [String])] = [
            (.partialDenial, ["dement en partie", "dementi partiel", "dement partiellement", "partially denie", "partly denie", "denied part", "denies part", "nuance"]),
            (.retraction, ["retire l'article", "retirons", "retracte", "retract", "withdr", "nous avons retire", "annule l'article",
                           " retire ses ", " retire son ", " retire sa ", " retire les ", "revient sur ses propos", "takes back"]),
            (.denial, [" dement", "dementi", " denie", " deny", "denied", "conteste", " disputes", " rejects", "refute"]),
            (.correction, ["corrig", "erreur", "erronee", "incorrect", "erroneous", "mistaken", "an earlier version", "a previous version",
                           "une precedente version", "une version precedente", "misstated", "misidentified", "was wrong", "inexact"]),
            (.confirmation, ["confirm"]),
            (.clarification, ["precise", "clarif", "tient a preciser", "explains that", "to clarify"]),
        ]
        for (relation, words) in rules where words.contains(where: text.contains) { return relation }
        if ["correction", "rectificatif", "erratum"].contains(where: marker.hasPrefix) { return .correction }
        if ["precision", "clarification"].contains(where: marker.hasPrefix) { return .clarification }
        return .addition
    }

    /// Who issued the notice when its text opens with a name ("Pierre Paperon, le directeur …") or names one
    /// after "selon" / "according to".
    public static func issuer(of notice: ArticleNotice) -> String? {
        let words = notice.text.split(separator: " ").map(String.init)
        if let name = leadingName(words) { return name }
        for (i, word) in words.enumerated() where ["selon", "according"].contains(word.lowercased()) {
            let rest = Array(words[(i + (word.lowercased() == "according" ? 2 : 1))...])
            if let name = leadingName(rest) { return name }
        }
        return nil
    }

    private static func leadingName(_ words: [String]) -> String? {
        var name: [String] = []
        for word in words.prefix(4) {
            let trimmed = word.trimmingTrailing { ",;:.".contains($0) }
            guard let first = trimmed.unicodeScalars.first, Scalars.isUpper(first),
                  trimmed.unicodeScalars.dropFirst().allSatisfy({ Scalars.isLower($0) || $0 == "-" || $0 == "'" }) else { break }
            name.append(trimmed)
            if trimmed != word { break }
        }
        // One capitalised word is usually a sentence's first word, not a name.
        return name.count >= 2 ? name.joined(separator: " ") : nil
    }

    fileprivate static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        var dot = 0.0
        for (k, x) in a { if let y = b[k] { dot += x * y } }
        let na = a.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let nb = b.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return na > 0 && nb > 0 ? dot / (na * nb) : 0
    }

    fileprivate static func log(_ x: Double) -> Double {
        // Natural logarithm without Foundation: ln(x) = 2 atanh((x-1)/(x+1)), series converges for x > 0.
        guard x > 0 else { return 0 }
        var m = x, k = 0.0
        while m > 2 { m /= 2.718281828459045; k += 1 }
        let y = (m - 1) / (m + 1)
        var term = y, sum = 0.0, n = 1.0
        while abs(term) > 1e-12 { sum += term / n; term *= y * y; n += 2 }
        return k + 2 * sum
    }
}

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
