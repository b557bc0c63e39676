/// Why an annotation file's content is not a valid annotation set.
public enum AnnotationFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON at all (with line and column).
    case syntax(JSONParser.SyntaxError)
    /// Valid JSON, but a member is missing, of the wrong type or out of range; `path` is a JSON path ("claims[3].status").
    case invalid(path: String, message: String)

    public var description: String {
        switch self {
        case .syntax(let error): "\(error.line):\(error.column): \(error.message)"
        case .invalid(let path, let message): "\(path): \(message)"
        }
    }
}

/// Converts `AnnotationSet` to and from the JSON of format version 1 (see docs/FORMAT.md).
///
/// Members are written in a fixed, human order; members this version does not know are kept and written after
/// the known ones, so files from newer versions or other tools survive a save.
public enum AnnotationCodec {
    // MARK: Encoding

    /// The file's text: byte-identical for equal sets.
    public static func encode(_ set: AnnotationSet) -> String {
        JSONWriter.write(jsonValue(set))
    }

    /// The set as a JSON tree.
    public static func jsonValue(_ set: AnnotationSet) -> JSONValue {
        var article = JSONObject([
            JSONMember("path", .string(set.article.path)),
            JSONMember("sha256", .string(set.article.sha256)),
            JSONMember("language", .string(set.article.language)),
        ])
        article.members += set.article.extra
        var root = JSONObject([
            JSONMember("format", .string(AnnotationSet.formatName)),
            JSONMember("version", .int(AnnotationSet.currentVersion)),
            JSONMember("article", .object(article)),
            JSONMember("claims", .array(set.claims.map(claimValue))),
            JSONMember("updates", .array(set.updates.map(updateValue))),
            JSONMember("orphans", .array(set.orphans.map(claimValue))),
        ])
        // Written only when an editor corrected a boundary, so other files look exactly as before.
        if !set.boundaries.isEmpty {
            root.members.append(JSONMember("boundaries", .array(set.boundaries.map { boundary in
                switch boundary {
                case .split(let text, let word):
                    .object(JSONObject([JSONMember("split", .string(text)), JSONMember("word", .int(word))]))
                case .join(let first, let second):
                    .object(JSONObject([JSONMember("join", .array([.string(first), .string(second)]))]))
                }
            })))
        }
        root.members += set.extra
        return .object(root)
    }

    static func claimValue(_ claim: ClaimAnnotation) -> JSONValue {
        var object = JSONObject([
            JSONMember("id", .string(claim.id)),
            JSONMember("n", .int(claim.n)),
            JSONMember("text", .string(claim.text)),
            JSONMember("start", .int(claim.range.start)),
            JSONMember("end", .int(claim.range.end)),
        ])
        if !claim.repeats.isEmpty {
            object.members.append(JSONMember("repeats", .array(claim.repeats.map { .array([.int($0.start), .int($0.end)]) })))
        }
        object.members += [
            JSONMember("context", .object(JSONObject([JSONMember("prefix", .string(claim.prefix)), JSONMember("suffix", .string(claim.suffix))]))),
            JSONMember("status", .string(claim.status.rawValue)),
            JSONMember("note", .string(claim.note)),
            JSONMember("sources", .array(claim.sources.map(JSONValue.string))),
            JSONMember("by", claim.by.map(JSONValue.string) ?? .null),
            JSONMember("at", claim.at.map(JSONValue.string) ?? .null),
            JSONMember("review", claim.review.map(reviewValue) ?? .null),
        ]
        // Written only when present, so files without conflicts look exactly as before.
        if let conflict = claim.conflict {
            var sides = JSONObject([JSONMember("ours", verdictValue(conflict.ours)), JSONMember("theirs", verdictValue(conflict.theirs))])
            sides.members += conflict.extra
            object.members.append(JSONMember("conflict", .object(sides)))
        }
        if let dismissed = claim.dismissed { object.members.append(JSONMember("dismissed", .string(dismissed))) }
        object.members.append(JSONMember("history", .array(claim.history.map(historyValue))))
        object.members += claim.extra
        return .object(object)
    }

    static func verdictValue(_ verdict: ClaimVerdict) -> JSONValue {
        var object = JSONObject([
            JSONMember("status", .string(verdict.status.rawValue)),
            JSONMember("note", .string(verdict.note)),
            JSONMember("sources", .array(verdict.sources.map(JSONValue.string))),
            JSONMember("by", verdict.by.map(JSONValue.string) ?? .null),
            JSONMember("at", verdict.at.map(JSONValue.string) ?? .null),
        ])
        object.members += verdict.extra
        return .object(object)
    }

    static func readingValue(_ reading: UpdateReading) -> JSONValue {
        var object = JSONObject([
            JSONMember("relation", .string(reading.relation.rawValue)),
            JSONMember("issuer", reading.issuer.map(JSONValue.string) ?? .null),
            JSONMember("amends", .array(reading.amends.map(amendmentValue))),
        ])
        object.members += reading.extra
        return .object(object)
    }

    static func amendmentValue(_ amendment: Amendment) -> JSONValue {
        var link = JSONObject([
            JSONMember("claim", .string(amendment.claim)),
            JSONMember("score", .number(formatScore(amendment.score))),
            JSONMember("confirmed", .bool(amendment.confirmed)),
        ])
        link.members += amendment.extra
        return .object(link)
    }

    static func reviewValue(_ flag: ReviewFlag) -> JSONValue {
        var object = JSONObject([JSONMember("reason", .string(flag.reason))])
        if let update = flag.update { object.members.append(JSONMember("update", .string(update))) }
        return .object(object)
    }

    static func historyValue(_ entry: HistoryEntry) -> JSONValue {
        var object = JSONObject([
            JSONMember("at", .string(entry.at)),
            JSONMember("by", .string(entry.by)),
            JSONMember("status", .string(entry.status.rawValue)),
        ])
        if let note = entry.note { object.members.append(JSONMember("note", .string(note))) }
        if !entry.sources.isEmpty { object.members.append(JSONMember("sources", .array(entry.sources.map(JSONValue.string)))) }
        if let event = entry.event { object.members.append(JSONMember("event", .string(event))) }
        object.members += entry.extra
        return .object(object)
    }

    static func updateValue(_ update: UpdateAnnotation) -> JSONValue {
        var object = JSONObject([
            JSONMember("id", .string(update.id)),
            JSONMember("marker", .string(update.marker)),
            JSONMember("text", .string(update.text)),
            JSONMember("start", .int(update.range.start)),
            JSONMember("end", .int(update.range.end)),
            JSONMember("issuer", update.issuer.map(JSONValue.string) ?? .null),
            JSONMember("relation", .string(update.relation.rawValue)),
            JSONMember("amends", .array(update.amends.map(amendmentValue))),
        ])
        if !update.unlinked.isEmpty {
            object.members.append(JSONMember("unlinked", .array(update.unlinked.map(JSONValue.string))))
        }
        if let conflict = update.conflict {
            var sides = JSONObject([JSONMember("ours", readingValue(conflict.ours)), JSONMember("theirs", readingValue(conflict.theirs))])
            sides.members += conflict.extra
            object.members.append(JSONMember("conflict", .object(sides)))
        }
        object.members += update.extra
        return .object(object)
    }

    /// Two decimals, always with a leading digit ("0.82", "1.0").
    public static func formatScore(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        let whole = hundredths / 100, frac = hundredths % 100
        return frac == 0 ? "\(whole).0" : "\(whole).\(frac < 10 ? "0" : "")\(frac)".trimmingTrailing { $0 == "0" }
    }

    // MARK: Decoding

    /// Parses and validates a file's bytes.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) throws(AnnotationFileError) -> AnnotationSet where Bytes.Element == UInt8 {
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
        let format = try root.string("format")
        guard format == AnnotationSet.formatName else {
            throw .invalid(path: "format", message: "expected \"\(AnnotationSet.formatName)\", found \"\(format)\"")
        }
        let version = try root.int("version")
        guard version == AnnotationSet.currentVersion else {
            let advice = version > AnnotationSet.currentVersion ? " (written by a newer factcheck: upgrade to read it)" : ""
            throw .invalid(path: "version", message: "unsupported format version \(version)\(advice); this build reads version \(AnnotationSet.currentVersion)")
        }
        let articleReader = try root.object("article")
        let sha = try articleReader.string("sha256")
        guard sha.count == 64, sha.unicodeScalars.allSatisfy({ Scalars.isDigit($0) || ("a"..."f").contains($0) }) else {
            throw .invalid(path: "article.sha256", message: "expected 64 lower-case hex digits")
        }
        let article = ArticleReference(
            path: try articleReader.string("path"), sha256: sha, language: try articleReader.string("language"),
            extra: articleReader.unknown(["path", "sha256", "language"]))

        var claims: [ClaimAnnotation] = []
        for (i, item) in try root.array("claims").enumerated() {
            claims.append(try decodeClaim(item, path: "claims[\(i)]"))
        }
        var orphans: [ClaimAnnotation] = []
        if root.has("orphans") {
            for (i, item) in try root.array("orphans").enumerated() {
                orphans.append(try decodeClaim(item, path: "orphans[\(i)]"))
            }
        }
        var seen = Set<String>()
        for (i, claim) in (claims + orphans).enumerated() where !seen.insert(claim.id).inserted {
            let path = i < claims.count ? "claims[\(i)].id" : "orphans[\(i - claims.count)].id"
            throw .invalid(path: path, message: "duplicate claim id \"\(claim.id)\"")
        }
        var updates: [UpdateAnnotation] = []
        for (i, item) in try root.array("updates").enumerated() {
            let update = try decodeUpdate(item, path: "updates[\(i)]")
            for (j, amendment) in update.amends.enumerated() where !seen.contains(amendment.claim) {
                throw .invalid(path: "updates[\(i)].amends[\(j)].claim", message: "no claim has id \"\(amendment.claim)\"")
            }
            updates.append(update)
        }
        var boundaries: [ClaimBoundary] = []
        if root.has("boundaries") {
            for (i, item) in try root.array("boundaries").enumerated() {
                let b = try Reader(item, path: "boundaries[\(i)]")
                if b.has("split") {
                    boundaries.append(.split(text: try b.string("split"), word: try b.int("word")))
                } else {
                    let pair = try b.strings("join")
                    guard pair.count == 2 else { throw .invalid(path: "boundaries[\(i)].join", message: "expected the texts of two claims") }
                    boundaries.append(.join(first: pair[0], second: pair[1]))
                }
            }
        }
        return AnnotationSet(article: article, claims: claims, updates: updates, orphans: orphans, boundaries: boundaries,
                             extra: root.unknown(["format", "version", "article", "claims", "updates", "orphans", "boundaries"]))
    }

    static func decodeClaim(_ value: JSONValue, path: String) throws(AnnotationFileError) -> ClaimAnnotation {
        let r = try Reader(value, path: path)
        let start = try r.int("start"), end = try r.int("end")
        guard start >= 0, end >= start else { throw .invalid(path: "\(path).end", message: "expected 0 ≤ start ≤ end, found \(start)…\(end)") }
        let n = try r.int("n")
        guard n >= 1 else { throw .invalid(path: "\(path).n", message: "expected a reading number from 1, found \(n)") }
        var repeats: [TextRange] = []
        if r.has("repeats") {
            for (i, item) in try r.array("repeats").enumerated() {
                guard case .array(let pair) = item, pair.count == 2, let s = pair[0].intValue, let e = pair[1].intValue, s >= 0, e >= s else {
                    throw .invalid(path: "\(path).repeats[\(i)]", message: "expected [start, end] with 0 ≤ start ≤ end")
                }
                repeats.append(TextRange(s, e))
            }
        }
        var prefix = "", suffix = ""
        if r.has("context") {
            let context = try r.object("context")
            prefix = try context.string("prefix")
            suffix = try context.string("suffix")
        }
        let status = try r.status("status")
        let sources = try r.strings("sources")
        if status == .sourced, sources.isEmpty {
            throw .invalid(path: "\(path).sources", message: "a sourced claim needs at least one source")
        }
        var history: [HistoryEntry] = []
        for (i, item) in try r.array("history").enumerated() {
            let h = try Reader(item, path: "\(path).history[\(i)]")
            var entry = HistoryEntry(at: try h.string("at"), by: try h.string("by"), status: try h.status("status"),
                                     note: try h.optionalString("note"), sources: h.has("sources") ? try h.strings("sources") : [])
            entry.event = try h.optionalString("event")
            entry.extra = h.unknown(["at", "by", "status", "note", "sources", "event"])
            history.append(entry)
        }
        var review: ReviewFlag?
        if let flag = try r.optionalObject("review") {
            review = ReviewFlag(reason: try flag.string("reason"), update: try flag.optionalString("update"))
        }
        var conflict: ClaimConflict?
        if let sides = try r.optionalObject("conflict") {
            conflict = ClaimConflict(ours: try decodeVerdict(try sides.object("ours")), theirs: try decodeVerdict(try sides.object("theirs")))
            conflict?.extra = sides.unknown(["ours", "theirs"])
        }
        let dismissed = try r.optionalString("dismissed")
        if dismissed?.isEmpty == true { throw .invalid(path: "\(path).dismissed", message: "a dismissed claim needs a reason") }
        return ClaimAnnotation(
            id: try r.string("id"), n: n, text: try r.string("text"), range: TextRange(start, end), repeats: repeats,
            prefix: prefix, suffix: suffix, status: status, note: try r.string("note"), sources: sources,
            by: try r.optionalString("by"), at: try r.optionalString("at"), review: review, conflict: conflict, dismissed: dismissed,
            history: ChunkedList(history),
            extra: r.unknown(["id", "n", "text", "start", "end", "repeats", "context", "status", "note", "sources", "by", "at", "review",
                              "conflict", "dismissed", "history"]))
    }

    private static func decodeVerdict(_ r: Reader) throws(AnnotationFileError) -> ClaimVerdict {
        let status = try r.status("status")
        let sources = try r.strings("sources")
        if status == .sourced, sources.isEmpty {
            throw .invalid(path: "\(r.path).sources", message: "a sourced claim needs at least one source")
        }
        var verdict = ClaimVerdict(status: status, note: try r.string("note"), sources: sources,
                                   by: try r.optionalString("by"), at: try r.optionalString("at"))
        verdict.extra = r.unknown(["status", "note", "sources", "by", "at"])
        return verdict
    }

    static func decodeUpdate(_ value: JSONValue, path: String) throws(AnnotationFileError) -> UpdateAnnotation {
        let r = try Reader(value, path: path)
        let start = try r.int("start"), end = try r.int("end")
        guard start >= 0, end >= start else { throw .invalid(path: "\(path).end", message: "expected 0 ≤ start ≤ end, found \(start)…\(end)") }
        let relation = try r.relation("relation")
        let reading = try decodeReading(r, relation: relation)
        var conflict: UpdateConflict?
        if let sides = try r.optionalObject("conflict") {
            let ours = try sides.object("ours"), theirs = try sides.object("theirs")
            conflict = UpdateConflict(ours: try decodeReading(ours, relation: try ours.relation("relation")),
                                      theirs: try decodeReading(theirs, relation: try theirs.relation("relation")))
            conflict?.extra = sides.unknown(["ours", "theirs"])
        }
        return UpdateAnnotation(
            id: try r.string("id"), marker: try r.string("marker"), text: try r.string("text"), range: TextRange(start, end),
            issuer: reading.issuer, relation: relation, amends: reading.amends,
            unlinked: r.has("unlinked") ? try r.strings("unlinked") : [], conflict: conflict,
            extra: r.unknown(["id", "marker", "text", "start", "end", "issuer", "relation", "amends", "unlinked", "conflict"]))
    }

    /// The issuer and links of an update, or of one side of its conflict.
    private static func decodeReading(_ r: Reader, relation: UpdateRelation) throws(AnnotationFileError) -> UpdateReading {
        var amends: [Amendment] = []
        for (i, item) in try r.array("amends").enumerated() {
            let a = try Reader(item, path: "\(r.path).amends[\(i)]")
            guard let score = try a.value("score").doubleValue, score >= 0, score <= 1 else {
                throw .invalid(path: "\(r.path).amends[\(i)].score", message: "expected a number from 0 to 1")
            }
            guard case .bool(let confirmed) = try a.value("confirmed") else {
                throw .invalid(path: "\(r.path).amends[\(i)].confirmed", message: "expected true or false")
            }
            var amendment = Amendment(claim: try a.string("claim"), score: score, confirmed: confirmed)
            amendment.extra = a.unknown(["claim", "score", "confirmed"])
            amends.append(amendment)
        }
        var reading = UpdateReading(relation: relation, issuer: try r.optionalString("issuer"), amends: amends)
        reading.extra = r.unknown(["relation", "issuer", "amends"])
        return reading
    }
}

/// Typed access to an object's members with JSON-path error messages.
private struct Reader {
    let object: JSONObject
    let path: String

    init(_ value: JSONValue, path: String) throws(AnnotationFileError) {
        guard case .object(let object) = value else { throw .invalid(path: path, message: "expected an object, found \(value.typeName)") }
        self.object = object
        self.path = path
    }

    private func child(_ key: String) -> String { path == "$" ? key : "\(path).\(key)" }

    func has(_ key: String) -> Bool { object[key] != nil }

    func value(_ key: String) throws(AnnotationFileError) -> JSONValue {
        guard let value = object[key] else { throw .invalid(path: child(key), message: "missing required member") }
        return value
    }

    func string(_ key: String) throws(AnnotationFileError) -> String {
        let v = try value(key)
        guard case .string(let s) = v else { throw .invalid(path: child(key), message: "expected a string, found \(v.typeName)") }
        return s
    }

    func optionalString(_ key: String) throws(AnnotationFileError) -> String? {
        guard let v = object[key], v != .null else { return nil }
        guard case .string(let s) = v else { throw .invalid(path: child(key), message: "expected a string or null, found \(v.typeName)") }
        return s
    }

    func int(_ key: String) throws(AnnotationFileError) -> Int {
        let v = try value(key)
        guard case .number(let literal) = v else { throw .invalid(path: child(key), message: "expected an integer, found \(v.typeName)") }
        guard let i = v.intValue else { throw .invalid(path: child(key), message: "expected an integer, found \(literal)") }
        return i
    }

    func array(_ key: String) throws(AnnotationFileError) -> [JSONValue] {
        let v = try value(key)
        guard case .array(let items) = v else { throw .invalid(path: child(key), message: "expected an array, found \(v.typeName)") }
        return items
    }

    func strings(_ key: String) throws(AnnotationFileError) -> [String] {
        var result: [String] = []
        for (i, item) in try array(key).enumerated() {
            guard case .string(let s) = item else { throw .invalid(path: "\(child(key))[\(i)]", message: "expected a string, found \(item.typeName)") }
            result.append(s)
        }
        return result
    }

    func object(_ key: String) throws(AnnotationFileError) -> Reader {
        try Reader(try value(key), path: child(key))
    }

    func optionalObject(_ key: String) throws(AnnotationFileError) -> Reader? {
        guard let v = object[key], v != .null else { return nil }
        return try Reader(v, path: child(key))
    }

    func status(_ key: String) throws(AnnotationFileError) -> ClaimStatus {
        let name = try string(key)
        guard let status = ClaimStatus(rawValue: name) else {
            let names = ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(path: child(key), message: "unknown status \"\(name)\" (expected one of \(names))")
        }
        return status
    }

    func relation(_ key: String) throws(AnnotationFileError) -> UpdateRelation {
        let name = try string(key)
        guard let relation = UpdateRelation(rawValue: name) else {
            let names = UpdateRelation.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(path: child(key), message: "unknown relation \"\(name)\" (expected one of \(names))")
        }
        return relation
    }

    func unknown(_ known: Set<String>) -> [JSONMember] { object.members(notIn: known) }
}
