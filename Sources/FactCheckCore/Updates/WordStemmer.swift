/// Strips French and English inflections and derivations from a folded word (lower case, no accents), so that
/// "démenti", "dément" and "démentent", or "reported", "reports" and "reporting", meet.
///
/// A light suffix stripper in the spirit of Snowball: a plural first, then the longest known ending, keeping a stem
/// of at least `minimumStem` letters. Both sides of a comparison are stemmed alike, so an over-short stem only costs
/// precision when two unrelated words collide, which idf weighting makes rare.
enum WordStemmer {
    /// The shortest stem left.
    static let minimumStem = 4

    /// Endings, longest first within each language; tried in this order.
    private static let endings: [String] = [
        // French
        "issements", "issement", "eries", "erie", "atrices", "ateurs", "ations", "ements", "erions", "eraient", "aient", "atrice", "ateur",
        "ation", "ement", "ments", "ment", "ences", "ances", "ence", "ance", "iques", "ique", "ismes", "isme", "istes",
        "iste", "ables", "able", "ibles", "ible", "euses", "euse", "eux", "erons", "eront", "erait", "erais", "erez",
        "ions", "ites", "ite", "ait", "ais", "ant", "ante", "antes", "ants", "ees", "ee", "ons", "ez", "er", "ir", "it",
        "es", "e", "i",
        // English
        "ization", "ations", "ingly", "edly", "ness", "ings", "ment", "ies", "ied", "ing", "ers", "ful", "ous", "ive",
        "ed", "ly", "al",
    ]

    /// `endings` as scalars, made once: the linker stems every word of an article.
    private static let endingScalars: [[Unicode.Scalar]] = endings.map { Array($0.unicodeScalars) }

    /// The stem of `word` (already folded).
    /// - Complexity: O(e) in the number of endings; allocates only the result.
    static func stem(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        guard w.count > minimumStem else { return word }
        if let last = w.last, last == "s" || last == "x", w.count - 1 >= minimumStem, w[w.count - 2] != "s" { w.removeLast() }
        for e in endingScalars {
            guard w.count - e.count >= minimumStem, w[(w.count - e.count)...].elementsEqual(e) else { continue }
            w.removeLast(e.count)
            break
        }
        // "appelle" → "appel", "rebelle" → "rebel", "committed" → "commit": a doubled final consonant is undone.
        if w.count > minimumStem, let last = w.last, last == w[w.count - 2], "lntmpr".unicodeScalars.contains(last) { w.removeLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: w)
        return String(view)
    }
}
