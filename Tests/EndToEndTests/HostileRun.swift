/// One run of `factcheck` on hostile input, with its documented outcome. Checked for every run, beyond the
/// outcome: no death by signal, no run past its time limit, no raw control byte on standard output or error, and
/// no input touched — nothing in the workspace or outside it changes except what `mayChange` allows.
struct HostileRun {
    /// What is run, for messages ("claims", "shell: list, verify 1 x, save").
    var label: String
    /// The arguments.
    var arguments: [String]
    /// Standard input (the shell's script).
    var input = ""
    /// Variables set on top of the sandbox's environment.
    var environment: [String: String] = [:]
    /// The exit status it must end with.
    var status: Int32
    /// Texts standard error must contain (the file's name and the reason).
    var errorMentions: [String] = []
    /// Texts standard output must contain.
    var outputMentions: [String] = []
    /// Texts standard output must not contain.
    var outputExclusions: [String] = []
    /// Paths relative to the workspace's `work` directory that the run may create or change (a successful save's
    /// file; the journal of a session that ended with unsaved edits), given the run's outcome.
    var mayChange: @Sendable (_ path: String, _ run: ProgramRun) -> Bool = { _, _ in false }
    /// How long it may take.
    var limit: Duration = .seconds(10)
    /// Further checks once it ended; returns problems.
    var verify: @Sendable (ProgramRun, HostileWorkspace) -> [String] = { _, _ in [] }

    /// `factcheck claims FILE`.
    static func claims(_ file: String, status: Int32, errors: [String] = [], output: [String] = []) -> HostileRun {
        HostileRun(label: "claims", arguments: ["claims", file], status: status, errorMentions: errors, outputMentions: output)
    }

    /// `factcheck sentences FILE`.
    static func sentences(_ file: String, status: Int32, errors: [String] = [], output: [String] = []) -> HostileRun {
        HostileRun(label: "sentences", arguments: ["sentences", file], status: status, errorMentions: errors, outputMentions: output)
    }

    /// `factcheck check FILE…`.
    static func check(_ files: [String], status: Int32, mentions: [String] = []) -> HostileRun {
        HostileRun(label: "check", arguments: ["check"] + files, status: status, errorMentions: [], outputMentions: [],
                   verify: { run, _ in
                       // `check` reports a file's problems on standard output and its own failures on standard error.
                       mentions.filter { !run.stdout.contains($0) && !run.stderr.contains($0) }.map { "check did not mention “\($0)”" }
                   })
    }

    /// The piped shell on `article` and `annotations` running `script` (one command a line).
    static func shell(_ article: String, annotations: String, script: [String], status: Int32,
                      errors: [String] = [], output: [String] = []) -> HostileRun {
        HostileRun(label: "shell: " + script.joined(separator: ", "), arguments: [article, "--annotations", annotations],
                   input: script.map { $0 + "\n" }.joined(), status: status, errorMentions: errors, outputMentions: output)
    }

    /// Allows the annotation file `name` (relative to `work`) to be created or rewritten by a successful run.
    func saving(_ name: String) -> HostileRun {
        var copy = self
        let previous = mayChange
        copy.mayChange = { path, run in previous(path, run) || (run.exitStatus == 0 && path == name) }
        return copy
    }

    /// Allows the journal of the run's own session beside `work/name`: written while the script runs (a script
    /// that ends without saving discards it at the end, one that dies leaves it for the next session).
    func keepingJournal(of name: String) -> HostileRun {
        var copy = self
        let previous = mayChange
        copy.mayChange = { path, run in
            let directory = name.contains("/") ? String(name[..<(name.lastIndex(of: "/") ?? name.endIndex)]) + "/" : ""
            let file = name.split(separator: "/").last.map(String.init) ?? name
            return previous(path, run) || path == "\(directory).\(file).journal-\(run.processID)"
        }
        return copy
    }

    /// Adds a check run after the program ended.
    func checking(_ extra: @escaping @Sendable (ProgramRun, HostileWorkspace) -> [String]) -> HostileRun {
        var copy = self
        let previous = verify
        copy.verify = { run, workspace in previous(run, workspace) + extra(run, workspace) }
        return copy
    }

    /// Runs it in `workspace`; returns every broken promise, described.
    func execute(in workspace: HostileWorkspace) -> [String] {
        let before = workspace.snapshot()
        let run: ProgramRun
        do {
            run = try ProgramRun.factcheck(arguments, input: input, environment: workspace.environment.merging(environment) { $1 },
                                           timeout: limit)
        } catch {
            return ["did not finish within \(limit) (killed): \(error)"]
        }
        var problems: [String] = []
        if case .signalled(let signal) = run.termination { problems.append("died of signal \(signal)") }
        if run.elapsed > limit { problems.append("took \(run.elapsed), more than \(limit)") }
        if run.exitStatus != status { problems.append("expected exit status \(status); \(run.summary)") }
        for mention in errorMentions where !run.stderr.contains(mention) {
            problems.append("standard error does not mention “\(PseudoTerminal.visible(mention))”: \(PseudoTerminal.visible(String(run.stderr.prefix(800))))")
        }
        for mention in outputMentions where !run.stdout.contains(mention) {
            problems.append("standard output does not contain “\(PseudoTerminal.visible(mention))”: \(PseudoTerminal.visible(String(run.stdout.prefix(800))))")
        }
        for exclusion in outputExclusions where run.stdout.contains(exclusion) {
            problems.append("standard output contains “\(PseudoTerminal.visible(exclusion))”: \(PseudoTerminal.visible(String(run.stdout.prefix(800))))")
        }
        if let raw = TerminalSafety.firstRawControl(in: run.standardOutput) { problems.append("standard output has a \(raw)") }
        if let raw = TerminalSafety.firstRawControl(in: run.standardError) { problems.append("standard error has a \(raw)") }
        let after = workspace.snapshot()
        problems += after.work.changes(since: before.work) { mayChange($0, run) }.map { "in the workspace, \($0)" }
        problems += after.outside.changes(since: before.outside).map { "outside the sandbox, \($0)" }
        problems += verify(run, workspace)
        return problems
    }
}
