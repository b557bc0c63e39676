/// A live log's entries stamped otherwise than by the hour of the day: the minute of play ("9′ Penalty pour le Mali",
/// "45′ +2 Carton jaune …", "90+3' Full time"), a match's clock ("13:34: Another corner"), a lap ("Lap 66" over the
/// entry), the distance to the finish ("74 km" over the entry, "km 120 : …", "14km to go: …"), or a date and its hour
/// ("06/07 à 17:44 | Victoire de …"). Sport pages log a match or a race so, entry after entry.
///
/// Each stamp alone reads as many other things: a footnote's figure, a quotation's apostrophe, a route card's
/// kilometre ("km 0 : départ fictif"), a programme's dated line. `isStampedEntry` asks the page, as the hours' readers
/// do (`isLiveUpdate`): the stamp is an entry of a log only where stamps of its kind open at least `logEntries` lines
/// around it, their values running one way (a match's minutes either way; dated entries, laps and distances newest
/// first as a log stacks them, where a programme, a recap and a route's preview run forward), and where entries say
/// something (`newsWords` words, or a sentence). A distance stamp needs a page that announces a live as well, unless
/// it says it is what is left ("14km to go"); minutes and clocks need a live or words of a match in their entries.
/// Reviewed with probes of a reviewer's own (docs/notice-linking.md, the seventeenth session).
extension UpdateMarker {
    /// What a stamp counts: minutes of play, a clock, a lap, a distance, or a date with its hour.
    /// `bareMinute`: a minute of play with no prime ("29 Il est de retour !"), read as such only in a longer run.
    /// `clock`: a match's clock in minutes and seconds ("13:34: Another corner"), read as such only where one of the
    /// run's minutes is past a day's hours. `lap`: a race's lap ("Lap 66", "Tour 12") alone on its line.
    /// `distanceLeft`: a distance that says it is what is left ("14km to go"), a race's log with no announcement.
    enum StampKind: Equatable, Sendable { case play, bareMinute, clock, distance, distanceLeft, dated, lap }

    /// A stamp read at a line's start: its kind, a value that orders stamps of that kind (minutes of play × 100 plus
    /// the added time, tenths of a kilometre, or the date's month, day and minutes folded into one number), and the
    /// marker's match (its text on the same line, or below when the stamp stands alone on its line).
    struct Stamp: Sendable {
        var kind: StampKind
        var value: Int
        var match: Match
    }

    /// The stamp opening `scalars` at `start`, then its entry's text: after a space, a colon, a dash or a pipe on the
    /// same line, or on the lines below when the stamp is alone on its line (`limit` when nothing follows it in the text
    /// given). Nil when no stamp opens the line, or a word is glued to it.
    /// - Complexity: O(1) to find the stamp; the entry's start may lie past blank space.
    static func liveStamp(in scalars: ScalarText, at start: Int, limit: Int) -> Stamp? {
        guard start < limit else { return nil }
        let read = Scalars.isDigit(scalars[start])
            ? (playStamp(scalars, at: start, limit: limit) ?? datedStamp(scalars, at: start, limit: limit)
                ?? distanceStamp(scalars, at: start, limit: limit) ?? bareMinute(scalars, at: start, limit: limit)
                ?? clockStamp(scalars, at: start, limit: limit))
            : (distanceStamp(scalars, at: start, limit: limit) ?? lapStamp(scalars, at: start, limit: limit))
        guard let (kind, value, end) = read else { return nil }
        var i = end
        while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" || scalars[i] == "\u{202F}" { i += 1 }
        // A minute of play closed by a full stop ("59'. Porte marque encore"), as an hour may be.
        let stop = kind == .play && i == end && i + 1 < limit && scalars[i] == "." && scalars[i + 1] == " "
        if i < limit, stop || ":;-–—|".unicodeScalars.contains(scalars[i]) {
            i += 1
            while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" || scalars[i] == "\u{202F}" { i += 1 }
        } else if i < limit, scalars[i] != "\n", i == end {
            // A stamp glued to a word ("9′Les", "74km/h") opens no entry.
            return nil
        }
        // A lap heads its entry from a line of its own ("Lap 66" over "Verstappen wins"): a list's item otherwise.
        if kind == .lap, i < limit, scalars[i] != "\n" { return nil }
        if i >= limit || scalars[i] == "\n" {
            // The stamp alone on its line, the entry's text below it (`limit` when the text given ends first).
            while i < limit, Scalars.isSpace(scalars[i]) { i += 1 }
            return Stamp(kind: kind, value: value, match: Match(marker: TextRange(start, end), bodyStart: i))
        }
        guard Scalars.isLetter(scalars[i]) || Scalars.isDigit(scalars[i]) || "\"«“'’".unicodeScalars.contains(scalars[i])
        else { return nil }
        return Stamp(kind: kind, value: value, match: Match(marker: TextRange(start, end), bodyStart: i))
    }

    /// Figures at `start`, at most `most` of them and no figure after: their value and end.
    private static func figures(_ scalars: ScalarText, at start: Int, limit: Int, most: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < limit, i - start < most, Scalars.isDigit(scalars[i]) {
            value = value * 10 + Int(scalars[i].value - 48)
            i += 1
        }
        guard i > start, i >= limit || !Scalars.isDigit(scalars[i]) else { return nil }
        return (value, i)
    }

    /// The minute of play at `start`: one to three figures up to `lastMinute`, and a prime or an apostrophe, with the
    /// added time before it or after it ("45+2'", "45′ +2", "90'+3"), and where it ends.
    private static func playStamp(_ scalars: ScalarText, at start: Int, limit: Int) -> (StampKind, Int, Int)? {
        guard let (minute, afterMinute) = figures(scalars, at: start, limit: limit, most: 3), minute <= lastMinute else { return nil }
        // The added time: "+" and one or two figures, after spaces or none.
        func added(_ from: Int) -> (Int, Int)? {
            var i = from
            while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" { i += 1 }
            guard i < limit, scalars[i] == "+" else { return nil }
            i += 1
            while i < limit, scalars[i] == " " { i += 1 }
            return figures(scalars, at: i, limit: limit, most: 2)
        }
        var i = afterMinute
        var extra = 0
        if let (value, end) = added(i), end < limit, primes.contains(scalars[end]) {
            extra = value
            i = end + 1
        } else if i < limit, primes.contains(scalars[i]) {
            i += 1
            if let (value, end) = added(i) {
                extra = value
                i = end
                // "45+2'" closes the added time with its own prime sometimes ("45′+2′").
                if i < limit, primes.contains(scalars[i]) { i += 1 }
            }
        } else {
            return nil
        }
        return (.play, minute * 100 + extra, i)
    }

    /// A minute of play with no prime, its added time maybe ("29", "45+1"), before a space and a capital: a
    /// numbered list's form as well, which `isStampedEntry` tells apart by the run (`bareRun`).
    private static func bareMinute(_ scalars: ScalarText, at start: Int, limit: Int) -> (StampKind, Int, Int)? {
        guard let (minute, afterMinute) = figures(scalars, at: start, limit: limit, most: 3), minute <= lastMinute else { return nil }
        var end = afterMinute
        var extra = 0
        if end + 1 < limit, scalars[end] == "+", let (value, after) = figures(scalars, at: end + 1, limit: limit, most: 2) {
            extra = value
            end = after
        }
        guard end + 1 < limit, scalars[end] == " ", Scalars.isUpper(scalars[end + 1]) else { return nil }
        return (.bareMinute, minute * 100 + extra, end)
    }

    /// A match's clock at `start`: minutes up to `lastMinute` and two figures of seconds ("1:26", "65:50"), no more
    /// figures after them (a time of day with its seconds), and where it ends. Seconds count.
    private static func clockStamp(_ scalars: ScalarText, at start: Int, limit: Int) -> (StampKind, Int, Int)? {
        guard let (minutes, colon) = figures(scalars, at: start, limit: limit, most: 3), minutes <= lastMinute,
              colon + 1 < limit, scalars[colon] == ":",
              let (seconds, end) = figures(scalars, at: colon + 1, limit: limit, most: 2), end - colon == 3, seconds < 60,
              !(end + 1 < limit && scalars[end] == ":" && Scalars.isDigit(scalars[end + 1])) else { return nil }
        return (.clock, minutes * 60 + seconds, end)
    }

    /// A race's lap at `start`: "Lap" or "Tour" and its figures ("Lap 66", "LAP 12", "Tour 45"), and where it ends.
    private static func lapStamp(_ scalars: ScalarText, at start: Int, limit: Int) -> (StampKind, Int, Int)? {
        for word in ["lap", "tour"] {
            let end = start + word.unicodeScalars.count
            guard end + 1 < limit, Scalars.folded(scalars[start..<end]) == word, scalars[end] == " ",
                  let (lap, after) = figures(scalars, at: end + 1, limit: limit, most: 3) else { continue }
            return (.lap, lap, after)
        }
        return nil
    }

    /// The marks after a minute of play: a prime, an apostrophe typed or typeset.
    private static let primes: Set<Unicode.Scalar> = ["′", "'", "’"]

    /// The last minute a match's stamp gives (extra time and its added minutes included).
    static let lastMinute = 130

    /// The distance at `start`: figures (a decimal comma or dot maybe) and "km" ("74 km", "77,5 km"), or "km" and the
    /// figures ("km 120", "Km 12,5"), and where it ends. Tenths of a kilometre.
    private static func distanceStamp(_ scalars: ScalarText, at start: Int, limit: Int) -> (StampKind, Int, Int)? {
        // "km" and no letter after it.
        func unit(_ i: Int) -> Bool {
            i + 1 < limit && (scalars[i] == "k" || scalars[i] == "K") && (scalars[i + 1] == "m" || scalars[i + 1] == "M")
                && (i + 2 >= limit || !Scalars.isLetter(scalars[i + 2]))
        }
        // Figures with a decimal part maybe: tenths.
        func number(_ from: Int) -> (Int, Int)? {
            guard let (whole, end) = figures(scalars, at: from, limit: limit, most: 3) else { return nil }
            if end + 1 < limit, scalars[end] == "," || scalars[end] == ".", let (tenth, after) = figures(scalars, at: end + 1, limit: limit, most: 1) {
                return (whole * 10 + tenth, after)
            }
            return (whole * 10, end)
        }
        if unit(start) {
            var i = start + 2
            while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" { i += 1 }
            guard let (tenths, end) = number(i) else { return nil }
            return (.distance, tenths, end)
        }
        guard let (tenths, end) = number(start) else { return nil }
        var i = end
        while i < limit, scalars[i] == " " || scalars[i] == "\u{A0}" || scalars[i] == "\u{202F}" { i += 1 }
        guard unit(i) else { return nil }
        // "to go", "de l'arrivée" after the unit: the distance left, as a race's log counts it ("14km to go: …").
        var after = i + 2
        while after < limit, scalars[after] == " " { after += 1 }
        for phrase in distanceLeftPhrases {
            let length = phrase.unicodeScalars.count
            guard after + length <= limit, Scalars.folded(scalars[after..<(after + length)]) == phrase else { continue }
            return (.distanceLeft, tenths, after + length)
        }
        return (.distance, tenths, i + 2)
    }

    /// Folded phrases after a distance that say it is what is left of the race.
    static let distanceLeftPhrases = ["to go", "to the finish", "from the finish", "de l'arrivee", "de l’arrivee", "a parcourir"]

    /// A day and month in figures, then the hour ("06/07 à 17:44", "06/07/2025 17:44", "6.7. - 17h44"), and where
    /// it ends. The value orders by month, day and minutes; a year beside is not read (a log spans days, not years).
    private static func datedStamp(_ scalars: ScalarText, at start: Int, limit: Int) -> (StampKind, Int, Int)? {
        guard let (day, dayEnd) = figures(scalars, at: start, limit: limit, most: 2), day >= 1, day <= 31,
              dayEnd < limit, scalars[dayEnd] == "/" || scalars[dayEnd] == ".",
              let (month, monthEnd) = figures(scalars, at: dayEnd + 1, limit: limit, most: 2), month >= 1, month <= 12
        else { return nil }
        var i = monthEnd
        // A year after the same separator ("06/07/2025"), or the separator closing the date ("6.7.").
        if i < limit, scalars[i] == scalars[dayEnd] {
            i += 1
            if let (_, yearEnd) = figures(scalars, at: i, limit: limit, most: 4), yearEnd - i == 2 || yearEnd - i == 4 { i = yearEnd }
        }
        // Between the date and its hour: spaces, and "à", "at", a comma or a dash maybe.
        var j = i
        while j < limit, scalars[j] == " " || scalars[j] == "\u{A0}" { j += 1 }
        if j + 1 < limit, (scalars[j] == "à" || scalars[j] == "a") && scalars[j + 1] == " " {
            j += 2
        } else if j + 2 < limit, scalars[j] == "a" && scalars[j + 1] == "t" && scalars[j + 2] == " " {
            j += 3
        } else if j < limit, ",-–".unicodeScalars.contains(scalars[j]) {
            j += 1
        }
        while j < limit, scalars[j] == " " || scalars[j] == "\u{A0}" { j += 1 }
        guard j > i, let time = TimeOfDay.read(scalars, at: j, limit: limit), time.hasMinutes else { return nil }
        return (.dated, (month * 32 + day) * 24 * 60 + time.minutes, time.end)
    }

    /// Whether the stamp opening the line at `start` of `text` heads an entry of a log: stamps of its kind open at
    /// least `logEntries` lines within `stampReach` lines and `liveBytes` bytes around it (itself among them); their
    /// values run one way, at most one step in `againstTheRun` going the other way (a second match, a new day); at
    /// least two of their entries say something (`newsWords` words or a sentence on the stamp's line or the one
    /// below). Minutes and clocks stand on a page that announces a live or in entries that speak of a match
    /// (`playWords`); dated entries, laps and distances stand newest first, dated ones at most `datedLogStep` apart,
    /// distances never from 0; laps and plain distances on a page that announces a live. Not under a line that
    /// introduces a list with a colon, unless the page announces a live.
    /// - Complexity: O(`liveBytes`), as `isLiveUpdate`.
    static func isStampedEntry(_ text: UTF8Text, at start: Int, _ stamp: Stamp) -> Bool {
        let live = announcesLive(text, before: start)
        if stamp.kind == .distance || stamp.kind == .lap, !live { return false }
        if !live, introducedAsList(text, at: start) { return false }
        var values: [Int] = []
        var telling = 0
        var sentences = 0
        // Minutes and clocks time a recipe, a podcast's chapters, a runner's splits, a constitution's articles as well:
        // a match's log shows the page is a live, or speaks of the match's moments in its entries ("coup d'envoi",
        // "half-time", "penalty"). Read until found: each entry's line is folded at most once.
        var play = live || ![.play, .bareMinute, .clock].contains(stamp.kind)
        forEachLine(text, around: start) { line in
            guard let found = liveStamp(in: line, at: 0, limit: line.count), found.kind == stamp.kind else { return }
            values.append(found.value)
            let said = tellsSomething(line, from: found.match.bodyStart)
            if said.words || said.sentence { telling += 1 }
            if said.sentence { sentences += 1 }
            if !play { play = playPhrases.occurs(in: NoticeBoundary.wordText(line, TextRange(0, line.count))) }
        }
        guard values.count >= logEntries, telling >= 2, play else { return false }
        // A clock whose minutes all fit a day's hours may be the day's: the log of hours reads it (`isLiveUpdate`).
        if stamp.kind == .clock, !values.contains(where: { $0 / 60 >= 24 }) { return false }
        // A bare figure opens a numbered list's items, a table of contents' or a ranking's: minutes of play run
        // longer, most steps more than one minute, and most entries end a sentence.
        if stamp.kind == .bareMinute {
            let steps = zip(values, values.dropFirst()).map { ($1 - $0) / 100 }
            // (A countdown's even steps, "50", "45", "40", are a ranking's.)
            guard values.count >= bareRun, sentences * 2 >= values.count,
                  steps.filter({ abs($0) > 1 }).count * 2 > steps.count, Set(steps).count > 1 else { return false }
        }
        var rising = 0
        var falling = 0
        for (upper, lower) in zip(values, values.dropFirst()) where upper != lower {
            if lower > upper { rising += 1 } else { falling += 1 }
        }
        switch stamp.kind {
        case .dated:
            // A log spans hours or a day or two; results listed newest first are a week apart.
            let steps = zip(values, values.dropFirst()).map { abs($0 - $1) }
            return falling >= 2 && rising * againstTheRun <= falling && steps.allSatisfy { $0 <= datedLogStep }
        case .lap:
            // Newest first: a recap runs from the first lap.
            return falling >= 2 && rising * againstTheRun <= falling
        case .distance, .distanceLeft:
            // Newest first, the distance left grows down the page; a route card counts from its start ("km 0") and a
            // preview walks the route towards the finish, the distances falling.
            return !values.contains(0) && rising >= 2 && falling * againstTheRun <= rising
        case .play, .bareMinute, .clock:
            return max(rising, falling) >= 2 && min(rising, falling) * againstTheRun <= max(rising, falling)
        }
    }

    /// The longest step between two dated entries of a log, in minutes: two days.
    static let datedLogStep = 2 * 24 * 60

    /// Folded phrases (whole words) of a match's moments, French and English.
    static let playWords = [
        "coup d'envoi", "kick off", "kickoff", "mi temps", "half time", "halftime", "full time", "fulltime",
        "temps additionnel", "added time", "stoppage time", "carton jaune", "carton rouge", "yellow card", "red card",
        "penalty", "corner", "hors jeu", "offside", "temps mort", "timeout", "quart temps", "lancer franc", "free throw",
    ]

    private static let playPhrases = PhraseSet(playWords.map { " " + $0 + " " })

    /// How many steps with the run one step against it may stand among (`isStampedEntry`).
    static let againstTheRun = 4

    /// How many words an entry's text shows to say something without ending a sentence ("Carton jaune pour Odilon
    /// Kossounou"), where a results list gives a name or two ("9' Mbappé").
    static let newsWords = 4

    /// How many stamps of a bare minute's kind a run shows at least (`isStampedEntry`).
    static let bareRun = 6

    /// Whether the entry's text from `bodyStart` (its first line) ends a sentence, and whether it holds `newsWords`
    /// words.
    private static func tellsSomething(_ line: ScalarText, from bodyStart: Int) -> (sentence: Bool, words: Bool) {
        guard bodyStart < line.count else { return (false, false) }
        var end = bodyStart
        while end < line.count, line[end] != "\n" { end += 1 }
        let trimmed = Scalars.trimmed(line, TextRange(bodyStart, end))
        guard trimmed.length > 0 else { return (false, false) }
        let sentence = ".!?…»\"”".unicodeScalars.contains(line[trimmed.end - 1])
        return (sentence, letterWords(line, trimmed) >= newsWords)
    }

    /// How many runs of letters `line[range]` holds: its words, figures and marks aside.
    static func letterWords(_ line: ScalarText, _ range: TextRange) -> Int {
        var words = 0
        var inWord = false
        for i in range.start..<range.end {
            let letter = Scalars.isLetter(line[i])
            if letter, !inWord { words += 1 }
            inWord = letter
        }
        return words
    }

    /// How many lines above and below a stamp `isStampedEntry` reads: four entries or more each way, each a stamp, its
    /// text and a blank line. (Every stamp reads its neighbours: a page of stamps costs this many lines a line.)
    static let stampReach = 16

    /// Calls `read` with each line opening with a stamp's first bytes (`opensStamp`) within `stampReach` lines and
    /// `liveBytes` bytes above and below the line at `start` (that line too), in the page's order, each given with the line under it
    /// when it is a stamp alone on its line: the entry's first line. A line the reach cuts is not read.
    private static func forEachLine(_ text: UTF8Text, around start: Int, _ read: (ScalarText) -> Void) {
        let floor = max(0, start - liveBytes)
        let ceiling = min(text.count, start + liveBytes)
        // Back to the first whole line within reach above, counting lines.
        var first = start
        var lines = 0
        while first > floor, lines < stampReach {
            var lineStart = first - 1
            while lineStart > floor, text[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            if lineStart == floor, floor > 0 { break }
            first = lineStart
            lines += 1
        }
        var lineStart = first
        lines = 0
        while lineStart < ceiling, lines <= 2 * stampReach {
            var lineEnd = lineStart
            while lineEnd < ceiling, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if lineEnd == ceiling, ceiling < text.count { break }
            lines += 1
            var lead = lineStart
            while lead < lineEnd, text[lead] == UInt8(ascii: " ") || text[lead] == UInt8(ascii: "\t") { lead += 1 }
            let at = afterBullet(text, lead..<lineEnd) ?? lead
            if lineEnd > at, opensStamp(text, at: at, limit: lineEnd) {
                // The line and the next one that is not blank: a stamp alone on its line has its text there.
                var nextStart = lineEnd + 1
                while nextStart < ceiling, text[nextStart] == UInt8(ascii: "\n") || text[nextStart] == UInt8(ascii: " ") { nextStart += 1 }
                var nextEnd = nextStart
                while nextEnd < ceiling, text[nextEnd] != UInt8(ascii: "\n") { nextEnd += 1 }
                // Each line cut on a scalar's end, where the reach cuts it.
                var bytes = Self.cutOnScalar(Array(text.bytes[at..<min(lineEnd, at + openingBytes * 8)]))
                if nextEnd > nextStart {
                    bytes.append(UInt8(ascii: "\n"))
                    bytes += Self.cutOnScalar(Array(text.bytes[nextStart..<min(nextEnd, nextStart + openingBytes * 8)]))
                }
                read(ScalarText(utf8: bytes))
            }
            lineStart = lineEnd + 1
        }
    }

    /// Whether the line of `text` at `start` may open with a stamp, by its first bytes: a figure, or "km", "lap " or
    /// "tour " in any case. (Most lines open with a letter: a word is ruled out before any scalar is read.)
    static func opensStamp(_ text: UTF8Text, at start: Int, limit: Int) -> Bool {
        guard start < limit else { return false }
        if text[start] >= UInt8(ascii: "0"), text[start] <= UInt8(ascii: "9") { return true }
        for bytes in stampWords {
            guard start + bytes.count <= limit else { continue }
            if bytes.indices.allSatisfy({ text[start + $0] | 0x20 == bytes[$0] | 0x20 }) { return true }
        }
        return false
    }

    /// The words that may open a stamp, as bytes (`opensStamp`).
    private static let stampWords: [[UInt8]] = ["km", "lap ", "tour "].map { Array($0.utf8) }

    /// Where the text of a list's item opens after its bullet and spaces ("• 1:26: First corner"), when a figure opens
    /// it: a log set as a list. Nil for any other line.
    static func afterBullet(_ text: UTF8Text, _ line: Range<Int>) -> Int? {
        guard let i = itemText(text, line), text[i] >= UInt8(ascii: "0"), text[i] <= UInt8(ascii: "9") else { return nil }
        return i
    }

    /// Whether the text of `text[range]` opens with an update's label, folded ("Update", "Updated", "Mise à jour",
    /// "MAJ", "Edit"), then no letter: the labels of a log of updates set as a list's items. Not "Correction" nor
    /// "Fix", a release note's.
    static func opensWithUpdateLabel(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        let head = Scalars.folded(String(decoding: text.bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + 16)], as: UTF8.self).unicodeScalars)
        return ["updated", "update", "mise a jour", "maj", "edit"].contains { label in
            head.hasPrefix(label) && !(head.dropFirst(label.count).first?.isLetter ?? false)
        }
    }

    /// Where the text of a list's item opens after its bullet ("•", "▪", "·", "-", "*", "–", "—") and the spaces
    /// after it; nil for a line that is no such item.
    static func itemText(_ text: UTF8Text, _ line: Range<Int>) -> Int? {
        guard !line.isEmpty, LineJoining.isListItemStart(text, line) else { return nil }
        let (first, width) = text.scalar(at: line.lowerBound)
        guard "•▪·-*–—".unicodeScalars.contains(first) else { return nil }
        var i = line.lowerBound + width
        while i < line.upperBound, text.spaceWidth(at: i) > 0 { i += text.spaceWidth(at: i) }
        return i > line.lowerBound + width && i < line.upperBound ? i : nil
    }

    /// `bytes` without a scalar cut at their end.
    private static func cutOnScalar(_ bytes: [UInt8]) -> [UInt8] {
        var end = bytes.count
        // Back past continuation bytes to the last scalar's first byte; keep it only when it is whole.
        var lead = end - 1
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead >= 0, lead < end else { return bytes }
        let width = bytes[lead] < 0x80 ? 1 : bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
        if lead + width > end { end = lead }
        return Array(bytes[0..<end])
    }
}
