extension AnnotationCodec {
    /// Parses and validates a file's bytes.
    ///
    /// A file as factcheck writes it is read straight into the model (`AnnotationByteReader`); anything that reader
    /// does not fully understand — every invalid file among them — is parsed and validated by the strict decoder
    /// below, which alone decides what is wrong and says it.
    /// - Complexity: O(n) in the size of the file.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) throws(AnnotationFileError) -> AnnotationSet where Bytes.Element == UInt8 {
        if let set = bytes.withContiguousStorageIfAvailable(AnnotationByteReader.read) ?? nil { return set }
        return try decodeStrictly(bytes)
    }

    /// Parses and validates a file's bytes with `JSONParser` and the strict decoder only (what `decode` falls back
    /// to; tests compare the two readings).
    static func decodeStrictly<Bytes: Collection>(_ bytes: Bytes) throws(AnnotationFileError) -> AnnotationSet where Bytes.Element == UInt8 {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw .syntax(error)
        }
        return try decode(value)
    }

    /// Validates a parsed document.
    public static func decode(_ value: JSONValue) throws(AnnotationFileError) -> AnnotationSet {
        let root = try Reader(value, path: "$")
        let format = try root.string(RootKey.format)
        guard format == AnnotationSet.formatName else {
            throw .invalid(path: "format", message: "expected \"\(AnnotationSet.formatName)\", found \(UntrustedText(format).quoted)")
        }
        let version = try root.int(RootKey.version)
        guard version == AnnotationSet.currentVersion else {
            let advice = version > AnnotationSet.currentVersion ? " (written by a newer factcheck: upgrade to read it)" : ""
            throw .invalid(path: "version", message: "unsupported format version \(version)\(advice); this build reads version \(AnnotationSet.currentVersion)")
        }
        let articleReader = try root.object(RootKey.article)
        let sha = try articleReader.string(ArticleKey.sha256)
        guard sha.count == 64, sha.unicodeScalars.allSatisfy({ Scalars.isDigit($0) || ("a"..."f").contains($0) }) else {
            throw .invalid(path: "article.sha256", message: "expected 64 lower-case hex digits")
        }
        let article = ArticleReference(
            path: try articleReader.string(ArticleKey.path), sha256: sha, language: try articleReader.string(ArticleKey.language),
            extra: articleReader.unknown(ArticleKey.self))

        var claims: [ClaimAnnotation] = []
        for (i, item) in try root.array(RootKey.claims).enumerated() {
            claims.append(try decodeClaim(item, path: "claims[\(i)]"))
        }
        var orphans: [ClaimAnnotation] = []
        if root.has(RootKey.orphans) {
            for (i, item) in try root.array(RootKey.orphans).enumerated() {
                orphans.append(try decodeClaim(item, path: "orphans[\(i)]"))
            }
        }
        var seen = Set<String>()
        for (i, claim) in (claims + orphans).enumerated() where !seen.insert(claim.id).inserted {
            let path = i < claims.count ? "claims[\(i)].id" : "orphans[\(i - claims.count)].id"
            throw .invalid(path: path, message: "duplicate claim id \(UntrustedText(claim.id).quoted)")
        }
        var updates: [UpdateAnnotation] = []
        for (i, item) in try root.array(RootKey.updates).enumerated() {
            let update = try decodeUpdate(item, path: "updates[\(i)]")
            for (j, amendment) in update.amends.enumerated() where !seen.contains(amendment.claim) {
                throw .invalid(path: "updates[\(i)].amends[\(j)].claim", message: "no claim has id \(UntrustedText(amendment.claim).quoted)")
            }
            updates.append(update)
        }
        let boundaries = root.has(RootKey.boundaries) ? try decodeBoundaries(root.array(RootKey.boundaries)) : []
        return AnnotationSet(article: article, claims: claims, updates: updates, orphans: orphans, boundaries: boundaries,
                             extra: root.unknown(RootKey.self))
    }

    static func decodeClaim(_ value: JSONValue, path: String) throws(AnnotationFileError) -> ClaimAnnotation {
        let r = try Reader(value, path: path)
        let start = try r.int(ClaimKey.start), end = try r.int(ClaimKey.end)
        guard start >= 0, end >= start else { throw .invalid(path: "\(path).end", message: "expected 0 ≤ start ≤ end, found \(start)…\(end)") }
        let n = try r.int(ClaimKey.n)
        guard n >= 1 else { throw .invalid(path: "\(path).n", message: "expected a reading number from 1, found \(n)") }
        var repeats: [TextRange] = []
        if r.has(ClaimKey.repeats) {
            for (i, item) in try r.array(ClaimKey.repeats).enumerated() {
                guard case .array(let pair) = item, pair.count == 2, let s = pair[0].intValue, let e = pair[1].intValue, s >= 0, e >= s else {
                    throw .invalid(path: "\(path).repeats[\(i)]", message: "expected [start, end] with 0 ≤ start ≤ end")
                }
                repeats.append(TextRange(s, e))
            }
        }
        var prefix = "", suffix = ""
        if r.has(ClaimKey.context) {
            let context = try r.object(ClaimKey.context)
            prefix = try context.string(ContextKey.prefix)
            suffix = try context.string(ContextKey.suffix)
        }
        let status = try r.status(ClaimKey.status)
        let sources = try r.strings(ClaimKey.sources)
        if status == .sourced, sources.isEmpty {
            throw .invalid(path: "\(path).sources", message: "a sourced claim needs at least one source")
        }
        var history: [HistoryEntry] = []
        for (i, item) in try r.array(ClaimKey.history).enumerated() {
            let h = try Reader(item, in: path, ClaimKey.history, index: i)
            var entry = HistoryEntry(at: try h.string(HistoryKey.at), by: try h.string(HistoryKey.by), status: try h.status(HistoryKey.status),
                                     note: try h.optionalString(HistoryKey.note),
                                     sources: h.has(HistoryKey.sources) ? try h.strings(HistoryKey.sources) : [])
            entry.event = try h.optionalString(HistoryKey.event)
            entry.extra = h.unknown(HistoryKey.self)
            history.append(entry)
        }
        var review: ReviewFlag?
        if let flag = try r.optionalObject(ClaimKey.review) {
            review = ReviewFlag(reason: try flag.string(ReviewKey.reason), update: try flag.optionalString(ReviewKey.update))
        }
        var conflict: ClaimConflict?
        if let sides = try r.optionalObject(ClaimKey.conflict) {
            conflict = ClaimConflict(ours: try decodeVerdict(try sides.object(ConflictKey.ours)),
                                     theirs: try decodeVerdict(try sides.object(ConflictKey.theirs)))
            conflict?.extra = sides.unknown(ConflictKey.self)
        }
        let dismissed = try r.optionalString(ClaimKey.dismissed)
        if dismissed?.isEmpty == true { throw .invalid(path: "\(path).dismissed", message: "a dismissed claim needs a reason") }
        return ClaimAnnotation(
            id: try r.string(ClaimKey.id), n: n, text: try r.string(ClaimKey.text), range: TextRange(start, end), repeats: repeats,
            prefix: prefix, suffix: suffix, status: status, note: try r.string(ClaimKey.note), sources: sources,
            by: try r.optionalString(ClaimKey.by), at: try r.optionalString(ClaimKey.at), review: review, conflict: conflict, dismissed: dismissed,
            history: ChunkedList(history),
            extra: r.unknown(ClaimKey.self))
    }

    private static func decodeVerdict(_ r: Reader) throws(AnnotationFileError) -> ClaimVerdict {
        let status = try r.status(VerdictKey.status)
        let sources = try r.strings(VerdictKey.sources)
        if status == .sourced, sources.isEmpty {
            throw .invalid(path: "\(r.path).sources", message: "a sourced claim needs at least one source")
        }
        var verdict = ClaimVerdict(status: status, note: try r.string(VerdictKey.note), sources: sources,
                                   by: try r.optionalString(VerdictKey.by), at: try r.optionalString(VerdictKey.at))
        verdict.extra = r.unknown(VerdictKey.self)
        return verdict
    }

    static func decodeUpdate(_ value: JSONValue, path: String) throws(AnnotationFileError) -> UpdateAnnotation {
        let r = try Reader(value, path: path)
        let start = try r.int(UpdateKey.start), end = try r.int(UpdateKey.end)
        guard start >= 0, end >= start else { throw .invalid(path: "\(path).end", message: "expected 0 ≤ start ≤ end, found \(start)…\(end)") }
        let relation = try r.relation(UpdateKey.relation)
        let reading = try decodeReading(r, relation: relation)
        var conflict: UpdateConflict?
        if let sides = try r.optionalObject(UpdateKey.conflict) {
            let ours = try sides.object(ConflictKey.ours), theirs = try sides.object(ConflictKey.theirs)
            conflict = UpdateConflict(ours: try decodeReading(ours, relation: try ours.relation(ReadingKey.relation)),
                                      theirs: try decodeReading(theirs, relation: try theirs.relation(ReadingKey.relation)))
            conflict?.extra = sides.unknown(ConflictKey.self)
        }
        return UpdateAnnotation(
            id: try r.string(UpdateKey.id), marker: try r.string(UpdateKey.marker), text: try r.string(UpdateKey.text), range: TextRange(start, end),
            issuer: reading.issuer, relation: relation, amends: reading.amends,
            unlinked: r.has(UpdateKey.unlinked) ? try r.strings(UpdateKey.unlinked) : [], conflict: conflict,
            extra: r.unknown(UpdateKey.self))
    }

    /// The issuer and links of an update, or of one side of its conflict (an update's own members hold both).
    private static func decodeReading(_ r: Reader, relation: UpdateRelation) throws(AnnotationFileError) -> UpdateReading {
        var amends: [Amendment] = []
        for (i, item) in try r.array(ReadingKey.amends).enumerated() {
            let a = try Reader(item, in: r.path, ReadingKey.amends, index: i)
            guard let score = try a.value(AmendmentKey.score).doubleValue, score >= 0, score <= 1 else {
                throw .invalid(path: "\(r.path).amends[\(i)].score", message: "expected a number from 0 to 1")
            }
            guard case .bool(let confirmed) = try a.value(AmendmentKey.confirmed) else {
                throw .invalid(path: "\(r.path).amends[\(i)].confirmed", message: "expected true or false")
            }
            var amendment = Amendment(claim: try a.string(AmendmentKey.claim), score: score, confirmed: confirmed)
            amendment.by = try a.optionalString(AmendmentKey.by)
            amendment.at = try a.optionalString(AmendmentKey.at)
            amendment.extra = a.unknown(AmendmentKey.self)
            amends.append(amendment)
        }
        var reading = UpdateReading(relation: relation, issuer: try r.optionalString(ReadingKey.issuer), amends: amends)
        reading.extra = r.unknown(ReadingKey.self)
        return reading
    }
}

/// Typed access to an object's members, named by the format's key lists, with JSON-path error messages.
///
/// A reader's path is written out only when a message needs it: a file of thousands of claims is read without
/// building a path string for each object in it.
extension AnnotationCodec {
    /// The items of a `boundaries` array (the file's, or a journal record's): editors' corrections of claim
    /// boundaries, `{"split": TEXT, "word": K}` or `{"join": [FIRST, SECOND]}`.
    static func decodeBoundaries(_ items: [JSONValue]) throws(AnnotationFileError) -> [ClaimBoundary] {
        var boundaries: [ClaimBoundary] = []
        for (i, item) in items.enumerated() {
            let b = try Reader(item, path: "boundaries[\(i)]")
            if b.has(BoundaryKey.split) {
                boundaries.append(.split(text: try b.string(BoundaryKey.split), word: try b.int(BoundaryKey.word)))
            } else {
                let pair = try b.strings(BoundaryKey.join)
                guard pair.count == 2 else { throw .invalid(path: "boundaries[\(i)].join", message: "expected the texts of two claims") }
                boundaries.append(.join(first: pair[0], second: pair[1]))
            }
        }
        return boundaries
    }
}

private struct Reader {
    let object: JSONObject
    /// The path of the object holding this one ("claims[3]"), or this object's own path when `member` is nil.
    private let base: String
    /// The member of `base` this object is, or the array holding it when `index` is set.
    private let member: String?
    private let index: Int?

    init(_ value: JSONValue, path: String) throws(AnnotationFileError) {
        try self.init(value, base: path, member: nil, index: nil)
    }

    /// The reader of `value`, item `index` of the array `key` of the object at `path`.
    init(_ value: JSONValue, in path: String, _ key: some AnnotationMemberKey, index: Int) throws(AnnotationFileError) {
        try self.init(value, base: path, member: key.rawValue, index: index)
    }

    private init(_ value: JSONValue, base: String, member: String?, index: Int?) throws(AnnotationFileError) {
        self.base = base
        self.member = member
        self.index = index
        guard case .object(let object) = value else { throw .invalid(path: Self.path(base, member, index), message: "expected an object, found \(value.typeName)") }
        self.object = object
    }

    /// The JSON path of this object, for messages ("claims[3].history[0]").
    var path: String { Self.path(base, member, index) }

    private static func path(_ base: String, _ member: String?, _ index: Int?) -> String {
        guard let member else { return base }
        let named = base == "$" ? member : "\(base).\(member)"
        return index.map { "\(named)[\($0)]" } ?? named
    }

    private func child(_ key: some AnnotationMemberKey) -> String { Self.path(path, key.rawValue, nil) }

    func has(_ key: some AnnotationMemberKey) -> Bool { member(key) != nil }

    /// The value of the member named `key`. The format's keys are lower-case ASCII letters and digits, which no
    /// other text is canonically equivalent to: a key equal to one has its length in bytes, so keys of another
    /// length are passed over without `String`'s `==` (slow for strings that differ).
    private func member(_ key: some AnnotationMemberKey) -> JSONValue? {
        let name = key.rawValue
        let length = name.utf8.count
        for member in object.members where member.key.utf8.count == length && member.key == name {
            return member.value
        }
        return nil
    }

    func value(_ key: some AnnotationMemberKey) throws(AnnotationFileError) -> JSONValue {
        guard let value = member(key) else { throw .invalid(path: child(key), message: "missing required member") }
        return value
    }

    func string(_ key: some AnnotationMemberKey) throws(AnnotationFileError) -> String {
        let v = try value(key)
        guard case .string(let s) = v else { throw .invalid(path: child(key), message: "expected a string, found \(v.typeName)") }
        return s
    }

    func optionalString(_ key: some AnnotationMemberKey) throws(AnnotationFileError) -> String? {
        guard let v = member(key), v != .null else { return nil }
        guard case .string(let s) = v else { throw .invalid(path: child(key), message: "expected a string or null, found \(v.typeName)") }
        return s
    }

    func int(_ key: some AnnotationMemberKey) throws(AnnotationFileError) -> Int {
        let v = try value(key)
        guard case .number(let literal) = v else { throw .invalid(path: child(key), message: "expected an integer, found \(v.typeName)") }
        guard let i = v.intValue else { throw .invalid(path: child(key), message: "expected an integer, found \(literal)") }
        return i
    }

    func array(_ key: some AnnotationMemberKey) throws(AnnotationFileError) -> [JSONValue] {
        let v = try value(key)
        guard case .array(let items) = v else { throw .invalid(path: child(key), message: "expected an array, found \(v.typeName)") }
        return items
    }

    func strings(_ key: some AnnotationMemberKey) throws(AnnotationFileError) -> [String] {
        var result: [String] = []
        for (i, item) in try array(key).enumerated() {
            guard case .string(let s) = item else { throw .invalid(path: "\(child(key))[\(i)]", message: "expected a string, found \(item.typeName)") }
            result.append(s)
        }
        return result
    }

    func object(_ key: some AnnotationMemberKey) throws(AnnotationFileError) -> Reader {
        try Reader(try value(key), base: path, member: key.rawValue, index: nil)
    }

    func optionalObject(_ key: some AnnotationMemberKey) throws(AnnotationFileError) -> Reader? {
        guard let v = member(key), v != .null else { return nil }
        return try Reader(v, base: path, member: key.rawValue, index: nil)
    }

    func status(_ key: some AnnotationMemberKey) throws(AnnotationFileError) -> ClaimStatus {
        try named(key, ClaimStatus.self, noun: "status")
    }

    func relation(_ key: some AnnotationMemberKey) throws(AnnotationFileError) -> UpdateRelation {
        try named(key, UpdateRelation.self, noun: "relation")
    }

    /// A string member that must be one of `Value`'s names.
    private func named<Value: RawRepresentable<String> & CaseIterable>(
        _ key: some AnnotationMemberKey, _: Value.Type, noun: String
    ) throws(AnnotationFileError) -> Value {
        let name = try string(key)
        guard let value = Value(rawValue: name) else {
            let names = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(path: child(key), message: "unknown \(noun) \(UntrustedText(name).quoted) (expected one of \(names))")
        }
        return value
    }

    /// The members that are not keys of `Key`, in order: kept and written back after the known ones.
    func unknown<Key: AnnotationMemberKey>(_: Key.Type) -> [JSONMember] { Key.known.unknown(in: object.members) }
}
