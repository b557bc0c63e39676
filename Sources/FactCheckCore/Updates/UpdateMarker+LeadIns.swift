/// A situation report's hour given after a lead-in: "As of 3:00PM traffic is still backed up …", "As of 5:00 pm,
/// everyone's power should be back on.", "Point à 21 h 15 :" over its paragraphs, "Le point à 19 h".
///
/// A utility, a road authority or a prefecture keeps such reports stacked newest first above the first version, as a
/// live page stacks its hours (`isLiveUpdate`), but the hour does not open the line, so the live hours' readers,
/// which look for a figure at a line's start, passed them by. The lead-in is part of the marker.
///
/// "As of 10 a.m., the estimated opening time is unknown." runs in reports of every kind, inside an update's text
/// too, under "10:42 A.M. UPDATE:": the lead-in heads an entry only in a stack of its own kind (`isLeadInEntry`).
extension UpdateMarker {
    /// The lead-ins, each with a capital as it opens a line. Matched with the case of letters after the first
    /// ignored ("AS OF 3:00 PM"), and a space, or a no-break space, after each word.
    static let leadIns = ["As of", "Point à", "Point a", "Le point à", "Le point a", "Nouveau point à"]

    private static let leadInScalars: [[Unicode.Scalar]] = leadIns.map { Array($0.unicodeScalars) }

    /// Where the hour starts after a lead-in (`leadIns`) opening `scalars` at `start`; nil when none opens it or no
    /// figure follows it.
    static func leadInEnd(_ scalars: ScalarText, at start: Int, limit: Int) -> Int? {
        for lead in leadInScalars {
            let end = start + lead.count
            guard end + 1 < limit else { continue }
            var matched = scalars[start] == lead[0]
            var k = 1
            while matched, k < lead.count {
                let found = scalars[start + k]
                matched = lead[k] == " " ? (found == " " || found == "\u{A0}")
                    : Character(found).lowercased() == Character(lead[k]).lowercased()
                k += 1
            }
            if matched, scalars[end] == " " || scalars[end] == "\u{A0}", Scalars.isDigit(scalars[end + 1]) { return end + 1 }
        }
        return nil
    }

    /// Whether the line of `text` at `start` opens with a lead-in (`leadIns`), by its first bytes: the probe's test
    /// before it reads the line's scalars.
    static func opensWithLeadIn(_ text: UTF8Text, at start: Int, limit: Int) -> Bool {
        guard start < limit else { return false }
        let first = text[start]
        guard first == UInt8(ascii: "A") || first == UInt8(ascii: "P") || first == UInt8(ascii: "L")
                || first == UInt8(ascii: "N") else { return false }
        let line = leadInOpening(text, at: start)
        return leadInEnd(line, at: 0, limit: line.count) != nil
    }

    /// The entry a lead-in's hour heads at `start` of `scalars` (its line from `start` to `limit`): after the hour, a
    /// colon or a comma maybe, then the report on the same line ("As of 3:00PM traffic is …", "As of 5:00 pm,
    /// everyone's power …"), or nothing, the report below ("Point à 21 h 15 :"). Nil when no lead-in opens the line.
    static func leadInTime(in scalars: ScalarText, at start: Int, limit: Int) -> (minutes: Int, match: Match)? {
        guard let clock = leadInEnd(scalars, at: start, limit: limit),
              let (minutes, timeEnd) = hour(in: scalars, at: clock, limit: limit) else { return nil }
        var i = timeEnd
        while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" { i += 1 }
        // A figure running on is no hour's end ("As of 3:00 2,000 homes …" reads as a count).
        if i < limit, Scalars.isDigit(scalars[i]) { return nil }
        if i < limit, scalars[i] == ":" || scalars[i] == "," {
            i += 1
            while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" { i += 1 }
        } else if i == timeEnd, i < limit, scalars[i] != "\n" {
            return nil
        }
        let marker = TextRange(start, timeEnd)
        // The lead-in and its hour alone on their line: the report is below.
        if i >= limit || scalars[i] == "\n" {
            while i < limit, Scalars.isSpace(scalars[i]) { i += 1 }
            return (minutes, Match(marker: marker, bodyStart: i))
        }
        guard Scalars.isLetter(scalars[i]) || "«\"“".unicodeScalars.contains(scalars[i]) else { return nil }
        return (minutes, Match(marker: marker, bodyStart: i))
    }

    /// Whether the lead-in's hour opening the line of `text` at `start` (`minutes` after midnight) heads an entry: a
    /// stack of its own kind shows it, newest first. The nearest line below that gives an hour gives an earlier one
    /// after a lead-in; or, the oldest of the stack, the nearest above gives a later one after a lead-in (after a
    /// label maybe: "Update: As of 4:30PM …") and the entry tells its report on its own line ("As of 1:30PM one lane
    /// is open …" over the first version's text). A lead-in alone on its line over the oldest report ("Point à 18 h
    /// 15 :") heads the first version, as the oldest hour of a live page's stack does.
    /// - Complexity: O(`liveBytes`), as `isLiveUpdate`.
    static func isLeadInEntry(_ text: UTF8Text, at start: Int, minutes: Int) -> Bool {
        let below = lineBelow(text, at: start) { nearestHour(ScalarText(utf8: Array(text.bytes[$0]))) }
        if case .some(.some(let lower)) = below, isEarlier(lower, than: minutes) {
            return true
        }
        var end = start
        while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
        let line = ScalarText(utf8: Array(text.bytes[start..<end]))
        guard let entry = leadInTime(in: line, at: 0, limit: line.count), entry.match.bodyStart < line.count,
              line[entry.match.bodyStart - 1] != "\n" else { return false }
        let above = lineAbove(text, at: start) { nearestHour($0) }
        guard case .some(.some(let upper)) = above else { return false }
        return isEarlier(minutes, than: upper)
    }

    /// What a line (not blank) gives `isLeadInEntry`: nil when it gives no hour (read past), `.some(nil)`
    /// when it opens with an hour of another kind (the stack ends), and the hour when a lead-in gives it, at the
    /// line's start or after a label ("Update: As of 4:30PM …").
    private static func nearestHour(_ line: ScalarText) -> Int?? {
        if let (minutes, _) = leadInTime(in: line, at: 0, limit: line.count) { return .some(minutes) }
        if let label = plainMatch(in: line, at: 0, limit: line.count, emphasized: false), label.bodyStart < line.count,
           let (minutes, _) = leadInTime(in: line, at: label.bodyStart, limit: line.count) {
            return .some(minutes)
        }
        if liveTime(in: line, at: 0, limit: line.count) != nil || hourLabel(in: line, at: 0, limit: line.count) != nil {
            return .some(nil)
        }
        return nil
    }

    /// The first scalars of the line at `start`, enough for the longest lead-in and an hour; cut on a scalar's end.
    private static func leadInOpening(_ text: UTF8Text, at start: Int) -> ScalarText {
        var end = start
        while end < text.count, end < start + 32, text[end] != UInt8(ascii: "\n") { end += text.scalar(at: end).width }
        return ScalarText(utf8: Array(text.bytes[start..<min(end, text.count)]))
    }
}
