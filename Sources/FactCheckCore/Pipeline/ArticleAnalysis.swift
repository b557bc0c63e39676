/// A sentence found in an article, with every place its text occurs (repeated paragraphs give several).
public struct ArticleSentence: Equatable, Sendable {
    /// The text with white space folded (wrapped lines rejoined).
    public var text: String
    /// Where it occurs, first occurrence first.
    public var occurrences: [TextRange]
    /// What a checker looks for in it: numbers, dates, attributions, quotations (ranges of the first occurrence).
    public var details: ClaimDetails

    /// Creates a sentence.
    public init(text: String, occurrences: [TextRange], details: ClaimDetails = ClaimDetails()) {
        self.text = text
        self.occurrences = occurrences
        self.details = details
    }
}

/// An update notice found in an article ("MISE A JOUR : …").
public struct ArticleNotice: Equatable, Sendable {
    /// The marker as written ("MISE A JOUR", "Update (3/12)").
    public var marker: String
    /// The notice's text after its marker.
    public var text: String
    /// The whole notice, marker included: a paragraph, or the end of a paragraph for a notice written inline.
    public var range: TextRange
}

/// What the reader made of an article: its claims, notices, questions and furniture.
public struct ArticleAnalysis: Sendable {
    /// The decoded text.
    public var text: String
    /// The text's scalars; all ranges index into this.
    public var scalars: [Unicode.Scalar]
    /// The detected (or forced) language.
    public var language: Language
    /// Paragraphs in reading order.
    public var paragraphs: [Paragraph]
    /// Checkable sentences, each once, in order of first occurrence.
    public var claims: [ArticleSentence]
    /// Questions (often rhetorical), listed apart from claims.
    public var questions: [ArticleSentence]
    /// Update notices in reading order.
    public var notices: [ArticleNotice]
    /// Furniture paragraphs (comment footers, share lines…).
    public var furniture: [TextRange]
    /// Paragraphs printed more than once: each entry lists every occurrence.
    public var repeatedParagraphs: [[TextRange]]

    /// The SHA-256 of the decoded text's UTF-8, as stored in annotation files.
    public var sha256: String { SHA256.hexDigest(text) }
}

/// Reads an article's text into an `ArticleAnalysis`.
public enum ArticleReader {
    /// Analyses `text`; `language` overrides detection.
    /// - Complexity: O(n) in the text length.
    /// - Parameter details: whether to read each claim's numbers, dates, sources and quotes (`ArticleSentence.details`);
    ///   they cost more than the rest of the reading, and only `claims --json` shows them.
    public static func analyze(_ text: String, language: Language? = nil, details: Bool = true) -> ArticleAnalysis {
        let scalars = Array(text.unicodeScalars)
        var copy = text
        return copy.withUTF8 { buffer in
            var reader = ArticleReading(UTF8Text(buffer), scalars: scalars, language: language)
            reader.readsDetails = details
            reader.read()
            return ArticleAnalysis(
                text: text, scalars: scalars, language: reader.language, paragraphs: reader.paragraphs, claims: reader.claims,
                questions: reader.questions, notices: reader.notices, furniture: reader.furniture,
                repeatedParagraphs: reader.repeatedParagraphs)
        }
    }

    /// A sentence ending in a question mark (before any closing quotes or brackets).
    static func isQuestion(_ scalars: [Unicode.Scalar], _ range: TextRange) -> Bool {
        var i = range.end - 1
        while i >= range.start, "\"»”)]' \u{A0}\u{202F}".unicodeScalars.contains(scalars[i]) { i -= 1 }
        return i >= range.start && (scalars[i] == "?" || scalars[i] == "‽")
    }

    /// At least three words: a lone "Merci." or "Oui, bien sûr." states nothing checkable.
    static func isClaimLike(_ scalars: [Unicode.Scalar], _ range: TextRange) -> Bool {
        var words = 0
        var inWord = false
        for scalar in scalars[range.start..<range.end] {
            let isWord = ScalarClass.isWord(scalar)
            if isWord, !inWord { words += 1 }
            inWord = isWord
            if words >= 3 { return true }
        }
        return false
    }
}

/// The state of one `ArticleReader.analyze` run.
private struct ArticleReading {
    let text: UTF8Text
    let scalars: [Unicode.Scalar]
    let language: Language
    var offsets: ScalarOffsets
    var paragraphs: [Paragraph] = []
    var claims: [ArticleSentence] = []
    var questions: [ArticleSentence] = []
    var notices: [ArticleNotice] = []
    var furniture: [TextRange] = []
    var repeatedParagraphs: [[TextRange]] = []
    private var claimIndex: [ByteKey: Int] = [:]
    private var questionIndex: [ByteKey: Int] = [:]

    /// Whether claims get their details read.
    var readsDetails = true

    init(_ text: UTF8Text, scalars: [Unicode.Scalar], language: Language?) {
        self.text = text
        self.scalars = scalars
        self.language = language ?? Language.detect(text)
        self.offsets = ScalarOffsets(text)
    }

    mutating func read() {
        var paragraphScanner = ParagraphScanner(text)
        var sentenceScanner = SentenceScanner(text, language: language)
        var occurrences: [ByteKey: [TextRange]] = [:]
        var order: [ByteKey] = []
        var sentences: [Range<Int>] = []
        while let found = paragraphScanner.next() {
            let range = offsets.range(found.range)
            paragraphs.append(Paragraph(range: range, kind: found.kind))
            switch found.kind {
            case .furniture:
                furniture.append(range)
            case .update:
                // Several notices may share a paragraph ("Erratum : … 80 000.MAJ 2 : …").
                let starts = [range.start] + UpdateMarker.inlineMarkers(in: scalars, range: range)
                addNotices(startingAt: starts, end: range.end)
            case .body:
                let key = ByteKey(text.normalizedString(found.range))
                if occurrences[key] == nil { order.append(key) }
                occurrences[key, default: []].append(range)
                sentences.removeAll(keepingCapacity: true)
                sentenceScanner.sentences(in: found.range) { sentences.append($0) }
                // A notice written inline — after a sentence, or glued to it ("… mois.MISE A JOUR : …") — runs to the
                // end of its paragraph, or to the next notice.
                let markers = UpdateMarker.inlineMarkers(in: scalars, range: range)
                for sentence in sentences {
                    if let first = markers.first {
                        let sentenceRange = offsets.range(sentence)
                        if sentenceRange.end > first {
                            let before = Scalars.trimmed(scalars, TextRange(sentenceRange.start, max(sentenceRange.start, first)))
                            if before.length > 0 { addSentence(scalarRange: before) }
                            break
                        }
                    }
                    addSentence(sentence)
                }
                if !markers.isEmpty { addNotices(startingAt: markers, end: range.end) }
            }
        }
        repeatedParagraphs = order.compactMap { key in
            guard let ranges = occurrences[key], ranges.count > 1 else { return nil }
            return ranges
        }
    }

    /// One notice from each start to the next (the last to `end`).
    private mutating func addNotices(startingAt starts: [Int], end: Int) {
        for (i, start) in starts.enumerated() {
            let piece = Scalars.trimmed(scalars, TextRange(start, i + 1 < starts.count ? starts[i + 1] : end))
            if piece.length > 0 { addNotice(piece) }
        }
    }

    private mutating func addNotice(_ range: TextRange) {
        guard let match = UpdateMarker.match(in: scalars, at: range.start, limit: range.end) else { return }
        notices.append(ArticleNotice(
            marker: Scalars.normalizedText(scalars, match.marker),
            text: Scalars.normalizedText(scalars, TextRange(match.bodyStart, range.end)),
            range: range))
    }

    /// A sentence cut short by a glued notice marker, given in scalars.
    private mutating func addSentence(scalarRange range: TextRange) {
        let isQuestion = ArticleReader.isQuestion(scalars, range)
        guard isQuestion || ArticleReader.isClaimLike(scalars, range) else { return }
        record(Scalars.normalizedText(scalars, range), range, isQuestion: isQuestion)
    }

    private mutating func addSentence(_ bytes: Range<Int>) {
        let range = offsets.range(bytes)
        let isQuestion = ArticleReader.isQuestion(scalars, range)
        guard isQuestion || ArticleReader.isClaimLike(scalars, range) else { return }
        record(text.normalizedString(bytes), range, isQuestion: isQuestion)
    }

    /// Adds a sentence to the claims or the questions, or one more occurrence to the same text seen before.
    /// Each list is changed in place: passing it `inout` to a method of `self` would copy it at every call.
    private mutating func record(_ sentenceText: String, _ range: TextRange, isQuestion: Bool) {
        let key = ByteKey(sentenceText)
        if isQuestion {
            if let existing = questionIndex[key] {
                questions[existing].occurrences.append(range)
            } else {
                questionIndex[key] = questions.count
                questions.append(ArticleSentence(text: sentenceText, occurrences: [range], details: details(of: range)))
            }
        } else if let existing = claimIndex[key] {
            claims[existing].occurrences.append(range)
        } else {
            claimIndex[key] = claims.count
            claims.append(ArticleSentence(text: sentenceText, occurrences: [range], details: details(of: range)))
        }
    }

    private func details(of range: TextRange) -> ClaimDetails {
        guard readsDetails else { return ClaimDetails() }
        return ClaimDetailsReader(scalars: scalars, language: language).details(of: range)
    }
}

/// A text as its UTF-8 bytes, for dictionary keys: hashing a `String` normalises it to NFC first, which dominated
/// reading articles of hundreds of thousands of sentences. Texts are compared as written, byte for byte.
struct ByteKey: Hashable {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
