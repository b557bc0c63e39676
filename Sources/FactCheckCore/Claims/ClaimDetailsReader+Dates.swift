extension ClaimDetailsReader {
    private static let months: Set<String> = [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "janv", "fevr", "avr", "juil", "sept", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    ]
    private static let seasons: Set<String> = ["printemps", "ete", "automne", "hiver", "spring", "summer", "autumn", "fall", "winter"]
    private static let weekdays: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// Words before a year that make it a date rather than a count ("en 2011", "d'ici 2018", "since 2014").
    private static let yearPrepositions: Set<String> = [
        "en", "depuis", "ici", "des", "avant", "apres", "fin", "debut", "mi", "annee", "annees", "in", "since", "by", "until",
        "before", "after", "of", "from", "to", "jusqu'en", "vers", "year", "years", "entre", "et", "a", "au", "l'an", "an",
    ]
    /// Relative dates, as folded token sequences.
    private static let relativeDates: [[String]] = [
        ["hier"], ["aujourd'hui"], ["demain"], ["avant-hier"], ["apres-demain"], ["l'", "an", "dernier"], ["l'", "an", "passe"],
        ["l'", "an", "prochain"], ["l'", "annee", "derniere"], ["l'", "annee", "prochaine"], ["l'", "annee", "passee"],
        ["la", "semaine", "derniere"], ["la", "semaine", "prochaine"], ["le", "mois", "dernier"], ["le", "mois", "prochain"],
        ["cette", "annee"], ["cette", "semaine"], ["ce", "mois-ci"], ["ce", "matin"], ["ce", "soir"], ["cet", "ete"],
        ["yesterday"], ["today"], ["tomorrow"], ["tonight"], ["last", "year"], ["last", "week"], ["last", "month"],
        ["next", "year"], ["next", "week"], ["next", "month"], ["this", "year"], ["this", "week"], ["this", "month"],
        ["this", "morning"], ["earlier", "this", "year"],
    ]
    private static let relativeDatesByFirstWord: [String: [[String]]] = Dictionary(grouping: relativeDates) { $0[0] }

    private static let relativeUnits: Set<String> = [
        "an", "ans", "annee", "annees", "mois", "semaine", "semaines", "jour", "jours", "heure", "heures",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "decennie", "decennies", "decade", "decades",
    ]

    /// Dates and times of the claim: days, months, years, seasons, centuries, clock times, relative dates.
    func dates(in tokens: [Token]) -> [DateMention] {
        var result: [DateMention] = []
        var t = 0
        while t < tokens.count {
            if let (end, relative) = date(at: t, in: tokens) {
                let range = TextRange(tokens[t].range.start, tokens[end - 1].range.end)
                result.append(DateMention(text: normalized(range), range: range, isRelative: relative))
                t = end
            } else {
                t += 1
            }
        }
        return result
    }

    /// The date starting at token `t`: the index after its last token and whether it is relative.
    private func date(at t: Int, in tokens: [Token]) -> (Int, Bool)? {
        let word = tokens[t].folded
        for phrase in Self.relativeDatesByFirstWord[word] ?? [] where matches(phrase, at: t, in: tokens) {
            return (t + phrase.count, true)
        }
        // "lundi dernier", "last Monday"
        if Self.weekdays.contains(word) {
            if t + 1 < tokens.count, ["dernier", "prochain"].contains(tokens[t + 1].folded) { return (t + 2, true) }
            if let end = dayMonthYear(at: t + 1, in: tokens) { return (end, false) }
            return (t + 1, false)
        }
        if word == "last" || word == "next", t + 1 < tokens.count, Self.weekdays.contains(tokens[t + 1].folded) { return (t + 2, true) }
        // "il y a deux ans", "two years ago"
        if word == "il", t + 3 < tokens.count, tokens[t + 1].folded == "y", tokens[t + 2].folded == "a" {
            for span in 1...2 where t + 3 + span <= tokens.count && Self.relativeUnits.contains(tokens[t + 2 + span].folded) {
                return (t + 3 + span, true)
            }
        }
        if t + 2 < tokens.count, Self.relativeUnits.contains(tokens[t + 1].folded), tokens[t + 2].folded == "ago", tokens[t].isWord || tokens[t].isDigits {
            return (t + 3, true)
        }
        if let end = dayMonthYear(at: t, in: tokens) { return (end, false) }
        // "mars 2014", "printemps 2013", "March 3, 2014"
        if Self.months.contains(word) || Self.seasons.contains(word), t + 1 < tokens.count {
            if isYear(tokens[t + 1]) { return (t + 2, false) }
            if Self.months.contains(word), tokens[t].isCapitalized, isDay(tokens[t + 1]) {
                if t + 3 < tokens.count, tokens[t + 2].folded == ",", isYear(tokens[t + 3]) { return (t + 4, false) }
                return (t + 2, false)
            }
        }
        // "XXe siècle", "20e siècle", "20th century"
        if t + 1 < tokens.count, tokens[t].isCapitalized, ["siecle", "siecles"].contains(tokens[t + 1].folded), isRomanOrdinal(tokens[t]) {
            return (t + 2, false)
        }
        if t + 2 < tokens.count, isCenturyNumber(tokens[t]), tokens[t + 1].range.start == tokens[t].range.end,
           ["e", "eme", "th", "st", "nd", "rd"].contains(tokens[t + 1].folded), ["siecle", "siecles", "century"].contains(tokens[t + 2].folded) {
            return (t + 3, false)
        }
        // Clock times: "14 h 30", "14h30", "14 h", "10:30", "10 am"
        if tokens[t].isDigits, tokens[t].folded.count <= 2, let end = clockTime(at: t, in: tokens) { return (end, false) }
        // A year on its own: "en 2011", "d'ici 2018", "(2014)"
        if isYear(tokens[t]) {
            let before = t > 0 ? tokens[t - 1].folded : ""
            let after = t + 1 < tokens.count ? tokens[t + 1] : nil
            let countsSomething = after.map { $0.isWord && !Self.functionWords.contains($0.folded) && !$0.isCapitalized } ?? false
            if Self.yearPrepositions.contains(before) || Self.seasons.contains(before) || !countsSomething { return (t + 1, false) }
        }
        return nil
    }

    private func matches(_ phrase: [String], at t: Int, in tokens: [Token]) -> Bool {
        guard t + phrase.count <= tokens.count else { return false }
        for (k, word) in phrase.enumerated() where tokens[t + k].folded != word { return false }
        return true
    }

    /// "3 mars 2014", "1er mars", "3 March 2014": a day, a month, maybe a year; the index after it.
    private func dayMonthYear(at t: Int, in tokens: [Token]) -> Int? {
        guard t < tokens.count, isDay(tokens[t]) else { return nil }
        var m = t + 1
        if m < tokens.count, tokens[m].range.start == tokens[t].range.end, ["er", "st", "nd", "rd", "th"].contains(tokens[m].folded) { m += 1 }
        guard m < tokens.count, Self.months.contains(tokens[m].folded) else { return nil }
        if m + 1 < tokens.count, isYear(tokens[m + 1]) { return m + 2 }
        return m + 1
    }

    private func clockTime(at t: Int, in tokens: [Token]) -> Int? {
        guard let hour = Int(tokens[t].folded), hour <= 24, t + 1 < tokens.count else { return nil }
        let next = tokens[t + 1]
        if next.folded == "h" {
            if t + 2 < tokens.count, tokens[t + 2].isDigits, tokens[t + 2].folded.count == 2 { return t + 3 }
            return t + 2
        }
        if next.isWord, next.range.start == tokens[t].range.end, next.folded.hasPrefix("h"),
           next.folded.dropFirst().allSatisfy(\.isNumber) { return t + 2 }
        if next.folded == ":", t + 2 < tokens.count, tokens[t + 2].isDigits, tokens[t + 2].folded.count == 2 { return t + 3 }
        if ["am", "pm", "a.m", "p.m"].contains(next.folded) { return t + 2 }
        return nil
    }

    private func isYear(_ token: Token) -> Bool {
        guard token.isDigits, token.folded.count == 4, let value = Int(token.folded) else { return false }
        return value >= 1000 && value <= 2100
    }

    private func isDay(_ token: Token) -> Bool {
        guard token.isDigits, let value = Int(token.folded) else { return false }
        return value >= 1 && value <= 31
    }

    private func isCenturyNumber(_ token: Token) -> Bool {
        token.isDigits && token.folded.count <= 2
    }

    /// "XXe", "XIXème", "IIe": a capital Roman numeral with an ordinal ending.
    private func isRomanOrdinal(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let word = text(token.range)
        let numeral = word.hasSuffix("ème") ? word.dropLast(3) : word.hasSuffix("e") ? word.dropLast(1) : word[...]
        return !numeral.isEmpty && numeral.count < word.count && numeral.allSatisfy { "IVXLC".contains($0) }
    }
}
