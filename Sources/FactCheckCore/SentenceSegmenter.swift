/// Splits a paragraph into sentences the way an editor reads them, in French and English.
///
/// It knows titles and abbreviations ("M.", "Mme", "Dr", "Mr.", "U.S."), initials ("J. R. R."), numbers ("2.5",
/// "1.000"), URLs and e-mail addresses, ellipses, French spacing before ? ! and inside « », and keeps a
/// quotation with its attribution ("…", expliquait X.) as one sentence.
/// - Complexity: O(n) in the paragraph length.
public struct SentenceSegmenter: Sendable {
    /// The article language, which chooses the pronoun rule for "I.".
    public var language: Language

    /// Creates a segmenter for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// Titles before a name: never the end of a sentence.
    static let titles: Set<String> = [
        "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "drs", "pr", "prof", "me", "mgr", "st", "ste", "mt", "mr", "mrs", "ms",
        "messrs", "sr", "gen", "sen", "rep", "gov", "capt", "col", "lt", "sgt", "rev", "hon", "pres", "supt", "cmdr", "adm",
        "maj", "cpl", "fr", "sts", "jr",
    ]

    /// Abbreviations that are followed by more of the sentence (often a number): never a boundary.
    static let inner: Set<String> = [
        "cf", "ex", "env", "approx", "vs", "av", "apr", "fig", "figs", "art", "p", "pp", "no", "nos", "n°", "vol", "ch", "chap",
        "ed", "éd", "eds", "t", "e.g", "i.e", "et al", "ca", "c", "ibid", "op", "cit", "id", "dept", "est", "tel", "tél",
        "jan", "feb", "mar", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "juil", "déc", "bd", "boul", "mlle",
        "ave", "blvd", "rd", "hwy", "univ", "assn", "bros", "ft", "mi", "oz", "lb", "lbs", "sq", "min", "max", "hab",
    ]

    /// Words that usually start a sentence: after "U.S." or "etc." they mark a boundary.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "how", "what",
        "why", "when", "where", "who", "but", "and", "so", "if", "in", "on", "at", "as", "his", "her", "their", "our", "my",
        "le", "la", "les", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "ce", "cette", "ces", "mais", "et", "en",
        "un", "une", "des", "dans", "pour", "selon", "depuis", "c'est", "cela", "ça",
    ]

    /// The sentences of `scalars[range]`, each trimmed of white space.
    public func sentences(in scalars: [Unicode.Scalar], range: TextRange) -> [TextRange] {
        var result: [TextRange] = []
        var sentenceStart = range.start
        var quoteDepth = 0
        var straightQuoteOpenedAt: Int?
        var parenDepth = 0
        var i = range.start
        let end = range.end

        func emit(upTo boundary: Int) {
            let sentence = Scalars.trimmed(scalars, TextRange(sentenceStart, boundary))
            if sentence.length > 0 { result.append(sentence) }
            sentenceStart = boundary
        }

        while i < end {
            let s = scalars[i]
            switch s {
            case "«", "“":
                quoteDepth += 1
            case "»", "”":
                quoteDepth = max(0, quoteDepth - 1)
            case "\"":
                if let opened = straightQuoteOpenedAt {
                    _ = opened
                    straightQuoteOpenedAt = nil
                } else if i == range.start || Scalars.isSpace(scalars[i - 1]) || "([{-—–/'‘".unicodeScalars.contains(scalars[i - 1]) {
                    straightQuoteOpenedAt = i
                }
            case "(", "[":
                parenDepth += 1
            case ")", "]":
                parenDepth = max(0, parenDepth - 1)
            case ".", "?", "!", "…", "‽":
                // The run of terminal punctuation, spaced dots (". . .") included.
                var j = i
                var hasPeriod = false, hasQuestion = false, hasExclamation = false, dotCount = 0, hasEllipsis = false
                while j < end {
                    let t = scalars[j]
                    if t == "." { hasPeriod = true; dotCount += 1 }
                    else if t == "?" { hasQuestion = true }
                    else if t == "!" || t == "‽" { hasExclamation = true }
                    else if t == "…" { hasEllipsis = true }
                    else if Scalars.isSpace(t), j + 1 < end, scalars[j + 1] == ".", dotCount > 0 || (j + 2 < end && scalars[j + 2] == " ") {
                        // ". . ." spaced ellipsis
                    } else { break }
                    j += 1
                }
                // Closing quotes and brackets that belong to this sentence (French puts a space before »).
                var k = j
                while k < end {
                    var m = k
                    while m < end, Scalars.isSpace(scalars[m]) { m += 1 }
                    guard m < end else { break }
                    let c = scalars[m]
                    if c == "»" || c == "”" { quoteDepth = max(0, quoteDepth - 1); k = m + 1; continue }
                    if c == ")" || c == "]" { guard m == k else { break }; parenDepth = max(0, parenDepth - 1); k = m + 1; continue }
                    if c == "\"", m == k, straightQuoteOpenedAt != nil { straightQuoteOpenedAt = nil; k = m + 1; continue }
                    if c == "'" || c == "’", m == k { k = m + 1; continue }
                    break
                }
                if let opened = straightQuoteOpenedAt, k - opened > 600 { straightQuoteOpenedAt = nil }
                defer { i = k }
                guard quoteDepth == 0, straightQuoteOpenedAt == nil, parenDepth == 0 else { continue }
                guard k == end || Scalars.isSpace(scalars[k]) else { continue }
                var next = k
                while next < end, Scalars.isSpace(scalars[next]) { next += 1 }
                if next == end {
                    continue  // the paragraph's end closes the sentence below
                }
                let isEllipsis = hasEllipsis || dotCount >= 3
                if isBoundary(scalars, terminalAt: i, next: next, end: end, period: hasPeriod && !isEllipsis && dotCount == 1,
                              ellipsis: isEllipsis, strong: (hasQuestion || hasExclamation)) {
                    emit(upTo: k)
                }
                continue
            default:
                break
            }
            i += 1
        }
        emit(upTo: end)
        return result
    }

    private func isBoundary(_ scalars: [Unicode.Scalar], terminalAt t: Int, next: Int, end: Int, period: Bool, ellipsis: Bool, strong: Bool) -> Bool {
        let first = scalars[next]
        if Scalars.isLower(first) { return false }
        if strong { return true }
        if ellipsis { return Scalars.isUpper(first) || "«\"“".unicodeScalars.contains(first) }
        guard period else { return true }
        let word = wordBefore(scalars, t)
        let folded = Scalars.folded(word.unicodeScalars)
        if folded.isEmpty { return true }
        if folded.contains("@") || folded.contains("/") { return true }
        let nextWord = Scalars.folded(wordAt(scalars, next, end).unicodeScalars)
        if Self.titles.contains(folded) { return false }
        if Self.inner.contains(folded) { return false }
        if ["etc", "inc", "ltd", "co", "corp", "llc", "plc", "sa", "sas"].contains(folded) { return Scalars.isUpper(first) || Scalars.isDigit(first) }
        let letters = word.unicodeScalars.filter(Scalars.isLetter)
        // A single capital letter: an initial ("J. R. R. Tolkien", "Jonas E. Smith"), except the English pronoun I.
        if word.unicodeScalars.count == 1, let letter = letters.first, Scalars.isUpper(letter) {
            if language == .english, letter == "I", !precededByCapitalized(scalars, t - 1) { return true }
            return !Scalars.isUpper(first)
        }
        // "U.S.", "a.m.", "J.-C.": short segments joined by periods. A boundary only before a usual sentence start.
        if isDottedAbbreviation(word) {
            return Self.sentenceStarters.contains(nextWord)
        }
        return true
    }

    /// The word ending just before `index` (letters, digits, dots, hyphens, apostrophes, @ and /).
    private func wordBefore(_ scalars: [Unicode.Scalar], _ index: Int) -> String {
        var start = index
        while start > 0 {
            let s = scalars[start - 1]
            if Scalars.isWordScalar(s) || s == "." || s == "-" || s == "@" || s == "/" || s == "_" || s == "°" || s == "&" { start -= 1 } else { break }
        }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    private func wordAt(_ scalars: [Unicode.Scalar], _ index: Int, _ end: Int) -> String {
        var stop = index
        while stop < end, Scalars.isWordScalar(scalars[stop]) || scalars[stop] == "'" || scalars[stop] == "’" { stop += 1 }
        return String(String.UnicodeScalarView(scalars[index..<stop]))
    }

    private func precededByCapitalized(_ scalars: [Unicode.Scalar], _ letterIndex: Int) -> Bool {
        var i = letterIndex - 1
        while i >= 0, Scalars.isSpace(scalars[i]) { i -= 1 }
        var start = i
        while start >= 0, Scalars.isLetter(scalars[start]) { start -= 1 }
        guard start + 1 <= i else { return false }
        return Scalars.isUpper(scalars[start + 1])
    }

    /// "U.S", "a.m", "J.-C", "e.g": segments of one or two letters separated by dots.
    private func isDottedAbbreviation(_ word: String) -> Bool {
        let segments = word.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.count >= 2 else { return false }
        return segments.allSatisfy { segment in
            let letters = segment.unicodeScalars.filter(Scalars.isLetter)
            return !letters.isEmpty && letters.count <= 2 && segment.unicodeScalars.allSatisfy { Scalars.isLetter($0) || $0 == "-" }
        }
    }
}
