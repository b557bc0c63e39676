/// A live page's updates marked by their hour alone ("18h15 : fin de la perturbation", "22h03 : …", "4:10 p.m. - …"),
/// stacked newest first above the first version of the story, often under a separator ("Article initial :",
/// "Original story:"). See docs/notice-marker-survey.md, round 3.
///
/// An hour opening a line is also a schedule ("14h : ouverture des portes", "15h : concert") or a stamp: the line
/// alone cannot tell. `UpdateMarkerProbe` asks the page (`isLiveUpdate`): an hour is an update's marker only when the
/// next hour below it is earlier (a stack, newest first; a schedule runs forward, past midnight too), or when an
/// original story's label stands below it before any other hour, and no earlier hour stands above it. The last hour
/// of a stack with no separator under it heads the first version: no notice.
extension UpdateMarker {
    /// The hour opening `scalars` at `start`, in minutes after midnight, and its match: the hour, a colon or a dash,
    /// then the update on the same line. An update written as a heading (its line ends without a sentence's end, and
    /// its paragraph with it) has its body below, as a marker alone on its line has.
    static func liveTime(in scalars: ScalarText, at start: Int, limit: Int) -> (minutes: Int, match: Match)? {
        guard let (minutes, timeEnd) = hour(in: scalars, at: start, limit: limit) else { return nil }
        var i = timeEnd
        while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" { i += 1 }
        guard i + 1 < limit, ":-–—".unicodeScalars.contains(scalars[i]), Scalars.isSpace(scalars[i + 1]) else { return nil }
        var body = i + 1
        while body < limit, scalars[body] == " " || scalars[body] == "\u{A0}" { body += 1 }
        guard body < limit, scalars[body] != "\n", Scalars.isLetter(scalars[body]) || Scalars.isDigit(scalars[body]) else { return nil }
        var lineEnd = body
        while lineEnd < limit, scalars[lineEnd] != "\n" { lineEnd += 1 }
        let trimmed = Scalars.trimmed(scalars, TextRange(body, lineEnd))
        let heading = lineEnd >= limit && trimmed.length > 0 && !".!?…»\"”)".unicodeScalars.contains(scalars[trimmed.end - 1])
        return (minutes, Match(marker: TextRange(start, timeEnd), bodyStart: heading ? limit : body))
    }

    /// Whether the hour opening a paragraph of `text` at `start` marks a live update, by what stands around it up to
    /// `liveReach` lines: the next line below opening with an hour is earlier, or an original story's label
    /// ("Article initial :", "Original story:") comes before any such line; and the nearest hour above is not earlier
    /// (a schedule runs forward: "14h : …", "17h : …" over "* * *" is no stack). Earlier is on a clock's face, by
    /// less than half a day: "0h30" under "23h30" is the next night's, a schedule running past midnight, not a stack.
    /// A bare rule ("* * *") is no label: a schedule may stand over it as well.
    /// - Complexity: O(`liveBytes`): a page of long lines or of many hours is not read to its end from each hour.
    static func isLiveUpdate(_ text: UTF8Text, at start: Int, minutes: Int) -> Bool {
        if let above = hourAbove(text, at: start), isEarlier(above, than: minutes) { return false }
        let limit = min(text.count, start + liveBytes)
        var lineStart = start
        var lines = 0
        while lineStart < limit, lines <= liveReach {
            var lineEnd = lineStart
            while lineEnd < limit, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            // A line the reach cuts is not read: its end, maybe inside a scalar, is not the line's.
            if lineEnd == limit, limit < text.count { break }
            if lineStart > start, lineEnd > lineStart {
                lines += 1
                let line = ScalarText(utf8: Array(text.bytes[lineStart..<lineEnd]))
                if let (later, _) = liveTime(in: line, at: 0, limit: line.count) { return isEarlier(later, than: minutes) }
                let trimmed = Scalars.trimmed(line, TextRange(0, line.count))
                if NoticeBoundary.isSeparator(line, trimmed) { return !NoticeBoundary.isRule(line, trimmed) }
            }
            lineStart = lineEnd + 1
        }
        return false
    }

    /// Whether `minutes` (after midnight) comes before `other` by less than half a day, across midnight too: 23h30
    /// before 0h30, not 0h30 before 23h30.
    static func isEarlier(_ minutes: Int, than other: Int) -> Bool {
        let gap = (other - minutes + 2 * 24 * 60) % (24 * 60)
        return gap > 0 && gap < 12 * 60
    }

    /// The hour opening the nearest line above `start` that opens with one (`liveTime`), within `liveReach` lines and
    /// `liveBytes` bytes; nil when none does.
    private static func hourAbove(_ text: UTF8Text, at start: Int) -> Int? {
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
                let line = ScalarText(utf8: Array(text.bytes[lineStart..<lineEnd]))
                if let (minutes, _) = liveTime(in: line, at: 0, limit: line.count) { return minutes }
            }
            lineEnd = lineStart - 1
        }
        return nil
    }

    /// How many lines below an hour `isLiveUpdate` reads for the next hour or a separator.
    static let liveReach = 12

    /// How many bytes below an hour `isLiveUpdate` reads at most: a dozen paragraphs of a live page.
    static let liveBytes = 6_000

    /// An hour of the day at `start` and where it ends, in minutes after midnight: "18h15", "9h", "22:03", "9.45",
    /// "4:10 p.m.", "10 am", "9.40pm" (`TimeOfDay`).
    static func hour(in scalars: ScalarText, at start: Int, limit: Int) -> (Int, Int)? {
        TimeOfDay.read(scalars, at: start, limit: limit).map { ($0.minutes, $0.end) }
    }

}
