/// A paragraph of an article: a run of lines that reads as one block, with what the reader decided it is.
public struct Paragraph: Equatable, Sendable {
    /// What a paragraph is, for the claim extractor.
    public enum Kind: String, Sendable {
        /// Article prose: its sentences may be claims.
        case body
        /// An update notice ("MISE A JOUR : …"): tracked against claims, never a claim itself.
        case update
        /// Page furniture (comment footers, share lines, date lines): listed, never a claim.
        case furniture
    }

    /// The paragraph's scalars in the article, trimmed of surrounding white space.
    public var range: TextRange
    /// What the paragraph is.
    public var kind: Kind
}

/// Splits an article into paragraphs: blank lines separate them, hard-wrapped lines are rejoined, furniture and
/// update notices are recognised.
public enum ParagraphReader {
    /// Lines at least this long, not ending a sentence, are taken as hard-wrapped when the next line continues.
    static let wrappedLineMinimum = 40

    /// The paragraphs of `scalars`, in reading order.
    /// - Complexity: O(n) in the text length (furniture checks look at short lines only).
    public static func paragraphs(in scalars: [Unicode.Scalar]) -> [Paragraph] {
        let lines = lineRanges(scalars)
        var blocks: [TextRange] = []
        var current: TextRange?
        var previousLine: TextRange?
        for line in lines {
            let trimmed = Scalars.trimmed(scalars, line)
            if trimmed.length == 0 {
                if let block = current { blocks.append(block) }
                current = nil
                previousLine = nil
                continue
            }
            if let block = current, let previous = previousLine, continues(previous, with: trimmed, in: scalars) {
                current = TextRange(block.start, trimmed.end)
            } else {
                if let block = current { blocks.append(block) }
                current = trimmed
            }
            previousLine = trimmed
        }
        if let block = current { blocks.append(block) }

        var paragraphs: [Paragraph] = []
        var inCommentSection = false
        for block in blocks {
            let furniture = PageFurniture.classify(scalars, block)
            if furniture == .commentSection { inCommentSection = true }
            let kind: Paragraph.Kind
            if inCommentSection || furniture != nil {
                kind = .furniture
            } else if UpdateMarker.match(in: scalars, at: block.start, limit: block.end) != nil {
                kind = .update
            } else {
                kind = .body
            }
            paragraphs.append(Paragraph(range: block, kind: kind))
        }
        return paragraphs
    }

    /// The ranges of the lines of `scalars`, without their line feeds.
    static func lineRanges(_ scalars: [Unicode.Scalar]) -> [TextRange] {
        var ranges: [TextRange] = []
        var start = 0
        for (i, scalar) in scalars.enumerated() where scalar == "\n" {
            ranges.append(TextRange(start, i))
            start = i + 1
        }
        if start < scalars.count { ranges.append(TextRange(start, scalars.count)) }
        return ranges
    }

    /// Whether `next` continues the hard-wrapped line `previous` rather than starting a paragraph.
    private static func continues(_ previous: TextRange, with next: TextRange, in scalars: [Unicode.Scalar]) -> Bool {
        guard let last = scalars[previous.start..<previous.end].last, let first = scalars[next.start..<next.end].first else { return false }
        if endsSentence(last) { return false }
        if UpdateMarker.match(in: scalars, at: next.start, limit: next.end) != nil { return false }
        if PageFurniture.classify(scalars, next) != nil { return false }
        if isListItemStart(scalars, next) { return false }
        if Scalars.isLower(first) { return true }
        // A capitalised or numeric start continues only a line long enough to have been wrapped (not a headline).
        return previous.length >= wrappedLineMinimum && last != ":" 
    }

    private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…", "»", "\"", "”", ":": true
        default: false
        }
    }

    /// A bullet, dash or "1." / "a)" list marker at the start of a line.
    static func isListItemStart(_ scalars: [Unicode.Scalar], _ line: TextRange) -> Bool {
        guard let first = scalars[line.start..<line.end].first else { return false }
        switch first {
        case "-", "•", "*", "–", "—", "⁃", "·": return line.length > 1 && Scalars.isSpace(scalars[line.start + 1]) || first == "•" || first == "⁃"
        default: break
        }
        var i = line.start
        while i < line.end, Scalars.isDigit(scalars[i]) { i += 1 }
        if i > line.start, i < line.end, i - line.start <= 3, scalars[i] == "." || scalars[i] == ")" {
            return i + 1 < line.end && Scalars.isSpace(scalars[i + 1])
        }
        return false
    }
}
