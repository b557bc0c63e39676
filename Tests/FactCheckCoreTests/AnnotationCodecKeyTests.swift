@testable import FactCheckCore
import Testing

/// The encoder and the strict decoder share one key list per object type: a fully populated set writes every
/// listed key, in the listed order, and reads back equal; unknown members still survive a round trip.
@Suite struct AnnotationCodecKeyTests {
    /// A set in which every optional member is present, so the encoder writes every key it knows.
    /// With `extras`, each object that keeps unknown members holds one ("x-future": its path).
    static func fullyPopulated(extras: Bool) -> AnnotationSet {
        func extra(_ path: String) -> [JSONMember] { extras ? [JSONMember("x-future", .string(path))] : [] }
        var theirs = ClaimVerdict(status: .sourced, note: "theirs", sources: ["AFP"], by: "Bea", at: "2026-11-29T10:00:00Z")
        theirs.extra = extra("theirs")
        var ours = ClaimVerdict(status: .verified, note: "ours", sources: [], by: "Ana", at: "2026-11-29T09:00:00Z")
        ours.extra = extra("ours")
        var claimConflict = ClaimConflict(ours: ours, theirs: theirs)
        claimConflict.extra = extra("claim conflict")
        var entry = HistoryEntry(at: "2026-11-29T09:00:00Z", by: "Ana", status: .verified, note: "checked", sources: ["Insee"])
        entry.event = "dismissed: a heading"
        entry.extra = extra("history")
        let claim = ClaimAnnotation(
            id: "c-0123abcd", n: 1, text: "Le chômage a baissé.", range: TextRange(0, 20), repeats: [TextRange(40, 60)],
            prefix: "", suffix: " Selon", status: .verified, note: "checked", sources: ["Insee"], by: "Ana",
            at: "2026-11-29T09:00:00Z", review: ReviewFlag(reason: "amended by u-89abcdef", update: "u-89abcdef"),
            conflict: claimConflict, dismissed: "a heading", history: [entry], extra: extra("claim"))
        var orphan = claim
        orphan.id = "c-4567cdef"
        orphan.extra = extra("orphan")
        var amendment = Amendment(claim: claim.id, score: 0.82, confirmed: true)
        amendment.by = "Ana"
        amendment.at = "2026-11-29T09:30:00Z"
        amendment.extra = extra("amendment")
        var ourReading = UpdateReading(relation: .denial, issuer: "Le ministère", amends: [amendment])
        ourReading.extra = extra("our reading")
        var theirReading = UpdateReading(relation: .correction, issuer: nil, amends: [])
        theirReading.extra = extra("their reading")
        var updateConflict = UpdateConflict(ours: ourReading, theirs: theirReading)
        updateConflict.extra = extra("update conflict")
        let update = UpdateAnnotation(
            id: "u-89abcdef", marker: "MISE A JOUR", text: "MISE A JOUR : le ministère dément.", range: TextRange(80, 114),
            issuer: "Le ministère", relation: .denial, amends: [amendment], unlinked: [orphan.id], conflict: updateConflict,
            extra: extra("update"))
        let article = ArticleReference(path: "a.txt", sha256: String(repeating: "0", count: 64), language: "fr", extra: extra("article"))
        return AnnotationSet(article: article, claims: [claim], updates: [update], orphans: [orphan],
                             boundaries: [.split(text: claim.text, word: 2)], extra: extra("root"))
    }

    /// The value at a dotted path ("claims.0.conflict.ours"), numbers indexing arrays.
    static func value(at path: String, in root: JSONValue) -> JSONValue? {
        var value: JSONValue? = root
        for step in path.split(separator: ".") where !step.isEmpty {
            switch value {
            case .object(let object)?: value = object[String(step)]
            case .array(let items)?: value = Int(step).flatMap { items.indices.contains($0) ? items[$0] : nil }
            default: return nil
            }
        }
        return value
    }

    static func keys(at path: String, in root: JSONValue) -> [String]? {
        guard case .object(let object)? = value(at: path, in: root) else { return nil }
        return object.members.map(\.key)
    }

    static func list<Key: AnnotationMemberKey>(_: Key.Type) -> [String] { Key.allCases.map(\.rawValue) }

    /// Each object of the format, by its path in the fully populated set, with the key list that names its members.
    static let objects: [(path: String, keys: [String])] = [
        ("", list(AnnotationCodec.RootKey.self)),
        ("article", list(AnnotationCodec.ArticleKey.self)),
        ("claims.0", list(AnnotationCodec.ClaimKey.self)),
        ("orphans.0", list(AnnotationCodec.ClaimKey.self)),
        ("claims.0.context", list(AnnotationCodec.ContextKey.self)),
        ("boundaries.0", ["split", "word"]),  // a join writes BoundaryKey.join instead
        ("claims.0.review", list(AnnotationCodec.ReviewKey.self)),
        ("claims.0.history.0", list(AnnotationCodec.HistoryKey.self)),
        ("claims.0.conflict", list(AnnotationCodec.ConflictKey.self)),
        ("claims.0.conflict.ours", list(AnnotationCodec.VerdictKey.self)),
        ("claims.0.conflict.theirs", list(AnnotationCodec.VerdictKey.self)),
        ("updates.0", list(AnnotationCodec.UpdateKey.self)),
        ("updates.0.amends.0", list(AnnotationCodec.AmendmentKey.self)),
        ("updates.0.conflict", list(AnnotationCodec.ConflictKey.self)),
        ("updates.0.conflict.ours", list(AnnotationCodec.ReadingKey.self)),
        ("updates.0.conflict.theirs", list(AnnotationCodec.ReadingKey.self)),
        ("updates.0.conflict.ours.amends.0", list(AnnotationCodec.AmendmentKey.self)),
    ]

    @Test(arguments: objects)
    func theEncoderWritesEveryListedKeyInOrder(path: String, keys: [String]) {
        let written = Self.keys(at: path, in: AnnotationCodec.jsonValue(Self.fullyPopulated(extras: false)))
        #expect(written == keys, "object at \"\(path)\"")
    }

    @Test(arguments: objects)
    func unknownMembersAreWrittenAfterTheListedKeys(path: String, keys: [String]) {
        let written = Self.keys(at: path, in: AnnotationCodec.jsonValue(Self.fullyPopulated(extras: true)))
        // Review flags, contexts and boundary corrections keep no unknown members.
        let keepsExtras = !path.hasSuffix("review") && !path.hasSuffix("context") && !path.hasPrefix("boundaries")
        #expect(written == keys + (keepsExtras ? ["x-future"] : []), "object at \"\(path)\"")
    }

    @Test(arguments: [false, true])
    func aFullyPopulatedSetRoundTrips(extras: Bool) throws {
        let set = Self.fullyPopulated(extras: extras)
        let text = AnnotationCodec.encode(set)
        let decoded = try AnnotationCodec.decode(Array(text.utf8))
        // Without extras, equality also says no written key was taken for an unknown member.
        #expect(decoded == set)
        #expect(AnnotationCodec.encode(decoded) == text)
    }

    @Test func aJournalLineUsesItsKeyListAndRoundTrips() throws {
        let set = Self.fullyPopulated(extras: true)
        var record = EditRecord(claims: set.claims + set.orphans, updates: set.updates)
        // A record of a boundary change writes every member.
        record.boundaries = set.boundaries
        record.removedClaims = ["c-0000000a"]
        let line = record.jsonLine()
        let parsed = try JSONParser.parse(Array(line.utf8))
        #expect(Self.keys(at: "", in: parsed) == Self.list(AnnotationCodec.EditRecordKey.self))
        #expect(try EditRecord.parse(line: line) == record)
    }
}
