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

    /// The figures of `range` whose kind the words around them tell, by kind, each as a value that does not depend on
    /// how it is written: a time as minutes after midnight ("11h" = "11h00" = 660, "6 p.m." = "6:00 p.m." = 1080), a
    /// sum of money in hundredths of its unit with its multiplier ("$2 million" = "$2,000,000"), a share in hundredths
    /// of a percent. Money needs its currency, a sign before the number or a currency word after it ("2 million
    /// customers" is a count, not a sum); a share, "%", "percent" or "pour cent" after it; a time, "h", "a.m.",
    /// "p.m." or ":" and minutes after it.
    /// - Complexity: O(n) in the range's length.
    static func figures(_ scalars: ScalarText, _ range: TextRange) -> [FigureKind: Set<Int>] {
        let text = Array(Scalars.folded(scalars[range.start..<range.end]).unicodeScalars)
        guard text.count == range.length else { return [:] }
        var result: [FigureKind: Set<Int>] = [:]
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" }
        var i = 0
        while i < text.count {
            guard Scalars.isDigit(text[i]), i == 0 || !(Scalars.isDigit(text[i - 1]) || Scalars.isLetter(text[i - 1])) else { i += 1; continue }
            var end = i
            while end < text.count, Scalars.isDigit(text[end])
                    || (text[end] == "." || text[end] == ",") && end + 1 < text.count && Scalars.isDigit(text[end + 1]) { end += 1 }
            let number = Self.number(text[i..<end])
            var before = i - 1
            if before >= 0, isSpace(text[before]) { before -= 1 }
            var after = end
            if after < text.count, isSpace(text[after]) { after += 1 }
            let rest = String(String.UnicodeScalarView(text[after..<min(text.count, after + 24)]))
            let letterAfter: (Int) -> Bool = { $0 < text.count && Scalars.isLetter(text[$0]) }
            var kind: FigureKind?
            var value = 0
            let signBefore = before >= 0 && "$€£".unicodeScalars.contains(text[before])
            let multiplier: Double = ["milliard", "billion"].contains(where: rest.hasPrefix) ? 1e9 : rest.hasPrefix("million") ? 1e6 : 1
            let currencyAfter = rest.prefix(multiplier > 1 ? 24 : 8).contains { "€$£".contains($0) }
                || ["dollar", "euro", "usd", "eur "].contains(where: { rest.prefix(multiplier > 1 ? 24 : 8).contains($0) })
            if signBefore || currencyAfter {
                kind = .money
                value = Int((number * multiplier * 100).rounded())
            } else if rest.hasPrefix("%") || rest.hasPrefix("percent") || rest.hasPrefix("pour cent") {
                kind = .share
                value = Int((number * 100).rounded())
            } else if rest.hasPrefix("h"), !letterAfter(after + 1) {
                kind = .time
                var minutes = after + 1
                while minutes < text.count, Scalars.isDigit(text[minutes]) { minutes += 1 }
                value = Int(number) * 60 + (Int(String(String.UnicodeScalarView(text[(after + 1)..<minutes]))) ?? 0)
                end = minutes
            } else if end + 2 < text.count, text[end] == ":", Scalars.isDigit(text[end + 1]), Scalars.isDigit(text[end + 2]) {
                kind = .time
                value = Int(number) * 60 + (Int(String(String.UnicodeScalarView(text[(end + 1)...(end + 2)]))) ?? 0)
                end += 3
                var meridiem = end
                if meridiem < text.count, isSpace(text[meridiem]) { meridiem += 1 }
                let tail = String(String.UnicodeScalarView(text[meridiem..<min(text.count, meridiem + 4)]))
                value = Self.clock(value, tail)
            } else if rest.hasPrefix("a.m") || rest.hasPrefix("p.m") || rest.hasPrefix("am") && !letterAfter(after + 2)
                        || rest.hasPrefix("pm") && !letterAfter(after + 2) {
                kind = .time
                value = Self.clock(Int(number) * 60, rest)
            }
            if let kind { result[kind, default: []].insert(value) }
            i = max(end, i + 1)
        }
        return result
    }

    /// `minutes` after midnight read with the "a.m." or "p.m." that `tail` opens with, if any ("6 p.m." is 18:00,
    /// "12 a.m." midnight).
    private static func clock(_ minutes: Int, _ tail: String) -> Int {
        let hour = minutes / 60
        if tail.hasPrefix("p.m") || tail.hasPrefix("pm"), hour < 12 { return minutes + 12 * 60 }
        if tail.hasPrefix("a.m") || tail.hasPrefix("am"), hour == 12 { return minutes - 12 * 60 }
        return minutes
    }

    /// A number as written: a comma or a point before exactly three digits (and no more digits) separates thousands
    /// ("2,000,000", "41.000"), any other is a decimal mark ("27.1", "3,5").
    private static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Double {
        var whole = "", fraction = ""
        var inFraction = false
        var index = digits.startIndex
        while index < digits.endIndex {
            let scalar = digits[index]
            if scalar == "," || scalar == "." {
                var run = index + 1
                while run < digits.endIndex, Scalars.isDigit(digits[run]) { run += 1 }
                let thousands = run - index - 1 == 3 && !inFraction
                if !thousands { inFraction = true }
            } else if inFraction {
                fraction.unicodeScalars.append(scalar)
            } else {
                whole.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return Double(whole + (fraction.isEmpty ? "" : "." + fraction)) ?? 0
    }

    /// The figures of a notice's body (`figures`) when it says they are the actual, revised or current ones
    /// ("actually", "finalement", "revised", "en réalité", "now", "désormais"…): a figure given for something else ("la RATP fera un point à 15h",
    /// "won with 52% of the vote") replaces no estimate.
    static func revisedFigures(_ scalars: ScalarText, _ range: TextRange) -> [FigureKind: Set<Int>] {
        // Whole words only: "finale" is no "final", "réélu" no "réel". The folded bytes with every ASCII byte that is
        // no letter, hyphen or apostrophe made a space, read in one pass.
        var bytes: [UInt8] = [0x20]
        for byte in Scalars.folded(scalars[range.start..<range.end]).utf8 {
            let letter = byte >= 0x80 || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x27 || byte == 0x2D
            bytes.append(letter ? byte : 0x20)
        }
        bytes.append(0x20)
        guard revisionSet.occurs(in: bytes) else { return [:] }
        return figures(scalars, range)
    }

    /// `revisionWords` between spaces, indexed once.
    static let revisionSet = PhraseSet(revisionWords.map { " " + $0 + " " })

    /// Words by which a later figure says it takes an estimate's place, whole words, folded.
    static let revisionWords = [
        "actual", "actually", "actuals", "final", "finally", "revised", "revises", "in fact", "in the end", "ultimately",
        "overestimated", "underestimated", "finalement", "en fait", "en realite", "reel", "reelle", "reels", "reelles",
        "revu", "revue", "revise", "revisee", "au final", "surestime", "surestimee", "sous-estime", "sous-estimee",
        // The figure given now, after the estimate: "now says", "est désormais prévu".
        "now says", "now puts", "now estimates", "now expects", "now reports", "desormais",
    ]

    /// Whether claim `claim` gives an estimate (`estimates`) of a kind for which `noticeFigures` gives another figure:
    /// each side has a value of that kind the other lacks ("estimée à 8h" against "espérée pour 10h"; not "estimée à
    /// 7h" against "a repris vers 7h" and "10h", which bears the estimate out).
    /// - Complexity: O(the figures of both).
    func replacesEstimate(of claim: Int, with noticeFigures: [FigureKind: Set<Int>]) -> Bool {
        guard !noticeFigures.isEmpty else { return false }
        return estimates[claim].contains { kind, values in
            noticeFigures[kind].map { !$0.isSubset(of: values) && !values.isSubset(of: $0) } ?? false
        }
    }
}
