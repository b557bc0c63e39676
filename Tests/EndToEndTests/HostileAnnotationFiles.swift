import Foundation

/// Hostile annotation files: broken, ambiguous, too deep, wrongly typed, out of range, from the future, left with
/// git conflict markers — each refused with 65 and a message naming the file, which stays as it was — and a valid
/// file whose notes carry terminal escapes.
enum HostileAnnotationFiles {
    /// Every annotation-file case.
    static let all: [HostileCase] = [
        invalid("truncated in the middle", reason: "annotations.json:") { String($0.prefix($0.count / 2)) },
        invalid("empty", reason: "end of input") { _ in "" },
        invalid("duplicate key (a second, empty \"claims\")", reason: "duplicate key") {
            $0.replacingFirst("\"format\":", with: "\"claims\": [],\n  \"format\":")
        },
        invalid("nested 100,000 arrays deep", reason: "nesting") { _ in String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) },
        invalid("a member nested 5,000 objects deep", reason: "nesting") {
            $0.replacingFirst("\"format\":", with: "\"x-deep\": " + String(repeating: "{\"a\":", count: 5_000) + "1" + String(repeating: "}", count: 5_000) + ",\n  \"format\":")
        },
        invalid("wrong type (a reading number as a string)", reason: "expected an integer") { $0.replacingFirst("\"n\": 1,", with: "\"n\": \"1\",") },
        invalid("wrong type (claims as a string)", reason: "claims") { $0.replacingFirst("\"claims\": [", with: "\"claims\": \"none\",\n  \"x-claims\": [") },
        invalid("out of range (a start of 10^23)", reason: "start") { $0.replacingFirst("\"start\": 0,", with: "\"start\": 100000000000000000000000,") },
        invalid("out of range (a negative start)", reason: "start") { $0.replacingFirst("\"start\": 0,", with: "\"start\": -5,") },
        invalid("out of range (an end past the article)", reason: "past the end") { $0.replacingFirst("\"end\": 190,", with: "\"end\": 190000,") },
        invalid("out of range (status \"maybe\")", reason: "status") { $0.replacingFirst("\"status\": \"unreviewed\"", with: "\"status\": \"maybe\"") },
        invalid("a newer format version", reason: "newer") { $0.replacingFirst("\"version\": 1,", with: "\"version\": 2,") },
        invalid("git conflict markers", reason: "conflict marker") {
            $0.replacingFirst("      \"status\": \"unreviewed\",\n", with: "<<<<<<< ours\n      \"status\": \"verified\",\n=======\n      \"status\": \"disputed\",\n>>>>>>> theirs\n")
        },
        HostileCase("notes, sources, editor name and article path carrying terminal escapes") { w in
            let article = try w.seedArticle()
            let elsewhere = try w.validAnnotationFile("elsewhere.json", article: article)
            try w.file("elsewhere.json", text: elsewhere.replacingFirst("\"path\": \"", with: #""path": "\u001b]0;pwned\u0007\u202e"#))
            let note = "voir \u{1B}]52;c;ZXZpbA==\u{07} \u{1B}[2J \u{9B}31m \u{202E}gnp.exe fin"
            let source = "https://x.example/\u{1B}]8;;https://evil.example/\u{1B}\\\\"
            let visible = ["voir ^[]52;c;ZXZpbA==^G ^[[2J <U+9B>31m <U+202E>gnp.exe fin", "https://x.example/^[]8;;https://evil.example/^[\\"]
            var edit = HostileRun.shell(article, annotations: w.annotations, script: ["verify 1 \"\(note)\"", "source 2 \"\(source)\"", "save"],
                                        status: 0, output: visible).saving("annotations.json")
            edit.environment = ["FACTCHECK_EDITOR": "Eve\u{1B}]0;pwned\u{07}\u{202E}"]
            return [
                edit,
                .shell(article, annotations: w.annotations, script: ["show 1", "show 2", "list"], status: 0,
                       output: visible + ["Eve^[]0;pwned^G<U+202E>"]),
                .check([w.annotations], status: 0),
                .check([w.work + "/elsewhere.json"], status: 66, mentions: ["^[]0;pwned^G<U+202E>"]),
            ]
        },
    ]

    /// A case whose annotation file is the tool's own file for the seed article passed through `corrupt`: the
    /// shell (`list`, `verify 1 x`, `save`) and `check` must both refuse it with 65, naming the file and `reason`.
    static func invalid(_ name: String, reason: String, corrupt: @escaping @Sendable (String) -> String) -> HostileCase {
        HostileCase("annotation file: \(name)") { w in
            let article = try w.seedArticle()
            let valid = try w.validAnnotationFile(article: article)
            let corrupted = corrupt(valid)
            guard corrupted != valid else { throw PseudoTerminalError(description: "the corruption “\(name)” did not apply") }
            try w.file("annotations.json", text: corrupted)
            return [
                .shell(article, annotations: w.annotations, script: ["list", "verify 1 x", "save"], status: 65, errors: [w.annotations, reason]),
                .check([w.annotations], status: 65, mentions: [w.annotations, reason]),
            ]
        }
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced (unchanged when there is none).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }

}
