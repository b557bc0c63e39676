/// A time of day written in figures, read where it starts: "14h30", "14 h 30", "21 h", "9h", "22:03", "10:12:30",
/// "9.45", "9:40 a.m.", "9.40pm", "10 am", "4:10 p.m. ET". The one reader of clocks: a live page's hours
/// (`UpdateMarker.hour`), the words of a date line (`DateLine.timeOrNumber`) and of a publication stamp or a dated
/// byline (`PublicationStamp`) all read through it, so a form one of them reads is not missing from another. Each
/// keeps what it needs of the answer: the minutes after midnight and the end, or only whether the word is a clock,
/// with its minutes or without.
///
/// The forms: an hour of one or two figures, under 24, then
/// - "h" or "H", with two figures of minutes or none ("18h15", "9h");
/// - a colon or a dot and two figures of minutes ("22:03", "9.45"), after a colon maybe two of seconds ("10:12:30");
/// - "h" between spaces, as French typographers set it, with two figures of minutes or none ("18 h 15", "21 h"); the
///   spaces may be no-break ones;
/// - nothing, when the half of the day follows ("10 am", "10am");
///
/// then maybe the half of the day, after a space or none ("4:10 p.m.", "9.40pm", "10 AM"), and a time zone after a
/// space ("18h15 GMT", "4:10 p.m. ET"). Minutes and seconds are under 60. A letter right after the time makes a word
/// of it ("18hr", "9h30min": no clock); three figures after an "h" are no minutes ("18h155" reads as "18h", and a
/// word of it is no time).
///
/// What no reader of a clock alone can tell, and the callers do by what surrounds it: "2h" in "2h de route" is a
/// duration (a live hour needs a colon or a dash and its update after it; a stamp's clock needs its minutes; a date
/// line needs every word to be a date's); "12.05" may be a date (a live hour needs its colon or dash after it, a
/// label's hour no year beside it, and date lines and stamps cut their words at dots). Scores ("3-2") and years
/// ("2014") are no clocks. "Noon" and "midi" are words, not read here.
///
/// How the three readers differed before they shared this one, and what each keeps (the outputs on the evaluation
/// corpus's development half are the same; there, the only answers that changed are of `hour` for a clock that ends
/// the text it is given, a line alone: read now, and still no live hour, which needs its update after it):
/// - `UpdateMarker.hour` read no half of the day glued to the time ("9.40pm", "4:10pm", "10am"), no no-break space
///   in a spaced hour or before the half of the day ("18 h 15" typeset), no seconds ("10:12:30" was "10:12", and
///   ":30" then stopped a live hour), and no clock that ends its text: it reads them all now. It still ends a spaced
///   hour at its "h" when the figures after it are no minutes ("18 h 5", "18 h 75"), where "18h5" and "18h75" are no
///   clock. A time zone is matched on ASCII letters (it folded them first, so "ÉT" was "ET").
/// - `PublicationStamp.isClock` took any figures joined by a colon or an "h" with figures after ("99:99", "123:45",
///   "1h5", "1:2:3", "14::30"): a stamp's or a byline's clock is now a time of day, with its minutes, as before: an
///   hour alone ("14h") is none. A word with a dot is none, as before ("12.05", "9.40pm": bylines cut words at
///   spaces only).
/// - `DateLine.timeOrNumber` took any word of figures, colons, slashes and "h" as a part of a date line ("1h2h3",
///   "99:99", "24h00", "3/3h" as a date): such a word is now a number, figures and slashes (a date), or a time of day.
///   It read no half of the day glued to the time ("10am", "4:10pm"), which it does now (it read "10 am" already, as
///   two words). A colon may still close the word ("2014:", "14h30:").
enum TimeOfDay {
    /// A time read: when it is, whether minutes were written, and where it ends.
    struct Reading: Sendable {
        /// Minutes after midnight, the half of the day applied ("4:10 p.m." is 16 × 60 + 10).
        var minutes: Int
        /// Whether minutes were written ("14h30", "9:40", "14 h 30"), not the hour alone ("14h", "21 h", "10 am").
        var hasMinutes: Bool
        /// Whether the half of the day was written ("4:10 p.m.", "10 am"), which makes a whole hour a clock's: "21h",
        /// "2 h" alone are durations as often.
        var hasHalf = false
        /// The offset just past the time: past its minutes, seconds, "h", half of the day or time zone.
        var end: Int
    }

    /// The time of day starting at `start` in `scalars` before `limit`.
    /// - Complexity: O(1): a clock is a few scalars long.
    static func read(_ scalars: ScalarText, at start: Int, limit: Int) -> Reading? {
        read(at: start, limit: limit) { scalars[$0] }
    }

    /// The time of day that `word` (folded) is, whole: "14h30", "10:12", "4pm"; nil for a number, a date or a word.
    /// A word with a dot is none: cut at spaces only, "12.05" is a decimal number or a date as often as a time.
    static func read(_ word: FoldedKey) -> Reading? {
        guard word.count <= 16 else { return nil }
        for index in 0..<word.count where byte(word, index) == UInt8(ascii: ".") { return nil }
        let time = read(at: 0, limit: word.count) { Unicode.Scalar(byte(word, $0)) }
        return time?.end == word.count ? time : nil
    }

    /// The byte at `index` of `key` (below its count, at most 16).
    private static func byte(_ key: FoldedKey, _ index: Int) -> UInt8 {
        let bits = index < 8 ? key.lowBits >> (8 * UInt64(index)) : key.highBits >> (8 * UInt64(index - 8))
        return UInt8(truncatingIfNeeded: bits)
    }

    /// The time of day starting at `start` before `limit`, each scalar given by `unit`: the grammar above.
    static func read(at start: Int, limit: Int, _ unit: (Int) -> Unicode.Scalar) -> Reading? {
        // One to `most` figures at `from`, with no figure after them: their value and end.
        func figures(_ from: Int, most: Int) -> (Int, Int)? {
            var i = from
            var value = 0
            while i < limit, i - from < most, Scalars.isDigit(unit(i)) { value = value * 10 + Int(unit(i).value - 48); i += 1 }
            return i > from && (i >= limit || !Scalars.isDigit(unit(i))) ? (value, i) : nil
        }
        // Two figures under 60 after the joint at `joint`, and their end.
        func twoFigures(after joint: Int) -> (Int, Int)? {
            guard let (value, end) = figures(joint + 1, most: 2), end - joint == 3, value < 60 else { return nil }
            return (value, end)
        }
        func isSpace(_ i: Int) -> Bool { i < limit && isSpaceInTime(unit(i)) }

        guard let (hour, afterHour) = figures(start, most: 2), hour < 24, afterHour < limit else { return nil }
        var minute = 0
        var hasMinutes = false
        var end = afterHour
        var needsHalf = false
        let joint = unit(afterHour)
        if joint == "h" || joint == "H" {
            end = afterHour + 1
            if let (value, after) = figures(end, most: 2) {
                guard after - end == 2, value < 60 else { return nil }
                (minute, hasMinutes, end) = (value, true, after)
            }
        } else if joint == ":" || joint == "." {
            guard let (value, after) = twoFigures(after: afterHour) else { return nil }
            (minute, hasMinutes, end) = (value, true, after)
            if joint == ":", after < limit, unit(after) == ":", let (_, afterSeconds) = twoFigures(after: after) { end = afterSeconds }
        } else if isSpaceInTime(joint), let mark = spacedHourMark(at: afterHour + 1, limit: limit, unit) {
            // "18 h 15", "21 h", "13 H 50", "17 heures", "10 HEURES 30": the minutes, when there are two figures of
            // them, after one more space.
            end = mark
            if isSpace(end), let (value, after) = twoFigures(after: end) { (minute, hasMinutes, end) = (value, true, after) }
        } else if isSpaceInTime(joint) || Scalars.isLetter(joint) {
            needsHalf = true
        } else {
            return nil
        }
        // The half of the day, after spaces or right after the figures ("4:10 p.m.", "9.40pm"), which a bare hour needs.
        var j = end
        while isSpace(j) { j += 1 }
        let glued = j == end
        if let (isAfternoon, halfEnd) = halfOfDay(at: j, limit: limit, unit), !glued || Scalars.isDigit(unit(end - 1)) {
            var hour = hour
            if isAfternoon, hour < 12 { hour += 12 }
            if !isAfternoon, hour == 12 { hour = 0 }
            end = halfEnd
            end = zoneEnd(after: end, limit: limit, unit)
            return Reading(minutes: hour * 60 + minute, hasMinutes: hasMinutes, hasHalf: true, end: end)
        }
        guard !needsHalf, end >= limit || !Scalars.isLetter(unit(end)) else { return nil }
        end = zoneEnd(after: end, limit: limit, unit)
        return Reading(minutes: hour * 60 + minute, hasMinutes: hasMinutes, end: end)
    }

    /// The end of the hour's mark set after a space at `start`: "h" or "H" ("18 h 15", "13 H 50"), or the word
    /// "HEURES" in capitals, as a heading sets an hour ("17 HEURES :", "10 HEURES 30"); nil when none stands there,
    /// or a letter follows it ("18 hr"). Not "heures" in lower case: "pendant 10 heures" is a duration as often.
    private static func spacedHourMark(at start: Int, limit: Int, _ unit: (Int) -> Unicode.Scalar) -> Int? {
        guard start < limit, unit(start) == "h" || unit(start) == "H" else { return nil }
        var end = start + 1
        if unit(start) == "H", start + 6 <= limit, "EURES".unicodeScalars.enumerated().allSatisfy({ unit(start + 1 + $0.offset) == $0.element }) {
            end = start + 6
        }
        return end >= limit || !Scalars.isLetter(unit(end)) ? end : nil
    }

    /// The spaces a time is set with: a plain one, a no-break one, a narrow no-break one ("18 h 15").
    private static func isSpaceInTime(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{A0}" || s == "\u{202F}"
    }

    /// "am", "pm", "a.m.", "p.m." in any case at `start`, not followed by a letter: whether it is the afternoon's,
    /// and its end.
    private static func halfOfDay(at start: Int, limit: Int, _ unit: (Int) -> Unicode.Scalar) -> (Bool, Int)? {
        guard start < limit else { return nil }
        let first = unit(start)
        let isAfternoon = first == "p" || first == "P"
        guard isAfternoon || isLetterA(first) else { return nil }
        var i = start + 1
        let dotted = i < limit && unit(i) == "."
        if dotted { i += 1 }
        guard i < limit, unit(i) == "m" || unit(i) == "M" else { return nil }
        i += 1
        if dotted {
            guard i < limit, unit(i) == "." else { return nil }
            i += 1
        }
        return i >= limit || !Scalars.isLetter(unit(i)) ? (isAfternoon, i) : nil
    }

    /// An "a" as folding reads it: "a", "A", or one with an accent ("à").
    private static func isLetterA(_ s: Unicode.Scalar) -> Bool {
        s == "a" || s == "A" || (0xC0...0xC5).contains(s.value) || (0xE0...0xE5).contains(s.value)
    }

    /// Time zones as keys (`DateLine.timeZones`).
    private static let zoneKeys = FoldedKey.set(DateLine.timeZones.sorted())

    /// The end of a time zone after spaces from `end` ("4:10 p.m. ET": up to four letters that are one), or `end`.
    private static func zoneEnd(after end: Int, limit: Int, _ unit: (Int) -> Unicode.Scalar) -> Int {
        var k = end
        while k < limit, unit(k) == " " { k += 1 }
        var key = FoldedKey()
        var zoneEnd = k
        while zoneEnd < limit, zoneEnd - k < 5, Scalars.isLetter(unit(zoneEnd)) {
            let value = unit(zoneEnd).value
            guard value < 0x80 else { return end }
            key.append(UInt8(value) | 0x20)
            zoneEnd += 1
        }
        guard zoneEnd > k, zoneEnd - k <= 4, zoneEnd == limit || !Scalars.isLetter(unit(zoneEnd)), zoneKeys.contains(key) else {
            return end
        }
        return zoneEnd
    }
}
