/// Recognises the stamps a site prints with an article: when it was published and updated ("publié le 10 mai 2019
/// à 22h38 mis à jour le 11 mai 2019 à 09h58", "18/01/2020 20:05 CET | Actualisé 20/01/2020 09:53 CET", "Politique |
/// Updated 11 minutes ago", "Il y a 20 min (Màj il y a 5 min)", "Originally published Dec. 27 at 1:47 p.m. PT."),
/// and the bylines blog tools print with a date ("Posted in News on May 7th, 2011 by admin", "Written by ann on July
/// 24th, 2020", "by Jane DoeJune 10, 2010", "Le 3 mars à 14:36 par la rédaction"). They state nothing of the story.
enum PublicationStamp {
    /// Words of a stamp besides the date's own (`DateLine`): its labels, and a relative time ("il y a 5 min",
    /// "11 minutes ago").
    /// "Article publié à …", "First published on …", and the slash some pages set between a date and its time
    /// ("November 7, 2022 / 5:15 PM").
    private static let stampWords = FoldedKey.set([
        "publie", "publiee", "published", "posted", "originally", "mis", "mise", "jour", "modifie", "modifiee",
        "actualise", "actualisee", "maj", "updated", "update", "edited", "modified", "il", "y", "ago", "article",
        "first", "/",
    ])

    /// The labels of a publication or an update: after one, a time of day alone dates the stamp ("Article publié à
    /// 12h11, mis à jour à 14h03."), as the page's own day goes without saying.
    private static let publicationLabels = updateLabels.union(FoldedKey.set(["publie", "publiee", "published", "posted"]))

    /// Labels that open an update notice when they open the line ("Mis à jour le 3 mars : …", "Updated March 3 to
    /// add …"): a stamp of its own opens with its publication or its date, or sits after a section's label and a bar.
    private static let updateLabels = FoldedKey.set([
        "mis", "mise", "maj", "modifie", "modifiee", "actualise", "actualisee", "updated", "update", "edited", "modified",
    ])

    /// Units of a relative time.
    private static let relativeUnits = FoldedKey.set([
        "min", "mins", "minute", "minutes", "h", "heure", "heures", "hour", "hours", "hr", "hrs", "jour", "jours", "day",
        "days", "sec", "secondes", "seconds", "semaine", "semaines", "week", "weeks",
    ])

    /// What says that a relative time is past: "ago", "il y a".
    private static let pastWords = FoldedKey.set(["ago", "il"])

    private static let separators = " ,.()-|@"

    /// Whether the folded line is a publication stamp: date words, stamp labels and bars only, with a date or a
    /// relative time, and not opened by an update's label; or a section's short label, a bar, then such a stamp
    /// ("Nation & World | Updated 11 minutes ago").
    /// - Complexity: O(n) in the (short) line.
    static func isStamp(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        if let bar = folded.firstIndex(of: UInt8(ascii: "|")), bar > 0 {
            let label = FoldedWords(UnsafeBufferPointer(rebasing: folded[..<bar]), separators: " &")
            if label.count <= 3, !label.contains(where: { $0.first >= 0x30 && $0.first <= 0x39 }),
               isStampWords(UnsafeBufferPointer(rebasing: folded[(bar + 1)...]), opensLine: false, clockIsDate: false) {
                return true
            }
        }
        return isStampWords(folded, opensLine: true, clockIsDate: false)
    }

    /// Words that open a byline with a date: a blog tool's verb and its preposition, or "by" and "par" alone.
    private static let bylineOpeners = FoldedPrefixes([
        "posted in", "posted at", "posted on", "posted by", "written by", "written on", "published by", "published on",
        "filed under", "filed in", "publie par", "publie dans", "ecrit par", "ecrit le", "redige par", "by", "par",
    ])

    /// Words (folded) that open no author's name after a bare "by" or "par": articles and words of time ("By the end
    /// of 2030", "By early 2031", "Par la suite en 2030").
    private static let notNames = FoldedKey.set([
        "the", "a", "an", "this", "that", "next", "then", "early", "late", "mid", "end", "around", "about", "la", "le",
        "les", "l'", "un", "une", "des", "ce", "cette", "fin", "debut", "mi", "ici",
    ])

    /// The most words of a dated byline.
    private static let bylineWords = 14

    /// Whether the folded line is a byline with a date or a time: "Posted at 11:32 pm in News", "Written by ann on
    /// July 24th, 2020", "by Jane DoeJune 10, 2010" (a bare "by" or "par" only before a name and a date that ends the
    /// line, and a name does not open with an article, a month, a number or a word of time: "By 2030 the city will ban
    /// cars" and the heading "By the end of 2030" are the report's); or a date, then "par" or "by" and a name ("Le 3 mars à
    /// 14:36 par la rédaction"). At most `bylineWords` words, no full stop at the end, and no comma but in a date
    /// ("July 24th, 2020"): "Written by a former minister, the book …" is a report.
    /// - Complexity: O(n) in the (short) line.
    static func isDatedByline(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = folded.last, last != UInt8(ascii: "."), commasAreInDates(folded) else { return false }
        let words = FoldedWords(folded, separators: " ")
        guard words.count >= 3, words.count <= bylineWords else { return false }
        if bylineOpeners.matches(folded, wholeWords: true) {
            let bare = PageFurniture.hasPrefix(folded, "by ") || PageFurniture.hasPrefix(folded, "par ")
            if bare {
                let name = words[1]
                guard !notNames.contains(name), !DateLine.monthKeys.contains(name), !(name.first >= 0x30 && name.first <= 0x39)
                else { return false }
                return words.count <= 8 && isDateOrClock(trimmed(words[words.count - 1]))
            }
            return words.contains { isDateOrClock(trimmed($0)) }
        }
        // A date, then its author.
        for author in [" par ", " by "] {
            guard let at = firstIndex(of: author, in: folded) else { continue }
            let name = FoldedWords(UnsafeBufferPointer(rebasing: folded[(at + author.utf8.count)...]), separators: " ")
            return name.count <= 4
                && isStampWords(UnsafeBufferPointer(rebasing: folded[..<at]), opensLine: true, clockIsDate: true)
        }
        return false
    }

    /// Whether every word of `folded` is a date's, a time's or a stamp's, with a date (or, with `clockIsDate`, a clock
    /// time) or a past relative time (with no full stop after it) among them.
    private static func isStampWords(_ folded: UnsafeBufferPointer<UInt8>, opensLine: Bool, clockIsDate: Bool) -> Bool {
        let words = FoldedWords(folded, separators: separators)
        guard !words.isEmpty, words.count <= 24 else { return false }
        if opensLine, updateLabels.contains(trimmed(words[0])) { return false }
        var hasDate = false
        var relative = false
        var past = false
        var labelled = false
        var clock = false
        for (k, raw) in words.enumerated() {
            let word = trimmed(raw)
            if word.isEmpty { continue }
            if DateLine.monthKeys.contains(word) { hasDate = true; continue }
            if pastWords.contains(word) { past = true }
            if publicationLabels.contains(word) { labelled = true }
            if DateLine.weekdayKeys.contains(word) || DateLine.fillers.contains(word) || stampWords.contains(word)
                || relativeUnits.contains(word) {
                continue
            }
            switch DateLine.timeOrNumber(word) {
            case .date, .year: hasDate = true
            case .other:
                if isClock(word) { clock = true }
                if k + 1 < words.count, relativeUnits.contains(trimmed(words[k + 1])) { relative = true }
            case nil: return false
            }
        }
        // "Il y a 10 jours." closed by a full stop is a sentence of the report; a stamp's relative time is not one
        // ("Il y a 20 min", "Updated 3 hours ago").
        if clock, clockIsDate || labelled { hasDate = true }
        return hasDate || (relative && past && folded.last != UInt8(ascii: "."))
    }

    /// A year, a date in figures or a clock time ("2011", "03/27/2008", "11:32", "22h38").
    private static func isDateOrClock(_ word: FoldedKey) -> Bool {
        switch DateLine.timeOrNumber(word) {
        case .date, .year: return true
        case .other: return isClock(word)
        case nil: return false
        }
    }

    /// "11:32", "22h38", "9:40pm": a time of day with its minutes (`TimeOfDay`). An hour alone ("14h") is none: "Par
    /// ailleurs la réunion commence à 14h" is a sentence, not a byline.
    private static func isClock(_ word: FoldedKey) -> Bool {
        TimeOfDay.read(word)?.hasMinutes == true
    }

    /// The word without a colon after it ("updated:").
    private static func trimmed(_ word: FoldedKey) -> FoldedKey {
        word.last == UInt8(ascii: ":") ? word.droppingLast() : word
    }

    /// Whether every comma of `folded` is followed by a number (as in "July 24th, 2020").
    private static func commasAreInDates(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        for (i, byte) in folded.enumerated() where byte == UInt8(ascii: ",") {
            var j = i + 1
            while j < folded.count, folded[j] == 0x20 { j += 1 }
            guard j < folded.count, folded[j] >= 0x30, folded[j] <= 0x39 else { return false }
        }
        return true
    }

    /// The offset of the first occurrence of the ASCII `needle` in `folded`.
    private static func firstIndex(of needle: String, in folded: UnsafeBufferPointer<UInt8>) -> Int? {
        let bytes = Array(needle.utf8)
        guard bytes.count <= folded.count else { return nil }
        return (0...(folded.count - bytes.count)).first { start in
            (0..<bytes.count).allSatisfy { folded[start + $0] == bytes[$0] }
        }
    }
}
