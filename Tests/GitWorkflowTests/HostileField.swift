import FactCheckCore
import Testing

/// The shipped annotation file with the hostile string in one string field (or key): every field of the format,
/// at every level (article, claim, context, review, conflict, history, update, link, orphan, boundary), whether the
/// file is then accepted or refused.
struct HostileField: CustomTestStringConvertible, Sendable {
    /// Where the hostile string sits ("claims[0].note").
    var field: String
    /// The file's text.
    var text: String

    /// The field, in test reports.
    var testDescription: String { field }

    /// One file per field.
    static func all() throws -> [HostileField] {
        let shipped = try SchemaTests.shippedText()
        let base = try AnnotationCodec.decode(Array(shipped.utf8))
        let h = HostileText.value
        let sourced = base.claims.firstIndex { !$0.sources.isEmpty } ?? 0
        let edits: [(String, (inout AnnotationSet) -> Void)] = [
            ("article.path", { $0.article.path = h }),
            ("article.sha256", { $0.article.sha256 = h }),
            ("article.language", { $0.article.language = h }),
            ("claims[0].id", { $0.claims[0].id = h }),
            ("claims[0].text", { $0.claims[0].text = h }),
            ("claims[0].context.prefix", { $0.claims[0].prefix = h }),
            ("claims[0].context.suffix", { $0.claims[0].suffix = h }),
            ("claims[0].note", { $0.claims[0].note = h }),
            ("claims[n].sources[0]", { $0.claims[sourced].sources = [h] }),
            ("claims[0].by", { $0.claims[0].by = h }),
            ("claims[0].at", { $0.claims[0].at = h }),
            ("claims[0].review (reason and update)", { $0.claims[0].review = ReviewFlag(reason: h, update: h) }),
            ("claims[0].review.reason", { $0.claims[0].review = ReviewFlag(reason: h, update: $0.updates.first?.id) }),
            ("claims[0].dismissed", { $0.claims[0].dismissed = h }),
            ("claims[0].conflict", {
                $0.claims[0].conflict = ClaimConflict(ours: $0.claims[0].verdict,
                                                      theirs: ClaimVerdict(status: .sourced, note: h, sources: [h], by: h, at: h))
            }),
            ("updates[0].id", { $0.updates[0].id = h }),
            ("updates[0].marker", { $0.updates[0].marker = h }),
            ("updates[0].text", { $0.updates[0].text = h }),
            ("updates[0].issuer", { $0.updates[0].issuer = h }),
            ("updates[0].amends[0].claim", { $0.updates[0].amends[0].claim = h }),
            ("updates[0].amends[0].by and at", { $0.updates[0].amends[0].by = h; $0.updates[0].amends[0].at = h }),
            ("updates[0].unlinked", { $0.updates[0].unlinked = [h] }),
            ("updates[0].conflict", {
                let link = Amendment(claim: h, score: 0.5, confirmed: true)
                $0.updates[0].conflict = UpdateConflict(ours: $0.updates[0].reading, theirs: UpdateReading(relation: .denial, issuer: h, amends: [link]))
            }),
            ("orphans[0]", {
                var orphan = $0.claims[0]
                orphan.id = "c-0000000f"
                orphan.note = h
                orphan.by = h
                $0.orphans = [orphan]
            }),
            ("boundaries (split)", { $0.boundaries = [.split(text: h, word: 1)] }),
            ("boundaries (join)", { $0.boundaries = [.join(first: h, second: h)] }),
        ]
        var files = edits.map { name, edit in
            var set = base
            edit(&set)
            return HostileField(field: name, text: AnnotationCodec.encode(set))
        }
        let json = jsonString(h)
        // Members a model cannot hold: enumerations, the format name, history entries, keys.
        files += [
            HostileField(field: "format", text: try replacingValue(of: "format", indent: 2, in: shipped)),
            HostileField(field: "claims[0].status", text: try replacingValue(of: "status", indent: 6, in: shipped)),
            HostileField(field: "updates[0].relation", text: try replacingValue(of: "relation", indent: 6, in: shipped)),
            HostileField(field: "claims[0].history[0].at", text: try replacingValue(of: "at", indent: 10, in: shipped)),
            HostileField(field: "claims[0].history[0].by", text: try replacingValue(of: "by", indent: 10, in: shipped)),
            HostileField(field: "claims[0].history[0].status", text: try replacingValue(of: "status", indent: 10, in: shipped)),
            HostileField(field: "claims[0].history[0].note", text: try replacingValue(of: "note", indent: 10, in: shipped)),
            HostileField(field: "claims[0].history[0].event", text: replacingFirst("\"status\": \"disputed\",\n          \"note\"",
                                                                                           with: "\"status\": \"disputed\",\n          \"event\": \(json),\n          \"note\"", in: shipped)),
            HostileField(field: "a hostile key", text: replacingFirst("{\n", with: "{\n  \(json): 1,\n", in: shipped)),
            HostileField(field: "a duplicate hostile key", text: replacingFirst("{\n", with: "{\n  \(json): 1,\n  \(json): 2,\n", in: shipped)),
            HostileField(field: "a hostile key without its colon", text: replacingFirst("{\n", with: "{\n  \(json) 1,\n", in: shipped)),
            HostileField(field: "a hostile string where a number belongs", text: replacingFirst("\"version\": 1", with: "\"version\": \(json)", in: shipped)),
        ]
        for file in files where file.text == shipped { throw WorkspaceError("the hostile string did not reach \(file.field)") }
        return files
    }

    /// `text` with the string value of the first member `key` indented by `indent` spaces replaced by the hostile string.
    static func replacingValue(of key: String, indent: Int, in text: String) throws -> String {
        let opening = "\n" + String(repeating: " ", count: indent) + "\"\(key)\": \""
        guard let start = text.range(of: opening) else { throw WorkspaceError("no member \(key) at indent \(indent)") }
        var end = start.upperBound
        while end < text.endIndex, text[end] != "\"" {
            if text[end] == "\\" { end = text.index(after: end) }
            end = text.index(after: end)
        }
        return String(text[..<text.index(before: start.upperBound)]) + jsonString(HostileText.value) + String(text[text.index(after: end)...])
    }

    /// `text` with the first occurrence of `target` replaced (unchanged when there is none).
    static func replacingFirst(_ target: String, with replacement: String, in text: String) -> String {
        guard let range = text.range(of: target) else { return text }
        return text.replacingCharacters(in: range, with: replacement)
    }

    /// `text` as a JSON string literal, every control and bidi control written as a \u escape.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x202E {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
