/// Reads what a checker looks for in a claim: numbers with their units, dates, attributions, quotations.
///
/// Works on the article's scalars so that every range is an article offset. Claims are short: clarity wins over
/// speed here (the segmenter's fast path never comes through this type).
struct ClaimDetailsReader {
    /// The article's scalars.
    let scalars: ScalarText
    /// The article's language (decimal commas in French, in English thousands).
    let language: Language

    /// A word, a run of digits or a punctuation mark of the claim.
    struct Token {
        /// Where it is.
        var range: TextRange
        /// Folded (lower case, no accents); elisions keep their apostrophe ("l'", "d'").
        var folded: String
        /// Letters (with inner hyphens or apostrophes).
        var isWord: Bool
        /// Digits only.
        var isDigits: Bool
        /// A word starting with a capital.
        var isCapitalized: Bool
    }

    /// The details of the sentence at `range`.
    func details(of range: TextRange) -> ClaimDetails {
        let tokens = tokenize(range)
        var details = ClaimDetails()
        details.quotes = quotations(in: range)
        details.dates = dates(in: tokens)
        details.numbers = numbers(in: tokens, excluding: details.dates.map(\.range))
        details.attributions = attributions(in: tokens)
        return details
    }

    // MARK: Tokens

    /// Elided words that stand apart from the word they are glued to ("l'Etat", "d'euros", "qu'un").
    private static let elisions: Set<String> = ["l", "d", "qu", "n", "s", "c", "j", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"]

    func tokenize(_ range: TextRange) -> [Token] {
        var tokens: [Token] = []
        var i = range.start
        while i < range.end {
            let s = scalars[i]
            if ArticleDecoder.isWhitespace(s) { i += 1; continue }
            if ScalarClass.isLetter(s) {
                var j = i + 1
                var cut: Int?
                while j < range.end {
                    let t = scalars[j]
                    if ScalarClass.isLetter(t) { j += 1; continue }
                    if t == "-", j + 1 < range.end, ScalarClass.isLetter(scalars[j + 1]) { j += 1; continue }
                    if t == "'" || t == "’", j + 1 < range.end, ScalarClass.isLetter(scalars[j + 1]) {
                        if Self.elisions.contains(Scalars.folded(scalars[i..<j])) { cut = j + 1; break }
                        j += 1
                        continue
                    }
                    break
                }
                let end = cut ?? j
                tokens.append(Token(range: TextRange(i, end), folded: Scalars.folded(scalars[i..<end]), isWord: true,
                                    isDigits: false, isCapitalized: ScalarClass.isUpper(s)))
                i = end
            } else if ScalarClass.isDigit(s) {
                var j = i + 1
                while j < range.end, ScalarClass.isDigit(scalars[j]) { j += 1 }
                tokens.append(Token(range: TextRange(i, j), folded: text(TextRange(i, j)), isWord: false, isDigits: true, isCapitalized: false))
                i = j
            } else {
                tokens.append(Token(range: TextRange(i, i + 1), folded: String(Character(s)), isWord: false, isDigits: false, isCapitalized: false))
                i += 1
            }
        }
        return tokens
    }

    /// The scalars of `range` as they are.
    func text(_ range: TextRange) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return String(view)
    }

    /// The scalars of `range`, white space folded.
    func normalized(_ range: TextRange) -> String { Scalars.normalizedText(scalars, range) }

    // MARK: Quotations

    /// « … », “ … ” and "…" spans in the sentence, outermost only.
    func quotations(in range: TextRange) -> [Quotation] {
        var result: [Quotation] = []
        var open: (closer: Unicode.Scalar, start: Int)?
        var depth = 0
        for i in range.start..<range.end {
            let s = scalars[i]
            if let current = open {
                if s == current.closer || (current.closer == "\"" && s == "\"") {
                    depth -= 1
                    if depth == 0 {
                        let inner = TextRange(current.start + 1, i)
                        result.append(Quotation(text: trimmedQuote(inner), range: TextRange(current.start, i + 1)))
                        open = nil
                    }
                } else if (s == "«" && current.closer == "»") || (s == "“" && current.closer == "”") {
                    depth += 1
                }
                continue
            }
            switch s {
            case "«": open = ("»", i); depth = 1
            case "“": open = ("”", i); depth = 1
            case "\"": open = ("\"", i); depth = 1
            default: break
            }
        }
        return result
    }

    private func trimmedQuote(_ range: TextRange) -> String {
        normalized(Scalars.trimmed(scalars, range))
    }
}
