/// The claims and updates one edit changed: what the journal records so a crash loses no acknowledged edit.
///
/// A change holds claim and update states, not operations, so replaying it is a replacement by id that gives the
/// same result whatever the edit was (a verdict, a link, an undo). A claim's history is append-only, so a record
/// made from two states carries only the entries the edit added: `historyBase` says how many of the earlier
/// entries the claim keeps (an undo keeps fewer than it had and adds none).
public struct EditRecord: Equatable, Sendable {
    /// Claims (or orphans) as they are after the edit; for a claim listed in `historyBase`, `history` holds only
    /// the entries after the kept ones.
    public var claims: [ClaimAnnotation]
    /// Updates as they are after the edit.
    public var updates: [UpdateAnnotation]
    /// For a claim id: how many entries of the claim's history before the edit come before the `history` recorded
    /// here. A claim not listed carries its whole history.
    public var historyBase: [String: Int] = [:]
    /// The set's boundary corrections after the edit, when the edit changed them (`split`, `join`, or the undo or
    /// redo of one); nil otherwise.
    public var boundaries: [ClaimBoundary]?
    /// Ids of the claims the edit removed, when it changed the boundaries: a join's second claim, the second part
    /// of a split taken back.
    public var removedClaims: [String] = []

    /// Creates a change of whole claims and updates.
    public init(claims: [ClaimAnnotation], updates: [UpdateAnnotation]) {
        self.claims = claims
        self.updates = updates
    }

    /// What differs from `old` to `new`; empty when they are equal.
    ///
    /// - Complexity: O(*n* / `ClaimList.chunkSize`) plus the changed chunks when `new` was edited from `old`
    ///   (their claim lists share structure and have the same length); O(*n*) otherwise.
    public init(from old: AnnotationSet, to new: AnnotationSet) {
        var changed: [(before: ClaimAnnotation?, after: ClaimAnnotation)] = []
        if let indices = new.claims.indicesDiffering(from: old.claims) {
            changed = indices.map { (old.claims[$0], new.claims[$0]) }
            if old.orphans != new.orphans {
                let oldOrphans = Dictionary(old.orphans.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                changed += new.orphans.filter { oldOrphans[$0.id] != $0 }.map { (oldOrphans[$0.id], $0) }
            }
        } else {
            let oldClaims = Dictionary((old.claims + old.orphans).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            changed = (new.claims + new.orphans).filter { oldClaims[$0.id] != $0 }.map { (oldClaims[$0.id], $0) }
        }
        claims = []
        for (before, after) in changed {
            var claim = after
            if let before {
                let kept = AnnotationDelta.ClaimChange.sharedHistory(before, after)
                claim.history = ChunkedList(after.history[kept...])
                historyBase[claim.id] = kept
            }
            claims.append(claim)
        }
        if old.updates == new.updates {
            updates = []
        } else {
            let oldUpdates = Dictionary(old.updates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            updates = new.updates.filter { oldUpdates[$0.id] != $0 }
        }
        if old.boundaries != new.boundaries {
            boundaries = new.boundaries
            let kept = Set((new.claims + new.orphans).map(\.id))
            removedClaims = (old.claims + old.orphans).map(\.id).filter { !kept.contains($0) }
        }
    }

    /// True when nothing changed.
    public var isEmpty: Bool { claims.isEmpty && updates.isEmpty && boundaries == nil }

    /// `set` with this change's claims and updates put in place of those with the same ids. Items whose id the set
    /// does not hold are kept too: a claim as an orphan, an update appended. A claim recorded with a `historyBase`
    /// keeps that many entries of the history it has in `set` before the recorded ones (all it has, if fewer).
    ///
    /// A change of boundaries needs the article: with `analysis`, the claims are read again with the recorded
    /// corrections and re-anchored by their text (`reanchored(on:)`), so the set is the one the edit made.
    public func applied(to set: AnnotationSet, reading analysis: ArticleAnalysis? = nil) -> AnnotationSet {
        var next = set
        if let boundaries {
            next.boundaries = boundaries
            let removed = Set(removedClaims)
            next.claims.removeAll { removed.contains($0.id) }
            next.orphans.removeAll { removed.contains($0.id) }
        }
        for var claim in claims {
            if let base = historyBase[claim.id] {
                let current = next.claims.first { $0.id == claim.id } ?? next.orphans.first { $0.id == claim.id }
                claim.history = (current?.history ?? []).keepingFirst(base) + claim.history
            }
            if boundaries == nil, let i = next.claims.firstIndex(where: { $0.id == claim.id }) {
                // Keep the anchor the current article gives; take the editor's data.
                var merged = claim
                merged.n = next.claims[i].n
                merged.text = next.claims[i].text
                merged.range = next.claims[i].range
                merged.repeats = next.claims[i].repeats
                merged.prefix = next.claims[i].prefix
                merged.suffix = next.claims[i].suffix
                next.claims[i] = merged
            } else if let i = next.claims.firstIndex(where: { $0.id == claim.id }) {
                // The edit moved this claim's boundaries: its recorded text is what the next reading finds.
                next.claims[i] = claim
            } else if let i = next.orphans.firstIndex(where: { $0.id == claim.id }) {
                next.orphans[i] = claim
            } else {
                next.orphans.append(claim)
            }
        }
        if boundaries != nil, let analysis { next = next.reread(analysis) }
        guard !updates.isEmpty else { return next }
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

    /// The member of a claim in a journal line that carries its `historyBase`.
    static let historyBaseKey = "historyBase"

    /// One line of JSON: `{"claims": […], "updates": […]}`; a claim with a `historyBase` carries it as a member;
    /// a change of boundaries adds `"boundaries": […]` (as the file writes them) and `"removed": [ids]`.
    public func jsonLine() -> String {
        var line = ""
        let claimValues = claims.map { claim -> JSONValue in
            let value = AnnotationCodec.claimValue(claim)
            guard let base = historyBase[claim.id], case .object(var object) = value else { return value }
            object.members.append(JSONMember(EditRecord.historyBaseKey, .int(base)))
            return .object(object)
        }
        var object = JSONObject([
            JSONMember(AnnotationCodec.EditRecordKey.claims, .array(claimValues)),
            JSONMember(AnnotationCodec.EditRecordKey.updates, .array(updates.map(AnnotationCodec.updateValue))),
        ])
        if let boundaries {
            object.members.append(JSONMember(AnnotationCodec.EditRecordKey.boundaries, .array(boundaries.map(AnnotationCodec.boundaryValue))))
            object.members.append(JSONMember(AnnotationCodec.EditRecordKey.removed, .array(removedClaims.map(JSONValue.string))))
        }
        JSONWriter.writeCompact(.object(object), into: &line)
        return line
    }

    /// Parses a line written by `jsonLine()` (or by versions before `historyBase`, whose claims are whole, or
    /// before `boundaries`).
    public static func parse(line: String) throws(AnnotationFileError) -> EditRecord {
        let value: JSONValue
        do { value = try JSONParser.parse(line) } catch { throw .syntax(error) }
        guard case .object(let object) = value, case .array(let claimValues)? = object["claims"], case .array(let updateValues)? = object["updates"] else {
            throw .invalid(path: "$", message: "expected {\"claims\": […], \"updates\": […]}")
        }
        var claims: [ClaimAnnotation] = []
        var bases: [String: Int] = [:]
        for (i, item) in claimValues.enumerated() {
            var item = item
            var base: Int?
            if case .object(var object) = item, let value = object[historyBaseKey] {
                guard let n = value.intValue, n >= 0 else {
                    throw .invalid(path: "claims[\(i)].\(historyBaseKey)", message: "expected a count of history entries")
                }
                base = n
                object.members.removeAll { $0.key == historyBaseKey }
                item = .object(object)
            }
            let claim = try AnnotationCodec.decodeClaim(item, path: "claims[\(i)]")
            if let base { bases[claim.id] = base }
            claims.append(claim)
        }
        var updates: [UpdateAnnotation] = []
        for (i, item) in updateValues.enumerated() { updates.append(try AnnotationCodec.decodeUpdate(item, path: "updates[\(i)]")) }
        var record = EditRecord(claims: claims, updates: updates)
        record.historyBase = bases
        if let value = object[AnnotationCodec.EditRecordKey.boundaries.rawValue] {
            (record.boundaries, record.removedClaims) = try parseBoundaries(value, removed: object[AnnotationCodec.EditRecordKey.removed.rawValue])
        }
        return record
    }
}
