import FactCheckCore
import Foundation
import Testing

/// docs/annotations.schema.json against the shipped annotation file and hand-broken copies of it, next to what
/// `factcheck check` says of the same files (it also sees what a schema cannot: the article).
@Suite("annotation file schema")
struct SchemaTests {
    static let shippedFile = Workspace.packageRoot + "/annotations/cloudwatt-audit.json"
    static let schemaFile = Workspace.packageRoot + "/docs/annotations.schema.json"

    static func validator() throws -> JSONSchemaValidator {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: schemaFile)))
        return try JSONSchemaValidator(schema: try JSONParser.parse(bytes))
    }

    static func shippedText() throws -> String {
        try String(contentsOfFile: shippedFile, encoding: .utf8)
    }

    @Test("the schema accepts the shipped worked example, and check finds it complete")
    func shippedFileIsValid() throws {
        let document = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: SchemaTests.shippedFile))))
        #expect(try SchemaTests.validator().errors(in: document) == [])
        let set = try AnnotationCodec.decode(document)
        #expect(set.claims.allSatisfy { $0.status != .unreviewed && !$0.note.isEmpty }, "every claim reviewed with a note")
        #expect(set.claims.filter { $0.status == .sourced }.allSatisfy { !$0.sources.isEmpty })
        #expect(set.updates.allSatisfy { !$0.amends.isEmpty && $0.amends.allSatisfy(\.confirmed) }, "the update linked")
        let workspace = try Workspace()
        let check = try workspace.factcheck(["check", "--strict", "annotations/cloudwatt-audit.json"], in: Workspace.packageRoot)
        #expect(check.status == 0, "\(check)")
    }

    @Test("a file with a merge conflict is valid too")
    func conflictIsValid() throws {
        var set = try AnnotationCodec.decode(Array(try SchemaTests.shippedText().utf8))
        set.claims[0].conflict = ClaimConflict(ours: set.claims[0].verdict,
                                               theirs: ClaimVerdict(status: .verified, note: "x", by: "B", at: "2026-11-29T10:00:00Z"))
        let document = try JSONParser.parse(Array(AnnotationCodec.encode(set).utf8))
        #expect(try SchemaTests.validator().errors(in: document) == [])
    }

    @Test("a dismissed claim, with the events of its history, is valid; an empty reason is not")
    func dismissedIsValid() throws {
        var set = try AnnotationCodec.decode(Array(try SchemaTests.shippedText().utf8))
        set = set.dismissing(claimAt: 4, reason: "byline", by: "B", at: "2026-11-29T10:00:00Z")
        let text = AnnotationCodec.encode(set)
        #expect(text.contains("\"dismissed\": \"byline\""))
        #expect(text.contains("\"event\": \"dismissed: byline\""))
        #expect(try SchemaTests.validator().errors(in: try JSONParser.parse(Array(text.utf8))) == [])
        let empty = text.replacingOccurrences(of: "\"dismissed\": \"byline\"", with: "\"dismissed\": \"\"")
        #expect(try SchemaTests.validator().errors(in: try JSONParser.parse(Array(empty.utf8))) != [])
        #expect(throws: AnnotationFileError.self) { try AnnotationCodec.decode(Array(empty.utf8)) }
    }

    @Test("a file with boundary corrections is valid, and round-trips")
    func boundariesAreValid() throws {
        var set = try AnnotationCodec.decode(Array(try SchemaTests.shippedText().utf8))
        set.boundaries = [.split(text: set.claims[6].text, word: 36), .join(first: set.claims[3].text, second: set.claims[4].text)]
        let text = AnnotationCodec.encode(set)
        #expect(try SchemaTests.validator().errors(in: try JSONParser.parse(Array(text.utf8))) == [])
        #expect(try AnnotationCodec.decode(Array(text.utf8)).boundaries == set.boundaries)
        let broken = text.replacingOccurrences(of: "\"word\": 36", with: "\"word\": 0")
        #expect(try SchemaTests.validator().errors(in: try JSONParser.parse(Array(broken.utf8))) != [])
    }

    /// A hand-made break: what to replace (a regular expression, first match) and whether a schema can see it.
    struct Break: CustomTestStringConvertible, Sendable {
        var name: String
        var pattern: String
        var replacement: String
        var schemaRejects: Bool
        var checkSays: String
        /// Whether only the article shows the break (so `show`, `diff` and `merge` cannot refuse it).
        var needsArticle = false
        var testDescription: String { name }
    }

    static let breaks: [Break] = [
        Break(name: "unknown status", pattern: #""status": "verified""#, replacement: #""status": "checked""#,
              schemaRejects: true, checkSays: "unknown status \"checked\""),
        Break(name: "missing id", pattern: #"\n      "id": "c-[0-9a-f]+","#, replacement: "",
              schemaRejects: true, checkSays: "claims[0].id: missing required member"),
        Break(name: "range past the end of the article", pattern: #""end": [0-9]+,"#, replacement: #""end": 99999,"#,
              schemaRejects: false, checkSays: "runs past the end of the article", needsArticle: true),
        Break(name: "sourced without a source", pattern: #""sources": \["[^\]]*"\]"#, replacement: #""sources": []"#,
              schemaRejects: true, checkSays: "a sourced claim needs at least one source"),
        Break(name: "malformed id", pattern: #""id": "c-[0-9a-f]+",\n      "n": 2,"#, replacement: "\"id\": \"claim-2\",\n      \"n\": 2,",
              schemaRejects: true, checkSays: "expected \"c-\" and at least 8 lower-case hex digits"),
        Break(name: "verdict without an editor", pattern: #""by": "[^"]*""#, replacement: #""by": null"#,
              schemaRejects: true, checkSays: "needs the editor's name"),
        Break(name: "link score above 1", pattern: #""score": [0-9.]+"#, replacement: #""score": 1.5"#,
              schemaRejects: true, checkSays: "expected a number from 0 to 1"),
        Break(name: "unknown relation", pattern: #""relation": "partial-denial""#, replacement: #""relation": "rumour""#,
              schemaRejects: true, checkSays: "unknown relation \"rumour\""),
        Break(name: "bad article hash", pattern: #""sha256": "[0-9a-f]{64}""#, replacement: #""sha256": "abc""#,
              schemaRejects: true, checkSays: "expected 64 lower-case hex digits"),
        Break(name: "a reading number used twice", pattern: #""n": 2,"#, replacement: #""n": 1,"#,
              schemaRejects: false, checkSays: "invalid: reading number 1 is used by another claim"),
        Break(name: "a time that is not UTC", pattern: #""at": "[^"]*""#, replacement: #""at": "2026-11-29T10:12:00+02:00""#,
              schemaRejects: true, checkSays: "invalid: claims[0].at: expected an ISO 8601 UTC time"),
        Break(name: "a claim id changed, leaving the update's link dangling", pattern: #""id": "c-[0-9a-f]+""#, replacement: #""id": "c-0123abcd""#,
              schemaRejects: false, checkSays: "amends[0].claim: no claim has id"),
        // What `check` accepted before issue 11: an impossible time, an unknown language, a dangling unlinked id, a
        // gap in reading numbers.
        Break(name: "an impossible time", pattern: #""at": "[^"]*""#, replacement: #""at": "2026-13-45T99:99:99Z""#,
              schemaRejects: true, checkSays: "expected an ISO 8601 UTC time"),
        Break(name: "an unknown language", pattern: #""language": "fr""#, replacement: #""language": "xx""#,
              schemaRejects: true, checkSays: "article.language"),
        Break(name: "a dangling unlinked id", pattern: #""amends": \["#, replacement: #""unlinked": ["c-deadbeef00"], "amends": ["#,
              schemaRejects: false, checkSays: "unlinked[0]: no claim has id"),
        Break(name: "a gap in reading numbers", pattern: #""n": 14,"#, replacement: #""n": 15,"#,
              schemaRejects: false, checkSays: "leaves a gap"),
        Break(name: "a re-review flag naming no update", pattern: #""review": null"#, replacement: #""review": { "reason": "r", "update": "u-00000000" }"#,
              schemaRejects: false, checkSays: "invalid: claims[0].review.update: no update has id"),
    ]

    @Test("the schema rejects hand-broken files that check rejects too", arguments: breaks)
    func brokenFile(_ broken: Break) throws {
        let original = try SchemaTests.shippedText()
        let regex = try Regex(broken.pattern)
        let match = try #require(original.firstMatch(of: regex), "the pattern no longer matches the shipped file")
        var text = original
        text.replaceSubrange(match.range, with: broken.replacement)

        let errors = try SchemaTests.validator().errors(in: try JSONParser.parse(Array(text.utf8)))
        #expect(errors.isEmpty == !broken.schemaRejects, "schema errors: \(errors)")

        // check sees the article beside the file, as in the repository: seeds/ above annotations/.
        let workspace = try Workspace()
        try workspace.write(try Workspace.seedArticle(), to: workspace.path + "/seeds/cloudwatt-audit.txt")
        try workspace.write(text, to: workspace.path + "/annotations/broken.json")
        let check = try workspace.factcheck(["check", "annotations/broken.json"], in: workspace.path)
        #expect(check.status == 65, "\(check)")
        #expect(check.out.contains("annotations/broken.json") && check.out.contains(broken.checkSays), "\(check.out)")
    }

    @Test("python's jsonschema agrees on the shipped file and the broken ones", .enabled(if: SchemaTests.pythonJSONSchemaAvailable))
    func referenceValidatorAgrees() throws {
        let workspace = try Workspace()
        var files = [SchemaTests.shippedFile: true]
        for (i, broken) in SchemaTests.breaks.enumerated() {
            var text = try SchemaTests.shippedText()
            let match = try #require(text.firstMatch(of: try Regex(broken.pattern)))
            text.replaceSubrange(match.range, with: broken.replacement)
            let path = workspace.path + "/broken-\(i).json"
            try workspace.write(text, to: path)
            files[path] = !broken.schemaRejects
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for path in sys.argv[2:]:
                print("valid" if validator.is_valid(json.load(open(path))) else "invalid")
            """
        let paths = files.keys.sorted()
        let result = try workspace.run(["python3", "-c", script, SchemaTests.schemaFile] + paths)
        #expect(result.status == 0, "\(result)")
        let verdicts = result.out.split(separator: "\n").map { $0 == "valid" }
        #expect(verdicts == paths.map { files[$0] ?? false })
    }

    /// Whether `python3 -c "import jsonschema"` works here (Debian: python3-jsonschema).
    static var pythonJSONSchemaAvailable: Bool {
        guard let workspace = try? Workspace(), let result = try? workspace.run(["python3", "-c", "import jsonschema"]) else { return false }
        return result.status == 0
    }
}
