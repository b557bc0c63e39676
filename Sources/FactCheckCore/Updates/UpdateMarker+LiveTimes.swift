/// A live page's updates marked by their hour alone ("18h15 : fin de la perturbation", "22h03 : …", "4:10 p.m. - …"),
/// stacked newest first above the first version of the story, often under a separator ("Article initial :",
/// "Original story:"). See docs/notice-marker-survey.md, round 3.
///
/// A bare figure before a dash is a list's item (`liveTime`), not an hour, unless a log shows it is one (`isDashedLogEntry`:
/// "18h15 - Les pompiers …" stacked newest first). An hour opening a line is also a schedule ("14h : ouverture des portes", "15h : concert") or a stamp: the line
/// alone cannot tell. `UpdateMarkerProbe` asks the page (`isLiveUpdate`): an hour is an update's marker only when the
/// next hour below it is earlier (a stack, newest first; a schedule runs forward, past midnight too), or when an
/// original story's label stands below it before any other hour, and no earlier hour stands above it. The last hour
/// of a stack with no separator under it heads the first version: no notice.
extension UpdateMarker {
    /// The hour opening `scalars` at `start`, in minutes after midnight, and its match: the hour, a colon, a dash or a
    /// slash ("14h30 / …"),
    /// then the update on the same line. An update written as a heading (its line ends without a sentence's end, and
    /// its paragraph with it) has its body below, as a marker alone on its line has.
    /// With `headings` false, a heading keeps its text on its line: an entry of one line (`liveLine`).
    /// With `dashes`, a French clock with its minutes before a dash heads an entry too when the entry opens with a
    /// capital ("18h15 - Les pompiers …"), which only a log around it confirms (`isLiveUpdate`, `isDashedLogEntry`):
    /// the line alone reads as "2h30 - C'est la durée du trajet" does. Without, such a line is no live hour.
    static func liveTime(in scalars: ScalarText, at start: Int, limit: Int, headings: Bool = true,
                         dashes: Bool = true) -> (minutes: Int, match: Match)? {
        // A tag in capitals and a dash before the hour ("OFFICIEL – 1h23 : …", "URGENT - 18h05 : …"): the entry's
        // kind, part of its marker.
        let clock = capitalTagEnd(scalars, at: start, limit: limit) ?? start
        guard let (minutes, timeEnd) = hour(in: scalars, at: clock, limit: limit) else { return nil }
        var i = timeEnd
        while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" { i += 1 }
        var body: Int
        if i + 1 < limit, ":-–—/".unicodeScalars.contains(scalars[i]), Scalars.isSpace(scalars[i + 1]) {
            body = i + 1
        } else if clock == start, i < limit,
                  dashes && isFrenchClock(scalars, start..<timeEnd) || scalars[i] == "." && isColonClock(scalars, start..<timeEnd),
                  (scalars[i] == "." && i + 1 < limit && Scalars.isSpace(scalars[i + 1]))
                    || (i > timeEnd && (Scalars.isUpper(scalars[i]) || "«\"“".unicodeScalars.contains(scalars[i]))) {
            // A French clock set off by a full stop or by a space alone ("22h39. A Montpellier, …", "23h52 Marine Le
            // Pen dépasse …"), or a clock with a colon set off by a full stop ("22:00. Perquisitions en cours …"):
            // read as the dash is, only where a log confirms it (`isDashedLogEntry`).
            body = scalars[i] == "." ? i + 1 : i
        } else {
            return nil
        }
        while body < limit, scalars[body] == " " || scalars[body] == "\u{A0}" { body += 1 }
        // A dash after a bare figure heads a list's item: a price, a duration, a race time ("12.50 - a wool beanie",
        // "2h30 - c'est le temps du trajet", "2:15:40 - the winner"). A live page's hour takes a colon ("18h15 : …"),
        // or says which half of the day or which zone it is ("9.40pm - …", "4:10 p.m. – …"); or, with `dashes`, it
        // is a French clock and its entry a headline's or a sentence's start.
        // The entry opens as the colon's does: a capital, a figure or a quotation mark ("18h30 - 1 200 personnes …",
        // "19h05 - « Le pic … »"); not a word in lower case, which runs on from the figure as a list's item does.
        if scalars[i] != ":", !(clock..<timeEnd).contains(where: { Scalars.isLetter(scalars[$0]) && scalars[$0] != "h" && scalars[$0] != "H" }) {
            guard clock == start,
                  dashes && isFrenchClock(scalars, start..<timeEnd) || scalars[i] == "." && isColonClock(scalars, start..<timeEnd),
                  body < limit,
                  Scalars.isUpper(scalars[body]) || !Scalars.isLetter(scalars[body]) else { return nil }
        }
        guard body < limit, scalars[body] != "\n", opensEntry(scalars, at: body, limit: limit) else { return nil }
        var lineEnd = body
        while lineEnd < limit, scalars[lineEnd] != "\n" { lineEnd += 1 }
        let trimmed = Scalars.trimmed(scalars, TextRange(body, lineEnd))
        let heading = headings && lineEnd >= limit && trimmed.length > 0 && !".!?…»\"”)".unicodeScalars.contains(scalars[trimmed.end - 1])
        return (minutes, Match(marker: TextRange(start, timeEnd), bodyStart: heading ? limit : body))
    }

    /// Where the hour starts after a tag in capitals and a dash opening `scalars` at `start` ("OFFICIEL – 1h23"): two
    /// to `longestTag` capital letters (ASCII), a space, a dash, a space; nil when no such tag opens it.
    static func capitalTagEnd(_ scalars: ScalarText, at start: Int, limit: Int) -> Int? {
        var i = start
        while i < limit, i - start <= longestTag, scalars[i].isASCII, Scalars.isUpper(scalars[i]) { i += 1 }
        guard i - start >= 2, i - start <= longestTag, i + 3 < limit, scalars[i] == " ", "-–—".unicodeScalars.contains(scalars[i + 1]),
              scalars[i + 2] == " ", Scalars.isDigit(scalars[i + 3]) else { return nil }
        return i + 3
    }

    /// Whether the line of `text` at `start` opens with a tag in capitals and a dash before a figure, by its bytes
    /// (`capitalTagEnd`): the probe's test before it reads the line's scalars.
    static func opensWithCapitalTag(_ text: UTF8Text, at start: Int, limit: Int) -> Bool {
        var i = start
        while i < limit, i - start <= longestTag, text[i] >= UInt8(ascii: "A"), text[i] <= UInt8(ascii: "Z") { i += 1 }
        guard i - start >= 2, i + 1 < limit, text[i] == UInt8(ascii: " ") else { return false }
        return text[i + 1] == UInt8(ascii: "-") || text[i + 1] == 0xE2   // "–", "—": E2 80 93/94
    }

    /// Whether an entry's text opens at `index`: a letter or a figure, or a quotation mark before one. A live page
    /// often titles an entry with the words of the one it reports ("20h44 : « Nous ne lâcherons rien », lance …",
    /// "7:07 p.m. - \"We are ready\", the mayor says"); a quotation mark before a space or a line's end opens none.
    private static func opensEntry(_ scalars: ScalarText, at index: Int, limit: Int) -> Bool {
        if Scalars.isLetter(scalars[index]) || Scalars.isDigit(scalars[index]) { return true }
        guard "\"«“„".unicodeScalars.contains(scalars[index]) else { return false }
        var next = index + 1
        while next < limit, scalars[next] == " " || scalars[next] == "\u{A0}" || scalars[next] == "\u{202F}" { next += 1 }
        // "« Nous" sets the quotation apart with a space, the French way; "\"We" does not.
        guard next < limit, next <= index + 2 else { return false }
        return Scalars.isLetter(scalars[next]) || Scalars.isDigit(scalars[next])
    }

    /// The entry at `start` when it is a live hour written as a heading with nothing under it before the next hour
    /// ("15h14 : réunion des ministres à Matignon" over "13h48 : …"): a live page's entry of one line, its text on
    /// that line, not a marker alone with no body.
    static func liveLine(in scalars: ScalarText, at start: Int, limit: Int) -> Match? {
        guard let heading = liveTime(in: scalars, at: start, limit: limit), heading.match.bodyStart >= limit else { return nil }
        return liveTime(in: scalars, at: start, limit: limit, headings: false)?.match
    }

    /// Whether `scalars[clock]` is an hour and its minutes with a colon ("22:00", "9:05"), nothing else: set off by a
    /// full stop ("22:00. Perquisitions en cours …"), read as the French clock is, where a log confirms it.
    private static func isColonClock(_ scalars: ScalarText, _ clock: Range<Int>) -> Bool {
        guard let colon = clock.first(where: { scalars[$0] == ":" }) else { return false }
        return colon > clock.lowerBound && colon - clock.lowerBound <= 2 && clock.upperBound - colon == 3
            && clock.allSatisfy { $0 == colon || Scalars.isDigit(scalars[$0]) }
    }

    /// Whether `scalars[clock]` is an hour the French way, "h" after the figures and nothing else: with its minutes
    /// ("18h15", "9h05") or a whole hour ("18h"), which `isDashedLogEntry` takes only between two entries of a log.
    /// Not "18 h 15", a form that runs in sentences as well.
    private static func isFrenchClock(_ scalars: ScalarText, _ clock: Range<Int>) -> Bool {
        guard let h = clock.first(where: { scalars[$0] == "h" || scalars[$0] == "H" }) else { return false }
        return h > clock.lowerBound && (clock.upperBound - h == 3 || clock.upperBound - h == 1)
            && clock.allSatisfy { $0 == h || Scalars.isDigit(scalars[$0]) }
    }

    /// Whether the line of `text` at `start` opens with a whole hour written the French way, its "h" and no minutes
    /// after it ("18h - …").
    private static func opensWithWholeHour(_ text: UTF8Text, at start: Int) -> Bool {
        var i = start
        while i < text.count, i < start + 2, text[i] >= UInt8(ascii: "0"), text[i] <= UInt8(ascii: "9") { i += 1 }
        guard i > start, i < text.count, text[i] == UInt8(ascii: "h") || text[i] == UInt8(ascii: "H") else { return false }
        return i + 1 >= text.count || text[i + 1] < UInt8(ascii: "0") || text[i + 1] > UInt8(ascii: "9")
    }

    /// Whether the line of `text` at `start` opens with a clock set off from its entry by a space alone ("23h52 Marine
    /// …"), neither a colon, a dash nor a full stop after it.
    private static func isSpacedClock(_ text: UTF8Text, at start: Int) -> Bool {
        let line = lineOpening(text, at: start)
        guard let time = TimeOfDay.read(line, at: 0, limit: line.count) else { return false }
        var i = time.end
        while i < line.count, line[i] == " " || line[i] == "\u{A0}" { i += 1 }
        return i > time.end && i < line.count && Scalars.isLetter(line[i])
    }

    /// Whether a line of the page before `start`, within its first `announceBytes`, that ends no sentence (its title,
    /// a label: "EN DIRECT. Marine Le Pen réalise …", "Législatives : suivez la soirée en direct") announces a live.
    static func announcesLiveInTitle(_ text: UTF8Text, before start: Int) -> Bool {
        anyHeadLine(text, before: start) { bytes in
            let line = ScalarText(utf8: Array(text.bytes[bytes]))
            let trimmed = Scalars.trimmed(line, TextRange(0, line.count))
            return trimmed.length > 0 && !".!…»\"”)".unicodeScalars.contains(line[trimmed.end - 1])
                && announcesLive(line, before: line.count)
        }
    }

    /// Whether `test` holds for a line (its bytes, not empty) of the page before `start`, within its first
    /// `announceBytes`: its headline, standfirst and first lines.
    private static func anyHeadLine(_ text: UTF8Text, before start: Int, _ test: (Range<Int>) -> Bool) -> Bool {
        let end = min(start, announceBytes)
        var lineStart = 0
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if lineEnd > lineStart, test(lineStart..<lineEnd) { return true }
            lineStart = lineEnd + 1
        }
        return false
    }

    /// Whether the line of `text` at `start` opens with an hour that only `liveTime`'s `dashes` reads: a French clock
    /// before a dash ("18h15 - Les pompiers …"). Reads the hour and a few scalars after it, as `UpdateMarkerProbe`.
    private static func isDashedClock(_ text: UTF8Text, at start: Int) -> Bool {
        let line = lineOpening(text, at: start)
        // A clock with a colon set off by a full stop ("22:00. …") is read as the French clock so set off is: where a
        // live is announced. A reconstruction's timeline, newest first ("01:29. The bridge collapses"), announces none.
        if let (_, end) = hour(in: line, at: 0, limit: line.count), isColonClock(line, 0..<end), end + 1 < line.count,
           line[end] == ".", Scalars.isSpace(line[end + 1]) {
            return true
        }
        return liveTime(in: line, at: 0, limit: line.count, dashes: false) == nil
            && liveTime(in: line, at: 0, limit: line.count) != nil
    }

    /// Whether the hour before a dash opening a line of `text` at `start` ("18h15 - Les pompiers …", `liveTime` with
    /// `dashes`) heads an entry of a live log: the page announces a live (`announcesLive`), and such hours stand in a
    /// stack of at least two, newest first, with no earlier hour above it (a schedule runs forward), or one stands
    /// over an original story's label ("Article initial :"), which a list's item never does. Durations or prices in
    /// a list, whatever their order, stand on a page that announces no live, or under the line that introduces them
    /// with a colon (`introducedAsList`: "Les meilleurs temps des engagés :"): a log's entries need no introduction.
    /// A bare rule below, or a longer stack, settles this form no more than the colon's (`isLiveUpdate`). A whole
    /// hour ("18h - …", a duration's form as often) is an entry only between two entries of the log, the one above
    /// it later and the one below earlier. Hours are read in either form around it.
    /// - Complexity: O(`liveBytes`), as `isLiveUpdate`.
    static func isDashedLogEntry(_ text: UTF8Text, at start: Int, minutes: Int) -> Bool {
        let above = hourAbove(text, at: start, minutes: minutes, dashes: true)
        if let above, isEarlier(above, than: minutes) { return false }
        guard announcesLive(text, before: start) || introducedAsLive(text, at: start)
                || (pageOpensWithHour(text) && inLongLog(text, at: start, minutes: minutes)),
              !introducedAsList(text, at: start) else { return false }
        // An hour set off by a space alone ("23h52 Marine Le Pen dépasse …") opens a listing's line as often ("21h10
        // Koh-Lanta, la nouvelle saison. TF1.", "20h45 Lyon - Marseille"), on a page whose standfirst says the match
        // is "à suivre en direct sur TF1": the page's title must announce the live (`announcesLiveInTitle`).
        if isSpacedClock(text, at: start), !announcesLiveInTitle(text, before: start) { return false }
        let below = firstBelow(text, at: start, dashes: true)
        if opensWithWholeHour(text, at: start) {
            guard let above, case .hour(let lower) = below else { return false }
            return isEarlier(minutes, than: above) && isEarlier(lower, than: minutes)
        }
        // The log's entry under it, or over it; or the original story's label under it.
        switch below {
        case .hour(let lower) where isEarlier(lower, than: minutes): return true
        case .separator(isRule: false), .earlierDay: return true
        default: return stackAbove(text, at: start, minutes: minutes, dashes: true) >= 1
        }
    }

    /// Whether the hour at `start` (`liveTime`, `dashes`) stands in a stack of at least `logEntries` such hours, each
    /// earlier than the one above it, counting up and down from it. On a page that opens with one of them
    /// (`pageOpensWithHour`: "15h43 - …", "14h50 - …", "14h46 - …"), that is a log newest first, announced or not. Two
    /// hours so may be an agenda's listed backwards from its last event ("9h00 – Départ", "8h30 – Rendez-vous des
    /// bénévoles"), and durations under a title run down as well ("3h15 - C'est la durée du trajet en car", "1h50 - …",
    /// "0h55 - …"), a title the log has not: it opens with its latest entry.
    static func inLongLog(_ text: UTF8Text, at start: Int, minutes: Int) -> Bool {
        let above = stackAbove(text, at: start, minutes: minutes, dashes: true)
        guard above + 1 < logEntries else { return true }
        return above + 1 + stackBelow(text, at: start, minutes: minutes, upTo: logEntries - above - 1) >= logEntries
    }

    /// Whether the page's first line opens with an hour (`liveTime`, `dashes`): a log showing its latest entry first,
    /// with no title over it.
    static func pageOpensWithHour(_ text: UTF8Text) -> Bool {
        var start = 0
        while start < text.count, start < announceBytes, Scalars.isSpace(Unicode.Scalar(text[start])) { start += 1 }
        guard start < text.count, text[start] >= UInt8(ascii: "0"), text[start] <= UInt8(ascii: "9") else { return false }
        let line = lineOpening(text, at: start)
        return liveTime(in: line, at: 0, limit: line.count, dashes: true) != nil
    }

    /// The first scalars of the line at `start`, up to `openingBytes` bytes and never past its end: an hour, its
    /// terminator and the first letters of the entry, all that the readers of a line's hour look at. Cut on a
    /// scalar's end.
    private static func lineOpening(_ text: UTF8Text, at start: Int) -> ScalarText {
        var end = start
        while end < text.count, end < start + openingBytes, text[end] != UInt8(ascii: "\n") { end += text.scalar(at: end).width }
        return ScalarText(utf8: Array(text.bytes[start..<min(end, text.count)]))
    }

    /// How many bytes of a line `lineOpening` reads.
    static let openingBytes = 24

    /// How many hours (`liveTime`, `dashes`) stand stacked newest first under the line at `start` (its hour
    /// `minutes`), each earlier than the one above it, up to `most`: within `liveReach` lines and `liveBytes` bytes,
    /// the lines between them read past.
    private static func stackBelow(_ text: UTF8Text, at start: Int, minutes: Int, upTo most: Int) -> Int {
        var last = minutes
        var count = 0
        // Each line read until the stack breaks or holds `most` hours (`true` stops the reading).
        _ = lineBelow(text, at: start) { bytes -> Bool? in
            guard text[bytes.lowerBound] >= UInt8(ascii: "0"), text[bytes.lowerBound] <= UInt8(ascii: "9") else { return nil }
            let line = lineOpening(text, at: bytes.lowerBound)
            guard let hour = liveTime(in: line, at: 0, limit: line.count, dashes: true)?.minutes else { return nil }
            guard isEarlier(hour, than: last) else { return true }
            last = hour
            count += 1
            return count < most ? nil : true
        }
        return count
    }

    /// Whether the nearest line above `start` that does not open with an hour (`liveTime`, `dashes`), past the
    /// entries over it and blank lines, ends with a colon: it introduces the lines below as a list's items ("Les
    /// meilleurs temps, du plus lent au plus rapide :", "Prices at the market:"), unless it announces the live itself
    /// ("Suivez la soirée en direct :", `liveAnnouncements`, "Minute-by-minute updates:", `introducingAnnouncements`).
    /// Within `liveReach` lines and `liveBytes` bytes.
    static func introducedAsList(_ text: UTF8Text, at start: Int) -> Bool {
        colonLineAbove(text, at: start).map { !introducingPhrases.occurs(in: $0) && !introducingLines.contains($0) } ?? false
    }

    /// Whether the nearest line above `start` that does not open with an hour ends with a colon and announces the live
    /// it introduces ("Le point minute par minute :", "Minute-by-minute updates:", `introducingAnnouncements`; "SUIVI :",
    /// "Updates:", `introducingLines`).
    static func introducedAsLive(_ text: UTF8Text, at start: Int) -> Bool {
        colonLineAbove(text, at: start).map { introducingOnly.occurs(in: $0) || introducingLines.contains($0) } ?? false
    }

    /// Folded lines that introduce a live's hours when they are the whole line before the colon ("SUIVI :", "Le suivi
    /// :", "Updates:"): in a longer line the words describe ("Suivi des travaux de la gare :", "Schedule updates:").
    static let introducingLines: Set<[UInt8]> = Set(["suivi", "le suivi", "updates", "the updates"].map { Array(" \($0) ".utf8) })

    /// The words (`NoticeBoundary.wordText`) of the nearest line above `start` that does not open with an hour
    /// (`liveTime`, `dashes`), past the entries over it and blank lines, when it ends with a colon; nil when it does
    /// not, or when no such line is within `liveReach` lines and `liveBytes` bytes.
    private static func colonLineAbove(_ text: UTF8Text, at start: Int) -> [UInt8]? {
        let found = lineAbove(text, at: start) { line -> [UInt8]?? in
            let trimmed = Scalars.trimmed(line, TextRange(0, line.count))
            guard trimmed.length > 0, liveTime(in: line, at: 0, limit: line.count, dashes: true) == nil else { return nil }
            return .some(line[trimmed.end - 1] == ":" ? NoticeBoundary.wordText(line, trimmed) : nil)
        }
        return found ?? nil
    }

    private static let introducingOnly = PhraseSet(introducingAnnouncements.map { " " + $0 + " " })

    /// What `firstBelow` finds: an hour (minutes after midnight), or a separator, a bare rule or a label.
    /// `earlierDay`: a day's heading ("Vendredi 8 septembre") over the hours of an earlier day than the one above.
    enum Below { case hour(Int), separator(isRule: Bool), earlierDay }

    /// What stands first below the line at `start`, within `liveReach` lines and `liveBytes` bytes: a line opening
    /// with an hour (`liveTime`, `dashes` as given), or a separator's label or rule; nil when neither does.
    static func firstBelow(_ text: UTF8Text, at start: Int, dashes: Bool) -> Below? {
        // `.some(nil)`: a line that ends the search with nothing found (a programme's next day).
        let found = lineBelow(text, at: start) { bytes -> Below?? in
            let line = ScalarText(utf8: Array(text.bytes[bytes]))
            if let (hour, _) = liveTime(in: line, at: 0, limit: line.count, dashes: dashes) { return .hour(hour) }
            // A label given its hour before it ("6 p.m. Update:"), an entry of the same log.
            if hourLabel(in: line, at: 0, limit: line.count) != nil, let (hour, _) = hour(in: line, at: 0, limit: line.count) {
                return .hour(hour)
            }
            let trimmed = Scalars.trimmed(line, TextRange(0, line.count))
            if NoticeBoundary.isSeparator(line, trimmed) { return .separator(isRule: NoticeBoundary.isRule(line, trimmed)) }
            // A log newest first heads an earlier day's hours with that day ("Vendredi 8 septembre"); a programme
            // heads its next day with a later one, under the heading of its first.
            guard let day = dayHeading(line) else { return nil }
            let above = lineAbove(text, at: start) { dayHeading($0) }
            return .some(above.map { ($0.month, $0.day) > (day.month, day.day) } ?? true ? .earlierDay : nil)
        }
        return found ?? nil
    }

    /// What `read` finds in the nearest line below the line at `start` of which it finds anything, given each line's
    /// bytes (not blank), nearest first, within `liveReach` lines and `liveBytes` bytes; nil when it finds nothing
    /// there. A line the reach cuts is not read: its end, maybe inside a scalar, is not the line's.
    static func lineBelow<Found>(_ text: UTF8Text, at start: Int, _ read: (Range<Int>) -> Found?) -> Found? {
        let limit = min(text.count, start + liveBytes)
        var lineStart = start
        var lines = 0
        while lineStart < limit, lines <= liveReach {
            var lineEnd = lineStart
            while lineEnd < limit, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if lineEnd == limit, limit < text.count { break }
            if lineStart > start, lineEnd > lineStart {
                lines += 1
                if let found = read(lineStart..<lineEnd) { return found }
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// The month and day a line names when it is nothing but a day's date, as a live page heads each day's hours
    /// ("Vendredi 8 septembre", "Friday, Sept. 8", "Samedi 9 septembre 2017", "Dimanche 1er juillet"): a month and a
    /// day, a weekday and a year maybe. Nil for any other line.
    static func dayHeading(_ line: ScalarText) -> (month: Int, day: Int)? {
        guard line.count <= longestDayHeading else { return nil }
        let trimmed = Scalars.trimmed(line, TextRange(0, line.count))
        guard trimmed.length > 0 else { return nil }
        var day: Int?
        var month: Int?
        for word in Scalars.folded(line[trimmed.start..<trimmed.end]).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if let number = monthNumbers[String(word)] {
                month = number
            } else if let value = Int(word.hasSuffix("er") ? word.dropLast(2) : word) {
                // The day first, then a year.
                if day == nil, (1...31).contains(value) { day = value } else if !(1900...2100).contains(value) { return nil }
            } else if !DateLine.weekdayNames.contains(String(word)), !["le", "the", "of"].contains(word) {
                return nil
            }
        }
        guard let month, let day else { return nil }
        return (month, day)
    }

    /// The months' names and abbreviations, folded (`DateLine.monthNames`), with their numbers.
    static let monthNumbers: [String: Int] = {
        let names: [[String]] = [
            ["janvier", "january", "jan", "janv"], ["fevrier", "february", "feb", "fevr"], ["mars", "march", "mar"],
            ["avril", "april", "apr", "avr"], ["mai", "may"], ["juin", "june", "jun"], ["juillet", "july", "jul", "juil"],
            ["aout", "august", "aug"], ["septembre", "september", "sep", "sept"], ["octobre", "october", "oct"],
            ["novembre", "november", "nov"], ["decembre", "december", "dec"],
        ]
        return Dictionary(uniqueKeysWithValues: names.enumerated().flatMap { month, words in words.map { ($0, month + 1) } })
    }()

    /// The longest line `dayHeading` reads: a weekday, a day, a month and a year.
    static let longestDayHeading = 48

    /// Whether the hour opening a paragraph of `text` at `start` marks a live update, by what stands around it up to
    /// `liveReach` lines: the next line below opening with an hour is earlier (or of the same minute, two entries
    /// posted in one minute, when the hour above is later: a schedule may list two events at one hour, but not
    /// under a later one), or an original story's label
    /// ("Article initial :", "Original story:") comes before any such line; and the nearest hour above is not earlier
    /// (a schedule runs forward: "14h : …", "17h : …" over "* * *" is no stack). Earlier is on a clock's face, by
    /// less than half a day: "0h30" under "23h30" is the next night's, a schedule running past midnight, not a stack.
    /// A bare rule ("* * *") is no label: a schedule may stand over it as well.
    /// An hour before a dash that only `liveTime`'s `dashes` reads ("18h15 - …") is one where a log shows it
    /// (`isDashedLogEntry`).
    /// - Complexity: O(`liveBytes`): a page of long lines or of many hours is not read to its end from each hour.
    static func isLiveUpdate(_ text: UTF8Text, at start: Int, minutes: Int) -> Bool {
        if isDashedClock(text, at: start) { return isDashedLogEntry(text, at: start, minutes: minutes) }
        // Times listed under the line that introduces them ("Les derniers ont franchi la ligne dimanche :") are a list's,
        // unless the page announces a live: its standfirst often ends so ("Voici les dernières informations :").
        let live = announcesLive(text, before: start)
        if !live, introducedAsList(text, at: start) { return false }
        let above = hourAbove(text, at: start, minutes: minutes)
        if let above, isEarlier(above, than: minutes) { return false }
        switch firstBelow(text, at: start, dashes: false) {
        // Two entries of the same minute stack as well ("21h28 : …" over "21h28 : …"), at the log's top or under a later
        // one, on a page that announces a live: a programme lists two events at one hour under a later hour of the day before, or of
        // another stage ("22h30 : …" / "Dimanche" / "10h : messe" / "10h : marché"), and announces none.
        case .hour(let lower):
            return isEarlier(lower, than: minutes) || (lower == minutes && live && above.map { isEarlier(minutes, than: $0) } ?? true)
        case .separator(let isRule): return !isRule
        case .earlierDay: return true
        case nil: return above != nil && closesLiveLog(text, at: start, minutes: minutes)
        }
    }

    /// Whether the hour at `start`, the oldest of a stack with no hour and no separator under it, is an entry of a
    /// live log rather than the first version's heading: the stack holds at least `logEntries` hours, each earlier
    /// than the one above it (a log, not an update or two over the story), or the page announces a live
    /// (`liveAnnouncements`: "EN DIRECT", "live blog", "Ce live est terminé") above the hour, near its top.
    private static func closesLiveLog(_ text: UTF8Text, at start: Int, minutes: Int) -> Bool {
        stackAbove(text, at: start, minutes: minutes) + 1 >= logEntries || announcesLive(text, before: start)
    }

    /// How many hours a live log shows for its oldest to be an entry of it without an announcement.
    static let logEntries = 3

    /// How many hours stand stacked newest first above the line at `start` (its hour `minutes`), up to `logEntries`:
    /// each line that opens with an hour (`liveTime`) within reach, later than the one below it; one of the same
    /// minute as the one below it is passed over uncounted. With `alone`, each line that is an hour alone
    /// (`timeAlone`) instead.
    private static func stackAbove(_ text: UTF8Text, at start: Int, minutes: Int, dashes: Bool = false, alone: Bool = false) -> Int {
        var hours = [minutes]
        var end = start
        let floor = max(0, start - liveBytes)
        // The hours above, nearest first: each line is read from its start, found by walking back to a line feed.
        while end > floor, hours.count <= logEntries {
            var lineStart = end - 1
            while lineStart > floor, text[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            if lineStart == floor, floor > 0 { break }
            if end - 1 > lineStart, text[lineStart] >= UInt8(ascii: "0"), text[lineStart] <= UInt8(ascii: "9") {
                let line = lineOpening(text, at: lineStart)
                // An entry of the same minute as the one below it is looked past, not counted: one minute is no stack.
                let found = alone ? timeAlone(in: line, at: 0, limit: line.count)?.minutes
                    : liveTime(in: line, at: 0, limit: line.count, dashes: dashes)?.minutes
                if let upper = found, upper != hours.last {
                    guard let lower = hours.last, isEarlier(lower, than: upper) else { break }
                    hours.append(upper)
                }
            }
            end = lineStart
        }
        return hours.count - 1
    }

    /// Folded phrases (whole words) by which a page announces a live: its title, standfirst or closing line.
    static let liveAnnouncements: [String] = [
        "en direct", "direct live", "ce live", "le live", "notre live", "notre direct", "live blog", "liveblog", "live updates",
        "live coverage", "this live", "our live", "the latest",
    ]

    /// Folded phrases that announce a live only as the line introducing its hours ("Minute-by-minute updates:", "Le
    /// point minute par minute :"): anywhere else they describe a service ("Minute-by-minute updates: turn them on in
    /// Settings.", over a bus timetable).
    static let introducingAnnouncements: [String] = ["minute by minute", "minute-by-minute", "minute par minute"]

    private static let introducingPhrases = PhraseSet((liveAnnouncements + introducingAnnouncements).map { " " + $0 + " " })

    /// How far into the page `announcesLive` looks: its headline, standfirst and first lines.
    static let announceBytes = 2_000

    private static let announcementPhrases = PhraseSet(liveAnnouncements.map { " " + $0 + " " })

    /// Whether the page announces a live (`liveAnnouncements`) before `start`, within its first `announceBytes`.
    static func announcesLive(_ text: UTF8Text, before start: Int) -> Bool {
        var end = min(start, announceBytes)
        // Cut on a scalar's start, not inside one.
        while end > 0, end < text.count, text[end] & 0xC0 == 0x80 { end -= 1 }
        let head = ScalarText(utf8: Array(text.bytes[0..<end]))
        return announcesLive(head, before: head.count)
    }

    /// The hour a notice's marker gives (`hour`, read at each number of `marker`, up to `limit`), in minutes after
    /// midnight, and the marker's other numbers, its date ("Update 9:40 p.m. EST Nov. 14" gives 21:40 and [14],
    /// "UPDATE: 9/24/13 3:00 PM ET" 15:00 and [9, 24, 13], "19h04" 19:04 and []). Nil when it gives no hour.
    static func entryTime(_ scalars: ScalarText, marker: TextRange, limit: Int) -> (minutes: Int, date: [Int])? {
        var clock: (minutes: Int, end: Int)?
        var date: [Int] = []
        var i = marker.start
        while i < marker.end {
            guard Scalars.isDigit(scalars[i]), i == marker.start || !Scalars.isDigit(scalars[i - 1]) else { i += 1; continue }
            if clock == nil, let (minutes, end) = hour(in: scalars, at: i, limit: limit) {
                clock = (minutes, end)
                i = end
                continue
            }
            // A run of figures longer than any date's part ("MAJ 5555…552 :") is kept at a bound, not overflowed.
            var value = 0
            while i < marker.end, Scalars.isDigit(scalars[i]) {
                if value < Self.largestDatePart { value = value * 10 + Int(scalars[i].value - 48) }
                i += 1
            }
            date.append(value)
        }
        return clock.map { ($0.minutes, date) }
    }

    /// The bound at which `entryTime` stops reading a figure of a marker's date: past any year's or day's value.
    static let largestDatePart = 100_000_000

    /// Where an entry stands in its log, by what its marker gives: its hour and date (`entryTime`), or its count and
    /// its label (`entryCount`).
    enum EntryOrder: Equatable {
        case time(minutes: Int, date: [Int])
        case count(label: String, count: Int)
        /// A stamp's kind and value (`liveStamp`: "9′", "74 km").
        case stamp(kind: StampKind, value: Int)
    }

    /// The order `marker` gives its entry (`EntryOrder`): its hour when it gives one, else its stamp ("9′", "74 km"),
    /// else its count.
    static func entryOrder(_ scalars: ScalarText, marker: TextRange, limit: Int) -> EntryOrder? {
        if let time = entryTime(scalars, marker: marker, limit: limit) { return .time(minutes: time.minutes, date: time.date) }
        if let stamp = liveStamp(in: scalars, at: marker.start, limit: limit), stamp.match.marker == marker {
            return .stamp(kind: stamp.kind, value: stamp.value)
        }
        return entryCount(scalars, marker: marker).map { .count(label: $0.label, count: $0.count) }
    }

    /// Which way a log runs down the page: stacked newest first (at the top, over the first version), or added oldest
    /// first (at the foot of the report, each update under the one before).
    enum LogOrder { case newestFirst, oldestFirst }

    /// How the entry ordered `lower`, the next notice under the one ordered `upper`, follows it in the same log, if
    /// it does: timed entries differ by less than half a day (`isOlderEntry`, either way); counted ones carry the
    /// same label and the next count, up or down ("Update II" under "Update", "UPDATE" under "UPDATE 2"). Nil when
    /// the two are not neighbours of one log.
    static func logOrder(of lower: EntryOrder, under upper: EntryOrder) -> LogOrder? {
        switch (lower, upper) {
        case let (.time(lowerMinutes, lowerDate), .time(upperMinutes, upperDate)):
            let below = (minutes: lowerMinutes, date: lowerDate), above = (minutes: upperMinutes, date: upperDate)
            if isOlderEntry(below, than: above) { return .newestFirst }
            return isOlderEntry(above, than: below) ? .oldestFirst : nil
        case let (.count(lowerLabel, lowerCount), .count(upperLabel, upperCount)) where lowerLabel == upperLabel:
            if lowerCount == upperCount - 1 { return .newestFirst }
            return lowerCount == upperCount + 1 ? .oldestFirst : nil
        // Stamps of one kind follow each other whatever their values: a log so stamped holds nothing but its entries
        // (`isStampedEntry`), the same stamp twice too ("103 km" over "103 km"), and a match's minutes run forward.
        case let (.stamp(lowerKind, _), .stamp(upperKind, _)) where lowerKind == upperKind:
            return .newestFirst
        default:
            return nil
        }
    }

    /// The count a marker gives its update and its label without it, folded: "Update 2" and "UPDATE #2" give
    /// ("update", 2), "Update VII" ("update", 7), "Update Two", "Second update" and "2nd update" ("update", 2),
    /// "Mise à jour 2" and "Deuxième mise à jour" ("mise a jour", 2); a label with no count ("Update", "Mise à jour")
    /// gives 1, the first of a log that numbers the later ones. Nil when the marker holds any other figure (a date, an
    /// hour: "UPDATE 8 October 2020") or a count past `longestLog`.
    static func entryCount(_ scalars: ScalarText, marker: TextRange) -> (label: String, count: Int)? {
        var words = Scalars.folded(scalars[marker.start..<marker.end]).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var count = 1
        if let first = words.first, let ordinal = ordinalCounts[first] {
            count = ordinal
            words.removeFirst()
        } else if words.count > 1, let last = words.last, let value = Int(last) ?? romanCounts[last] ?? spelledCounts[last] {
            count = value
            words.removeLast()
        }
        guard !words.isEmpty, (1...longestLog).contains(count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
        return (words.joined(separator: " "), count)
    }

    /// The highest count `entryCount` reads: a log of updates numbered further is rare, a figure that high something else.
    static let longestLog = 30

    /// Folded ordinal words and figures that count an update before its label ("Second update", "Deuxième mise à jour").
    static let ordinalCounts: [String: Int] = [
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
        "seconde": 2, "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "2e": 2, "3e": 3, "4e": 4,
        "2eme": 2, "3eme": 3, "4eme": 4,
    ]

    /// Whether an entry timed `lower` stands under one timed `upper` as a live log stacks them, newest first: an
    /// earlier date, or the same date (or none) and an earlier hour (`isEarlier`).
    static func isOlderEntry(_ lower: (minutes: Int, date: [Int]), than upper: (minutes: Int, date: [Int])) -> Bool {
        guard lower.date == upper.date else {
            return lower.date.count == upper.date.count && lower.date.lexicographicallyPrecedes(upper.date)
        }
        return isEarlier(lower.minutes, than: upper.minutes)
    }

    /// Whether `minutes` (after midnight) comes before `other` by less than half a day, across midnight too: 23h30
    /// before 0h30, not 0h30 before 23h30.
    static func isEarlier(_ minutes: Int, than other: Int) -> Bool {
        let gap = (other - minutes + 2 * 24 * 60) % (24 * 60)
        return gap > 0 && gap < 12 * 60
    }

    /// The hour of the nearest line above `start` that opens with an hour and an update's label (`hourLabel`: "5:00
    /// p.m. UPDATE: …"), within `liveReach` lines and `liveBytes` bytes; nil when none does.
    static func hourLabelAbove(_ text: UTF8Text, at start: Int) -> Int? {
        lineAbove(text, at: start) { line -> Int? in
            guard hourLabel(in: line, at: 0, limit: line.count) != nil else { return nil }
            return hour(in: line, at: 0, limit: line.count)?.0
        }
    }

    /// The hour opening the nearest line above `start` that opens with one (`liveTime`), within `liveReach` lines and
    /// `liveBytes` bytes; nil when none does.
    private static func hourAbove(_ text: UTF8Text, at start: Int, minutes: Int, dashes: Bool = false) -> Int? {
        // An hour over a day's heading is of a later day ("18h45" over "Mercredi 6 décembre" over "09h10"): it stands
        // above as a later hour does, and reads as the minute after `minutes`, later by any clock.
        var crossedDay = false
        let found = lineAbove(text, at: start) { line -> Int? in
            if dayHeading(line) != nil {
                crossedDay = true
                return nil
            }
            return liveTime(in: line, at: 0, limit: line.count, dashes: dashes)?.minutes
        }
        guard let found else { return nil }
        return crossedDay ? (minutes + 1) % (24 * 60) : found
    }

    /// What `read` finds in the nearest line above `start` of which it finds anything, the lines read nearest first,
    /// within `liveReach` lines and `liveBytes` bytes; nil when it finds nothing there.
    static func lineAbove<Found>(_ text: UTF8Text, at start: Int, _ read: (ScalarText) -> Found?) -> Found? {
        let floor = max(0, start - liveBytes)
        var lineEnd = start - 1
        var lines = 0
        while lineEnd > floor, lines <= liveReach {
            var lineStart = lineEnd
            while lineStart > floor, text[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            // A line the reach cuts is not read, as below.
            if lineStart == floor, floor > 0 { break }
            if lineEnd > lineStart {
                lines += 1
                if let found = read(ScalarText(utf8: Array(text.bytes[lineStart..<lineEnd]))) { return found }
            }
            lineEnd = lineStart - 1
        }
        return nil
    }

    /// Whether the page announces a live before `start` (`liveAnnouncements` within its first `announceBytes`), or
    /// its first line opens with a "Live" or "Direct" label ("Live: storm hits the coast", "LIVE - …", "DIRECT. …").
    static func announcesLive(_ scalars: ScalarText, before start: Int) -> Bool {
        let end = min(start, announceBytes, scalars.count)
        var index = 0
        while index < end, Scalars.isSpace(scalars[index]) { index += 1 }
        // "LIVE: …", "Live - …", and the French "DIRECT. …", "Direct - …" opening the page's title.
        for (word, closers) in [("live", ":-–—|"), ("direct", ".:-–—|")] {
            let length = word.unicodeScalars.count
            guard index + length + 1 < end, Scalars.folded(scalars[index..<(index + length)]) == word else { continue }
            var after = index + length
            while after < end, scalars[after] == " " { after += 1 }
            if after < end, closers.unicodeScalars.contains(scalars[after]) { return true }
        }
        return announcementPhrases.occurs(in: NoticeBoundary.wordText(scalars, TextRange(0, end)))
    }

    /// The times of the lower-case timed labels ("Update: 2 p.m.", a line of its own) nearest above and below the
    /// line at `start`, within `liveBytes` scalars each way; nil where there is none.
    static func neighbouringUpdateTimes(_ scalars: ScalarText, around start: Int)
        -> (above: (minutes: Int, date: [Int])?, below: (minutes: Int, date: [Int])?) {
        var above: (minutes: Int, date: [Int])?
        var below: (minutes: Int, date: [Int])?
        let floor = max(0, start - liveBytes)
        let ceiling = min(scalars.count, start + liveBytes)
        var lineStart = floor
        while lineStart < ceiling {
            var lineEnd = lineStart
            while lineEnd < ceiling, scalars[lineEnd] != "\n" { lineEnd += 1 }
            if lineStart != start, (lineStart == 0 || scalars[lineStart - 1] == "\n"),
               let time = labelledTime(scalars, TextRange(lineStart, lineEnd)) {
                if lineStart < start { above = time } else if below == nil { below = time }
            }
            lineStart = lineEnd + 1
        }
        return (above, below)
    }

    /// Whether the lower-case timed label on the line at `start`, given `time`, stands in a stack of a log's dated
    /// entries: another such label within `liveBytes` scalars, at another time, with a line of text between the two
    /// (each label over its entry's text). A byline stacks its stamps with nothing between them ("Update: Monday,
    /// April 8, 10:40 a.m." / "Update: Monday, April 8, 12:05 p.m." over the story), and a page repeats its one stamp
    /// at its foot.
    static func isStackedEntryLabel(_ scalars: ScalarText, at start: Int, time: (minutes: Int, date: [Int])) -> Bool {
        let floor = max(0, start - liveBytes)
        let ceiling = min(scalars.count, start + liveBytes)
        var lineStart = floor
        // Above: whether the nearest label so far has text under it before `start`.
        var labelAbove: (minutes: Int, date: [Int])?
        var textSinceAbove = false
        var textBelow = false
        while lineStart < ceiling {
            var lineEnd = lineStart
            while lineEnd < ceiling, scalars[lineEnd] != "\n" { lineEnd += 1 }
            let line = TextRange(lineStart, lineEnd)
            let atLineStart = lineStart == 0 || scalars[lineStart - 1] == "\n"
            if lineStart > start || (lineStart < start && lineEnd < start) {
                let label = atLineStart ? labelledTime(scalars, line) : nil
                let differs = label.map { $0.minutes != time.minutes || $0.date != time.date } ?? false
                if lineStart < start {
                    if label != nil { labelAbove = differs ? label : nil; textSinceAbove = false }
                    else if Scalars.trimmed(scalars, line).length > 0 { textSinceAbove = true }
                } else if label != nil {
                    if differs && textBelow { return true }
                    break
                } else if Scalars.trimmed(scalars, line).length > 0 {
                    textBelow = true
                }
            }
            if lineStart <= start, start <= lineEnd, labelAbove != nil, textSinceAbove { return true }
            lineStart = lineEnd + 1
        }
        return false
    }

    /// The time of a line that is "Update" and a colon, then a time and nothing else within 60 scalars.
    private static func labelledTime(_ scalars: ScalarText, _ line: TextRange) -> (minutes: Int, date: [Int])? {
        let label = "update"
        guard line.length > label.count + 2, line.length < label.count + 60,
              Scalars.folded(scalars[line.start..<(line.start + label.count)]) == label else { return nil }
        var index = line.start + label.count
        while index < line.end, scalars[index] == " " { index += 1 }
        guard index < line.end, scalars[index] == ":" else { return nil }
        let time = Scalars.trimmed(scalars, TextRange(index + 1, line.end))
        guard time.length > 0 else { return nil }
        return entryTime(scalars, marker: time, limit: line.end)
    }

    /// How many lines below an hour `isLiveUpdate` reads for the next hour or a separator.
    static let liveReach = 24

    /// How many bytes below an hour `isLiveUpdate` reads at most: a dozen paragraphs of a live page.
    static let liveBytes = 6_000

    /// The hour alone on its line at `start` ("6.45am", "21h10", "9:40 p.m.", "14:14", "15h57 flic" with a tag word
    /// after it, "11:35 AM, November 7" with its day), in minutes after midnight, and
    /// its match: the hour, then the entry's text on the lines below it (its title, then its body), or `limit` when
    /// the line ends the text given. A live page sets each entry so too, the hour over the text (`isTimeAloneEntry`
    /// says where the page shows it). Not a race time with its seconds ("2:05:41"), nor figures joined by a dot with
    /// no half of the day ("12.05": a price or a date as often).
    static func timeAlone(in scalars: ScalarText, at start: Int, limit: Int) -> (minutes: Int, match: Match)? {
        guard let time = TimeOfDay.read(scalars, at: start, limit: limit) else { return nil }
        let clock = start..<time.end
        guard clock.filter({ scalars[$0] == ":" }).count <= 1,
              !clock.contains(where: { scalars[$0] == "." }) || clock.contains(where: { Scalars.isLetter(scalars[$0]) }) else { return nil }
        var i = time.end
        while i < limit, scalars[i] != "\n", Scalars.isSpace(scalars[i]) { i += 1 }
        // A tag after the hour, one word in lower case ("15h57 flic", "14h05 video"): an icon or a label the page
        // renders as a word; the entry's text is still below. Not a label's noun ("5 p.m. update": `hourLabel`).
        if i > time.end, i < limit, Scalars.isLetter(scalars[i]), !Scalars.isUpper(scalars[i]) {
            var end = i
            while end < limit, Scalars.isLetter(scalars[end]), !Scalars.isUpper(scalars[end]) { end += 1 }
            guard end - i <= longestTag, hourLabel(in: scalars, at: start, limit: limit) == nil else { return nil }
            i = end
            while i < limit, scalars[i] != "\n", Scalars.isSpace(scalars[i]) { i += 1 }
        } else if i < limit, scalars[i] == "," {
            // The day after the hour, a comma between ("11:35 AM, November 7"): the entry's stamp is the whole line.
            var end = i + 1
            while end < limit, scalars[end] != "\n" { end += 1 }
            let day = Scalars.trimmed(scalars, TextRange(i + 1, end))
            guard day.length > 0, day.length <= longestDay,
                  FoldedText.bytes(scalars.string(day)).withUnsafeBufferPointer({ DateLine.isDateLine($0) }) else { return nil }
            i = end
        }
        guard i >= limit || scalars[i] == "\n" else { return nil }
        while i < limit, Scalars.isSpace(scalars[i]) { i += 1 }
        return (time.minutes, Match(marker: TextRange(start, time.end), bodyStart: i))
    }

    /// The longest tag word `timeAlone` reads after an hour, and the longest tag in capitals before one
    /// (`capitalTagEnd`).
    static let longestTag = 12

    /// The longest date `timeAlone` reads after an hour and a comma ("Wednesday, November 7, 2020").
    static let longestDay = 40

    /// Whether the hour alone on its line at `start` of `text` (`timeAlone`) heads an entry of a live log, as a live
    /// page sets its entries, newest first, the hour over the text ("6.45am" over "Suspect identified" and its
    /// paragraphs, then "6am" over the next): the line under it opens the entry's text (a letter or a quotation
    /// mark), a line of that text, before the next hour alone, ends a sentence, and the hours alone around it run
    /// backwards as `isLiveUpdate` reads them (the next below earlier, or the same minute under a later one; none
    /// above earlier). The oldest of a stack, with no hour below, is an entry when `logEntries` hours stand stacked
    /// or the page announces a live.
    /// A page's list of other stories sets each headline's hour alone too, under it, above a count of comments
    /// ("• 53") or the next headline: no line of it ends a sentence, so it is no log, whatever the order of its hours.
    /// - Complexity: O(`liveBytes`), as `isLiveUpdate`.
    static func isTimeAloneEntry(_ text: UTF8Text, at start: Int, minutes: Int) -> Bool {
        // Hours alone are as often a list's (other stories with their hours, a programme, a recipe, a timeline told
        // backwards): the page must say it is a log, announcing a live or heading it with its updates ("Update (in
        // UAE time)"), and not introduce the hours as a list with a colon.
        guard announcesLive(text, before: start) || headsUpdates(text, before: start), !introducedAsList(text, at: start)
        else { return false }
        let above = lineAbove(text, at: start) { timeAlone(in: $0, at: 0, limit: $0.count)?.minutes }
        if let above, isEarlier(above, than: minutes) { return false }
        let limit = min(text.count, start + liveBytes)
        var lineStart = start
        var lines = 0
        var below: Int?
        var opened = false
        var sentence = false
        // The entry's letters' words, up to `newsWords`: a live's entry may say its news with no full stop ("Hamilton
        // réalise le meilleur temps").
        var words = 0
        while lineStart < limit, lines <= liveReach {
            var lineEnd = lineStart
            while lineEnd < limit, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            // A line the reach cuts is not read, as `firstBelow`.
            if lineEnd == limit, limit < text.count { break }
            if lineStart > start, lineEnd > lineStart {
                let line = ScalarText(utf8: Array(text.bytes[lineStart..<lineEnd]))
                let trimmed = Scalars.trimmed(line, TextRange(0, line.count))
                if trimmed.length > 0 {
                    lines += 1
                    if let lower = timeAlone(in: line, at: trimmed.start, limit: trimmed.end)?.minutes {
                        below = lower
                        break
                    }
                    if !opened {
                        guard opensEntryText(line, at: trimmed.start, limit: trimmed.end) else { return false }
                        opened = true
                    }
                    sentence = sentence || endsSentence(line, trimmed)
                    if words < newsWords { words += letterWords(line, trimmed) }
                }
            }
            lineStart = lineEnd + 1
        }
        // Not a sentence: an entry of four words or more, on a page that announces a live (a list of headlines with
        // their hours announces none).
        guard opened, sentence || (words >= newsWords && announcesLive(text, before: start)) else { return false }
        if let below { return isEarlier(below, than: minutes) || (below == minutes && above.map { isEarlier(minutes, than: $0) } ?? false) }
        return stackAbove(text, at: start, minutes: minutes, alone: true) + 1 >= logEntries || announcesLive(text, before: start)
    }

    /// Whether a short line before `start`, in the page's first `announceBytes`, heads its updates ("Washington:
    /// Update (in UAE time)", "Mises à jour", "Latest updates"): the label of a log set as a heading.
    static func headsUpdates(_ text: UTF8Text, before start: Int) -> Bool {
        anyHeadLine(text, before: start) { bytes in
            guard bytes.count <= 60 else { return false }
            let folded = " " + Scalars.folded(ScalarText(utf8: Array(text.bytes[bytes]))[0...]) + " "
            return [" update ", " updates ", " update:", " updates:", " mise a jour", " mises a jour"].contains(where: folded.contains)
        }
    }

    /// Whether an entry's text opens at `index`: a letter, or a quotation mark before one (`opensEntry`), not a
    /// figure or a bullet (a count of comments under a listed headline's hour).
    private static func opensEntryText(_ scalars: ScalarText, at index: Int, limit: Int) -> Bool {
        opensEntry(scalars, at: index, limit: limit) && !Scalars.isDigit(scalars[index])
    }

    /// Whether `scalars[trimmed]` ends a sentence: a full stop, a question or an exclamation mark, an ellipsis, or a
    /// closing quotation mark after one.
    private static func endsSentence(_ scalars: ScalarText, _ trimmed: TextRange) -> Bool {
        guard trimmed.length > 1 else { return false }
        let ends = ".!?…".unicodeScalars
        let last = scalars[trimmed.end - 1]
        if ends.contains(last) { return true }
        return "»\"”".unicodeScalars.contains(last) && ends.contains(scalars[trimmed.end - 2])
    }

    /// An hour of the day at `start` and where it ends, in minutes after midnight: "18h15", "9h", "22:03", "9.45",
    /// "4:10 p.m.", "10 am", "9.40pm" (`TimeOfDay`).
    static func hour(in scalars: ScalarText, at start: Int, limit: Int) -> (Int, Int)? {
        TimeOfDay.read(scalars, at: start, limit: limit).map { ($0.minutes, $0.end) }
    }

}
