/// The byte-level engine of `SentenceSegmenter`: finds sentence boundaries in one paragraph of UTF-8 text.
///
/// One pass over the paragraph. Most bytes are letters, skipped after one table look-up; the scanner stops at
/// terminal punctuation (. ? ! … ‽), quotation marks and brackets. Quotations and brackets open *frames*: a
/// boundary found inside a frame is provisional and is dropped when the frame closes (a quotation with its
/// attribution stays one sentence), but kept if the frame never closes (a quotation opened in this paragraph and
/// closed in a later one must not swallow the paragraph). Each boundary is decided by `decide` (in
/// `SentenceScanner+Rules.swift`) from the words around it.
///
/// The scanner keeps its work arrays between paragraphs, so segmenting a long article allocates almost nothing.
struct SentenceScanner {
    /// What closes a frame.
    enum Closer: UInt8 {
        /// « … »
        case guillemet
        /// “ … ” (or „ … ”)
        case curly
        /// " … "
        case straight
        /// ( … )
        case paren
        /// [ … ]
        case bracket
        /// { … }
        case brace
    }

    /// An open quotation or bracket, and how many boundaries were found before it opened.
    struct Frame {
        /// What closes it.
        var closer: Closer
        /// `boundaries.count` when it opened: the boundaries after this index were found inside it.
        var mark: Int
    }

    /// Byte classes for the main loop: 0 for every byte that needs no attention.
    private enum ByteClass {
        static let terminal: UInt8 = 1, straightQuote: UInt8 = 2, open: UInt8 = 3, close: UInt8 = 4, lead2: UInt8 = 5, lead3: UInt8 = 6
    }

    private static let byteClasses: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in Array(".?!".utf8) { table[Int(byte)] = ByteClass.terminal }
        table[Int(UInt8(ascii: "\""))] = ByteClass.straightQuote
        for byte in Array("([{".utf8) { table[Int(byte)] = ByteClass.open }
        for byte in Array(")]}".utf8) { table[Int(byte)] = ByteClass.close }
        table[0xC2] = ByteClass.lead2
        table[0xE2] = ByteClass.lead3
        return table
    }()

    /// The text being segmented.
    let text: UTF8Text
    /// The article language (abbreviations and the pronoun "I").
    let language: Language
    private let classes: [UInt8]
    /// The quotations and brackets open at the current position, innermost last.
    var frames: [Frame] = []
    /// Boundary offsets found so far in the current paragraph, increasing.
    var boundaries: [Int] = []
    /// List markers of the current paragraph.
    var lists = InlineListMarkers()
    /// The current paragraph.
    var paragraph: Range<Int> = 0..<0
    /// Scalars around a glued sentence start, for `LostBreak` (kept to allocate once).
    private var window: [Unicode.Scalar] = []

    /// A scanner over `text` for `language`.
    init(_ text: UTF8Text, language: Language) {
        self.text = text
        self.language = language
        self.classes = Self.byteClasses
    }

    /// Calls `body` with each sentence of `text[range]` (a paragraph), trimmed of white space, in order.
    mutating func sentences(in range: Range<Int>, _ body: (Range<Int>) -> Void) {
        paragraph = range
        frames.removeAll(keepingCapacity: true)
        boundaries.removeAll(keepingCapacity: true)
        lists.prepare(text, range)
        let end = range.upperBound
        var i = range.lowerBound
        guard let base = text.bytes.baseAddress else { return }
        classes.withUnsafeBufferPointer { classTable in
            guard let classes = classTable.baseAddress else { return }
            while i < end {
                // The tight loop: most bytes need nothing.
                i = Self.skipPlain(base, classes, from: i, to: end)
                guard i < end else { break }
                switch classes[Int(base[i])] {
                case ByteClass.terminal:
                    i = terminal(at: i, end: end)
                case ByteClass.straightQuote:
                    straightQuote(at: i, end: end)
                    i += 1
                case ByteClass.open:
                    let b = text[i]
                    push(b == UInt8(ascii: "(") ? .paren : b == UInt8(ascii: "[") ? .bracket : .brace)
                    i += 1
                case ByteClass.close:
                    let b = text[i]
                    close(b == UInt8(ascii: ")") ? .paren : b == UInt8(ascii: "]") ? .bracket : .brace)
                    i += 1
                    splitIfGlued(at: i)
                case ByteClass.lead2:
                    i = twoByte(at: i, end: end)
                default:
                    i = threeByte(at: i, end: end)
                }
            }
        }
        emit(range, body)
    }

    /// The first offset at or after `start` whose byte the scanner must look at (. ? ! " ( ) [ ] { } or the lead
    /// byte of « » … “ ” • ⁃ ‽). Eight bytes at a time while they are ASCII letters and spaces (most of prose),
    /// then byte by byte with the class table. Locals only: nothing is written to memory in the loop.
    @inline(__always)
    static func skipPlain(_ base: UnsafePointer<UInt8>, _ classes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        let raw = UnsafeRawPointer(base)
        while i + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 == 0 {
                let folded = word | 0x2020_2020_2020_2020
                let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
                let x = word ^ 0x2020_2020_2020_2020
                let spaces = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x)
                if (letters | spaces) & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080 {
                    i += 8
                    continue
                }
            }
            // Something else in these eight bytes (a comma, a digit, an accent…): look at each once.
            for k in i..<(i + 8) where classes[Int(base[k])] != 0 { return k }
            i += 8
        }
        while i < end {
            if classes[Int(base[i])] != 0 { return i }
            i += 1
        }
        return end
    }

    // MARK: Frames

    private mutating func push(_ closer: Closer) {
        frames.append(Frame(closer: closer, mark: boundaries.count))
    }

    /// Closes the innermost frame `closer` closes, dropping the boundaries found inside it; returns whether
    /// there was one.
    @discardableResult
    private mutating func close(_ closer: Closer) -> Bool {
        guard let index = frames.lastIndex(where: { $0.closer == closer }) else { return false }
        let mark = frames[index].mark
        if boundaries.count > mark { boundaries.removeSubrange(mark...) }
        frames.removeSubrange(index...)
        return true
    }

    /// A straight double quote opens after white space, an opening bracket or a dash; otherwise it closes the
    /// open straight quotation. One that opens while another is open means the other was never closed.
    private mutating func straightQuote(at i: Int, end: Int) {
        let before = i > paragraph.lowerBound ? text.scalar(before: i) : nil
        let opensHere: Bool
        if let before {
            switch before {
            case "(", "[", "{", "«", "“", "—", "–", "-", "/", ":": opensHere = true
            default: opensHere = ArticleDecoder.isWhitespace(before)
            }
        } else {
            opensHere = true
        }
        if let open = frames.lastIndex(where: { $0.closer == .straight }) {
            let nextIsWord = i + 1 < end && ScalarClass.isWord(text.scalar(at: i + 1).scalar)
            if opensHere && nextIsWord {
                frames.removeSubrange(open...)
                push(.straight)
            } else {
                close(.straight)
            }
        } else if opensHere {
            push(.straight)
        }
    }

    // MARK: Multi-byte punctuation

    /// « and » (C2 AB, C2 BB); anything else starting with C2 is skipped.
    private mutating func twoByte(at i: Int, end: Int) -> Int {
        guard i + 1 < end else { return i + 1 }
        switch text[i + 1] {
        case 0xAB: push(.guillemet)
        case 0xBB:
            close(.guillemet)
            splitIfGlued(at: i + 2)
        default: break
        }
        return i + 2
    }

    /// … ‽ (terminals), “ ” „ (quotes), • ⁃ (bullets); anything else starting with E2 is skipped.
    private mutating func threeByte(at i: Int, end: Int) -> Int {
        guard i + 2 < end else { return i + 1 }
        let b1 = text[i + 1], b2 = text[i + 2]
        if b1 == 0x80 {
            switch b2 {
            case 0xA6, 0xBD: return terminal(at: i, end: end)
            case 0x9C, 0x9E: push(.curly)
            case 0x9D:
                close(.curly)
                splitIfGlued(at: i + 3)
            case 0xA2: bullet(at: i, width: 3, end: end)
            default: break
            }
        } else if b1 == 0x81 && b2 == 0x83 {
            bullet(at: i, width: 3, end: end)
        }
        return i + 3
    }

    /// A bullet inside a paragraph ("• 9. The first item • 10. The second item") starts a list item.
    private mutating func bullet(at i: Int, width: Int, end: Int) {
        guard i == paragraph.lowerBound || text.isSpace(before: i) else { return }
        if i > paragraph.lowerBound { boundaries.append(i) }
        lists.noteMarkerAfterBullet(text, from: i + width, end: end)
    }

    // MARK: Terminal punctuation

    /// What a run of terminal punctuation holds.
    struct TerminalRun {
        /// Offset of the first mark.
        var start: Int
        /// Offset just past the last mark.
        var end: Int
        /// Full stops in the run.
        var dots = 0
        /// A question mark in the run.
        var question = false
        /// An exclamation mark (or ‽) in the run.
        var exclamation = false
        /// An ellipsis character (…) in the run.
        var ellipsisCharacter = false
        /// Full stops separated by spaces (". . .").
        var spacedDots = false
        /// The run is glued to the word before it ("compounds. . . .", not "period . . . .").
        var attached = false
        /// An ellipsis: "…", or three full stops or more.
        var isEllipsis: Bool { ellipsisCharacter || dots >= 3 }
    }

    /// Reads the terminal run at `i`, the closing quotes and brackets after it, and records a boundary when the
    /// rules say so. Returns where scanning resumes.
    private mutating func terminal(at i: Int, end: Int) -> Int {
        var run = TerminalRun(start: i, end: i)
        run.attached = i > paragraph.lowerBound && !text.isSpace(before: i)
        var j = i
        while j < end {
            let b = text[j]
            if b == UInt8(ascii: ".") {
                run.dots += 1
                j += 1
            } else if b == UInt8(ascii: "?") {
                run.question = true
                j += 1
            } else if b == UInt8(ascii: "!") {
                run.exclamation = true
                j += 1
            } else if b == 0xE2, j + 2 < end, text[j + 1] == 0x80, text[j + 2] == 0xA6 || text[j + 2] == 0xBD {
                if text[j + 2] == 0xA6 { run.ellipsisCharacter = true } else { run.exclamation = true }
                j += 3
            } else if b == 0x20, run.dots > 0, text[j - 1] == UInt8(ascii: "."), j + 1 < end, text[j + 1] == UInt8(ascii: ".") {
                // ". . ." — spaced dots of an ellipsis.
                run.spacedDots = true
                j += 1
            } else {
                break
            }
        }
        run.end = j
        var k = j
        var quoteClosed = false
        while k < end {
            let m = text.skipSpaces(from: k, to: end)
            guard m < end else { break }
            let b = text[m]
            if b == 0xC2, m + 1 < end, text[m + 1] == 0xBB {
                close(.guillemet)
                quoteClosed = true
                k = m + 2
                continue
            }
            if b == 0xE2, m + 2 < end, text[m + 1] == 0x80, text[m + 2] == 0x9D {
                close(.curly)
                quoteClosed = true
                k = m + 3
                continue
            }
            guard m == k else { break }
            if b == UInt8(ascii: ")") { close(.paren); k += 1; continue }
            if b == UInt8(ascii: "]") { close(.bracket); k += 1; continue }
            if b == UInt8(ascii: "}") { close(.brace); k += 1; continue }
            if b == UInt8(ascii: "\"") {
                close(.straight)
                quoteClosed = true
                k += 1
                continue
            }
            if b == UInt8(ascii: "'") { k += 1; continue }
            if b == 0xE2, k + 2 < end, text[k + 1] == 0x80, text[k + 2] == 0x99 { k += 3; continue }
            break
        }
        if k < end && text.spaceWidth(at: k) == 0 {
            // No space after the run: inside a token ("3.5", "U.S.", "www.exemple.fr"), or a sentence glued on.
            if startsGlued(at: k), let boundary = decide(run, after: k, next: k, quoteClosed: quoteClosed) {
                boundaries.append(boundary)
            }
            return k
        }
        let next = text.skipSpaces(from: k, to: end)
        guard next < end else { return k }
        if let boundary = decide(run, after: k, next: next, quoteClosed: quoteClosed) {
            boundaries.append(boundary)
        }
        return k
    }

    // MARK: Glued sentences

    /// After a closing quotation mark or bracket with no terminal punctuation before it: a boundary when a sentence
    /// is glued on ("(lire aussi)Depuis lundi", "« … »Le texte").
    private mutating func splitIfGlued(at i: Int) {
        if i < paragraph.upperBound, startsGlued(at: i) { boundaries.append(i) }
    }

    /// Whether a sentence starts at `k`, glued with no space to the end of the one before (`LostBreak`, shared with
    /// the notice extent). A capital is checked on the bytes first; only then are the scalars around decoded.
    private mutating func startsGlued(at k: Int) -> Bool {
        let end = paragraph.upperBound
        guard k > paragraph.lowerBound, k < end else { return false }
        guard ScalarClass.isUpper(text.scalar(at: k).scalar) else { return false }
        window.removeAll(keepingCapacity: true)
        var s = k
        var back = 0
        while s > paragraph.lowerBound, back < Self.gluedReach {
            s = text.scalarStart(before: s)
            back += 1
        }
        var i = s
        while i < end, i < k || window.count < back + Self.gluedReach {
            let (scalar, w) = text.scalar(at: i)
            window.append(scalar)
            i += w
        }
        return LostBreak.isGlued(window, at: back, from: 0, to: window.count)
    }

    /// How many scalars `LostBreak` sees on either side of a glued start: more than any word or address it looks at.
    private static let gluedReach = 48

    // MARK: Output

    private mutating func emit(_ range: Range<Int>, _ body: (Range<Int>) -> Void) {
        lists.merge(into: &boundaries)
        var start = range.lowerBound
        for boundary in boundaries where boundary > start && boundary < range.upperBound {
            let sentence = text.trimmed(start..<boundary)
            if !sentence.isEmpty { body(sentence) }
            start = boundary
        }
        let last = text.trimmed(start..<range.upperBound)
        if !last.isEmpty { body(last) }
    }
}
