/// Reads paragraphs one at a time from UTF-8 text, so a caller can segment and print as it goes.
///
/// See `ParagraphReader` for the rules. Byte offsets; `ScalarOffsets` converts them.
struct ParagraphScanner {
    /// A paragraph found: its trimmed byte range and kind.
    struct Found: Equatable {
        /// The paragraph's bytes, trimmed of white space.
        var range: Range<Int>
        /// Body, update notice or furniture.
        var kind: Paragraph.Kind
    }

    private let text: UTF8Text
    /// Where the next unread line starts.
    private var position = 0
    /// A line read but not yet placed: it starts the next paragraph.
    private var pendingLine: Range<Int>?
    /// Once a comment footer is seen, the rest of the page is furniture.
    private var inCommentSection = false
    /// Whether a paragraph of prose (a sentence ended, `proseLength` bytes at least) was read: a bare comment counter
    /// above the first one is the byline's, and opens no comment section.
    private var readProse = false
    static let proseLength = 12
    /// Whether the text's first line that is not blank was read (`nextLine`), and the date stamp split from it.
    private var readFirstLine = false
    private var stampLine: Range<Int>?

    /// A scanner at the start of `text`.
    init(_ text: UTF8Text) {
        self.text = text
    }

    /// The next paragraph, or nil at the end.
    mutating func next() -> Found? {
        var block: Range<Int>? = pendingLine
        var previous: Range<Int>? = pendingLine
        var widest = pendingLine ?? 0..<0
        pendingLine = nil
        while let line = nextLine() {
            if line.isEmpty {
                if let finished = block { return classify(finished) }
                continue
            }
            guard let current = block, let before = previous else {
                block = line
                previous = line
                widest = line
                continue
            }
            if LineJoining.continues(text, before, with: line, widest: &widest) {
                block = current.lowerBound..<line.upperBound
                previous = line
            } else {
                pendingLine = line
                return classify(current)
            }
        }
        guard let last = block else { return nil }
        return classify(last)
    }

    /// The next line, trimmed (empty for a blank line), or nil at the end of the text. A stored page's date stamp
    /// opening the text ("date 2018-01 (Actualisé avec …)", `PageFurniture.dateStampEnd`) is a line of its own: what
    /// follows it opens the page's first line, where a notice's marker is read.
    private mutating func nextLine() -> Range<Int>? {
        guard position < text.count else { return nil }
        let start = position
        let end = lineEnd(from: start)
        let line = text.trimmed(start..<end)
        if !readFirstLine, !line.isEmpty {
            readFirstLine = true
            if let rest = PageFurniture.dateStampEnd(text, line) {
                position = rest
                stampLine = line.lowerBound..<text.trimmed(line.lowerBound..<rest).upperBound
                return stampLine
            }
        }
        position = end < text.count ? end + 1 : end
        return line
    }

    /// The offset of the next line feed at or after `start`, or the end of the text.
    private func lineEnd(from start: Int) -> Int {
        let n = text.count
        var i = start
        if let base = text.bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
        }
        while i < n, text[i] != 0x0A { i += 1 }
        return i
    }

    /// Whether the list's items around the item at `range` (the lines next to it that are items, up to a line that
    /// is none) are two at least, each opening with an update's label (`UpdateMarker.opensWithUpdateLabel`).
    /// Reads at most `listReach` items each way: a page of nothing but such items is read in linear time.
    private func isListOfUpdates(around range: Range<Int>) -> Bool {
        var items = 1
        for (below, step) in [(false, lineBefore), (true, lineAfter)] {
            var line = step(range)
            var top = range
            var read = 0
            while let current = line, let at = UpdateMarker.itemText(text, current) {
                read += 1
                if read > Self.listReach { break }
                guard UpdateMarker.opensWithUpdateLabel(text, at..<current.upperBound) else { return false }
                items += 1
                top = current
                line = step(current)
            }
            // A list a line introduces with a colon right above it, or above the blank line over it ("The studio's
            // plans include:", "The roadmap lists:"), lists what it names (planned releases), not the page's updates.
            if !below, read <= Self.listReach, let intro = line ?? lineAboveBlank(top),
               text[intro.upperBound - 1] == UInt8(ascii: ":") { return false }
        }
        return items >= 2
    }

    /// How many of a list's items `isListOfUpdates` reads on each side of an item.
    static let listReach = 40

    /// The line above `range` (trimmed), nil at the text's start or when it is blank.
    private func lineBefore(_ range: Range<Int>) -> Range<Int>? {
        let end = lineStart(at: range.lowerBound)
        guard end > 0 else { return nil }
        let line = text.trimmed(lineStart(at: end - 1)..<(end - 1))
        return line.isEmpty ? nil : line
    }

    /// Where the line holding `offset` starts (after the line feed before it, or at the text's start).
    private func lineStart(at offset: Int) -> Int {
        var start = offset
        while start > 0, text[start - 1] != 0x0A { start -= 1 }
        return start
    }

    /// The line above the blank line right above `range` (trimmed), nil when that line is not blank or none is there.
    private func lineAboveBlank(_ range: Range<Int>) -> Range<Int>? {
        let end = lineStart(at: range.lowerBound)
        guard end > 0 else { return nil }
        let blankStart = lineStart(at: end - 1)
        guard text.trimmed(blankStart..<(end - 1)).isEmpty else { return nil }
        return lineBefore(blankStart..<blankStart)
    }

    /// The line below `range` (trimmed), nil at the text's end or when it is blank.
    private func lineAfter(_ range: Range<Int>) -> Range<Int>? {
        var start = range.upperBound
        while start < text.count, text[start] != 0x0A { start += 1 }
        guard start < text.count else { return nil }
        let line = text.trimmed((start + 1)..<lineEnd(from: start + 1))
        return line.isEmpty ? nil : line
    }

    /// Whether `text[range]` opens with "UPDATE" in capitals and a colon, the noun and not the participle, on a line
    /// of its own after a blank line or at the text's start: under a "POSTED: …" line it is a byline's stamp.
    private func opensWithCapitalUpdateNoun(_ range: Range<Int>) -> Bool {
        let noun = Array("UPDATE:".utf8)
        guard range.count > noun.count, (0..<noun.count).allSatisfy({ text[range.lowerBound + $0] == noun[$0] }) else { return false }
        var above = range.lowerBound
        while above > 0, text[above - 1] == UInt8(ascii: " ") { above -= 1 }
        guard above > 0 else { return true }
        guard text[above - 1] == 0x0A else { return false }
        var before = above - 1
        while before > 0, text[before - 1] == UInt8(ascii: " ") || text[before - 1] == UInt8(ascii: "\r") { before -= 1 }
        return before == 0 || text[before - 1] == 0x0A
    }

    private mutating func classify(_ range: Range<Int>) -> Found {
        if range == stampLine { return Found(range: range, kind: .furniture) }
        let furniture = PageFurniture.classify(text, range)
        if furniture == .commentSection, readProse || !PageFurniture.isBareCommentCounter(text, range) { inCommentSection = true }
        // An hour and its day alone on a line read as a date line, the page's furniture, unless it heads an entry of a
        // live log ("11:35 AM, November 7" over the entry's text: `UpdateMarker.timeAlone`).
        // So does the noun "UPDATE" in capitals given its date, hour and zone ("UPDATE: Sunday, June 28, 2020 at 2:56
        // p.m. EDT"), which a byline's stamp sets as a participle ("UPDATED: …", "Updated …").
        if furniture == .line, !inCommentSection, !range.isEmpty,
           (text[range.lowerBound] >= UInt8(ascii: "0") && text[range.lowerBound] <= UInt8(ascii: "9")) || opensWithCapitalUpdateNoun(range),
           UpdateMarkerProbe.matches(text, range) {
            return Found(range: range, kind: .update)
        }
        if inCommentSection || furniture != nil { return Found(range: range, kind: .furniture) }
        if UpdateMarkerProbe.matches(text, range) { return Found(range: range, kind: .update) }
        // A log set as a list, each item opened by its stamp ("• 13:34: Another corner"): the entry is the item's text.
        if let at = UpdateMarker.afterBullet(text, range), UpdateMarkerProbe.opensStampedEntry(text, at..<range.upperBound) {
            return Found(range: at..<range.upperBound, kind: .update)
        }
        // Updates set as a list's items ("• Update: …" / "• Update 2: Microsoft said …"): the notice is the item's
        // text. Only in a list of them: two items at least, every item of the list opening with an update's label.
        // A changelog's, a release note's or a how-to's items are labelled otherwise around it ("- Update: the sync
        // engine…" among "- New: …" and "- Fix: …", "- Mise à jour : ouvrez les réglages" over "- Sauvegarde : …").
        if let at = UpdateMarker.itemText(text, range), UpdateMarker.opensWithUpdateLabel(text, at..<range.upperBound),
           UpdateMarkerProbe.matches(text, at..<range.upperBound), isListOfUpdates(around: range) {
            return Found(range: at..<range.upperBound, kind: .update)
        }
        if range.count >= Self.proseLength, PageFurniture.endsWithFullStop(text, range) { readProse = true }
        return Found(range: range, kind: .body)
    }
}
