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
        // "… Are they for real? [end update]": the mark closes the update's paragraph.
        case "]", ")": if endsWithEndMark(text, previous) { return false }
        default: break
        }
        if isListItemStart(text, next) || UpdateMarkerProbe.matches(text, next) || PageFurniture.classify(text, next) != nil {
            return false
        }
        if isAllCaps(text, previous) || (!nextStartsLower && isAllCaps(text, next)) { return false }
        // A line of marks alone ("******", "-----", "* * *") is a rule between two parts of the page, never a wrapped line's.
        if isRule(text, next) || isRule(text, previous) { return false }
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

    /// Whether `line` ends with an update's end mark in brackets (`NoticeBoundary.endsWithEndMark`).
    private static func endsWithEndMark(_ text: UTF8Text, _ line: Range<Int>) -> Bool {
        // Every mark ends with one of these letters ("update", "updates", "jour", "maj"): most brackets closing a
        // line ("(AFP)", "[photo]") are ruled out before any scalar is read.
        guard line.count >= 8, "esrjESRJ".utf8.contains(text[line.upperBound - 2]) else { return false }
        var start = max(line.lowerBound, line.upperBound - 48)
        if start > line.lowerBound { start = text.scalarStart(before: start + 1) }
        let tail = ScalarText(utf8: Array(text.bytes[start..<line.upperBound]))
        return NoticeBoundary.endsWithEndMark(tail, TextRange(0, tail.count))
    }

    private static func wordEnd(_ text: UTF8Text, _ line: Range<Int>) -> Int {
        var i = line.lowerBound
        while i < line.upperBound, text.spaceWidth(at: i) == 0 { i += 1 }
        return i
    }

    /// A line of three marks or more and nothing else but spaces ("******", "-----", "* * *", "___", "— — —"): a rule.
    /// Not an ellipsis or a dash alone, which a hard-wrapped sentence may leave on a line of its own.
    static func isRule(_ text: UTF8Text, _ line: Range<Int>) -> Bool {
        var marks = 0
        var i = line.lowerBound
        while i < line.upperBound {
            let (scalar, width) = text.scalar(at: i)
            if ruleMarks.contains(scalar) { marks += 1 } else if !Scalars.isSpace(scalar) { return false }
            i += width
        }
        return marks >= 3
    }

    /// The marks a rule is drawn with.
    private static let ruleMarks: Set<Unicode.Scalar> = ["*", "-", "_", "=", "~", "#", "•", "·", "–", "—", "+"]

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
