/// Recognises a line that is only a date or a time stamp, such as "lundi 3 mars 2014", "03/03/2014 10:12" or
/// "March 3, 2014 at 10:12 am": the date lines blog tools add above or below a post.
enum DateLine {
    /// Month names and abbreviations, folded (`UpdateMarker` reads them as strings).
    static let monthNames: Set<String> = [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fevr", "juil", "avr",
    ]

    /// Weekday names, folded (`UpdateMarker` reads them as strings).
    static let weekdayNames: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Whether `word` (folded) names a month or a weekday.
    static func isDayName(_ word: String) -> Bool {
        monthNames.contains(word) || weekdayNames.contains(word)
    }

    /// Month names as keys.
    static let monthKeys = FoldedKey.set(Array(monthNames))

    /// Weekday names as keys.
    static let weekdayKeys = FoldedKey.set(Array(weekdayNames))

    /// Time zones written after an hour, folded ("4:10 p.m. ET", "10h12 CET"): the one list, read by date lines and
    /// by update markers' qualifiers and live hours.
    static let timeZones: Set<String> = [
        "utc", "gmt", "cet", "cest", "et", "est", "edt", "ct", "cdt", "cst", "pt", "pdt", "pst", "mt", "mdt", "mst", "bst",
        "hst", "akst", "akdt", "ast", "adt", "nst", "ndt", "wet", "eet", "eest", "ist", "jst", "msk", "aest", "aedt", "awst",
        "nzst", "nzdt",
    ]

    /// Small words that may sit between the parts of a date or a time, the halves of "p.m." split at their dots, and
    /// time zones.
    static let fillers = FoldedKey.set([
        "le", "a", "at", "on", "de", "du", "h", "am", "pm", "the", "er", "of", "and", "p", "m",
    ] + timeZones.sorted())

    /// True when every word of the folded line is part of a date or time and a month or a full date is present;
    /// a dateline's place may come first, before a comma ("paris, le 3 mars 2014").
    static func isDateLine(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        if isDate(folded) { return true }
        guard let comma = folded.firstIndex(of: UInt8(ascii: ",")), comma > 0 else { return false }
        let place = FoldedWords(UnsafeBufferPointer(rebasing: folded[0..<comma]), separators: " -")
        return place.count <= 3 && isDate(UnsafeBufferPointer(rebasing: folded[(comma + 1)...]))
    }

    private static let separators: [UInt8] = Array(" ,.()-".utf8)

    private static func isDate(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasDate = false
        var words = 0
        let allDateWords = FoldedWords.allSatisfy(folded, separators: separators) { word in
            words += 1
            guard words <= 10 else { return false }
            if monthKeys.contains(word) { hasDate = true; return true }
            if weekdayKeys.contains(word) || fillers.contains(word) { return true }
            switch timeOrNumber(word) {
            case .date, .year: hasDate = true; return true
            case .other: return true
            case nil: return false
            }
        }
        return allDateWords && hasDate
    }

    /// What a number of a date line is (`timeOrNumber`).
    enum NumberKind { case date, year, other }

    /// "03/03/2014" is a date, "2014" a year, "10:12", "14h30" (`TimeOfDay`), "3", "1er" and "7th" other parts; nil for
    /// a word.
    static func timeOrNumber(_ word: FoldedKey) -> NumberKind? {
        guard word.count <= 16, !word.isEmpty else { return nil }
        if word.count > 2, isOrdinalEnd(word.droppingLast().last, word.last), word.droppingLast().droppingLast().isNumber {
            return .other
        }
        guard isDigit(word.first) else { return nil }
        // A colon may close the word, as it closes a line's last word before what the line introduces ("2014:",
        // "14h30:"): a part of the date, not its year.
        let closed = word.last == UInt8(ascii: ":")
        let figures = closed ? word.droppingLast() : word
        if figures.isNumber { return figures.count == 4 && !closed ? .year : .other }
        if isFiguresAndSlashes(figures) { return .date }
        return TimeOfDay.read(figures) == nil ? nil : .other
    }

    /// Whether `first` and `second` end a day's ordinal ("1er", "2nd").
    private static func isOrdinalEnd(_ first: UInt8, _ second: UInt8) -> Bool {
        ordinalEnds.contains { $0[0] == first && $0[1] == second }
    }

    /// Whether `word` is figures and slashes only, with a slash ("03/03/2014").
    private static func isFiguresAndSlashes(_ word: FoldedKey) -> Bool {
        var key = word
        var slash = false
        while !key.isEmpty {
            let byte = key.last
            if byte == UInt8(ascii: "/") { slash = true } else if !isDigit(byte) { return false }
            key = key.droppingLast()
        }
        return slash
    }

    /// How a day's ordinal ends: "1er", "1st", "2nd", "3rd", "7th".
    private static let ordinalEnds: [[UInt8]] = ["er", "st", "nd", "rd", "th"].map { Array($0.utf8) }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
