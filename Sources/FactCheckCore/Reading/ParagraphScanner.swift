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

    /// The next line, trimmed (empty for a blank line), or nil at the end of the text.
    private mutating func nextLine() -> Range<Int>? {
        guard position < text.count else { return nil }
        let start = position
        let end = lineEnd(from: start)
        position = end < text.count ? end + 1 : end
        return text.trimmed(start..<end)
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

    private mutating func classify(_ range: Range<Int>) -> Found {
        let furniture = PageFurniture.classify(text, range)
        if furniture == .commentSection { inCommentSection = true }
        if inCommentSection || furniture != nil { return Found(range: range, kind: .furniture) }
        if UpdateMarkerProbe.matches(text, range) { return Found(range: range, kind: .update) }
        return Found(range: range, kind: .body)
    }
}

/// Decides whether a line continues the line before it (hard wrapping) or starts a new paragraph.
enum LineJoining {
    /// Whether `next` continues `previous`. `widest` is the longest line of the paragraph so far (by bytes; its
    /// width is the wrap width as far as it is known); it is updated when the line joins.
    static func continues(_ text: UTF8Text, _ previous: Range<Int>, with next: Range<Int>, widest: inout Range<Int>) -> Bool {
        let lastStart = text.scalarStart(before: previous.upperBound)
        let last = text.scalar(at: lastStart).scalar
        let first = text.scalar(at: next.lowerBound).scalar
        let nextStartsLower = ScalarClass.isLower(first)
        switch last {
        case ".", "!", "?", "…", "‽": return false
        case ":", "»", "\"", "”", ";": if !nextStartsLower { return false }
        default: break
        }
        if isListItemStart(text, next) || UpdateMarkerProbe.matches(text, next) || PageFurniture.classify(text, next) != nil {
            return false
        }
        if isAllCaps(text, previous) || (!nextStartsLower && isAllCaps(text, next)) { return false }
        if nextStartsLower {
            if next.count > widest.count { widest = next }
            return true
        }
        // A capitalised (or numeric, or quoted) start continues only a line filled to the wrap width: a greedy
        // wrapper would have put the next word on the earlier line had it fitted. Widths count scalars.
        let previousWidth = text.scalarCount(previous)
        guard previousWidth >= ParagraphReader.wrappedLineMinimum else { return false }
        let width = max(text.scalarCount(widest), text.scalarCount(next), previousWidth)
        let firstWord = text.scalarCount(next.lowerBound..<wordEnd(text, next))
        guard previousWidth + 1 + firstWord > width else { return false }
        if next.count > widest.count { widest = next }
        return true
    }

    private static func wordEnd(_ text: UTF8Text, _ line: Range<Int>) -> Int {
        var i = line.lowerBound
        while i < line.upperBound, text.spaceWidth(at: i) == 0 { i += 1 }
        return i
    }

    /// A line with at least two letters and none in lower case ("CLOUDWATT : L'AUDIT").
    static func isAllCaps(_ text: UTF8Text, _ line: Range<Int>) -> Bool {
        guard line.count <= 400 else { return false }
        var letters = 0
        var i = line.lowerBound
        while i < line.upperBound {
            let (scalar, width) = text.scalar(at: i)
            if ScalarClass.isLower(scalar) { return false }
            if ScalarClass.isLetter(scalar) { letters += 1 }
            i += width
        }
        return letters >= 2
    }

    /// A bullet, dash or "1." / "1)" / "a)" list marker at the start of a line.
    static func isListItemStart(_ text: UTF8Text, _ line: Range<Int>) -> Bool {
        guard !line.isEmpty else { return false }
        let (first, width) = text.scalar(at: line.lowerBound)
        let afterMarker = line.lowerBound + width
        let spaceAfter = afterMarker < line.upperBound && text.spaceWidth(at: afterMarker) > 0
        switch first {
        case "•", "⁃", "▪", "►", "✓": return true
        case "-", "*", "–", "—", "·": return spaceAfter
        default: break
        }
        var i = line.lowerBound
        while i < line.upperBound, i - line.lowerBound < 3, text[i] >= 0x30, text[i] <= 0x39 { i += 1 }
        if i == line.lowerBound, i < line.upperBound, text[i] >= 0x61, text[i] <= 0x7A { i += 1; guard i < line.upperBound, text[i] == UInt8(ascii: ")") else { return false } }
        guard i > line.lowerBound, i < line.upperBound else { return false }
        guard text[i] == UInt8(ascii: ".") || text[i] == UInt8(ascii: ")") else { return false }
        i += 1
        if i < line.upperBound, text[i] == UInt8(ascii: ")") { i += 1 }
        return i < line.upperBound && text.spaceWidth(at: i) > 0
    }
}
