/// Estimates a later figure replaces: a claim that gives an estimate ("an estimated $27.1 million", "la reprise est
/// estimée à 8h", "a 14% drop, according to the estimates") is amended by a notice that gives another figure of the
/// same kind (a time of day, a share, a sum of money): the actual or revised figure takes the estimate's place, though
/// the notice seldom repeats more than one word of the claim.
extension UpdateLinker {
    /// What a figure measures, as far as the words around it say.
    enum FigureKind: Hashable, Sendable {
        /// A time of day ("8h", "17h30", "6 p.m.", "3:58pm").
        case time
        /// A share ("14%", "22 percent", "12 pour cent").
        case share
        /// A sum of money ("$27.1 million", "7 €", "3 millions d'euros").
        case money
    }

    /// Whether the text of `range` gives an estimate: a word that starts with "estim" ("estimate", "estimated",
    /// "estimée", "estimation"), folded.
    /// - Complexity: O(n) in the range's length.
    static func givesEstimate(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let folded = Scalars.folded(scalars[range.start..<range.end])
        return folded.split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix("estim") || $0.hasPrefix("overestim") }
    }

    /// The figures of `range` whose kind the words around them tell, by kind: a currency sign before the number or a
    /// currency or "million" after it (money), "%", "percent" or "pour cent" after it (share), "h", "a.m.", "p.m." or
    /// ":" and minutes after it (time). Each value is the number as written, a decimal comma read as a point, with
    /// the minutes of a time ("17h30", "6:15").
    /// - Complexity: O(n) in the range's length.
    static func figures(_ scalars: ScalarText, _ range: TextRange) -> [FigureKind: Set<String>] {
        let text = Array(Scalars.folded(scalars[range.start..<range.end]).unicodeScalars)
        guard text.count == range.length else { return [:] }
        var result: [FigureKind: Set<String>] = [:]
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" }
        var i = 0
        while i < text.count {
            guard Scalars.isDigit(text[i]), i == 0 || !(Scalars.isDigit(text[i - 1]) || Scalars.isLetter(text[i - 1])) else { i += 1; continue }
            var end = i
            while end < text.count, Scalars.isDigit(text[end])
                    || (text[end] == "." || text[end] == ",") && end + 1 < text.count && Scalars.isDigit(text[end + 1]) { end += 1 }
            var value = String(String.UnicodeScalarView(text[i..<end].map { $0 == "," ? "." : $0 }))
            var before = i - 1
            if before >= 0, isSpace(text[before]) { before -= 1 }
            var after = end
            if after < text.count, isSpace(text[after]) { after += 1 }
            let rest = String(String.UnicodeScalarView(text[after..<min(text.count, after + 12)]))
            let letterAfter: (Int) -> Bool = { $0 < text.count && Scalars.isLetter(text[$0]) }
            var kind: FigureKind?
            if before >= 0 && "$€£".unicodeScalars.contains(text[before])
                || ["€", "$", "£", "million", "milliard", "billion", "dollar", "euro"].contains(where: rest.hasPrefix) {
                kind = .money
            } else if rest.hasPrefix("%") || rest.hasPrefix("percent") || rest.hasPrefix("pour cent") {
                kind = .share
            } else if rest.hasPrefix("h"), !letterAfter(after + 1) {
                kind = .time
                var minutes = after + 1
                while minutes < text.count, Scalars.isDigit(text[minutes]) { minutes += 1 }
                value += "h" + String(String.UnicodeScalarView(text[(after + 1)..<minutes]))
                end = minutes
            } else if end + 2 < text.count, text[end] == ":", Scalars.isDigit(text[end + 1]), Scalars.isDigit(text[end + 2]) {
                kind = .time
                value += ":" + String(String.UnicodeScalarView(text[(end + 1)...(end + 2)]))
                end += 3
            } else if rest.hasPrefix("a.m") || rest.hasPrefix("p.m") || rest.hasPrefix("am") && !letterAfter(after + 2)
                        || rest.hasPrefix("pm") && !letterAfter(after + 2) {
                kind = .time
            }
            if let kind { result[kind, default: []].insert(value) }
            i = max(end, i + 1)
        }
        return result
    }

    /// Whether claim `claim` gives an estimate (`estimates`) of a kind for which `noticeFigures` gives another figure:
    /// each side has a value of that kind the other lacks ("estimée à 8h" against "espérée pour 10h"; not "estimée à
    /// 7h" against "a repris vers 7h" and "10h", which bears the estimate out).
    /// - Complexity: O(the figures of both).
    func replacesEstimate(of claim: Int, with noticeFigures: [FigureKind: Set<String>]) -> Bool {
        guard !noticeFigures.isEmpty else { return false }
        return estimates[claim].contains { kind, values in
            noticeFigures[kind].map { !$0.isSubset(of: values) && !values.isSubset(of: $0) } ?? false
        }
    }
}
