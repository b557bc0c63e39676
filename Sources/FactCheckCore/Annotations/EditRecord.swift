/// The claims and updates one edit changed: what the journal records so a crash loses no acknowledged edit.
///
/// A change holds whole claim and update states, not operations, so replaying it is a replacement by id that
/// gives the same result whatever the edit was (a verdict, a link, an undo).
public struct EditRecord: Equatable, Sendable {
    /// Claims (or orphans) as they are after the edit.
    public var claims: [ClaimAnnotation]
    /// Updates as they are after the edit.
    public var updates: [UpdateAnnotation]

    /// Creates a change.
    public init(claims: [ClaimAnnotation], updates: [UpdateAnnotation]) {
        self.claims = claims
        self.updates = updates
    }

    /// What differs from `old` to `new`; empty when they are equal.
    public init(from old: AnnotationSet, to new: AnnotationSet) {
        let oldClaims = Dictionary((old.claims + old.orphans).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldUpdates = Dictionary(old.updates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        claims = (new.claims + new.orphans).filter { oldClaims[$0.id] != $0 }
        updates = new.updates.filter { oldUpdates[$0.id] != $0 }
    }

    /// True when nothing changed.
    public var isEmpty: Bool { claims.isEmpty && updates.isEmpty }

    /// `set` with this change's claims and updates put in place of those with the same ids. Items whose id the set
    /// does not hold are kept too: a claim as an orphan, an update appended.
    public func applied(to set: AnnotationSet) -> AnnotationSet {
        var next = set
        for claim in claims {
            if let i = next.claims.firstIndex(where: { $0.id == claim.id }) {
                // Keep the anchor the current article gives; take the editor's data.
                var merged = claim
                merged.n = next.claims[i].n
                merged.text = next.claims[i].text
                merged.range = next.claims[i].range
                merged.repeats = next.claims[i].repeats
                merged.prefix = next.claims[i].prefix
                merged.suffix = next.claims[i].suffix
                next.claims[i] = merged
            } else if let i = next.orphans.firstIndex(where: { $0.id == claim.id }) {
                next.orphans[i] = claim
            } else {
                next.orphans.append(claim)
            }
        }
        let liveClaims = Set((next.claims + next.orphans).map(\.id))
        for update in updates {
            var update = update
            update.amends.removeAll { !liveClaims.contains($0.claim) }
            if let i = next.updates.firstIndex(where: { $0.id == update.id }) {
                update.range = next.updates[i].range
                next.updates[i] = update
            } else {
                next.updates.append(update)
            }
        }
        return next
    }

    /// One line of JSON: `{"claims": […], "updates": […]}`.
    public func jsonLine() -> String {
        var line = ""
        AnnotationCodec.writeCompact(.object(JSONObject([
            JSONMember("claims", .array(claims.map(AnnotationCodec.claimValue))),
            JSONMember("updates", .array(updates.map(AnnotationCodec.updateValue))),
        ])), into: &line)
        return line
    }

    /// Parses a line written by `jsonLine()`.
    public static func parse(line: String) throws(AnnotationFileError) -> EditRecord {
        let value: JSONValue
        do { value = try JSONParser.parse(line) } catch { throw .syntax(error) }
        guard case .object(let object) = value, case .array(let claimValues)? = object["claims"], case .array(let updateValues)? = object["updates"] else {
            throw .invalid(path: "$", message: "expected {\"claims\": […], \"updates\": […]}")
        }
        var claims: [ClaimAnnotation] = []
        for (i, item) in claimValues.enumerated() { claims.append(try AnnotationCodec.decodeClaim(item, path: "claims[\(i)]")) }
        var updates: [UpdateAnnotation] = []
        for (i, item) in updateValues.enumerated() { updates.append(try AnnotationCodec.decodeUpdate(item, path: "updates[\(i)]")) }
        return EditRecord(claims: claims, updates: updates)
    }
}

extension AnnotationCodec {
    /// `value` on one line, no spaces: for journal records.
    static func writeCompact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let literal): out.append(literal)
        case .string(let s): JSONWriter.appendQuoted(s, into: &out)
        case .array(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(",") }
                writeCompact(item, into: &out)
            }
            out.append("]")
        case .object(let object):
            out.append("{")
            for (i, member) in object.members.enumerated() {
                if i > 0 { out.append(",") }
                JSONWriter.appendQuoted(member.key, into: &out)
                out.append(":")
                writeCompact(member.value, into: &out)
            }
            out.append("}")
        }
    }
}
