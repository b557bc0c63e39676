import Foundation
import Testing

/// Issue 11, must show 2: the hostile string (OSC 52, OSC 0, CSI 2J, U+202E, C1 CSI, a raw newline) in every string
/// field of an annotation file, in every argument and file name, through every command and every shell verb; every
/// byte of standard output and standard error is scanned (`HostileText.problems`).
@Suite("one funnel: hostile text never reaches the terminal raw")
struct OneFunnelTests {
    /// The hostile string.
    static let h = HostileText.value

    /// The shell verbs, from docs/ARCHITECTURE.md's table (which `ArchitectureDocTests` keeps complete).
    static func shellVerbs() throws -> [String] {
        let doc = try String(contentsOfFile: Workspace.packageRoot + "/docs/ARCHITECTURE.md", encoding: .utf8)
        guard let table = doc.components(separatedBy: "| shell verb | code |").dropFirst().first else { throw WorkspaceError("no verb table") }
        return table.components(separatedBy: "\n\n")[0].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        }
    }

    /// A workspace with the article under seeds/, the shipped file as annotations/good.json and `text` in a file
    /// whose name carries the hostile string; returns the workspace and that file's path (relative).
    static func workspace(with text: String) throws -> (Workspace, String) {
        let workspace = try Workspace()
        try workspace.write(try Workspace.seedArticle(), to: workspace.path + "/seeds/cloudwatt-audit.txt")
        try workspace.write(try SchemaTests.shippedText(), to: workspace.path + "/annotations/good.json")
        let file = "annotations/\(h).json"
        try workspace.write(text, to: workspace.path + "/" + file)
        return (workspace, file)
    }

    /// Runs factcheck with `arguments` in `workspace` and records every raw control it printed; returns the result.
    @discardableResult
    static func scan(_ workspace: Workspace, _ arguments: [String], input: String = "", environment: [String: String] = [:],
                     in directory: String? = nil, executable: String? = nil, label: String) throws -> CommandResult {
        let program = try executable ?? Workspace.executable()
        let result = try workspace.run([program] + arguments, in: directory, input: input,
                                       environment: ["FACTCHECK_EDITOR": "Test Editor", "COLUMNS": "1000"].merging(environment) { $1 })
        for problem in HostileText.problems(in: result.out, stream: "stdout") + HostileText.problems(in: result.err, stream: "stderr") {
            Issue.record("\(label): factcheck \(arguments.map { $0.debugDescription }.joined(separator: " ")) (exit \(result.status)): \(problem)")
        }
        return result
    }

    @Test("every command on a file with the hostile string in one field", arguments: try HostileField.all())
    func everyCommandOnEveryField(_ hostile: HostileField) throws {
        let (workspace, file) = try Self.workspace(with: hostile.text)
        let good = "annotations/good.json"
        let article = "seeds/cloudwatt-audit.txt"
        func copy(_ source: String, _ name: String) throws -> String {
            try workspace.write(try workspace.read(workspace.path + "/" + source), to: workspace.path + "/" + name)
            return name
        }
        var runs: [[String]] = [
            ["check", file], ["check", "--strict", file], ["check", "annotations"],
            ["print", file], ["print", "--textconv", file], ["print", "--history", file],
            ["diff", good, file], ["diff", file, good], ["diff", "--format", "json", good, file],
            ["merge", good, try copy(file, "ours-\(Self.h).json"), good, "--name", file],
            ["merge", file, try copy(good, "ours-1.json"), good], ["merge", good, try copy(good, "ours-2.json"), file],
            ["export", file, "--format", "claimreview", "--url", "https://example.org/check"], ["export", file, "--format", "web-annotation"],
            ["report", "--needs-attention", file],
        ]
        runs += ["terminal", "markdown", "json", "jsonl", "csv", "html"].map { ["report", "--format", $0, file] }
        for arguments in runs { try Self.scan(workspace, arguments, label: hostile.field) }
        let script = ["list", "list disputed", "show 1", "show 2", "next", "prev", "goto 2", "find Cloudwatt", "updates", "compare 1",
                      "orphans", "read 1", "show c-0000000f", "help", "quit"]
        try Self.scan(workspace, [article, "--annotations", file], input: script.map { $0 + "\n" }.joined(), label: hostile.field + " (shell)")
    }

    @Test("the hostile string as every argument, option value, file name and unknown word of every subcommand")
    func everyArgument() throws {
        let (workspace, file) = try Self.workspace(with: try SchemaTests.shippedText())
        let good = "annotations/good.json", article = "seeds/cloudwatt-audit.txt", h = Self.h
        try workspace.write(try workspace.read(workspace.path + "/" + good), to: workspace.path + "/ours.json")
        let runs: [[String]] = [
            [h], ["--" + h], [h, "--annotations", good], [article, "--annotations", h], [article, "--language", h],
            ["sentences", h], ["sentences", article, "--language", h], ["claims", h], ["claims", "--" + h], ["claims", article, "--language", h],
            ["updates", h], ["updates", article, "--width", h], ["print", h], ["print", file, "--width", h], ["print", "--textconv", h],
            ["diff", h, good], ["diff", good, h], ["diff", good, file, "--format", h],
            ["merge", h, "ours.json", good], ["merge", good, "ours.json", h, "--name", h], ["merge", good, h, good],
            ["check", h], ["check", file, h], ["report", h], ["report", file, "--format", h], ["report", file, "--format=" + h],
            ["report", file, "--status", h], ["report", file, "--editor", h], ["report", file, "--since", h], ["report", file, "--jobs", h],
            ["export", h, "--format", "web-annotation"], ["export", file, "--format", h],
            ["export", file, "--format", "claimreview", "--url", h, "--article-url", h, "--publisher", h],
            ["help", h], ["help", "report"], ["report", "--help"], [h, "--help"],
        ]
        for arguments in runs { try Self.scan(workspace, arguments, label: "arguments") }

        // The shell with a hostile editor name and a hostile annotation file name, saving.
        try Self.scan(workspace, [article, "--annotations", file, "--editor", h], input: "verify 1 x\nsave\n", label: "editor")
        try Self.scan(workspace, [article, "--annotations", file], input: "verify 2 y\nsave\n", environment: ["FACTCHECK_EDITOR": h], label: "editor")
    }

    @Test("every shell verb with the hostile string as its arguments")
    func everyShellVerb() throws {
        let (workspace, file) = try Self.workspace(with: try SchemaTests.shippedText())
        // A line of the piped shell ends at a newline: inside a line, the hostile string keeps everything else.
        let h = Self.h.replacingOccurrences(of: "\n", with: " ")
        var script: [String] = [h, "\"\(h)\" 1", "help \"\(h)\""]
        for verb in try Self.shellVerbs() where verb != "quit" {
            script += ["\(verb) \"\(h)\"", "\(verb) 1 \"\(h)\"", "\(verb) \"\(h)\" \"\(h)\"", "\(verb) 1 1 \"\(h)\"", "\(verb) \(h)"]
        }
        script.append("quit \"\(h)\"")
        try Self.scan(workspace, ["seeds/cloudwatt-audit.txt", "--annotations", file], input: script.map { $0 + "\n" }.joined(), label: "shell verbs")
    }

    /// Puts the built executable at `path` so that running it never meets ETXTBSY ("Text file busy"): a hard link
    /// holds no file open for writing. A copy does, and a process that another test forks meanwhile inherits the
    /// descriptor until it execs, so the copy is run (`--help`) until it starts, as the tests run in parallel.
    static func placeExecutable(at path: String) throws {
        let built = try Workspace.executable()
        if (try? FileManager.default.linkItem(atPath: built, toPath: path)) != nil { return }
        try FileManager.default.copyItem(atPath: built, toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        for _ in 0..<50 {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: path)
            probe.arguments = ["--help"]
            probe.standardOutput = FileHandle.nullDevice
            probe.standardError = FileHandle.nullDevice
            if (try? probe.run()) != nil {
                probe.waitUntilExit()
                return
            }
            usleep(100_000)
        }
    }

    @Test("git-setup with a hostile pattern, command, program path and git error")
    func gitSetup() throws {
        let workspace = try Workspace()
        let root = workspace.path + "/repo"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try workspace.git("init", "-q", "-b", "main", in: root)
        let h = Self.h
        try Self.scan(workspace, ["git-setup", "--pattern", h], in: root, label: "git-setup")
        try Self.scan(workspace, ["git-setup", "--pattern", h.replacingOccurrences(of: "\n", with: "")], in: root, label: "git-setup")
        try Self.scan(workspace, ["git-setup", "--command", h], in: root, label: "git-setup")
        // git's own error quotes GIT_DIR.
        try Self.scan(workspace, ["git-setup"], environment: ["GIT_DIR": workspace.path + "/" + h], in: root, label: "git-setup (git's error)")
        // The program's own path, recorded in git's config and reported.
        // No "=" in it: the tests start programs through env, which would read the path as an assignment.
        let folder = workspace.path + "/bin-" + h.replacingOccurrences(of: "=", with: "")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.placeExecutable(at: folder + "/factcheck")
        let copied = try Self.scan(workspace, ["git-setup"], in: root, executable: folder + "/factcheck", label: "git-setup (program path)")
        #expect(copied.status == 0 && copied.out.contains("bin-^[]52;c;ZXZpbA^G"), "the copy ran and reported its path: \(copied)")
    }

    @Test("git log -p through factcheck's textconv shows every hostile file safely")
    func gitLog() throws {
        let workspace = try Workspace()
        let repo = try Repository(in: workspace)
        for hostile in try HostileField.all() {
            try workspace.write(hostile.text, to: repo.root + "/" + Repository.annotationFile)
            try repo.commit(hostile.field)
        }
        let log = try repo.git("log", "-p", "--", Repository.annotationFile)
        for problem in HostileText.problems(in: log.out, stream: "git log -p") + HostileText.problems(in: log.err, stream: "git's stderr") {
            Issue.record("\(problem)")
        }
    }
}
