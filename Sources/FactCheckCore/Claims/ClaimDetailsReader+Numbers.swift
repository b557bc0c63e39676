extension ClaimDetailsReader {
    /// Scale words and their factors.
    private static let scales: [String: Double] = [
        "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9,
        "billion": 1e9, "billions": 1e9, "trillion": 1e12, "thousand": 1e3, "mille": 1e3, "millier": 1e3, "milliers": 1e3,
        "m": 1e6, "bn": 1e9, "k": 1e3,
    ]

    /// Suffixes that make a number an ordinal.
    static let ordinalSuffixes: Set<String> = ["er", "re", "e", "eme", "nd", "nde", "st", "th", "rd", "d"]

    /// Words that follow a number without being what it counts.
    static let functionWords: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "du", "de", "des", "d'", "et", "ou", "en", "a", "au", "aux", "pour", "par", "sur",
        "dans", "avec", "que", "qu'", "qui", "dont", "ce", "se", "s'", "ne", "n'", "il", "elle", "ils", "elles", "on", "est",
        "sont", "a-t-il", "the", "of", "and", "or", "in", "to", "for", "by", "on", "at", "from", "with", "than", "that", "which",
        "who", "is", "are", "was", "were", "it", "as", "alors", "mais", "puis", "donc", "contre", "entre", "selon", "apres",
        "avant", "depuis", "pendant", "sans", "sous", "vers", "chez", "plus", "moins", "pres", "environ", "soit",
    ]

    /// Numbers of the claim with their scale and unit, skipping digits that belong to a date.
    /// - Complexity: O(*t* + *d* log *d*), *t* tokens and *d* dates: the tokens and the dates are walked together
    ///   (one long sentence holds thousands of both).
    func numbers(in tokens: [Token], excluding dateRanges: [TextRange]) -> [NumberMention] {
        var result: [NumberMention] = []
        let dates = dateRanges.sorted { $0.start < $1.start }
        // The first date that does not end before the current token: tokens come in order, so it only moves on.
        var nextDate = 0
        var t = 0
        while t < tokens.count {
            let token = tokens[t]
            while nextDate < dates.count, dates[nextDate].end < token.range.end { nextDate += 1 }
            let inDate = nextDate < dates.count && dates[nextDate].start <= token.range.start
            guard token.isDigits, !inDate else {
                t += 1
                continue
            }
            // An ordinal ("1er", "XXe", "5th") counts nothing.
            if t + 1 < tokens.count, tokens[t + 1].isWord, tokens[t + 1].range.start == token.range.end,
               Self.ordinalSuffixes.contains(tokens[t + 1].folded) {
                t += 2
                continue
            }
            let (mention, next) = number(at: t, in: tokens)
            result.append(mention)
            t = max(next, t + 1)
        }
        return result
    }

    /// The number starting at token `t` and the index of the first token after it.
    private func number(at t: Int, in tokens: [Token]) -> (NumberMention, Int) {
        var start = tokens[t].range.start
        var unit: String?
        if t > 0, tokens[t - 1].range.end == start, ["$", "€", "£"].contains(tokens[t - 1].folded) {
            start = tokens[t - 1].range.start
            unit = tokens[t - 1].folded
        }
        var integer = tokens[t].folded
        var fraction = ""
        var end = tokens[t].range.end
        var i = t + 1
        // Thousands groups: "3 500", "1 000 000" (a first group of at most three digits, then groups of three).
        if integer.count <= 3 {
            while i < tokens.count, tokens[i].isDigits, tokens[i].folded.count == 3, tokens[i].range.start == end + 1,
                  ArticleDecoder.isWhitespace(scalars[end]), scalars[end] != "\n" {
                integer += tokens[i].folded
                end = tokens[i].range.end
                i += 1
            }
        }
        // Decimal or thousands separators: "1,5", "2.5", "1.000" (French thousands), "1,000" (English thousands).
        while i + 1 < tokens.count, tokens[i].range.start == end, tokens[i].folded == "," || tokens[i].folded == ".",
              tokens[i + 1].isDigits, tokens[i + 1].range.start == tokens[i].range.end {
            let separator = tokens[i].folded
            let digits = tokens[i + 1].folded
            let thousands = digits.count == 3 && fraction.isEmpty && (language == .french ? separator == "." : separator == ",")
            if thousands { integer += digits } else if fraction.isEmpty { fraction = digits } else { break }
            end = tokens[i + 1].range.end
            i += 2
        }
        var value = Double(integer + (fraction.isEmpty ? "" : "." + fraction))
        // A score: "9,8/10".
        if i + 1 < tokens.count, tokens[i].folded == "/", tokens[i].range.start == end, tokens[i + 1].isDigits {
            unit = "/" + tokens[i + 1].folded
            end = tokens[i + 1].range.end
            i += 2
        }
        if i < tokens.count, let factor = Self.scales[tokens[i].folded], tokens[i].range.start <= end + 1 || tokens[i].isWord {
            if tokens[i].isWord || tokens[i].range.start == end {
                value = value.map { $0 * factor }
                end = tokens[i].range.end
                i += 1
            }
        }
        if unit == nil, i < tokens.count, ["%", "€", "$", "£", "‰"].contains(tokens[i].folded), tokens[i].range.start <= end + 1 {
            unit = tokens[i].folded
            end = tokens[i].range.end
            i += 1
        } else if unit == nil, i < tokens.count, tokens[i].isWord {
            // "285 millions d'euros", "500 collaborateurs", "12 percent of".
            var u = i
            if ["de", "d'", "of"].contains(tokens[u].folded), u + 1 < tokens.count, tokens[u + 1].isWord { u += 1 }
            if !Self.functionWords.contains(tokens[u].folded), !tokens[u].isCapitalized || tokens[u].folded.count <= 3 {
                unit = text(tokens[u].range)
                end = tokens[u].range.end
                i = u + 1
            }
        }
        let range = TextRange(start, end)
        return (NumberMention(text: normalized(range), range: range, value: value, unit: unit), i)
    }
}
