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
    /// The lead-ins, each with a capital as it opens a line, and whether the hour after it must be closed by a colon
    /// (or stand alone on its line): "Point à 17 h avec le préfet, qui …" is a meeting's hour in a sentence, where
    /// "Point à 17 h :" labels a report; "As of 3:00PM traffic is …" runs on in the report's words. Matched with the
    /// case of letters after the first ignored ("AS OF 3:00 PM"), and a space, or a no-break space, after each word.
    static let leadIns: [(lead: String, colon: Bool)] = [
        ("As of", false), ("Point à", true), ("Point a", true), ("Le point à", true), ("Le point a", true),
        ("Nouveau point à", true),
    ]

    private static let leadInitials = Set(leadIns.compactMap { $0.lead.unicodeScalars.first })

    private static let leadInScalars: [(scalars: [Unicode.Scalar], colon: Bool)] = leadIns.map { (Array($0.lead.unicodeScalars), $0.colon) }

    /// Where the hour starts after a lead-in (`leadIns`) opening `scalars` at `start`, and whether that lead-in's hour
    /// needs a colon; nil when none opens it or no figure follows it.
    static func leadInEnd(_ scalars: ScalarText, at start: Int, limit: Int) -> (clock: Int, colon: Bool)? {
        // Most lines open with another letter: ruled out before any comparison of letters.
        guard start < limit, leadInitials.contains(scalars[start]) else { return nil }
        for (lead, colon) in leadInScalars {
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
            if matched, scalars[end] == " " || scalars[end] == "\u{A0}", Scalars.isDigit(scalars[end + 1]) { return (end + 1, colon) }
        }
        return nil
    }

    /// Whether the line of `text` at `start` may open with a lead-in (`leadIns`), by its first byte: the probe's test
    /// before it reads the line's scalars (`isLeadInEntry`). Most lines open with another letter.
    static func mayOpenWithLeadIn(_ text: UTF8Text, at start: Int, limit: Int) -> Bool {
        start < limit && text[start] < 0x80 && leadInitials.contains(Unicode.Scalar(text[start]))
    }

    /// The entry a lead-in's hour heads at `start` of `scalars` (its line from `start` to `limit`): after the hour, a
    /// colon or a comma maybe, then the report on the same line ("As of 3:00PM traffic is …", "As of 6 p.m., 1,150
    /// customers …"), or nothing, the report below ("Point à 21 h 15 :"). Nil when no lead-in opens the line, or the
    /// hour runs on into a sentence where the lead-in wants a colon ("Point à 17 h avec …").
    static func leadInTime(in scalars: ScalarText, at start: Int, limit: Int) -> (minutes: Int, match: Match)? {
        guard let (clock, needsColon) = leadInEnd(scalars, at: start, limit: limit),
              let (minutes, timeEnd) = hour(in: scalars, at: clock, limit: limit) else { return nil }
        var i = timeEnd
        while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" { i += 1 }
        var closed = false
        if i < limit, scalars[i] == ":" || (!needsColon && scalars[i] == ",") {
            closed = true
            i += 1
            while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" { i += 1 }
        }
        let marker = TextRange(start, timeEnd)
        // The lead-in and its hour alone on their line: the report is below.
        if i >= limit || scalars[i] == "\n" {
            while i < limit, Scalars.isSpace(scalars[i]) { i += 1 }
            return (minutes, Match(marker: marker, bodyStart: i))
        }
        guard closed || (!needsColon && i > timeEnd) else { return nil }
        // After its colon or comma the report may open with a figure ("As of 6 p.m., 1,150 customers …"); run on
        // with a space alone, with a word ("As of 3:00PM traffic …": "As of 3:00 2,000 homes" reads as a count).
        guard Scalars.isLetter(scalars[i]) || "«\"“".unicodeScalars.contains(scalars[i]) || (closed && Scalars.isDigit(scalars[i]))
        else { return nil }
        return (minutes, Match(marker: marker, bodyStart: i))
    }

    /// Whether paragraph `range` is a lead-in's hour alone on its line ("Point à 18 h 15 :"): at the foot of a stack,
    /// the first version's heading, which ends the entry above it as the first version's label does
    /// (`NoticeBoundary.isSeparator`).
    static func isLeadInHeading(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= 40,
              let entry = leadInTime(in: scalars, at: trimmed.start, limit: trimmed.end) else { return false }
        return entry.match.bodyStart >= trimmed.end
    }

    /// Whether a lead-in's hour opening the line of `text` at `start` heads an entry: a
    /// stack of its own kind shows it, newest first, under no other marker (`underOtherMarker`: "As of 10 a.m., …"
    /// inside an "10:42 A.M. UPDATE:" entry is that entry's text). Below it, the next lead-in gives an earlier hour:
    /// on the very next line for a report on its own line ("As of 5:00 pm, …" over "As of 4:30 pm, …"; prose between
    /// two such lines makes them a story's), past the report's paragraphs for a lead-in alone on its line ("Point à
    /// 21 h 15 :" over its paragraphs and "Point à 20 h 15 :"). Or, the oldest of the stack, a report on its own line
    /// right under a later one (after a label maybe: "Update: As of 4:30PM …"), over the first version's text. A
    /// lead-in alone on its line over the oldest report ("Point à 18 h 15 :") heads the first version, as the oldest
    /// hour of a live page's stack does.
    /// - Complexity: O(`liveBytes`), as `isLiveUpdate`.
    static func isLeadInEntry(_ text: UTF8Text, at start: Int) -> Bool {
        var end = start
        while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
        let line = ScalarText(utf8: Array(text.bytes[start..<end]))
        guard let (minutes, entry) = leadInTime(in: line, at: 0, limit: line.count), !underOtherMarker(text, at: start) else {
            return false
        }
        let heading = entry.bodyStart >= line.count
        // Each line below, nearest first: a lead-in's hour ends the search, as does any other hour or label; a line of
        // prose is read past only under a heading.
        let below = lineBelow(text, at: start) { bytes -> Int?? in
            let next = ScalarText(utf8: Array(text.bytes[bytes]))
            if let hour = leadInHour(next) { return .some(hour) }
            return heading && !opensWithOtherHour(next) ? nil : .some(nil)
        }
        if case .some(.some(let lower)) = below, isEarlier(lower, than: minutes) { return true }
        guard !heading else { return false }
        let above = lineAbove(text, at: start) { line -> Int?? in .some(leadInHour(line)) }
        guard case .some(.some(let upper)) = above else { return false }
        return isEarlier(minutes, than: upper)
    }

    /// The hour a lead-in gives at the start of `line`, or after a label opening it ("Update: As of 4:30PM …").
    private static func leadInHour(_ line: ScalarText) -> Int? {
        if let (minutes, _) = leadInTime(in: line, at: 0, limit: line.count) { return minutes }
        if let label = plainMatch(in: line, at: 0, limit: line.count, emphasized: false), label.bodyStart < line.count,
           let (minutes, _) = leadInTime(in: line, at: label.bodyStart, limit: line.count) {
            return minutes
        }
        return nil
    }

    /// Whether `line` opens with an hour or a label of another kind than a lead-in's: a live hour, an hour's label, an
    /// update's label.
    private static func opensWithOtherHour(_ line: ScalarText) -> Bool {
        guard leadInHour(line) == nil else { return false }
        return liveTime(in: line, at: 0, limit: line.count) != nil || hourLabel(in: line, at: 0, limit: line.count) != nil
            || plainMatch(in: line, at: 0, limit: line.count, emphasized: false) != nil
    }

    /// Whether a line above `start`, within `liveReach` lines and `liveBytes` bytes, opens with another kind of hour or
    /// label (`opensWithOtherHour`): the lead-in is then that entry's text, or a log's of another kind.
    private static func underOtherMarker(_ text: UTF8Text, at start: Int) -> Bool {
        lineAbove(text, at: start) { opensWithOtherHour($0) ? true : nil } ?? false
    }
}
