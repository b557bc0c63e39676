/// Strips French and English inflections and derivations from a folded word (lower case, no accents), so that
/// "démenti", "dément" and "démentent", "sortie" and "sortira", "fermé" and "fermeture", or "reported", "reports"
/// and "reporting", "deny", "denied" and "denial", meet.
///
/// A light suffix stripper in the spirit of Snowball: a plural first, then the longest known ending, keeping a stem
/// of at least `minimumStem` letters. The endings are the suffix classes of the Snowball French and English
/// (Porter 2) algorithms' published descriptions — derivational suffixes ("-ation", "-ement", "-ité", "-ness",
/// "-ity"), the verb endings of every French tense (future and conditional "-ira", "-erait" too), the English
/// "-ed"/"-ing" — but deleted rather than rewritten (both sides of a comparison are stemmed alike, so "deni" from
/// "denial" meets "deni" from "deny" without a dictionary form), and without the algorithms' regions: only the
/// minimum stem guards a short word. An over-short stem only costs precision when two unrelated words collide,
/// which idf weighting makes rare.
enum WordStemmer {
    /// The shortest stem left.
    static let minimumStem = 4

    /// Endings deleted, any order (the longest that leaves `minimumStem` letters wins).
    private static let endings: [String] = [
        // French derivational suffixes (Snowball step 1), plurals included.
        "issements", "issement", "eries", "erie", "atrices", "ateurs", "ations", "ements", "atrice", "ateur", "ation",
        "ement", "ments", "ment", "ences", "ances", "ence", "ance", "iques", "ique", "ismes", "isme", "istes", "iste",
        "ables", "able", "ibles", "ible", "euses", "euse", "eux", "ites", "ite", "ives", "ive", "ifs", "if", "logies",
        "logie",
        // "-ure" nouns of a verb ("fermeture", "signature", "blessure", "closure", "failure").
        "etures", "eture", "atures", "ature", "ures", "ure",
        // French verb endings (Snowball steps 2a and 2b): present, imperfect, simple past, future, conditional,
        // subjunctive, participles.
        "issaient", "issais", "issait", "issant", "issante", "issantes", "issants", "isse", "issent", "isses", "issez",
        "issiez", "issions", "issons", "ira", "irai", "iraient", "irais", "irait", "iras", "irent", "irez", "iriez",
        "irions", "irons", "iront", "era", "erai", "eraient", "erais", "erait", "eras", "erent", "erez", "eriez",
        "erions", "erons", "eront", "assent", "asses", "assiez", "assions", "asse", "aient", "ais", "ait", "ant",
        "ante", "antes", "ants", "ions", "iez", "ees", "ee", "ons", "ez", "er", "ir", "it", "ie", "ies", "es", "e", "i",
        // English (Porter 2 steps 1 to 4).
        "izations", "ization", "isations", "isation", "ational", "tional", "ingly", "edly", "fulness", "ousness",
        "iveness", "ness", "ings", "ing", "ers", "ful", "ous", "ive", "ed", "ly", "al", "ity", "iti", "ism", "izes",
        "ize", "ized", "ises", "ise", "ised", "ible",
    ]

    /// `endings` as scalars, longest first, made once: the linker stems every word of an article.
    private static let endingScalars: [[Unicode.Scalar]] = endings.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// "vot" + "ed" and "vot" + "ing" read as "vote": a consonant, a vowel and a consonant (not w, x or y) before
    /// the ending, as Porter 2's short syllable; nil for any other word.
    private static func shortSyllableStem(_ w: [Unicode.Scalar]) -> String? {
        let vowels = "aeiouy".unicodeScalars
        for ending in ["ed", "ing"] {
            let e = Array(ending.unicodeScalars)
            guard w.count == minimumStem - 1 + e.count, w[(w.count - e.count)...].elementsEqual(e) else { continue }
            let (c1, v, c2) = (w[0], w[1], w[2])
            guard !vowels.contains(c1), vowels.contains(v), !vowels.contains(c2), !"wxy".unicodeScalars.contains(c2) else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: [c1, v, c2, "e"])
            return String(view)
        }
        return nil
    }

    /// The stem of `word` (already folded).
    /// - Complexity: O(e) in the number of endings; allocates only the result.
    static func stem(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        guard w.count >= minimumStem else { return word }
        // English "-ies", "-ied" and a final "-y" after a consonant read as "-i" ("denies", "denied", "deny" → "deni"),
        // as Porter 2 does, so that "denial" ("-al" deleted) meets them.
        if w.count > minimumStem + 1, w.last == "s" || w.last == "d", w[w.count - 2] == "e", w[w.count - 3] == "i" {
            w.removeLast(2)
        } else if w.last == "y", !"aeiou".unicodeScalars.contains(w[w.count - 2]) {
            w[w.count - 1] = "i"
        }
        // "voted", "voting" → "vote", as Porter 2 restores the "e" of a short syllable: a four-letter verb in "-e"
        // would otherwise keep its "-ed" (the minimum stem forbids "vot"), and "voted" would never meet "vote".
        if let short = shortSyllableStem(w) { return short }
        guard w.count > minimumStem else { return String(String.UnicodeScalarView(w)) }
        if let last = w.last, last == "s" || last == "x", w.count - 1 >= minimumStem, w[w.count - 2] != "s" { w.removeLast() }
        // "-ion" after "s" or "t" (Snowball's residual step): "correction" meets "corrected", "décision" "décis-".
        if w.count - 3 >= minimumStem, w[(w.count - 3)...].elementsEqual("ion".unicodeScalars), "st".unicodeScalars.contains(w[w.count - 4]) {
            w.removeLast(3)
        } else {
            for e in endingScalars {
                guard w.count - e.count >= minimumStem, w[(w.count - e.count)...].elementsEqual(e) else { continue }
                w.removeLast(e.count)
                break
            }
        }
        // "appelle" → "appel", "rebelle" → "rebel", "committed" → "commit": a doubled final consonant is undone.
        if w.count > minimumStem, let last = w.last, last == w[w.count - 2], "lntmpr".unicodeScalars.contains(last) { w.removeLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: w)
        return String(view)
    }
}
