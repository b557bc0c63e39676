/// Reads an annotation file straight from its bytes into the model, without building a `JSONValue` tree: the
/// fast path of `AnnotationCodec.decode` for files as factcheck writes them.
///
/// It never decides that a file is wrong. It accepts only what it fully understands — every member known, every
/// value of the expected type, every check of the strict decoder passed — and returns nil for anything else (bad
/// syntax, a duplicate or unknown member, an escape it does not take, a merge conflict, boundary corrections, an
/// integer written "3.0"…). The caller then reads the file with `JSONParser` and the strict decoder, whose verdict
/// and messages stand. So what this accepts the strict decoder accepts, equal member for member (a test checks the
/// two agree on every fixture), and every refusal keeps its one wording.
struct AnnotationByteReader: JSONByteScanning {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The annotation set in `bytes`, or nil when the strict decoder must be the judge.
    /// - Complexity: O(n) in the length of the file, one pass after the UTF-8 check.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> AnnotationSet? {
        guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else { return nil }
        var reader = AnnotationByteReader(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
        guard let set = reader.root() else { return nil }
        reader.skipWhitespace()
        return reader.position == bytes.count ? set : nil
    }

    // MARK: The format's objects

    private mutating func root() -> AnnotationSet? {
        var format: String?, version: Int?, article: ArticleReference?
        var claims: [ClaimAnnotation]?, updates: [UpdateAnnotation]?, orphans: [ClaimAnnotation]?
        let complete = members { reader, key in
            switch key {
            case "format": return reader.once(&format) { $0.string() }
            case "version": return reader.once(&version) { $0.integer() }
            case "article": return reader.once(&article) { $0.article() }
            case "claims": return reader.once(&claims) { $0.array { $0.claim() } }
            case "updates": return reader.once(&updates) { $0.array { $0.update() } }
            case "orphans": return reader.once(&orphans) { $0.array { $0.claim() } }
            default: return false
            }
        }
        guard complete, format == AnnotationSet.formatName, version == AnnotationSet.currentVersion,
              let article, let claims, let updates else { return nil }
        var ids = Set<String>()
        for claim in claims + (orphans ?? []) where !ids.insert(claim.id).inserted { return nil }
        for update in updates {
            for amendment in update.amends where !ids.contains(amendment.claim) { return nil }
        }
        return AnnotationSet(article: article, claims: claims, updates: updates, orphans: orphans ?? [], boundaries: [], extra: [])
    }

    private mutating func article() -> ArticleReference? {
        var path: String?, sha256: String?, language: String?
        let complete = members { reader, key in
            switch key {
            case "path": return reader.once(&path) { $0.string() }
            case "sha256": return reader.once(&sha256) { $0.string() }
            case "language": return reader.once(&language) { $0.string() }
            default: return false
            }
        }
        guard complete, let path, let sha256, let language, sha256.utf8.count == 64,
              sha256.utf8.allSatisfy({ Self.isDigit($0) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }) else { return nil }
        return ArticleReference(path: path, sha256: sha256, language: language, extra: [])
    }

    private mutating func claim() -> ClaimAnnotation? {
        var id: String?, n: Int?, text: String?, start: Int?, end: Int?, repeats: [TextRange]?, context: (String, String)?
        var status: ClaimStatus?, note: String?, sources: [String]?, by: String??, at: String??, review: ReviewFlag??
        var conflictIsNull: Bool?, dismissed: String??, history: [HistoryEntry]?
        let complete = members { reader, key in
            switch key {
            case "id": return reader.once(&id) { $0.string() }
            case "n": return reader.once(&n) { $0.integer() }
            case "text": return reader.once(&text) { $0.string() }
            case "start": return reader.once(&start) { $0.integer() }
            case "end": return reader.once(&end) { $0.integer() }
            case "repeats": return reader.once(&repeats) { $0.array { $0.range() } }
            case "context": return reader.once(&context) { $0.context() }
            case "status": return reader.once(&status) { $0.string().flatMap(ClaimStatus.init(rawValue:)) }
            case "note": return reader.once(&note) { $0.string() }
            case "sources": return reader.once(&sources) { $0.strings() }
            case "by": return reader.once(&by) { $0.optionalString() }
            case "at": return reader.once(&at) { $0.optionalString() }
            case "review": return reader.once(&review) { $0.nullable { $0.review() } }
            case "conflict": return reader.once(&conflictIsNull) { $0.null() }
            case "dismissed": return reader.once(&dismissed) { $0.optionalString() }
            case "history": return reader.once(&history) { $0.array { $0.historyEntry() } }
            default: return false
            }
        }
        guard complete, let id, let n, let text, let start, let end, let status, let note, let sources, let history,
              start >= 0, end >= start, n >= 1, !(status == .sourced && sources.isEmpty), (dismissed ?? nil)?.isEmpty != true
        else { return nil }
        return ClaimAnnotation(
            id: id, n: n, text: text, range: TextRange(start, end), repeats: repeats ?? [], prefix: context?.0 ?? "",
            suffix: context?.1 ?? "", status: status, note: note, sources: sources, by: by ?? nil, at: at ?? nil,
            review: review ?? nil, conflict: nil, dismissed: dismissed ?? nil, history: ChunkedList(history), extra: [])
    }

    private mutating func range() -> TextRange? {
        guard let pair = array({ $0.integer() }), pair.count == 2, pair[0] >= 0, pair[1] >= pair[0] else { return nil }
        return TextRange(pair[0], pair[1])
    }

    private mutating func context() -> (String, String)? {
        var prefix: String?, suffix: String?
        let complete = members { reader, key in
            switch key {
            case "prefix": return reader.once(&prefix) { $0.string() }
            case "suffix": return reader.once(&suffix) { $0.string() }
            default: return false
            }
        }
        guard complete, let prefix, let suffix else { return nil }
        return (prefix, suffix)
    }

    private mutating func review() -> ReviewFlag? {
        var reason: String?, update: String??
        let complete = members { reader, key in
            switch key {
            case "reason": return reader.once(&reason) { $0.string() }
            case "update": return reader.once(&update) { $0.optionalString() }
            default: return false
            }
        }
        guard complete, let reason else { return nil }
        return ReviewFlag(reason: reason, update: update ?? nil)
    }

    private mutating func historyEntry() -> HistoryEntry? {
        var at: String?, by: String?, status: ClaimStatus?, note: String??, sources: [String]?, event: String??
        let complete = members { reader, key in
            switch key {
            case "at": return reader.once(&at) { $0.string() }
            case "by": return reader.once(&by) { $0.string() }
            case "status": return reader.once(&status) { $0.string().flatMap(ClaimStatus.init(rawValue:)) }
            case "note": return reader.once(&note) { $0.optionalString() }
            case "sources": return reader.once(&sources) { $0.strings() }
            case "event": return reader.once(&event) { $0.optionalString() }
            default: return false
            }
        }
        guard complete, let at, let by, let status else { return nil }
        var entry = HistoryEntry(at: at, by: by, status: status, note: note ?? nil, sources: sources ?? [])
        entry.event = event ?? nil
        return entry
    }

    private mutating func update() -> UpdateAnnotation? {
        var id: String?, marker: String?, text: String?, start: Int?, end: Int?, issuer: String??
        var relation: UpdateRelation?, amends: [Amendment]?, unlinked: [String]?, conflictIsNull: Bool?
        let complete = members { reader, key in
            switch key {
            case "id": return reader.once(&id) { $0.string() }
            case "marker": return reader.once(&marker) { $0.string() }
            case "text": return reader.once(&text) { $0.string() }
            case "start": return reader.once(&start) { $0.integer() }
            case "end": return reader.once(&end) { $0.integer() }
            case "issuer": return reader.once(&issuer) { $0.optionalString() }
            case "relation": return reader.once(&relation) { $0.string().flatMap(UpdateRelation.init(rawValue:)) }
            case "amends": return reader.once(&amends) { $0.array { $0.amendment() } }
            case "unlinked": return reader.once(&unlinked) { $0.strings() }
            case "conflict": return reader.once(&conflictIsNull) { $0.null() }
            default: return false
            }
        }
        guard complete, let id, let marker, let text, let start, let end, let relation, let amends, start >= 0, end >= start else { return nil }
        return UpdateAnnotation(
            id: id, marker: marker, text: text, range: TextRange(start, end), issuer: issuer ?? nil, relation: relation,
            amends: amends, unlinked: unlinked ?? [], conflict: nil, extra: [])
    }

    private mutating func amendment() -> Amendment? {
        var claim: String?, score: Double?, confirmed: Bool?, by: String??, at: String??
        let complete = members { reader, key in
            switch key {
            case "claim": return reader.once(&claim) { $0.string() }
            case "score": return reader.once(&score) { $0.double() }
            case "confirmed": return reader.once(&confirmed) { $0.bool() }
            case "by": return reader.once(&by) { $0.optionalString() }
            case "at": return reader.once(&at) { $0.optionalString() }
            default: return false
            }
        }
        guard complete, let claim, let score, let confirmed, score >= 0, score <= 1 else { return nil }
        var amendment = Amendment(claim: claim, score: score, confirmed: confirmed)
        amendment.by = by ?? nil
        amendment.at = at ?? nil
        return amendment
    }

    // MARK: JSON, strictly, giving up on anything unusual

    /// Reads an object, handing each key (as ASCII bytes without escapes) to `member`, which reads the value and
    /// says whether it was a known member read well. False for anything else.
    private mutating func members(_ member: (inout AnnotationByteReader, StaticKey) -> Bool) -> Bool {
        skipWhitespace()
        guard consume(UInt8(ascii: "{")) else { return false }
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return true }
        while true {
            skipWhitespace()
            guard let key = plainKey() else { return false }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")), member(&self, key) else { return false }
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            return consume(UInt8(ascii: "}"))
        }
    }

    /// Reads a member's value into `slot` unless it was already read (a duplicate key, which the strict parser
    /// names); false when it was, or when the value is not what `value` expects.
    private mutating func once<Value>(_ slot: inout Value?, _ value: (inout AnnotationByteReader) -> Value?) -> Bool {
        guard slot == nil, let read = value(&self) else { return false }
        slot = read
        return true
    }

    private mutating func array<Element>(_ element: (inout AnnotationByteReader) -> Element?) -> [Element]? {
        skipWhitespace()
        guard consume(UInt8(ascii: "[")) else { return nil }
        var items: [Element] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return items }
        while true {
            guard let item = element(&self) else { return nil }
            items.append(item)
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            return consume(UInt8(ascii: "]")) ? items : nil
        }
    }

    private mutating func strings() -> [String]? { array { $0.string() } }

    /// `null` (nil inside) or what `value` reads.
    private mutating func nullable<Value>(_ value: (inout AnnotationByteReader) -> Value?) -> Value?? {
        skipWhitespace()
        if consumeWord("null") { return .some(nil) }
        return value(&self).map { .some($0) }
    }

    private mutating func optionalString() -> String?? { nullable { $0.string() } }

    /// True for `null`; nil (not understood) for anything else.
    private mutating func null() -> Bool? {
        skipWhitespace()
        return consumeWord("null") ? true : nil
    }

    private mutating func bool() -> Bool? {
        skipWhitespace()
        if consumeWord("true") { return true }
        if consumeWord("false") { return false }
        return nil
    }

    /// A string with the escapes JSON allows; nil for a control character, a bad escape or a lone surrogate.
    private mutating func string() -> String? {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), case .success(let string) = readString() else { return nil }
        return string.text
    }

    /// An integer written as one (`-?(0|[1-9][0-9]*)`, at most 18 digits); other numbers are left to the strict
    /// decoder, which also takes "3.0" and "3e0".
    private mutating func integer() -> Int? {
        skipWhitespace()
        let negative = consume(UInt8(ascii: "-"))
        let start = position
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        let digits = position - start
        guard digits >= 1, digits <= 18, !(digits > 1 && bytes[start] == UInt8(ascii: "0")) else { return nil }
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) { return nil }
        let magnitude = bytes[start..<position].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        return negative ? -magnitude : magnitude
    }

    /// A number of JSON's grammar, read as the strict decoder reads it (`Double` of its literal).
    private mutating func double() -> Double? {
        skipWhitespace()
        let start = position
        _ = consume(UInt8(ascii: "-"))
        let integerStart = position
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        let digits = position - integerStart
        guard digits >= 1, !(digits > 1 && bytes[integerStart] == UInt8(ascii: "0")) else { return nil }
        if consume(UInt8(ascii: ".")) {
            guard skipDigits() else { return nil }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard skipDigits() else { return nil }
        }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
    }

    /// Skips one or more digits; false when there is none.
    private mutating func skipDigits() -> Bool {
        let start = position
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        return position > start
    }

    /// A key: a string of printable ASCII without escapes.
    private mutating func plainKey() -> StaticKey? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
            let byte = bytes[position]
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
            position += 1
        }
        guard position < bytes.count else { return nil }
        position += 1
        return StaticKey(UnsafeBufferPointer(rebasing: bytes[start..<position - 1]))
    }

}
