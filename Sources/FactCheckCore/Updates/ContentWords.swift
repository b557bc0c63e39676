/// The content words of a text for matching notices to claims: folded (lower case, no accents), stop words dropped,
/// stemmed (`WordStemmer`); numbers kept whole ("3 500", "485,000"), names (capitalised words past a sentence's
/// start) marked.
enum ContentWords {
    /// One content word.
    struct Term: Equatable {
        /// The folded, stemmed key (a number's digits only).
        var key: String
        /// A capitalised word that does not open a sentence, or a number: they weigh more.
        var isSpecific: Bool
        /// Where the word starts, in the scalars given.
        var offset: Int
        /// How many scalars it spans there.
        var length: Int
    }

    static let stopWords: Set<String> = [
        // French
        "les", "des", "une", "est", "dans", "pour", "que", "qui", "avec", "sur", "pas", "par", "son", "ses", "sont", "aux",
        "ont", "cette", "ces", "mais", "plus", "tout", "tous", "toute", "toutes", "leur", "leurs", "elle", "ils", "elles",
        "nous", "vous", "aurait", "avait", "avaient", "etait", "etaient", "ete", "etre", "avoir", "fait", "faire", "comme",
        "dont", "ainsi", "aussi", "meme", "deja", "encore", "entre", "apres", "avant", "depuis", "sans", "sous", "vers",
        "chez", "lui", "quel", "quelle", "quels", "quelles", "selon", "tel", "telle", "sera", "seront", "peut", "doit",
        "cela", "ceci", "celui", "celle", "ceux", "moins", "notre", "nos", "votre", "vos", "mon", "mes", "ton", "tes",
        "aussi", "donc", "alors", "car", "lors", "puis", "tres", "bien", "peu", "fois", "ici", "dit", "avons", "avez",
        "sommes", "etes", "suis", "sera", "serait", "auront", "ayant", "etant", "quand", "quoi", "comment", "oui", "non",
        "rien", "chaque", "autre", "autres", "certains", "certaines", "plusieurs", "quelques", "qu'il", "qu'elle",
        "c'est", "n'est", "s'est", "d'un", "d'une", "l'un", "l'une", "jusqu'a", "parce", "pendant", "contre", "desormais",
        // English
        "the", "and", "for", "with", "that", "this", "was", "were", "are", "has", "have", "had", "its", "his", "her",
        "their", "from", "but", "not", "which", "who", "whom", "been", "will", "would", "said", "says", "also", "than",
        "into", "about", "there", "they", "them", "what", "when", "where", "why", "how", "our", "your", "you", "she",
        "him", "any", "all", "can", "could", "should", "may", "might", "must", "did", "does", "doing", "done", "being",
        "these", "those", "then", "now", "just", "only", "over", "after", "before", "more", "most", "some", "such",
        "other", "out", "off", "very", "here", "while", "because", "since", "until", "each", "both", "few", "own",
        "same", "too", "yet", "still", "upon", "onto", "per", "via", "it's", "that's", "there's", "we're", "they're",
        "didn't", "don't", "doesn't", "isn't", "wasn't", "one", "two", "get", "got", "like", "know", "going",
        // The vocabulary of notices themselves
        "update", "updated", "jour", "mise", "article", "story", "post", "version", "earlier", "previous", "precedente",
        "edit", "note", "correction", "rectificatif", "erratum", "maj",
    ]

    /// Names of days and months: a date says when, not what. A notice dates its news ("Mardi 9 novembre, la
    /// joggeuse a été retrouvée", "On Monday evening the hiker was found") and every claim of the same days shares
    /// those words, so they would link the notice to whatever else happened on that day. The day's number stays a
    /// number. "Mars" and "March" are left out: they are also a planet, a protest.
    static let dateWords: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "avril", "mai",
        "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april",
        "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The content words of `text` in order, as keys.
    static func tokens(_ text: String) -> [String] {
        terms(ScalarText(text)[...]).map(\.key)
    }

    /// The content words of `scalars` in order (offsets in the whole text).
    /// - Complexity: O(n) in the number of scalars.
    static func terms(_ scalars: Slice<ScalarText>) -> [Term] {
        // Decoded once into an array: the scan below reads each scalar several times, and an array element is
        // cheaper to read than a scalar found through the text's index (the linker reads every claim this way).
        let bytes = scalars.base.utf8[scalars.base.byteRange(TextRange(scalars.startIndex, scalars.endIndex))]
        let decoded = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        return terms(decoded, origin: scalars.startIndex)
    }

    /// The spans of embedded posts' signatures in `scalars`: "— Will Turner (@WTurner247) September 3, 2022" under a
    /// quoted tweet, from its dash to the end of its date, with the "pic.twitter.com/…" link glued before the dash.
    /// Their words are attribution, not content: a notice quoting one of the author's posts shares the name, the
    /// handle and the day with every other post of that author the page quotes ("#USF — Will Turner (@WTurner247)
    /// September 3, 2022" alone on its line is no claim a notice amends), and the day's numbers weigh as specific.
    /// (`NoticeBoundary.endsWithPostSignature` reads a signature that closes a paragraph, for the reader; these are
    /// found anywhere in a claim's or a notice's text, for the linker, on the scalars `terms` has decoded.)
    /// - Complexity: O(n) in the number of scalars.
    static func signatureSpans(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = scalars.startIndex
        while i + 1 < scalars.endIndex {
            defer { i += 1 }
            guard scalars[i] == "(", scalars[i + 1] == "@" else { continue }
            var close = i + 2
            while close < scalars.endIndex, isHandleScalar(scalars[close]) { close += 1 }
            guard close > i + 2, close < scalars.endIndex, scalars[close] == ")" else { continue }
            // The dash that opens the signature, on the same line, a name's length before the handle: an em dash, or
            // an en dash or a hyphen set off by spaces (not the hyphen of "Jean-Pierre").
            var dash = i - 1
            while dash >= max(scalars.startIndex, i - signatureNameReach), scalars[dash] != "\n", !opensSignature(scalars, at: dash) {
                dash -= 1
            }
            guard dash >= scalars.startIndex, dash >= i - signatureNameReach, opensSignature(scalars, at: dash),
                  spans.last.map({ $0.upperBound <= dash }) ?? true else { continue }
            let start = linkStart(before: dash, in: scalars)
            let end = dateEnd(after: close + 1, in: scalars) ?? close + 1
            spans.append(start..<end)
            i = end - 1
        }
        return spans
    }

    /// Whether the dash at `index` may open a post's signature: an em dash, or an en dash or a hyphen with a space
    /// after it and a space (or a link glued) before it.
    private static func opensSignature(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        if scalars[index] == "\u{2014}" { return true }
        guard scalars[index] == "\u{2013}" || scalars[index] == "-", index + 1 < scalars.endIndex, scalars[index + 1] == " "
        else { return false }
        return index == scalars.startIndex || scalars[index - 1] == " " || scalars[index - 1] == "\u{A0}"
    }

    /// How far before a handle its signature's dash may stand (a name, a newsroom's name with an emoji).
    private static let signatureNameReach = 80

    /// Whether `scalar` may be part of a handle.
    private static func isHandleScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Where the "pic.twitter.com/…" link just before a signature's dash starts, or the dash itself.
    private static func linkStart(before dash: Int, in scalars: [Unicode.Scalar]) -> Int {
        var end = dash
        while end > scalars.startIndex, scalars[end - 1] == " " || scalars[end - 1] == "\u{A0}" { end -= 1 }
        var start = end
        while start > scalars.startIndex, scalars[start - 1] != " ", scalars[start - 1] != "\n" { start -= 1 }
        let link = String(String.UnicodeScalarView(scalars[start..<end]))
        return link.hasPrefix("pic.twitter.com/") ? start : dash
    }

    /// The end of a post's date after its signature's handle ("September 3, 2022", "3 septembre 2022"), or nil.
    private static func dateEnd(after index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var i = index
        var digits = 0
        var letters = 0
        var end: Int?
        while i < scalars.endIndex, i - index < 24, scalars[i] != "\n" {
            let s = scalars[i]
            if Scalars.isDigit(s) { digits += 1 } else if Scalars.isLetter(s) { letters += 1 } else if s != " ", s != "," { break }
            i += 1
            // A date ends with its year: four digits after a month's name.
            if digits >= 4, letters >= 3, i < scalars.endIndex ? !Scalars.isDigit(scalars[i]) : true,
               (i - 4..<i).allSatisfy({ Scalars.isDigit(scalars[$0]) }) {
                end = i
            }
        }
        return end
    }

    /// Whether the next word after `index` (past spaces) is "de" or "d'".
    private static func opensDe(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
        var i = index
        while i < scalars.endIndex, scalars[i] == " " || scalars[i] == "\u{A0}" { i += 1 }
        guard i + 1 < scalars.endIndex, scalars[i] == "d" || scalars[i] == "D" else { return false }
        let next = scalars[i + 1]
        if next == "'" || next == "’" { return true }
        return (next == "e" || next == "E") && (i + 2 == scalars.endIndex || !Scalars.isLetter(scalars[i + 2]))
    }

    /// The content words of `scalars`, whose first scalar stands at `origin` in the whole text.
    private static func terms(_ scalars: [Unicode.Scalar], origin: Int) -> [Term] {
        var result: [Term] = []
        var i = scalars.startIndex
        var atSentenceStart = true
        var previous = ""  // the folded word before, stop words included
        var signatures = signatureSpans(scalars)[...]
        while i < scalars.endIndex {
            // An embedded post's signature is attribution, not content (see `signatureSpans`).
            if let span = signatures.first, i >= span.lowerBound {
                signatures.removeFirst()
                if i < span.upperBound { i = span.upperBound; atSentenceStart = true; continue }
            }
            let s = scalars[i]
            guard Scalars.isWordScalar(s) else {
                if ".!?:«»\"“”\n".unicodeScalars.contains(s) { atSentenceStart = true }
                i += 1
                continue
            }
            let start = i
            if Scalars.isDigit(s) {
                // "3 500", "485,000", "1.5": groups of three digits after a separator belong to the number.
                var digits = String.UnicodeScalarView()
                while i < scalars.endIndex {
                    if Scalars.isDigit(scalars[i]) { digits.append(scalars[i]); i += 1; continue }
                    if i + 1 < scalars.endIndex, ", .\u{A0}\u{202F}".unicodeScalars.contains(scalars[i]), Scalars.isDigit(scalars[i + 1]) {
                        var k = i + 1
                        while k < scalars.endIndex, Scalars.isDigit(scalars[k]) { k += 1 }
                        if k - (i + 1) == 3 || scalars[i] == "." || scalars[i] == "," { i += 1; continue }
                    }
                    break
                }
                while i < scalars.endIndex, Scalars.isWordScalar(scalars[i]) { i += 1 }
                result.append(Term(key: String(digits), isSpecific: true, offset: origin + start, length: i - start))
                atSentenceStart = false
                continue
            }
            while i < scalars.endIndex, Scalars.isWordScalar(scalars[i]) || (scalars[i] == "'" || scalars[i] == "’" || scalars[i] == "-") && i + 1 < scalars.endIndex && Scalars.isLetter(scalars[i + 1]) { i += 1 }
            let word = scalars[start..<i]
            let folded = Scalars.folded(word.map { $0 == "’" ? "'" : $0 })
            let capitalised = Scalars.isUpper(s) && !atSentenceStart
            atSentenceStart = false
            defer { previous = folded }
            // "en train de" is French for "in the middle of": its "train" is no train ("venu en train" is one).
            if folded == "train", previous == "en", Self.opensDe(scalars, from: i) { continue }
            // "l'audit", "d'Apple": the article is not part of the word.
            var key = folded
            if let apostrophe = key.firstIndex(of: "'"), key.distance(from: key.startIndex, to: apostrophe) <= 2 {
                key = String(key[key.index(after: apostrophe)...])
            }
            guard key.count >= 3, !stopWords.contains(key), !stopWords.contains(folded), !dateWords.contains(key) else { continue }
            result.append(Term(key: WordStemmer.stem(key), isSpecific: capitalised, offset: origin + start, length: i - start))
        }
        return result
    }
}
