/// Recognises the marker that opens an update notice: "MISE A JOUR :", "Mise à jour (14 h 30) :", "MàJ :",
/// "Rectificatif :", "Update:", "UPDATE (3/12):", "Update.", "Updated at 10:30 am:", "Editor's note:", "EDIT:".
///
/// A marker is a marker word, then only date or time qualifiers, then a colon, a full stop, a dash or two spaces.
/// That keeps prose that merely mentions updating ("Update your browser", "Correction of the figures…") out. A
/// marker may stand in brackets ("[MAJ à 17h] …", "[Update]", or with its notice: "[UPDATE: Or Not]"), and a note in parentheses that opens
/// with a marker or a wire service's revision word is a notice ("(Actualisé avec déclarations…)", "(Updates with
/// …)"). A marker followed by nothing but a date ("Updated: 2012-11-27 04:03") is a time stamp, not a notice.
///
/// Labels closed otherwise, as other pages write them (docs/notice-marker-survey.md): a dash that sets off the date
/// ("UPDATE — Tuesday, 10:30 a.m.: …"), a parenthesis holding a time ("UPDATE (4:15 p.m.) The …"), the emphasis
/// around the label ("**Update** The …"), or the end of its line when the label is in capitals, counted or
/// emphasized, or a time of day ("UPDATE", "Update 3", "**Update**", "Update @ 2:45 p.m." above the body). A software version is not a count: "Update 2.1:".
///
/// An edit labelled by its purpose is a notice too: a participle, a date, then what the edit was for ("Edited 3/12/21
/// to add: …", "[Updated to include …]", "Modifié le 4 mars pour préciser …"). A marker may follow a page's date
/// stamp whose line break was lost ("date 2021-01 Mise à jour 17:52 : …").
public enum UpdateMarker {
    /// Where a marker was found.
    public struct Match: Equatable, Sendable {
        /// The marker as written, without its terminator (e.g. "MISE A JOUR", "Mise à jour du 3 mars").
        public var marker: TextRange
        /// Where the notice's own text starts (after the terminator and spaces).
        public var bodyStart: Int
        /// Where the notice ends when its marker closes it (a parenthesised note, "(Actualisé avec …)"); nil when
        /// the notice runs on.
        public var end: Int? = nil
    }


    /// Where markers start inside `scalars[range]` other than at its very start: after a sentence's end, with
    /// or without a space ("…prochains mois.MISE A JOUR : …"), and only with a capital first letter, so that
    /// prose ("…il faut une mise à jour : …") is left alone.
    /// - Complexity: O(n); the full match runs only after a terminal punctuation and a capital.
    public static func inlineMarkers(in scalars: ScalarText, range: TextRange) -> [Int] {
        var starts: [Int] = []
        var i = range.start
        // "date 2021-01 Mise à jour 17:52 : …": a page's date stamp, its line break lost, then a marker.
        // The stamp's line was a paragraph of its own, so a sentence that is a notice by itself counts after it too
        // ("date 2019-05-28 This is an update of a story published at 10:48 a.m.").
        if let marker = markerAfterStamp(in: scalars, range: range), let found = match(in: scalars, at: marker, limit: range.end) {
            starts.append(marker)
            i = found.bodyStart
        }
        while i < range.end {
            let s = scalars[i]
            i += 1
            // After a sentence's end, or after a dash that closes a dateline ("CAPE ELIZABETH, Maine — Update …").
            let isDash = (s == "—" || s == "–") && i < range.end && Scalars.isSpace(scalars[i])
            // A marker in square brackets stands out wherever it is ("date 2020-05 [Mise à jour] Sony …").
            // Written as a label: a capital inside, a capital or a digit after ("[edit] tags" is prose).
            if s == "[", i - 1 > range.start, Scalars.isSpace(scalars[i - 2]), i < range.end, Scalars.isUpper(scalars[i]),
               let found = bracketed(in: scalars, at: i - 1, limit: range.end), found.bodyStart < range.end,
               !Scalars.isLower(scalars[found.bodyStart]) {
                starts.append(i - 1)
                i = found.bodyStart
                continue
            }
            // "… rouvrira en juin (Rectificatif : il rouvrira en juillet)": a correction's note in parentheses that
            // closes the paragraph inside its last sentence, its label closed by a colon. Only a correction's label: an
            // update there ("… online at night (Update: still unchanged this morning).") is the sentence's aside.
            if s == "(", i - 1 > range.start, Scalars.isSpace(scalars[i - 2]), i < range.end, Scalars.isUpper(scalars[i]),
               closesParagraph(scalars, range: range, opening: i - 1),
               let found = match(in: scalars, at: i - 1, limit: range.end, atParagraphStart: false), found.bodyStart < range.end,
               labelClosedByColon(scalars, found), NoticeBoundary.isCorrectionLabel(scalars, TextRange(i, found.marker.end)),
               tellsNews(scalars, from: found.bodyStart, to: range.end) {
                starts.append(i - 1)
                i = found.bodyStart
                continue
            }
            guard s == "." || s == "!" || s == "?" || s == "…" || isDash || closesDateline(scalars, range: range, hyphen: i - 1) else { continue }
            var j = i
            var quoted = false
            while j < range.end, "»\"”)".unicodeScalars.contains(scalars[j]) || Scalars.isSpace(scalars[j]) {
                // A straight quotation mark after a space opens a quotation: a marker in it is the quoted party's
                // ('… on its account. "Update: Play has been abandoned …," the board wrote.').
                if scalars[j] == "\"", Scalars.isSpace(scalars[j - 1]) { quoted = true }
                j += 1
            }
            if quoted { continue }
            // "… d'EDF. (Article mis à jour à 14h30)": a stamp of the piece's change closing the paragraph.
            if j < range.end, closingStamp(in: scalars, at: j, limit: range.end) != nil {
                starts.append(j)
                break
            }
            // "… for business. (Update: Clementine is now open.)": a note in parentheses after the paragraph's last
            // sentence, closing it; one inside a paragraph, the report going on after it, is the report's aside.
            if j < range.end, scalars[j] == "(", closesParagraph(scalars, range: range, opening: j),
               j + 1 < range.end, Scalars.isUpper(scalars[j + 1]),
               let found = match(in: scalars, at: j, limit: range.end, atParagraphStart: false), found.bodyStart < range.end,
               labelClosedByColon(scalars, found), tellsNews(scalars, from: found.bodyStart, to: range.end) {
                starts.append(j)
                i = found.bodyStart
                continue
            }
            // "*UPDATE*- …": the label's emphasis opens before its first letter.
            var letter = j
            while letter < range.end, letter < j + 2, scalars[letter] == "*" || scalars[letter] == "_" { letter += 1 }
            guard letter < range.end, Scalars.isUpper(scalars[letter]), initials.contains(Scalars.folded([scalars[letter]])) else { continue }
            if let found = match(in: scalars, at: j, limit: range.end, atParagraphStart: false) {
                starts.append(hourOpeningLine(in: scalars, before: j, from: range.start) ?? j)
                i = found.bodyStart
            }
        }
        return starts
    }

    /// The start of the line holding `marker` when all that stands before the marker on it is an hour ("7 p.m.
    /// Update:", the full stop of "p.m." read as a sentence's end): the hour dates the label and belongs to the notice.
    /// Nil otherwise.
    static func hourOpeningLine(in scalars: ScalarText, before marker: Int, from start: Int) -> Int? {
        var line = marker
        while line > start, scalars[line - 1] != "\n" { line -= 1 }
        guard line < marker, let (_, end) = hour(in: scalars, at: line, limit: marker) else { return nil }
        return (end..<marker).allSatisfy({ Scalars.isSpace(scalars[$0]) }) ? line : nil
    }

    /// Whether the note from `start` to `end` tells something: at least `noteWords` words of letters, as a sentence
    /// does. A date or a time ("(Updated: 3/15/2024)", "(Update: 10:45 a.m.)") stamps the paragraph, and a pointer
    /// ("(Edit: see below)") sends elsewhere.
    static func tellsNews(_ scalars: ScalarText, from start: Int, to end: Int) -> Bool {
        var words = 0
        var i = start
        while i < end, words < noteWords {
            guard Scalars.isLetter(scalars[i]) else { i += 1; continue }
            var letters = 0
            while i < end, Scalars.isLetter(scalars[i]) { letters += 1; i += 1 }
            if letters >= 2 { words += 1 }
        }
        return words >= noteWords
    }

    /// The fewest words of letters a note in parentheses holds (`tellsNews`).
    static let noteWords = 3

    /// Whether the bracket opening at `start` closes before its line ends.
    static func closesOnLine(_ scalars: ScalarText, at start: Int, limit: Int) -> Bool {
        let open = scalars[start]
        let close: Unicode.Scalar = open == "(" ? ")" : "]"
        // Brackets nested in it close in pairs ("(Update (01-13-17 10:59 p.m.) — …" stays open).
        var depth = 1
        var i = start + 1
        while i < limit, scalars[i] != "\n" {
            if scalars[i] == open { depth += 1 }
            if scalars[i] == close {
                depth -= 1
                if depth == 0 { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether a colon closes the label of `found` ("(Update: …)"): a participle and a date in parentheses
    /// ("(Updated 11/15)") stamp a line of a list, with no note after them.
    static func labelClosedByColon(_ scalars: ScalarText, _ found: Match, orDash: Bool = false) -> Bool {
        // A note that is its own text ("(This story has been updated to add …)") starts its body inside its marker.
        guard found.marker.end < found.bodyStart else { return false }
        // With `orDash`, a dash closes it as well after a label dated or timed ("(Update (01-13-17 10:59 p.m.) — The
        // boy has been found."), not after a bare one ("(Editor's note — …", "(Mise à jour (logiciel) — …": asides).
        let dated = orDash && (found.marker.start..<found.marker.end).contains { Scalars.isDigit(scalars[$0]) }
        return (found.marker.end..<found.bodyStart).contains { scalars[$0] == ":" || (dated && (scalars[$0] == "—" || scalars[$0] == "–")) }
    }

    /// Whether the parenthesis opening at `opening` closes at the end of `range`, a full stop or a colon after it
    /// at most ("… (Update: the score is 75-65.)", "(Update: still unchanged as of 7:30 a.m.):"), the parentheses
    /// between it and that end nested in pairs.
    static func closesParagraph(_ scalars: ScalarText, range: TextRange, opening: Int) -> Bool {
        var end = range.end
        while end > opening, Scalars.isSpace(scalars[end - 1]) || scalars[end - 1] == ":" || scalars[end - 1] == "." { end -= 1 }
        guard end > opening + 1, scalars[end - 1] == ")" else { return false }
        // The last parenthesis closes this one: those between are nested pairs ("(Update: … Rita Hale (a Republican) …)").
        var depth = 0
        for i in (opening + 1)..<(end - 1) {
            if scalars[i] == "(" { depth += 1 }
            if scalars[i] == ")" { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    /// Whether the hyphen at `hyphen` closes the dateline that opens `range`, typed as many stations' pages type it
    /// ("MANCHAC, LA.- *UPDATE*- All lanes …", "CHICOPEE - …", "BATON ROUGE, La. (WAFB) - …"): a place whose first word
    /// is in capitals, then only a state, an agency or a station, no sentence's end, within `datelineLength` scalars;
    /// a space after the hyphen. A hyphen later in a paragraph joins words or sets off a clause: no marker follows it.
    static func closesDateline(_ scalars: ScalarText, range: TextRange, hyphen: Int) -> Bool {
        guard scalars[hyphen] == "-", hyphen + 1 < range.end, Scalars.isSpace(scalars[hyphen + 1]),
              hyphen - range.start <= datelineLength, hyphen - range.start >= 2 else { return false }
        var i = range.start
        while i < hyphen, Scalars.isUpper(scalars[i]) { i += 1 }
        guard i - range.start >= 2, i == hyphen || !Scalars.isLetter(scalars[i]) else { return false }
        return !scalars[range.start..<hyphen].contains { $0 == "!" || $0 == "?" || $0 == ":" || Scalars.isDigit($0) }
            && !endsSentence(scalars, from: range.start, to: hyphen)
    }

    /// Whether a full stop between `from` and `to` ends a sentence rather than an abbreviation ("LA.", "N.Y."): a word
    /// of more than three letters before it, or a word in lower case after it.
    private static func endsSentence(_ scalars: ScalarText, from: Int, to: Int) -> Bool {
        var i = from
        while i < to {
            if scalars[i] == "." {
                var start = i
                while start > from, Scalars.isLetter(scalars[start - 1]) { start -= 1 }
                var next = i + 1
                while next < to, Scalars.isSpace(scalars[next]) { next += 1 }
                // A state's abbreviation closes the place ("TULSA, Okla. - …", "SACRAMENTO, Calif. (KCRA) - …").
                let closesPlace = Scalars.isUpper(scalars[start]) && i - start <= 5 && (next >= to || scalars[next] == "(")
                if i - start > 3, !closesPlace { return true }
                if next < to, Scalars.isLower(scalars[next]) { return true }
            }
            i += 1
        }
        return false
    }

    /// The longest dateline `closesDateline` reads before its hyphen.
    static let datelineLength = 40

    /// Whether `scalars[range]` is a marker and nothing else, not even its terminator ("Mise à jour 2" ending an
    /// excerpt): a notice cut off before its text, neither a notice (never an empty one) nor a claim.
    public static func isBare(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= 60 else { return false }
        let line = ScalarText(scalars.string(trimmed) + ":")
        guard let found = plainMatch(in: line, at: 0, limit: line.count) else { return false }
        return found.bodyStart >= line.count
    }

    /// Whether `scalars[range]` holds a marker and nothing after it (`isBare`, or a marker and its terminator alone:
    /// "MISE A JOUR :" over another marker, whose body it does not take): a paragraph that is no notice and drops no
    /// claim either.
    public static func holdsOnlyAMarker(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0 else { return true }
        if isBare(scalars, trimmed) { return true }
        guard let found = match(in: scalars, at: trimmed.start, limit: trimmed.end) else { return false }
        return found.bodyStart >= trimmed.end
    }

    /// First letters of the marker words, folded.
    static let initials = Set((words + weakWords).compactMap { $0.first.map(String.init) })

    /// The marker starting at `start` (scanning no further than `limit`), or nil. A sentence that is a notice by
    /// itself ("This article has been updated…", `phrases`) counts only at the start of a paragraph; a stamp of the
    /// piece's change glued after the report's last sentence (`closingStamp`) only there.
    public static func match(in scalars: ScalarText, at start: Int, limit: Int, atParagraphStart: Bool = true) -> Match? {
        guard start < limit else { return nil }
        if let stamp = closingStamp(in: scalars, at: start, limit: limit) { return stamp }
        if scalars[start] == "(" || scalars[start] == "[" {
            if let found = bracketed(in: scalars, at: start, limit: limit) { return found }
            // A bracket that the note's paragraph does not close ("[Updated, Oct. 18, 2:25 p.m.: Profit increased …",
            // running over paragraphs): the label and its colon inside it, as at a paragraph's start.
            guard atParagraphStart, !closesOnLine(scalars, at: start, limit: limit),
                  let found = plainMatch(in: scalars, at: start + 1, limit: limit, emphasized: false),
                  labelClosedByColon(scalars, found, orDash: true),
                  !isTimeStamp(scalars, from: found.bodyStart, limit: limit), tellsNews(scalars, from: found.bodyStart, to: limit)
            else { return nil }
            return Match(marker: TextRange(start, found.marker.end), bodyStart: found.bodyStart)
        }
        // "*UPDATE*:", "**Update:**", "_Update:_", "*** UPDATE ***": emphasis around the marker.
        let wordStart = afterEmphasis(from: start, limit: limit) { scalars[$0] }
        guard var found = plainMatch(in: scalars, at: wordStart, limit: limit, emphasized: wordStart > start) else {
            guard atParagraphStart else { return nil }
            // A live update's hour ("18h15 : …") is taken only where `UpdateMarkerProbe` saw the page show it is one.
            return phraseMatch(in: scalars, at: wordStart, limit: limit) ?? purposeMatch(in: scalars, at: wordStart, limit: limit)
                ?? hourLabel(in: scalars, at: start, limit: limit) ?? liveTime(in: scalars, at: start, limit: limit)?.match ?? timeAlone(in: scalars, at: start, limit: limit)?.match
                ?? liveStamp(in: scalars, at: start, limit: limit)?.match ?? leadInTime(in: scalars, at: start, limit: limit)?.match
        }
        found.marker = TextRange(start, found.marker.end)
        // "— SC Dept. Corrections (@SCDCNews) July 23, 2018": a party's name in a post's signature.
        if namesHandle(scalars, found.marker, limit: limit) { return nil }
        // "Update Two: Deep Currents": a count spelled out over a title, a game's or a book's part, not an update.
        if isSpelledCountHeading(scalars, found, limit: limit) { return nil }
        if let timed = timedLabel(in: scalars, found, limit: limit) {
            return isScheduleEntry(scalars, found, timed, limit: limit) ? nil : timed
        }
        return isTimeStamp(scalars, from: found.bodyStart, limit: limit) || asksAsTitle(scalars, from: found.bodyStart, limit: limit)
            ? nil : found
    }

    /// Whether `marker`'s label is the party's name in an embedded post's signature ("— SC Dept. Corrections
    /// (@SCDCNews) July 23, 2018", `NoticeBoundary.endsWithPostSignature`): the account's handle in parentheses follows
    /// the label on its line, within its qualifiers. A label is no name.
    static func namesHandle(_ scalars: ScalarText, _ marker: TextRange, limit: Int) -> Bool {
        var i = marker.start
        while i + 1 < limit, i <= marker.end + 1, scalars[i] != "\n" {
            if scalars[i] == "(", scalars[i + 1] == "@" { return true }
            i += 1
        }
        return false
    }

    /// Words that open a question a how-to's heading asks ("Mises à jour : pourquoi et quand les effectuer ?",
    /// "Updates: how do they work?"), folded.
    static let questionOpenings: Set<String> = [
        "pourquoi", "comment", "quand", "quel", "quelle", "quels", "quelles", "faut-il", "why", "how", "when", "what",
        "which", "should", "is", "are", "do", "does", "can", "will", "est-ce", "peut-on", "dois-je", "doit-on",
    ]

    /// `questionOpenings` as ASCII scalar values, for a comparison in place.
    private static let questionOpeningValues: [[UInt32]] = questionOpenings.map { $0.unicodeScalars.map(\.value) }

    /// Which ASCII values open a word of `questionOpenings`, by value: most bodies are ruled out on their first scalar.
    private static let questionInitials: [Bool] = (0..<128).map { value in questionOpeningValues.contains { $0.first == UInt32(value) } }

    /// Whether the line from `start` is one short question opening with a word of `questionOpenings`: a heading of
    /// a piece about updates or corrections, not a notice, which tells rather than asks.
    /// - Complexity: O(1) unless the line opens with a question word (compared in place, in ASCII: every question word
    ///   is), then O(the line), 120 scalars at most.
    static func asksAsTitle(_ scalars: ScalarText, from start: Int, limit: Int) -> Bool {
        let lower: (Int) -> UInt32 = { let value = scalars[$0].value; return value >= 0x41 && value <= 0x5A ? value + 0x20 : value }
        guard start < limit, lower(start) < 128, questionInitials[Int(lower(start))] else { return false }
        let opens = questionOpeningValues.contains { word in
            guard start + word.count <= limit, word.indices.allSatisfy({ lower(start + $0) == word[$0] }) else { return false }
            let next = start + word.count
            return next == limit || !(Scalars.isLetter(scalars[next]) || scalars[next] == "-")
        }
        guard opens else { return false }
        var end = start
        while end < limit, end < start + 120, scalars[end] != "\n" { end += 1 }
        guard end < limit ? scalars[end] == "\n" : true else { return false }
        var last = end - 1
        while last > start, Scalars.isSpace(scalars[last]) { last -= 1 }
        return last > start && scalars[last] == "?"
    }

    /// Where a label's word starts after the emphasis opening it ("*UPDATE*", "**Update:**", "_Update:_", "*** UPDATE
    /// ***", "** Update 9:30**"): up to three asterisks or underscores, then the space that follows two or three (one
    /// and a space open a list's item). `unit` reads the text at an
    /// offset; `UpdateMarkerProbe` asks the same of bytes.
    static func afterEmphasis(from start: Int, limit: Int, _ unit: (Int) -> Unicode.Scalar) -> Int {
        var i = start
        while i < limit, i < start + 3, unit(i) == "*" || unit(i) == "_" { i += 1 }
        if i - start >= 2, i < limit, unit(i) == " " { i += 1 }
        return i
    }

    /// A label given its hour before it ("5:10 a.m. update: One lane is open again", "8:45 a.m. Update - …", "18h30
    /// mise à jour : …"): the hour, then a marker word (not a weak one: "9 a.m. note:" is a schedule's) and its
    /// terminator. The hour says when the update was written, as it does after the label ("Update 5:10 a.m.: …").
    static func hourLabel(in scalars: ScalarText, at start: Int, limit: Int) -> Match? {
        guard start < limit, Scalars.isDigit(scalars[start]), let (_, end) = hour(in: scalars, at: start, limit: limit) else { return nil }
        var label = end
        while label < limit, scalars[label] == " " || scalars[label] == "\u{A0}" { label += 1 }
        guard label > end, label < limit else { return nil }
        guard let found = plainMatch(in: scalars, at: label, limit: limit) else {
            return labelAlone(in: scalars, from: start, label: label, limit: limit)
        }
        guard !weakWords.contains(where: { Scalars.folded(scalars[label..<found.marker.end]).hasPrefix($0) }) else { return nil }
        guard found.bodyStart < limit else { return labelAlone(in: scalars, from: start, label: label, limit: limit) }
        return Match(marker: TextRange(start, found.marker.end), bodyStart: found.bodyStart)
    }

    /// The nouns an hour dates as a label by themselves ("5 p.m. update", "[18h30 mise à jour]"), folded.
    static let hourNouns: Set<String> = ["update", "mise a jour", "maj"]

    /// "5 p.m. update" alone on its line, its colon after it or not ("7 p.m. Update:"), its body below: the hour and
    /// the noun "update" or "mise à jour", nothing else on the line (the hour dates the label, as a capital or a count
    /// would).
    private static func labelAlone(in scalars: ScalarText, from start: Int, label: Int, limit: Int) -> Match? {
        var lineEnd = label
        while lineEnd < limit, scalars[lineEnd] != "\n" { lineEnd += 1 }
        var end = lineEnd
        while end > label, Scalars.isSpace(scalars[end - 1]) { end -= 1 }
        if end > label, scalars[end - 1] == ":" { end -= 1 }
        while end > label, Scalars.isSpace(scalars[end - 1]) { end -= 1 }
        guard hourNouns.contains(Scalars.folded(scalars[label..<end])) else { return nil }
        return Match(marker: TextRange(start, end), bodyStart: min(lineEnd + 1, limit))
    }

    /// A label in capitals given its hour, and a date maybe, alone on its line ("UPDATE: 3:55 p.m.", "UPDATE: 9/24/13
    /// 3:00 PM ET"), as a live page sets each entry over its body: a marker alone, the body below. The bare noun
    /// "Update" in lower case too when it is given an hour and no date ("Update: 10:26 a.m.", "Update: 5:20 p.m.
    /// Thursday"): a log's entry. Not a participle ("Updated: 5:20 p.m."), nor a label that says which update it is
    /// ("Dernière mise à jour : 11 h 15", "Last update: 10 a.m.", a byline's stamp), nor "Mise à jour : 11 h 15", which
    /// French pages set in a byline as well, nor a label in lower case followed by a date ("Updated: 2012-11-27
    /// 04:03", "Update: March 3, 2021"): a stamp, unless another such label stands near it, a stack of dated entries.
    private static func timedLabel(in scalars: ScalarText, _ found: Match, limit: Int) -> Match? {
        let label = scalars[found.marker.start..<found.marker.end].filter(Scalars.isLetter)
        let capitals = label.count > 1 && label.allSatisfy(Scalars.isUpper)
        guard capitals || Scalars.folded(label) == "update", found.bodyStart < limit else { return nil }
        var lineEnd = found.bodyStart
        while lineEnd < limit, lineEnd < found.bodyStart + 60, scalars[lineEnd] != "\n" { lineEnd += 1 }
        guard lineEnd == limit || scalars[lineEnd] == "\n" else { return nil }
        let time = Scalars.trimmed(scalars, TextRange(found.bodyStart, lineEnd))
        let line = Scalars.folded(scalars[time.start..<time.end]).unicodeScalars.map { $0 }
        guard time.length > 0, line.count == time.length, scanQualifiers(line + [":"], from: 0)?.1 == line.count + 1,
              let given = entryTime(scalars, marker: time, limit: limit) else { return nil }
        if !capitals {
            let words = String(String.UnicodeScalarView(line)).split { !$0.isLetter }.map(String.init)
            // A date with its hour is an entry's only in a stack of such labels, each over its text ("Update: Monday,
            // April 8, 10:40 a.m." over "Update: Monday, April 8, 9:00 a.m.", `isStackedEntryLabel`): a byline stamps
            // one. Dated so, in either order, the entries are a log's, not a schedule's.
            if !given.date.isEmpty || words.contains(where: DateLine.monthNames.contains) {
                guard !underByline(scalars, found.marker.start), isStackedEntryLabel(scalars, at: found.marker.start, time: given)
                else { return nil }
            }
        }
        return Match(marker: TextRange(found.marker.start, time.end), bodyStart: min(lineEnd + 1, limit))
    }

    /// Whether the nearest line of text above the line at `start` is a byline (`Byline.isByline`: "By Rachel Moreno",
    /// "Par la rédaction"): a stamp under it is the byline's, whatever stands further down.
    private static func underByline(_ scalars: ScalarText, _ start: Int) -> Bool {
        var end = start
        while end > 0, scalars[end - 1] != "\n" { end -= 1 }
        // The line above, past blank lines.
        while end > 0, Scalars.isSpace(scalars[end - 1]) || scalars[end - 1] == "\n" { end -= 1 }
        var lineStart = end
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        guard end > lineStart else { return false }
        let bytes = scalars.byteRange(TextRange(lineStart, end))
        return scalars.utf8.withUnsafeBufferPointer { Byline.isByline(UTF8Text($0), bytes) }
    }

    /// Whether a lower-case timed label (`timedLabel`: "Update: 10:30 a.m.") is a schedule's entry, not a log's: a
    /// log stacks its entries newest first, a schedule runs forward ("Update: 10:30 a.m." over "Update: 2 p.m."), as
    /// the live hours' do (`isLiveUpdate`), unless the page announces a live above it (a log may run forward too).
    private static func isScheduleEntry(_ scalars: ScalarText, _ found: Match, _ timed: Match, limit: Int) -> Bool {
        let label = scalars[found.marker.start..<found.marker.end].filter(Scalars.isLetter)
        // (A dated label is a log's in either order: `timedLabel` took it only in a stack of entries.)
        guard !(label.count > 1 && label.allSatisfy(Scalars.isUpper)),
              let given = entryTime(scalars, marker: TextRange(found.bodyStart, timed.marker.end), limit: limit), given.date.isEmpty
        else { return false }
        let (above, below) = neighbouringUpdateTimes(scalars, around: found.marker.start)
        let forward = below.map { !isOlderEntry($0, than: given) } ?? false || above.map { isOlderEntry($0, than: given) } ?? false
        return forward && !announcesLive(scalars, before: found.marker.start) && !tellsWhatHappened(scalars, below: timed.marker.end)
    }

    /// Whether the first line of text below the label ending at `marker` tells what has happened, as a log kept oldest
    /// first does under each hour ("All hand-counted ballots have been entered.", "Public comment had ended."): an
    /// auxiliary of the perfect or of the past (`happenedAuxiliaries`), or a verb in the simple past after its subject,
    /// in its main clause, among its first `happenedReach` words, before any comma or relative pronoun. A schedule
    /// tells what comes ("The union votes on the offer."), a past only in a clause of its own ("The relay, which was
    /// postponed from Friday, opens the day.").
    /// (The label may be read as a paragraph of its own: the line is read past the paragraph's end.)
    private static func tellsWhatHappened(_ scalars: ScalarText, below marker: Int) -> Bool {
        var start = marker
        while start < scalars.count, scalars[start] != "\n" { start += 1 }
        while start < scalars.count, Scalars.isSpace(scalars[start]) || scalars[start] == "\n" { start += 1 }
        var end = start
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        guard start < end else { return false }
        let words = Scalars.folded(scalars[start..<end]).split(separator: " ").prefix(happenedReach)
        let list = Array(words)
        for (i, word) in list.enumerated() {
            if word.hasSuffix(",") || relativePronouns.contains(String(word)) { return false }
            let next = i + 1 < list.count ? String(list[i + 1]) : ""
            // An auxiliary, not "has" owning something ("Each speller has two minutes").
            if happenedAuxiliaries.contains(String(word)) { return !possessed(next) }
            // A verb in the simple past after its subject ("Police closed Division Street", "The man walked out"),
            // not the line's first word, an adjective over a listing's item as often ("Closed captions available"),
            // nor a participle before its phrase ("Runners seeded in the elite corral line up").
            if i > 0, i <= simplePastReach, word.count >= 5, word.hasSuffix("ed"), !wordsBeforeNoPast.contains(String(list[i - 1])),
               !participlePhraseWords.contains(next) {
                return true
            }
        }
        return false
    }

    /// Whether `word` (folded), after "has" or "have", is what is had rather than a participle: a determiner or a
    /// number.
    private static func possessed(_ word: String) -> Bool {
        wordsBeforeNoPast.contains(word) || word.first?.isNumber == true || quantityWords.contains(word)
    }

    /// Folded words that count what is had ("has two minutes", "have several entries"): `possessed`.
    private static let quantityWords: Set<String> = ["one", "two", "three", "four", "five", "ten", "many", "few", "several", "more", "less"]

    /// Prepositions that open a participle's phrase after it ("seeded in the corral"): the word is no verb in the past.
    private static let participlePhraseWords: Set<String> = ["in", "at", "on", "by", "for", "from", "with", "into", "during", "under"]

    /// Words after which a word ending in "-ed" is an adjective or a participle of the present or the future ("Ballots
    /// are counted at the union hall"), not a verb in the past (`tellsWhatHappened`).
    private static let wordsBeforeNoPast: Set<String> = [
        "the", "a", "an", "all", "some", "no", "its", "their", "our", "his", "her", "is", "are", "be", "will", "to", "get", "gets",
    ]

    /// How far into the line a verb in the simple past is read (`tellsWhatHappened`).
    private static let simplePastReach = 3

    /// Folded auxiliaries of the perfect and the past (`tellsWhatHappened`).
    private static let happenedAuxiliaries: Set<String> = ["has", "have", "had", "was", "were"]

    /// Words that open a relative clause (`tellsWhatHappened`).
    private static let relativePronouns: Set<String> = ["which", "that", "who", "whom", "whose", "where", "what", "how", "when", "why"]

    /// How many of the line's first words `tellsWhatHappened` reads for the main clause's auxiliary.
    private static let happenedReach = 8

    /// How far a bracket that opens a notice may close: a blogger's note in brackets runs over a few sentences
    /// ("[UPDATED: Benny emails me to explain … Thanks Benny for the quick reply.]", about 500 scalars).
    static let bracketReach = 800

    /// A marker in brackets, or a parenthesised revision note that fills its paragraph.
    private static func bracketed(in scalars: ScalarText, at start: Int, limit: Int) -> Match? {
        let open = scalars[start]
        let close: Unicode.Scalar = open == "(" ? ")" : "]"
        // The bracket that closes this one, past the pairs nested in it ("(Update: … Rita Hale (a Republican) …)").
        var end = start + 1
        var depth = 0
        while end < min(limit, start + bracketReach), scalars[end] != "\n", scalars[end] != close || depth > 0 {
            if scalars[end] == open { depth += 1 } else if scalars[end] == close { depth -= 1 }
            end += 1
        }
        guard end < limit, scalars[end] == close, end > start + 1 else { return nil }
        var inside = Scalars.folded(scalars[(start + 1)..<end]).unicodeScalars.map { $0 }
        guard inside.count == end - start - 1 else { return nil }
        blankPublishingWords(&inside)
        // A glued label with no date or time is a name in code or on a button ("entrée, puis [MiseÀJour], puis …").
        if let length = leadingWord(inside, gluedLabels), !inside[length...].contains(where: Scalars.isDigit) { return nil }
        var body = end + 1
        while body < limit, Scalars.isSpace(scalars[body]) { body += 1 }
        // "[MAJ à 17h] …": a marker and its qualifiers, nothing else, then the body.
        if let length = leadingWord(inside, bracketWords), scanQualifiers(inside + [":"], from: length)?.1 == inside.count + 1 {
            if body < limit { return Match(marker: TextRange(start + 1, end), bodyStart: body) }
            // "[Breaking news update, posted at 3:35 p.m. ET]" or "[UPDATE]" alone on its line: a marker alone, its
            // body below, when it gives its time or date or is written in capitals, as a plain label alone on its line
            // must be (`closedLabel`). Not a participle's stamp ("[Updated March 3]", "[Mis à jour le 3 mars]"), nor a
            // word in plain case, a menu's or a link's ("[Update]" over "[Subscribe]").
            let capitals = scalars[(start + 1)..<(start + 1 + length)].filter(Scalars.isLetter).allSatisfy(Scalars.isUpper)
            if let noun = leadingWord(inside, words), noun == length, capitals || inside[length...].contains(where: Scalars.isDigit),
               !participles.contains(String(String.UnicodeScalarView(inside[0..<length]))) {
                return Match(marker: TextRange(start + 1, end), bodyStart: limit)
            }
        }
        // "[9:30 p.m. update]", "[18h30 mise à jour]": an hour and the noun, nothing else, as a live page heads an
        // entry; the update follows the brackets, or stands below them when they are alone on their line. A timetable
        // lists "5 p.m. update" bare, never in brackets (`hourLabel`).
        if Scalars.isDigit(scalars[start + 1]), let (_, hourEnd) = hour(in: scalars, at: start + 1, limit: end) {
            let noun = Scalars.trimmed(scalars, TextRange(hourEnd, end))
            if noun.length > 0, hourNouns.contains(Scalars.folded(scalars[noun.start..<noun.end])) {
                return Match(marker: TextRange(start + 1, end), bodyStart: body < limit ? body : limit)
            }
        }
        // "[UPDATE: Or Not]": a marker, its terminator and a short notice, all inside the brackets.
        if let length = leadingWord(inside, words), let (qualifierEnd, afterTerminator) = scanQualifiers(inside, from: length) {
            var bodyStart = start + 1 + afterTerminator
            while bodyStart < end, Scalars.isSpace(scalars[bodyStart]) { bodyStart += 1 }
            // "[Update: Sunday March 31 at 10:30 am]": a time, its day maybe, is all the brackets hold after the
            // colon, the label's; the update follows the brackets, or stands below them when they are alone on their
            // line. (A date alone, "[Update: March 5, 2021]", is a stamp, as "Update: March 5, 2021" alone is.)
            if bodyStart < end, isTimeStamp(scalars, from: bodyStart, limit: end), holdsClock(inside[afterTerminator...]),
               !participles.contains(String(String.UnicodeScalarView(inside[0..<length]))) {
                return Match(marker: TextRange(start + 1, end), bodyStart: body < limit ? body : limit)
            }
            if bodyStart < end { return Match(marker: TextRange(start + 1, start + 1 + qualifierEnd), bodyStart: bodyStart, end: end) }
        }
        // "(Note: The Web site was finally updated with the correction.)": a weak label in parentheses, closed by its
        // colon, its note saying that something was changed since (`parenthesisedNoteCues`), as "Note:" must speak of
        // the article changing at a paragraph's start. "(Note: the museum is closed on Mondays.)" is an aside, and so
        // is a date of a change ("(Note: Prices were updated in 2020.)").
        if open == "(", let length = leadingWord(inside, weakWords),
           let colon = inside[length...].firstIndex(where: { !Scalars.isSpace($0) }), colon <= length + 1, inside[colon] == ":" {
            var bodyStart = start + 1 + colon + 1
            while bodyStart < end, Scalars.isSpace(scalars[bodyStart]) { bodyStart += 1 }
            if bodyStart < end, speaksOfRevision(scalars, from: bodyStart, limit: end, cues: parenthesisedNoteCues) {
                return Match(marker: TextRange(start + 1, start + 1 + length), bodyStart: bodyStart, end: end)
            }
        }
        // "(Actualisé avec déclarations supplémentaires, précisions)": a note that ends with its parenthesis; the
        // article may go on after it in the same paragraph.
        // "(This story has been updated to add …)", "[Article mis à jour avec la réaction du maire]": a sentence that
        // is a notice, in brackets; all of it is the text, unless a date is all that follows ("[Article mis à jour le
        // 3 mars]", a stamp).
        if let length = leadingPhrase(inside) {
            var rest = start + 1 + length
            while rest < end, Scalars.isLetter(scalars[rest]) { rest += 1 }
            let phraseEnd = rest
            while rest < end, Scalars.isSpace(scalars[rest]) || scalars[rest] == "," { rest += 1 }
            guard rest < end, !isTimeStamp(scalars, from: rest, limit: end), !isStampWithoutDate(scalars, from: rest, limit: end) else { return nil }
            return Match(marker: TextRange(start + 1, phraseEnd), bodyStart: start + 1, end: end)
        }
        // "[Edited 3/12/21 to add: …]", "[Updated to include the mayor's reply]": an edit labelled by its purpose.
        if let length = purposeLabel(inside, dated: false) {
            return Match(marker: TextRange(start + 1, start + 1 + length), bodyStart: start + 1, end: end)
        }
        guard close == ")", let length = leadingWord(inside, words + revisionWords), start + 1 + length < end else { return nil }
        var bodyStart = start + 1 + length
        while bodyStart < end, Scalars.isSpace(scalars[bodyStart]) || scalars[bodyStart] == "," { bodyStart += 1 }
        return Match(marker: TextRange(start + 1, start + 1 + length), bodyStart: bodyStart, end: end + 1)
    }

    /// Blanks the participles that say when a bracketed label was posted ("[Breaking news update, posted at 3:35 p.m.
    /// ET]", "[Mise à jour, publiée à 15 h]"), so that its date and hour read as the label's qualifiers. Only inside
    /// brackets: on a paragraph's first line, folding joins the next line, and "Rectificatif" over "Publié le 3 mars"
    /// would read as one label.
    private static func blankPublishingWords(_ inside: inout [Unicode.Scalar]) {
        for word in [", posted ", ", published ", ", publiee ", ", publie "] {
            let w = Array(word.unicodeScalars)
            guard inside.count >= w.count,
                  let at = (0...(inside.count - w.count)).first(where: { inside[$0..<($0 + w.count)].elementsEqual(w) }) else { continue }
            // The comma stays, as after the label; the participle goes.
            for k in (at + 1)..<(at + w.count - 1) { inside[k] = " " }
            return
        }
    }

    /// The length of the first of `words` that `head` starts with, as a whole word.
    static func leadingWord(_ head: [Unicode.Scalar], _ words: [String]) -> Int? {
        for word in words {
            let w = Array(word.unicodeScalars)
            guard head.count >= w.count, Array(head[0..<w.count]) == w else { continue }
            if w.count < head.count, Scalars.isLetter(head[w.count]) { continue }
            return w.count
        }
        return nil
    }

    /// The length of the first of `phrases` that `head` starts with (its last word may go on: "modifiée").
    private static func leadingPhrase(_ head: [Unicode.Scalar]) -> Int? {
        for phrase in phrases {
            let p = Array(phrase.unicodeScalars)
            if head.count >= p.count, Array(head[0..<p.count]) == p { return p.count }
        }
        return nil
    }

    /// A sentence that is a notice by itself at `start` ("This story has been updated…"); its text includes the
    /// phrase. Followed by nothing but a date ("Article mis à jour le 3 mars 2021 à 10h30") it is a stamp.
    private static func phraseMatch(in scalars: ScalarText, at start: Int, limit: Int) -> Match? {
        let window = min(limit, start + 80)
        guard start < window, Scalars.isUpper(scalars[start]) else { return nil }
        let head = Scalars.folded(scalars[start..<window]).unicodeScalars.map { $0 }
        guard head.count == window - start, let length = leadingPhrase(head) else { return nil }
        var end = start + length
        while end < limit, Scalars.isLetter(scalars[end]) { end += 1 }
        var rest = end
        while rest < limit, Scalars.isSpace(scalars[rest]) || scalars[rest] == "," { rest += 1 }
        guard rest < limit, !isTimeStamp(scalars, from: rest, limit: limit), !isStampWithoutDate(scalars, from: rest, limit: limit)
        else { return nil }
        // A page's word that it is out of date says all it has to say in its paragraph: what follows is the page.
        let closes = outOfDatePhrases.contains { head.starts(with: $0.unicodeScalars) }
        return Match(marker: TextRange(start, end), bodyStart: start, end: closes ? limit : nil)
    }

    /// Whether the line from `start` holds only the little word that leads to a date, the date itself missing ("Article
    /// mis à jour le ", "Story updated on"): a page's stamp whose date the page left empty or lost, no notice.
    private static func isStampWithoutDate(_ scalars: ScalarText, from start: Int, limit: Int) -> Bool {
        var end = start
        while end < limit, end < start + 20, scalars[end] != "\n" { end += 1 }
        guard end == limit || scalars[end] == "\n" else { return false }
        let words = Scalars.folded(scalars[start..<end]).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        return !words.isEmpty && words.count <= 2 && words.allSatisfy(dateLeadWords.contains)
    }

    /// The words that lead a stamp's date ("le", "du", "on", "at"); `NoticeBoundary.isStamp` reads a stamp that
    /// ends with them as one whose date is missing.
    static let dateLeadWords: Set<String> = ["le", "du", "a", "au", "on", "at", "the"]

    /// Whether the line from `start` holds only a date or a time ("2012-11-27 04:03", "March 3, 2014").
    static func isTimeStamp(_ scalars: ScalarText, from start: Int, limit: Int) -> Bool {
        var end = start
        while end < limit, end < start + 60, scalars[end] != "\n" { end += 1 }
        guard end > start, end == limit || scalars[end] == "\n" else { return false }
        var line = Scalars.folded(scalars[start..<end]).unicodeScalars.map { $0 }
        guard line.count == end - start, line.contains(where: Scalars.isDigit) else { return false }
        while let last = line.last, last == "." || Scalars.isSpace(last) { line.removeLast() }
        // The colon a label would end on, after a space: "at 1:00 p.m." cut of its full stop is no "p.m:" label.
        return scanQualifiers(line + [" ", ":"], from: 0)?.1 == line.count + 2
    }

    /// A marker word, qualifiers and a terminator at `start` (or a label closed otherwise, `closedLabel`);
    /// `emphasized` when asterisks or underscores open before the word ("**Update** …").
    static func plainMatch(in scalars: ScalarText, at start: Int, limit: Int, emphasized: Bool = false) -> Match? {
        let window = min(limit, start + 80)
        guard start < window else { return nil }
        let head = Scalars.folded(scalars[start..<window]).unicodeScalars.map { $0 }
        // Folding can change lengths only for rare scalars; markers are matched on scalars of equal count.
        guard head.count == window - start else { return nil }
        guard let first = head.first, let candidates = labelsByInitial[first] else { return nil }
        for (word, w, isWeak) in candidates {
            guard head.count >= w.count, head[0..<w.count].elementsEqual(w) else { continue }
            if w.count < head.count, Scalars.isLetter(head[w.count]) { continue }
            // Two labels joined by a slash ("CORRECTION/CLARIFICATION:", "Update/Correction:"): one label.
            let w = w + joinedLabel(head, after: w.count)
            if headingOnlyWords.contains(word) {
                // Nothing after it on its line: folding made the line feed a space, the text keeps it.
                var after = w.count
                while after < head.count, scalars[start + after] == " " || scalars[start + after] == "\u{A0}" { after += 1 }
                guard after == head.count || scalars[start + after] == "\n" else { continue }
            }
            if let (qualifierEnd, bodyStart) = scanQualifiers(head, from: w.count)
                ?? closedLabel(head, from: w.count, in: scalars, at: start, limit: limit, emphasized: emphasized) {
                var markerEnd = start + qualifierEnd
                while markerEnd > start, Scalars.isSpace(scalars[markerEnd - 1]) { markerEnd -= 1 }
                var body = start + bodyStart
                // "**Update:** …", "_Update:_ …": the emphasis closing after the colon is not the notice's text.
                while body < limit, Scalars.isSpace(scalars[body]) || scalars[body] == "*" || scalars[body] == "_" { body += 1 }
                // A weak label given the hour it was added ("P.S. (à 15 h 30) : …", "Note (4:10 p.m.): …") was written
                // after the post, the day it went up: a postscript of news, whatever it says.
                if isWeak, !Scalars.isUpper(scalars[start])
                    || !(speaksOfRevision(scalars, from: body, limit: limit) || isTimeOfDay(head[w.count..<qualifierEnd])) { return nil }
                // A glued label with no date or time is a name in code or an interface's ("[MiseÀJour]").
                if gluedWords.contains(word), !head[w.count..<qualifierEnd].contains(where: Scalars.isDigit) { return nil }
                if datedOnlyWords.contains(word), !head[w.count..<qualifierEnd].contains(where: Scalars.isDigit),
                   !Scalars.isUpper(scalars[start]) || !speaksOfRevision(scalars, from: body, limit: limit, cues: storyCues) { return nil }
                return Match(marker: TextRange(start, markerEnd), bodyStart: body)
            }
        }
        return nil
    }

    /// The scalars of a strong label (`words`) that a slash joins to the label ending at `end` of `head`
    /// ("correction/clarification", "correction / clarification"), the slash included; none when no such label follows.
    private static func joinedLabel(_ head: [Unicode.Scalar], after end: Int) -> [Unicode.Scalar] {
        // "Correction / Clarification": a space each side of the slash.
        let spaced = end + 2 < head.count && head[end] == " " && head[end + 1] == "/" && head[end + 2] == " "
        let from = spaced ? end + 3 : end + 1
        guard from < head.count, spaced || head[end] == "/", let candidates = labelsByInitial[head[from]] else { return [] }
        for (_, w, isWeak) in candidates where !isWeak {
            let stop = from + w.count
            guard stop <= head.count, head[from..<stop].elementsEqual(w), stop == head.count || !Scalars.isLetter(head[stop]) else { continue }
            return Array(head[end..<from]) + w
        }
        return []
    }

    /// Every label, strong or weak, longest first.
    private static let labels: [(String, Bool)] = longestFirst(words.map { ($0, false) } + weakWords.map { ($0, true) }, by: \.0)

    /// `labels` with their scalars, grouped by their first scalar (each group keeps the longest-first order), made
    /// once: markers are looked for after every sentence of an article.
    private static let labelsByInitial: [Unicode.Scalar: [(String, [Unicode.Scalar], Bool)]] = {
        var groups: [Unicode.Scalar: [(String, [Unicode.Scalar], Bool)]] = [:]
        for (word, isWeak) in labels {
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first else { continue }
            groups[first, default: []].append((word, scalars, isWeak))
        }
        return groups
    }()

    /// Whether the note from `start` to the end of its line speaks of the article changing (`revisionCues`).
    private static func speaksOfRevision(_ scalars: ScalarText, from start: Int, limit: Int, cues: [String] = revisionCues) -> Bool {
        var end = start
        while end < limit, end < start + 600, scalars[end] != "\n" { end += 1 }
        guard end > start else { return false }
        let folded = Scalars.folded(scalars[start..<end])
        return cues.contains { folded.contains($0) }
    }

    /// Scans date/time qualifiers after a marker word; returns (end of qualifiers, start after the terminator).
    static func scanQualifiers(_ head: [Unicode.Scalar], from offset: Int) -> (Int, Int)? {
        var i = offset
        var parenDepth = 0
        // "Mise à jour  au moment même…": two spaces right after the word stand for a lost colon.
        if i + 1 < head.count, head[i] == " ", head[i + 1] == " " { return (i, i + 2) }
        while i < head.count {
            let s = head[i]
            if Scalars.isSpace(s) { i += 1; continue }
            if s == "(" || s == "[" { parenDepth += 1; i += 1; continue }
            if s == ")" || s == "]" { parenDepth = max(0, parenDepth - 1); i += 1; continue }
            if parenDepth > 0 {
                // Anything short goes inside parentheses: "(14 h 30)", "(3/12)", "(AFP)".
                if s == "\n" { return nil }
                i += 1
                continue
            }
            if s == ":" {
                // "10:30" is a time; a colon then a space or the end is the terminator.
                if i + 1 < head.count, Scalars.isDigit(head[i + 1]), i > 0, Scalars.isDigit(head[i - 1]) { i += 1; continue }
                return (i, i + 1)
            }
            // "UPDATE 8 October 2020 -- As reported…": two hyphens typed for a dash.
            if s == "-", i + 2 < head.count, head[i + 1] == "-", Scalars.isSpace(head[i + 2]) { return (i, i + 2) }
            if s == "." || s == "—" || s == "–" || (s == "-" && i + 1 < head.count && Scalars.isSpace(head[i + 1])) {
                // "p.m.", "a.m.": a letter and a full stop after the first one.
                if s == ".", i + 2 < head.count, Scalars.isLetter(head[i + 1]), head[i + 2] == "." { i += 3; continue }
                // "a.m:", "p.m:": the second full stop dropped before the colon that ends the label.
                if s == ".", i > 0, i + 2 < head.count, head[i - 1] == "a" || head[i - 1] == "p", head[i + 1] == "m",
                   head[i + 2] == ":" { i += 2; continue }
                // "Dec. 3": an abbreviated month goes on.
                if s == ".", i > offset, i + 2 < head.count, Scalars.isSpace(head[i + 1]), Scalars.isDigit(head[i + 2]),
                   DateLine.monthNames.contains(lastWord(head, before: i)) { i += 1; continue }
                guard i + 1 >= head.count || Scalars.isSpace(head[i + 1]) else {
                    guard s == ".", i > offset, i + 1 < head.count, Scalars.isDigit(head[i + 1]) else { return nil }
                    // "4.00pm", "12.03.2019": a time or a date goes on; "2.1", "Update 1.5" is a software version.
                    if Scalars.isDigit(head[i - 1]) {
                        var j = i + 1
                        while j < head.count, Scalars.isDigit(head[j]) { j += 1 }
                        guard j - i - 1 == 2 || j - i - 1 == 4 else { return nil }
                    }
                    i += 1
                    continue
                }
                // "UPDATE — Tuesday, 10:30 a.m.: …": a dash, then the date, then the real terminator.
                if s != ".", let (dateEnd, dateBody) = scanQualifiers(head, from: i + 1), namesATime(head[(i + 1)..<dateEnd]) {
                    return (dateEnd, dateBody)
                }
                return (i, i + 1)
            }
            if s == "," || s == "/" || s == "'" || s == "*" || s == "_" || s == "#" || s == "@" { i += 1; continue }
            // A word: a number, a month, a weekday or a small joining word. Emphasis closing right after it ends it
            // ("***UPDATE 9/28***").
            var j = i
            while j < head.count, !Scalars.isSpace(head[j]), !":.,()[]/*_".unicodeScalars.contains(head[j]) { j += 1 }
            let word = String(String.UnicodeScalarView(head[i..<j]))
            guard isQualifier(word) else { return nil }
            i = j
        }
        return nil
    }

    /// A label closed by something other than a terminator: a parenthesis holding a date or a time, or the
    /// emphasis around the label, then the notice's capital ("UPDATE (4:15 p.m.) The bridge…", "**Update** The
    /// bridge…"); or the end of its line, the body below, when the label is written in capitals, counted, emphasized
    /// or given an hour ("UPDATE", "Update 3", "**Update**", "Update @ 2:45 p.m." alone on a line). A plain "Update" or
    /// "Mise à jour" alone on a line is a heading, and a dated one a stamp: they stay so. Returns (end of qualifiers, start of the body) as `scanQualifiers` does.
    private static func closedLabel(_ head: [Unicode.Scalar], from offset: Int, in scalars: ScalarText, at start: Int,
                                    limit: Int, emphasized: Bool) -> (Int, Int)? {
        // Folding made line feeds spaces; the line ends where the text's does.
        var lineEnd = offset
        while lineEnd < head.count, scalars[start + lineEnd] != "\n" { lineEnd += 1 }
        // The first closing parenthesis or emphasis on the line closes the label, if all before it qualifies.
        var close = offset
        while close < lineEnd, head[close] != ")", head[close] != "|", !(emphasized && (head[close] == "*" || head[close] == "_")) { close += 1 }
        while close + 1 < lineEnd, head[close] != ")", head[close] != "|", head[close + 1] == "*" || head[close + 1] == "_" { close += 1 }
        if close < lineEnd, head[close] == "|" {
            if let body = pipedBody(head, close, lineEnd: lineEnd, in: scalars, at: start),
               scanQualifiers(Array(head[0..<close]) + [":"], from: offset)?.1 == close + 1,
               !isParticiple(head[0..<offset]),
               stressed(scalars[start..<(start + offset)], emphasized: emphasized) || givesHourOrCount(head[offset..<close]) {
                return (close, body)
            }
        } else if close < lineEnd, scanQualifiers(Array(head[0...close]) + [":"], from: offset)?.1 == close + 2,
           head[close] != ")" || head[offset..<close].contains(where: Scalars.isDigit) {
            var body = close + 1
            while body < lineEnd, Scalars.isSpace(head[body]) { body += 1 }
            // "**Update** | Schools reopen on Tuesday": a pipe after the emphasis sets the label off again.
            if body < lineEnd, head[body] == "|", let piped = pipedBody(head, body, lineEnd: lineEnd, in: scalars, at: start) { return (close + 1, piped) }
            if body < lineEnd, Scalars.isUpper(scalars[start + body]) || Scalars.isDigit(scalars[start + body]) { return (close + 1, body) }
        }
        if let glued = timedLabelEnd(head, from: offset, lineEnd: lineEnd, in: scalars, at: start) { return glued }
        // Alone on its line: the window reached the line's end, or the paragraph's.
        guard lineEnd < head.count || start + head.count >= limit else { return nil }
        var end = lineEnd
        while end > offset, Scalars.isSpace(head[end - 1]) { end -= 1 }
        guard scanQualifiers(Array(head[0..<end]) + [":"], from: offset)?.1 == end + 1 else { return nil }
        // "Updated 2:25 p.m. ET, November 5, 2018" alone on its line is a byline's stamp, not a notice's label.
        let word = String(String.UnicodeScalarView(head[0..<offset]))
        guard !participles.contains(word) else { return nil }
        let label = scalars[start..<(start + offset)].filter(Scalars.isLetter)
        let capitals = label.count > 1 && label.allSatisfy(Scalars.isUpper)
        // A dated label (`isLabelDate`) is confirmed by its place, which `UpdateMarkerProbe` reads (`isDatedLabelAlone`,
        // `headsProse`).
        guard capitals || emphasized || isCount(head[offset..<end]) || isTimeOfDay(head[offset..<end]) || isLabelDate(head[offset..<end])
            || (offset == end && headingWords.contains(word))
            || (offset == end && editorNoteWords.contains(word))
        else { return nil }
        return (end, min(lineEnd + 1, head.count))
    }

    /// A label whose date and clock run into the update with no terminator, the update opening with a capital
    /// ("Mise à jour du 8 février, 11 h 15 L'avis d'ébullition est levé.", "Update March 3, 4:10 p.m. The bridge
    /// reopened.", "Update 9 p.m. SEPTA reports …"): the clock ends the label, as a colon would. Not a participle's
    /// stamp whose line break was lost ("Updated March 3, 2021 10:30 AM The mayor …"), nor a label with no clock
    /// ("Mise à jour du logiciel Windows"). Returns (end of qualifiers, start of the body) as `scanQualifiers` does.
    private static func timedLabelEnd(_ head: [Unicode.Scalar], from offset: Int, lineEnd: Int, in scalars: ScalarText,
                                      at start: Int) -> (Int, Int)? {
        guard !participles.contains(String(String.UnicodeScalarView(head[0..<offset]))) else { return nil }
        var end = offset + 1
        while end + 1 < lineEnd {
            defer { end += 1 }
            guard head[end] == " ", Scalars.isUpper(scalars[start + end + 1]), Scalars.isLetter(scalars[start + end + 1]) else { continue }
            // "Mise à jour le 8 février 2024 à 11 h 15 Le conseil …", "Update on March 3 …": a little word before the
            // date makes the stamp's form (`isLabelDate`), a byline's line glued to the lede.
            let firstQualifier = head[offset...].drop { $0 == " " }.prefix { Scalars.isLetter($0) }
            guard !stampLeadWords.contains(String(String.UnicodeScalarView(firstQualifier))) else { return nil }
            // The label's words up to here are all qualifiers, and they end with a clock.
            guard scanQualifiers(Array(head[0..<end]) + [":"], from: offset)?.1 == end + 1,
                  endsWithClock(head, from: offset, to: end, lineEnd: lineEnd) else { continue }
            return (end, end + 1)
        }
        return nil
    }

    /// Little words that lead a stamp's date after its label ("Mise à jour le 8 février", "Update on March 3",
    /// "Update as of 6/14", "Mise à jour en date du …"), folded: `dateLeadWords` but "du", which a label's date takes
    /// ("Mise à jour du 8 février"). Read by `isLabelDate` and `timedLabelEnd`.
    static let stampLeadWords: Set<String> = dateLeadWords.subtracting(["du"]).union(["as", "en", "de"])

    /// Whether `head[from..<to]` ends with a time of day with its minutes ("11 h 15", "4:10 p.m.") or a whole hour
    /// with its half of the day ("9 p.m."), read on its whole line: a half of the day or a zone after `to` ("2:30 PM",
    /// "4:10 p.m. ET") belongs to the clock. A whole hour written with its "h" alone is a duration as often ("Mise à
    /// jour 2h", "Update 3h": the twenty-ninth session's review).
    private static func endsWithClock(_ head: [Unicode.Scalar], from: Int, to: Int, lineEnd: Int) -> Bool {
        for i in max(from, to - 12)..<to where Scalars.isDigit(head[i]) && (i == from || !Scalars.isDigit(head[i - 1])) {
            // A whole hour only with its half of the day ("9 p.m."): "Mise à jour 2h", "Update 3h" are durations.
            if let time = TimeOfDay.read(at: i, limit: lineEnd, { head[$0] }), time.end == to, time.hasMinutes || time.hasHalf {
                return true
            }
        }
        return false
    }

    /// Whether paragraph `range` is one of `editorNoteWords` alone, in plain case or any (`ArticleReader` asks the
    /// paragraph under it to speak of a piece, `speaksOfPiece`).
    static func isLoneEditorNote(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= 30 else { return false }
        return editorNoteWords.contains(Scalars.folded(scalars[trimmed.start..<trimmed.end]))
    }

    /// Whether the first line of paragraph `range` speaks of a piece (`pieceCues`).
    static func speaksOfPiece(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        return trimmed.length > 0 && speaksOfRevision(scalars, from: trimmed.start, limit: trimmed.end, cues: pieceCues)
    }

    /// Folded words by which the newsroom's note speaks of a piece, under its label alone ("Editor's note" over "After
    /// this story was published, …", over "Contrary to Mr King's assertion, the report did …"): a magazine's column
    /// headed so ("Welcome to our spring issue") or a recipe's tip ("Nous avons testé cette recette …") does not.
    static let pieceCues = [
        "story", "article", "report", "rapport", "journal", "post ", "published", "publie", "papier", "letter", "lettre",
        "courrier", "reportage",
    ]

    /// The newsroom's note named as such, alone on its line over its body ("Editor's note" under a reader's letter,
    /// "Note de la rédaction"), in any case, where "Update" or "Mise à jour" alone may head a how-to's section: when its
    /// body's first line speaks of a piece (`pieceCues`).
    static let editorNoteWords: Set<String> = [
        "note de la redaction", "note de l'editeur", "editor's note", "editors' note", "editors note", "editor note",
        "publisher's note",
    ]

    /// The notice's start after a pipe that closes a label at `pipe` ("MISE À JOUR 12 H 45 | La police confirme …",
    /// "**Update** | Schools reopen on Tuesday |"): a capital, and at least `pipedWords` words before the line's next
    /// pipe or its end, a headline's or a sentence's. A menu's or a table's next cell is a word or two ("Update |
    /// Delete | Share", "UPDATE | 3 |"): no notice.
    private static func pipedBody(_ head: [Unicode.Scalar], _ pipe: Int, lineEnd: Int, in scalars: ScalarText, at start: Int) -> Int? {
        var body = pipe + 1
        while body < lineEnd, Scalars.isSpace(head[body]) { body += 1 }
        guard body < lineEnd, Scalars.isUpper(scalars[start + body]) else { return nil }
        var cell = body
        while cell < lineEnd, head[cell] != "|" { cell += 1 }
        let words = head[body..<cell].split(whereSeparator: Scalars.isSpace).filter { $0.contains(where: Scalars.isLetter) }
        guard words.count >= pipedWords else { return nil }
        // A page's header sets its stamps and byline in cells too ("MISE À JOUR | Le 12 mars 2024 à 10h45", "… | By
        // Jane Morrison", "… | Posted 1:20 PM"): a cell that is a date stamp (`isDateStamp`, `stampVerbs`) or a byline
        // is no notice.
        var cellEnd = cell
        while cellEnd > body, Scalars.isSpace(head[cellEnd - 1]) { cellEnd -= 1 }
        let cellText = String(String.UnicodeScalarView(head[body..<cellEnd]))
        if isDateStamp(scalars, TextRange(start + body, start + cellEnd)) { return nil }
        if (stampVerbs + bylineWords).contains(where: { cellText.hasPrefix($0 + " ") }) { return nil }
        return body
    }

    /// Folded words that open a byline set in a header's cell ("By Jane Morrison", "Par Jean Dupont").
    private static let bylineWords = ["by", "par"]

    /// Whether a label is a stamp's participle ("Updated", "Mis à jour": `stampVerbs`), as in "Updated 10:45 a.m. | …".
    private static func isParticiple(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
        let word = String(String.UnicodeScalarView(label)).split(separator: " ").joined(separator: " ")
        return stampVerbs.contains(word)
    }

    /// Whether a label's qualifiers give an hour or a count ("12 H 45", "2"): not a version or a date ("28.10").
    private static func givesHourOrCount(_ qualifiers: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = String(String.UnicodeScalarView(qualifiers)).split { $0 == " " || $0 == "," }
        // A dotted or slashed figure is a version or a date as often as an hour ("2.14", "28.10", "3/12").
        let figures = Array(qualifiers)
        let dotted = figures.indices.dropFirst().dropLast().contains {
            (figures[$0] == "." || figures[$0] == "/") && Scalars.isDigit(figures[$0 - 1]) && Scalars.isDigit(figures[$0 + 1])
        }
        guard !dotted else { return false }
        return words.contains(where: { $0.count <= 2 && $0.allSatisfy(\.isNumber) }) || isTimeOfDay(qualifiers)
    }

    /// The words a pipe's notice has at least before the line's next pipe (`pipedBody`).
    static let pipedWords = 3

    /// Whether a label stands out from prose as its own: written in capitals, or set in emphasis ("UPDATE", "**Update**").
    private static func stressed(_ label: Slice<ScalarText>, emphasized: Bool) -> Bool {
        let letters = label.filter(Scalars.isLetter)
        return emphasized || (letters.count > 1 && letters.allSatisfy(Scalars.isUpper))
    }

    /// Labels that head a page whose whole subject is a correction ("Erratum", "Rectificatif",
    /// "Clarification", "A correction and an apology"), alone on a line with the body below, at the page's top: no page
    /// opens with them over anything else. Further down they are a feature's subheadings ("Retraction" over the story of
    /// one), not notices (`isHeadingLabel`). Not "Correction", which heads an exercise's answer too, nor "Update" and "Mise à jour", which head
    /// a section, nor "Errata", a book site's menu entry.
    static let headingWords: Set<String> = [
        "erratum", "corrigendum", "rectificatif", "clarification", "retraction", "a correction and an apology",
        "correction and apology", "correction and clarification", "rectificatif et excuses", "for the record",
    ]

    /// Whether `found` is one of `headingWords` alone on its line, its body below ("Erratum", "Retraction"): the page's
    /// heading when the page opens with it, an article's subheading further down (`UpdateMarkerProbe` asks where).
    static func isHeadingLabel(_ scalars: ScalarText, _ found: Match) -> Bool {
        guard found.end == nil, found.marker.end <= found.bodyStart,
              found.bodyStart >= scalars.count || scalars[found.marker.end..<found.bodyStart].contains("\n") else { return false }
        let label = Scalars.folded(scalars[found.marker.start..<found.marker.end].filter { $0 != "*" && $0 != "_" })
        return headingWords.contains(label)
    }

    /// Labels that are participles: alone on a line with a date, a stamp ("Updated 2:25 p.m. ET", "Actualisé le …").
    private static let participles: Set<String> = ["updated", "corrected", "edited", "added", "actualise", "ajoute", "upd."]

    /// Whether `span` dates a label set alone on its line ("Update 7/31/2009", "MàJ 18/03/2023", "Mise à jour du
    /// 12.03.2021", "Update March 3, 2021 10 a.m."): a date given right after the noun, or after "du", as a label's
    /// qualifier is. A stamp leads its date with a little word ("Mise à jour le 18/03/2023", "Update on March 3",
    /// "Update as of 6/14/2021", "Mise à jour en date du …") or is a participle (`participles`); a changelog's version
    /// is no date ("Update 2.1", "Update 1.2.3"): a date here is a month's name with a number, or a day and a month
    /// joined by a slash, or by dots or hyphens with a year after.
    private static func isLabelDate(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(span))
        let words = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let first = words.first, !stampLeadWords.contains(first) else { return false }
        if words.contains(where: DateLine.monthNames.contains), words.contains(where: { $0.allSatisfy(\.isNumber) }) { return true }
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let parts = token.split(omittingEmptySubsequences: false, whereSeparator: { "/.-".contains($0) })
            guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
                  let a = Int(parts[0]), let b = Int(parts[1]), (1...31).contains(a), (1...31).contains(b), min(a, b) <= 12 else { continue }
            if parts.count == 2 ? token.contains("/") : [2, 4].contains(parts[2].count) { return true }
        }
        return false
    }

    /// Whether `found` is a label in plain case dated and alone on its line ("Update 7/31/2009", "MàJ 18/03/2023"
    /// over its body, `isLabelDate`): a byline's stamp looks the same, so only at the page's top does it head a notice
    /// (`UpdateMarkerProbe.headsProse`).
    static func isDatedLabelAlone(_ scalars: ScalarText, _ found: Match) -> Bool {
        // Nothing after the date on its line: a colon there ("Mise à jour du 31/01 à 19h15 :") makes it a label.
        var lineEnd = found.marker.end
        while lineEnd < scalars.count, scalars[lineEnd] != "\n" {
            guard Scalars.isSpace(scalars[lineEnd]) else { return false }
            lineEnd += 1
        }
        guard found.end == nil, found.bodyStart >= lineEnd else { return false }
        let marker = Scalars.folded(scalars[found.marker.start..<found.marker.end]).unicodeScalars.map { $0 }
        guard marker.count == found.marker.length, let length = leadingWord(marker, words),
              !stressed(scalars[found.marker.start..<(found.marker.start + length)], emphasized: false) else { return false }
        let qualifiers = marker[length...]
        return isLabelDate(qualifiers) && !isTimeOfDay(qualifiers) && !isCount(qualifiers)
    }

    /// Whether `span` numbers a label and does nothing else ("2", "#3", "II", "x2" in "Update 2"): no date, no time.
    private static func isCount(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = String(String.UnicodeScalarView(span)).split { $0 == " " || $0 == "#" || $0 == "," }.map(String.init)
        return !words.isEmpty && words.allSatisfy { word in
            ["no", "n°", "nr"].contains(word) || isRomanCount(word) || spelledCounts[word] != nil || (word.count <= 2 && word.allSatisfy(\.isNumber))
                || ((word.hasPrefix("x") || word.hasPrefix("×")) && word.count > 1 && word.dropFirst().allSatisfy(\.isNumber))
        }
    }

    /// Whether `span` is a time of day and no date ("@ 2:45 p.m.", "14h30", "(à 15 heures 30)"): a live update's hour.
    /// A day, a month or a year makes a stamp of it ("Mise à jour le 4 mars 2021 à 10h30"); a word that is no time's
    /// makes a note of it ("(48 heures de garde à vue)"). The clock is read as a live page's hour is (`hour`), or as an
    /// hour of the day written out ("15 heures", under 24): "48 heures" is a duration.
    private static func isTimeOfDay(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(span))
        let words = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard !words.contains(where: DateLine.isDayName), !text.contains("/"),
              !words.contains(where: { $0.count >= 4 && $0.allSatisfy(\.isNumber) }),
              words.allSatisfy({ isQualifier($0) || $0 == "m" }) else { return false }
        // "2:45 p.m.", "14h30", "14 h 30": a clock; a space after it, as `hour` reads a clock followed by something.
        let clock = ScalarText(text + " ")
        for i in clock.indices where Scalars.isDigit(clock[i]) && (i == 0 || !Scalars.isDigit(clock[i - 1])) {
            if hour(in: clock, at: i, limit: clock.count) != nil { return true }
        }
        return zip(words, words.dropFirst()).contains { number, unit in
            (unit == "heure" || unit == "heures") && Int(number).map { $0 < 24 } == true
        }
    }

    /// Whether `span` holds a clock ("10:30 am", "19h05"), whatever else it holds (a day, a date).
    static func holdsClock(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        let clock = ScalarText(String(String.UnicodeScalarView(span)) + " ")
        return clock.indices.contains { i in
            Scalars.isDigit(clock[i]) && (i == 0 || !Scalars.isDigit(clock[i - 1])) && hour(in: clock, at: i, limit: clock.count) != nil
        }
    }

    /// Whether `span` holds a number, a month or a weekday: the date or time that a dash set off from its label.
    static func namesATime(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        if span.contains(where: Scalars.isDigit) { return true }
        let words = String(String.UnicodeScalarView(span)).split { !$0.isLetter }.map(String.init)
        return words.contains(where: DateLine.isDayName)
    }

    /// The letters just before `index` in `head`.
    private static func lastWord(_ head: [Unicode.Scalar], before index: Int) -> String {
        var start = index
        while start > 0, Scalars.isLetter(head[start - 1]) { start -= 1 }
        return String(String.UnicodeScalarView(head[start..<index]))
    }

    /// Whether `word` (lower case) is a Roman numeral from ii to xx, as live blogs count their updates ("Update V",
    /// "Update VIII"). "i" alone is left out: it is also the English pronoun.
    static func isRomanCount(_ word: String) -> Bool {
        romanCounts[word] != nil
    }

    /// The Roman numerals from ii to xx, lower case, with their values.
    static let romanCounts: [String: Int] = {
        let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
        return Dictionary(uniqueKeysWithValues: (2...20).map { (String(repeating: "x", count: $0 / 10) + units[$0 % 10], $0) })
    }()

    /// Whether `found` counts its update in words (`spelledCounts`) and what follows on its line ends no sentence: a
    /// heading of a part ("Update Two: Deep Currents", "Mise à jour deux : Les Marées noires"), as a game's review
    /// names its expansions. An update counted so tells its news in a sentence ("Update Two: A drop to 5.4 from 5.8
    /// … is significant."); below a label alone on its line, its body is read as usual.
    static func isSpelledCountHeading(_ scalars: ScalarText, _ found: Match, limit: Int) -> Bool {
        let words = Scalars.folded(scalars[found.marker.start..<found.marker.end]).split { !$0.isLetter }.map(String.init)
        guard words.contains(where: { spelledCounts[$0] != nil }) else { return false }
        var lineEnd = found.bodyStart
        while lineEnd < limit, scalars[lineEnd] != "\n" { lineEnd += 1 }
        let rest = Scalars.trimmed(scalars, TextRange(found.bodyStart, lineEnd))
        guard rest.length > 0 else { return false }
        return !".!?…»\"”)".unicodeScalars.contains(scalars[rest.end - 1])
    }

    /// Counts spelled out after a label, folded ("Update Two:", "Mise à jour deux :"), as some blogs number their
    /// updates. Not "one" nor "un": a label's first update is unnumbered, and "un" opens a French note ("MAJ : un …").
    /// Nor "sept", September's abbreviation too ("Update Sept 3").
    static let spelledCounts: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "neuf": 9, "dix": 10,
    ]

    private static func isQualifier(_ word: String) -> Bool {
        if isRomanCount(word) || spelledCounts[word] != nil { return true }
        if qualifierWords.contains(word) || DateLine.isDayName(word) { return true }
        if word.hasSuffix("er"), Int(word.dropLast(2)) != nil { return true }
        // "September 30th", "March 1st": an English ordinal day.
        if ["st", "nd", "rd", "th"].contains(where: word.hasSuffix), Int(word.dropLast(2)) != nil { return true }
        // "Update x2": the second update, counted.
        if let first = word.unicodeScalars.first, first == "x" || first == "×", word.unicodeScalars.count > 1,
           word.unicodeScalars.dropFirst().allSatisfy(Scalars.isDigit) { return true }
        // 2, 14h30, 22h47, 3h, 10am
        let scalars = word.unicodeScalars
        guard let first = scalars.first, Scalars.isDigit(first) else { return false }
        if scalars.allSatisfy({ Scalars.isDigit($0) || $0 == "h" || $0 == "a" || $0 == "m" || $0 == "p" || $0 == "-" }) { return true }
        return isGluedUnit(word)
    }

    /// Whether `word` (folded) is figures with the time's zone or unit glued after them, as quick typing sets them:
    /// "40pst" of "6:40PST", "1431hrs", "10ampst", "14h30gmt". Not an ordinal ("21st"), nor a unit of anything else
    /// ("40kg", "2go": a download's size).
    private static func isGluedUnit(_ word: String) -> Bool {
        let figures = word.prefix(while: \.isNumber)
        var unit = word.dropFirst(figures.count)
        guard !figures.isEmpty, !unit.isEmpty else { return false }
        if unit == "hrs" || unit == "hr" { return true }
        // A French clock's minutes ("14h30gmt"), or the half of the day ("10ampst"), before the zone.
        if unit.hasPrefix("h") { unit = unit.dropFirst().drop(while: \.isNumber) }
        if unit.hasPrefix("am") || unit.hasPrefix("pm") { unit = unit.dropFirst(2) }
        return DateLine.timeZones.contains(String(unit))
    }
}
