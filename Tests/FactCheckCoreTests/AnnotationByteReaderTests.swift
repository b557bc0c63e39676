@testable import FactCheckCore
import Foundation
import Testing

/// The fast reader must never accept what the strict decoder refuses, nor read a file differently: on the shipped
/// annotations, the fuzz regressions and variants of them (each a small edit, valid or not), whatever the fast
/// reader accepts the strict decoder accepts, equal member for member.
@Suite struct AnnotationByteReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ path: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    static let seed = file("annotations/cloudwatt-audit.json")

    /// Each edit replaces the first occurrence of a text of the seed's file.
    static let edits: [(String, String)] = [
        ("\"n\": 1,", "\"n\": 1.0,"), ("\"n\": 1,", "\"n\": 0,"), ("\"n\": 1,", "\"n\": 01,"), ("\"n\": 1,", "\"n\": 3e0,"),
        ("\"n\": 1,", "\"n\": \"1\","), ("\"start\": 0,", "\"start\": -1,"), ("\"start\": 0,", "\"start\": -0,"),
        ("\"review\": null", "\"review\": { \"reason\": \"x\" }"), ("\"review\": null", "\"review\": { \"reason\": \"x\", \"update\": null }"),
        ("\"review\": null", "\"review\": { \"reason\": \"x\", \"other\": 1 }"), ("\"review\": null", "\"review\": 1"),
        ("\"sources\": []", "\"sources\": null"), ("\"sources\": []", "\"sources\": [\"a\\\"b\\\\c\\/d\"]"),
        ("\"status\": \"disputed\"", "\"status\": \"sourced\""), ("\"status\": \"disputed\"", "\"status\": \"false\""),
        ("\"version\": 1,", "\"version\": 1, \"x-new\": { \"a\": [1] },"), ("\"version\": 1,", "\"version\": 1, \"version\": 1,"),
        ("\"version\": 1,", "\"version\": 2,"), ("\"factcheck-annotations\"", "\"other\""),
        ("\"by\": \"factcheck worked example\",\n      \"at\"", "\"by\": null,\n      \"at\""), ("\"by\": \"factcheck", "\"by\": 3, \"x\": \"factcheck"),
        ("\"text\":", "\"te\\u0078t\":"), ("\"note\": \"Who", "\"note\": \"\\u00e9\\n\\ud83d\\ude00\\t Who"),
        ("\"note\": \"Who", "\"note\": \"\\ud800 Who"), ("\"note\": \"Who", "\"note\": \"\\udc00 Who"), ("\"note\": \"Who", "\"note\": \"\\x Who"),
        ("\"note\": \"Who", "\"note\": \"\t Who"), ("\"confirmed\": true", "\"confirmed\": 1"), ("\"score\": 0.68", "\"score\": 6.8e-1"),
        ("\"score\": 0.68", "\"score\": 1.5"), ("\"score\": 0.68", "\"score\": -0.5"), ("\"score\": 0.68", "\"score\": 0.68.1"),
        ("\"history\": [", "\"dismissed\": \"\", \"history\": ["), ("\"history\": [", "\"dismissed\": \"aside\", \"history\": ["),
        ("\"history\": [", "\"conflict\": null, \"history\": ["),
        ("\"history\": [", "\"conflict\": { \"ours\": { \"status\": \"verified\", \"note\": \"\", \"sources\": [], \"by\": \"a\", \"at\": \"2026-11-29T09:00:00Z\" }, \"theirs\": { \"status\": \"disputed\", \"note\": \"\", \"sources\": [], \"by\": \"b\", \"at\": \"2026-11-29T09:00:00Z\" } }, \"history\": ["),
        ("\"claims\": [", "\"orphans\": [], \"claims\": ["), ("\"claims\": [", "\"orphans\": null, \"claims\": ["),
        ("\"claims\": [", "\"boundaries\": [], \"claims\": ["), ("\"id\": \"c-28a52168\"", "\"id\": \"c-7ddc2cc3\""),
        ("\"sha256\": \"ce01", "\"sha256\": \"CE01"), ("\"language\": \"fr\"", "\"language\": \"fr\", \"language\": \"fr\""),
        ("\"context\": {", "\"context\": null, \"x\": {"), ("\"repeats\": [\n        [3709, 3932]", "\"repeats\": [\n        [3932, 3709]"),
        ("\"repeats\": [\n        [3709, 3932]", "\"repeats\": [\n        [3709]"), ("\"relation\": \"", "\"relation\": \"x"),
        ("\"amends\": [", "\"unlinked\": [\"c-7ddc2cc3\"], \"amends\": ["), ("\"amends\": [", "\"issuer\": 2, \"amends\": ["),
        ("{\n  \"format\"", "\u{FEFF}{\n  \"format\""), ("{\n  \"format\"", "[{\n  \"format\""), ("\"format\"", "\"format\" "),
        ("\"claims\": [", "\"claims\": [ ]\n, \"z\": ["), ("\"a\"", "\"a\""),
    ]

    static var inputs: [[UInt8]] {
        var texts = [seed, seed + "  \n", seed + "x", seed + "\n<<<<<<< ours\n", "", "{}", "[]", "{\"format\": \"factcheck-annotations\"}"]
        texts += edits.map { edit in
            guard let range = seed.range(of: edit.0) else { return seed + "/* missing: \(edit.0) */" }
            return seed.replacingCharacters(in: range, with: edit.1)
        }
        var inputs = texts.map { Array($0.utf8) }
        inputs.append(Array(seed.utf8) + [0xFF])
        for name in ["worked-example.json", "minimal-with-unknown.json", "duplicate-key.json", "journal-line.json"] {
            inputs.append(Array(file("Fuzz/regressions/annotation-loader/\(name)").utf8))
        }
        return inputs
    }

    @Test func agreesWithTheStrictDecoder() {
        for (i, bytes) in Self.inputs.enumerated() {
            let fast = bytes.withUnsafeBufferPointer(AnnotationByteReader.read)
            let strict = Result { () throws(AnnotationFileError) in try AnnotationCodec.decodeStrictly(bytes) }
            if let fast {
                switch strict {
                case .success(let set): #expect(set == fast, "input \(i)")
                case .failure(let error): Issue.record("input \(i): the fast reader accepts what the strict decoder refuses: \(error)")
                }
            }
            // `decode` (either path) says what the strict decoder says, error message included.
            let either = Result { () throws(AnnotationFileError) in try AnnotationCodec.decode(bytes) }
            switch (either, strict) {
            case (.success(let a), .success(let b)): #expect(a == b, "input \(i)")
            case (.failure(let a), .failure(let b)): #expect(a == b, "input \(i)")
            default: Issue.record("input \(i): decode and the strict decoder disagree")
            }
        }
    }

    @Test func readsTheShippedFilesWithoutTheTree() throws {
        let bytes = Array(Self.seed.utf8)
        let fast = try #require(bytes.withUnsafeBufferPointer(AnnotationByteReader.read))
        #expect(fast.claims.count > 10)
        #expect(!fast.updates.isEmpty)
        // Valid variants the fast reader takes, so that its own paths are exercised.
        let accepted = Self.inputs.filter { $0.withUnsafeBufferPointer(AnnotationByteReader.read) != nil }
        #expect(accepted.count >= 12)
    }
}
