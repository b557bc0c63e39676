import FactCheckCore
import Foundation
import Testing

/// `check`, `diff`, `print` and `merge` as a script or CI calls them: exit statuses, messages naming the file.
@Suite("check, diff, print and merge on the command line")
struct CommandTests {
    /// A workspace with the article at seeds/ and a fresh annotation file at annotations/a.json.
    static func prepared() throws -> (Workspace, String) {
        let workspace = try Workspace()
        // A repository, as a newsroom's is: the file records the article relative to its root.
        _ = try workspace.git("init", "-q", in: workspace.path)
        try workspace.write(try Workspace.seedArticle(), to: workspace.path + "/seeds/cloudwatt-audit.txt")
        let made = try workspace.factcheck(["seeds/cloudwatt-audit.txt", "--annotations", "annotations/a.json"], in: workspace.path, input: "save\n")
        expectSuccess(made)
        return (workspace, workspace.path + "/annotations/a.json")
    }

    @Test("with no editor name anywhere the shell says so once, with how to set it; with one it says nothing")
    func missingEditorName() throws {
        let workspace = try Workspace()
        try workspace.write(try Workspace.seedArticle(), to: workspace.path + "/a.txt")
        let anonymous = try workspace.run([try Workspace.executable(), "a.txt", "--annotations", "a.json"], input: "verify 1\nsave\n",
                                          environment: ["USER": "tester"])
        #expect(anonymous.status == 0, "\(anonymous)")
        #expect(anonymous.err == "factcheck: no editor name found (no --editor, FACTCHECK_EDITOR or git user.name); verdicts will be "
            + "recorded as 'tester'. Set yours with --editor NAME, FACTCHECK_EDITOR=NAME, or git config --global user.name NAME.\n")
        #expect(try workspace.read(workspace.path + "/a.json").contains("\"by\": \"tester\""))
        let named = try workspace.factcheck(["a.txt", "--annotations", "b.json"], in: workspace.path, input: "verify 1\nsave\n")
        #expect(named.status == 0 && named.err.isEmpty, "\(named)")
    }

    @Test("a misspelt subcommand gets 'did you mean' and status 64; a file of that name is still an article",
          arguments: [("clams", "claims"), ("chek", "check"), ("updats", "updates"), ("prnt", "print")])
    func misspeltSubcommand(_ word: String, _ meant: String) throws {
        let workspace = try Workspace()
        let result = try workspace.factcheck([word], in: workspace.path)
        #expect(result.status == 64, "\(result)")
        #expect(result.err == "factcheck: unknown command '\(word)'. Did you mean '\(meant)'? See 'factcheck help'.\n")
        try workspace.write(try Workspace.seedArticle(), to: workspace.path + "/" + word)
        let article = try workspace.factcheck([word, "--annotations", "a.json"], in: workspace.path, input: "list\n")
        #expect(article.status == 0 && article.out.contains("14 of 14 claims"), "\(article)")
    }

    @Test("check: 0 fine, 1 attention (and --strict), 65 invalid, 66 missing")
    func checkExitStatuses() throws {
        let (workspace, file) = try CommandTests.prepared()
        let fine = try workspace.factcheck(["check", "annotations"], in: workspace.path)
        #expect(fine.status == 0 && fine.out.hasSuffix("1 file checked: 1 fine, 0 need attention, 0 invalid\n"), "\(fine)")

        let strict = try workspace.factcheck(["check", "--strict", "annotations/a.json"], in: workspace.path)
        #expect(strict.status == 1, "\(strict)")
        #expect(strict.out.contains("annotations/a.json: claim #1 (c-") && strict.out.contains("attention: not reviewed yet"), "\(strict.out)")

        // From another directory: the article is found from the file's repository root.
        let elsewhere = try workspace.factcheck(["check", file], in: workspace.path + "/home")
        #expect(elsewhere.status == 0, "\(elsewhere)")

        let text = try workspace.read(file)
        try workspace.write(try text.replacingFirstMatch(of: #""review": null"#, with: #""review": { "reason": "the text under this verdict changed" }"#), to: file)
        let flagged = try workspace.factcheck(["check", "annotations/a.json"], in: workspace.path)
        #expect(flagged.status == 1 && flagged.out.contains("needs re-review: the text under this verdict changed"), "\(flagged)")

        try workspace.write("{ \"format\": \"factcheck-annotations\",\n  \"version\": 1,\n  \"claims\": [ }", to: workspace.path + "/annotations/b.json")
        let invalid = try workspace.factcheck(["check", "annotations"], in: workspace.path)
        #expect(invalid.status == 65, "invalid wins over attention: \(invalid)")
        #expect(invalid.out.contains("annotations/b.json:3:"), "names the file, line and column: \(invalid.out)")
        #expect(invalid.out.contains("2 files checked: 0 fine, 1 needs attention, 1 invalid"))

        let missing = try workspace.factcheck(["check", "annotations/nothing.json"], in: workspace.path)
        #expect(missing.status == 66 && missing.err.contains("annotations/nothing.json"), "\(missing)")
    }

    @Test("check: a stale article needs attention, a missing article is 66")
    func checkAgainstTheArticle() throws {
        let (workspace, _) = try CommandTests.prepared()
        try workspace.write(try Workspace.seedArticle() + "\nUne phrase ajoutée depuis.\n", to: workspace.path + "/seeds/cloudwatt-audit.txt")
        let stale = try workspace.factcheck(["check", "annotations/a.json"], in: workspace.path)
        #expect(stale.status == 1 && stale.out.contains("changed since these annotations were made"), "\(stale)")
        try FileManager.default.removeItem(atPath: workspace.path + "/seeds/cloudwatt-audit.txt")
        let gone = try workspace.factcheck(["check", "annotations/a.json"], in: workspace.path)
        #expect(gone.status == 66 && gone.out.contains("seeds/cloudwatt-audit.txt not found"), "\(gone)")
    }

    @Test("diff: text and JSON; a new file; nothing for no change")
    func diff() throws {
        let (workspace, file) = try CommandTests.prepared()
        let old = workspace.path + "/old.json"
        try FileManager.default.copyItem(atPath: file, toPath: old)
        #expect(try workspace.factcheck(["diff", old, file], in: workspace.path).out == "")
        let edit = try workspace.factcheck(["seeds/cloudwatt-audit.txt", "--annotations", "annotations/a.json"], in: workspace.path,
                                           input: "dispute 2 \"wrong year\"\nsave\n", editor: "Bob")
        expectSuccess(edit)
        let text = try workspace.factcheck(["diff", old, file], in: workspace.path)
        #expect(text.out.hasPrefix("#2 \"En 2011, l'Etat avait réussi à mettre autour…\": unreviewed → disputed, by Bob"), "\(text)")
        let json = try workspace.factcheck(["diff", "--format", "json", old, file], in: workspace.path)
        #expect(json.status == 0 && json.out.contains("\"kind\": \"verdict\""), "\(json)")
        #expect(try JSONParser.parse(Array(json.out.utf8)) != .null)
        let created = try workspace.factcheck(["diff", "/dev/null", file], in: workspace.path)
        #expect(created.out.contains("#2 \"En 2011") && created.out.contains("new claim (disputed)"), "\(created)")
        let broken = workspace.path + "/broken.json"
        try workspace.write("{\n  \"format\": 1\n}\n", to: broken)
        let bad = try workspace.factcheck(["diff", old, broken], in: workspace.path)
        #expect(bad.status == 65 && bad.err.contains("broken.json:format: expected a string"), "\(bad)")
    }

    @Test("print --textconv never fails a git command (also as the old name, show); print without it reports a bad file")
    func showFallsBackForGit() throws {
        let workspace = try Workspace()
        let broken = workspace.path + "/broken.json"
        try workspace.write("<<<<<<< ours\n{}\n", to: broken)
        let plain = try workspace.factcheck(["print", broken], in: workspace.path)
        #expect(plain.status == 65 && plain.err.contains("broken.json:1:1"), "\(plain)")
        let textconv = try workspace.factcheck(["show", "--textconv", broken], in: workspace.path)
        #expect(textconv.status == 0, "\(textconv)")
        #expect(textconv.out.hasPrefix("factcheck: not a valid annotation file (1:1:") && textconv.out.hasSuffix("<<<<<<< ours\n{}\n"), "\(textconv.out)")
    }

    @Test("merge: an invalid side leaves ours untouched and fails; clean merges write the result")
    func mergeOnFiles() throws {
        let (workspace, file) = try CommandTests.prepared()
        let base = workspace.path + "/base.json", theirs = workspace.path + "/theirs.json"
        try FileManager.default.copyItem(atPath: file, toPath: base)
        try FileManager.default.copyItem(atPath: file, toPath: theirs)
        try workspace.write("not json", to: workspace.path + "/bad.json")
        let before = try workspace.read(file)
        let bad = try workspace.factcheck(["merge", base, file, workspace.path + "/bad.json", "--name", "annotations/a.json"], in: workspace.path)
        #expect(bad.status == 65 && bad.err.contains("bad.json:1:1") && bad.err.contains("annotations/a.json: our version is left as it is"), "\(bad)")
        #expect(try workspace.read(file) == before)

        expectSuccess(try workspace.factcheck(["seeds/cloudwatt-audit.txt", "--annotations", theirs], in: workspace.path,
                                              input: "verify 5 \"OVH, Cheops and Ikoula were established hosts.\"\nsave\n", editor: "Bob"))
        let clean = try workspace.factcheck(["merge", base, file, theirs], in: workspace.path)
        #expect(clean.status == 0 && clean.err.isEmpty, "\(clean)")
        #expect(try workspace.read(file) == workspace.read(theirs), "ours was unchanged, so the result is theirs, byte for byte")
    }
}

extension String {
    /// The text with the first match of the regular expression `pattern` replaced.
    func replacingFirstMatch(of pattern: String, with replacement: String) throws -> String {
        guard let match = firstMatch(of: try Regex(pattern)) else { return self }
        var text = self
        text.replaceSubrange(match.range, with: replacement)
        return text
    }
}
