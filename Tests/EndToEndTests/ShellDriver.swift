/// The real `factcheck` shell on a pseudo-terminal, driven one exchange at a time: keys go in once libedit is in
/// raw mode, and each answer is read up to the next prompt, so no key is ever typed ahead of the program.
final class ShellDriver {
    /// The program and its terminal.
    let terminal: PseudoTerminal
    /// The prompts of the shell on the seed article: clean, and with unsaved changes; with no current claim, and
    /// with each of the 14 claims current (`cloudwatt-audit* #3> `).
    static let prompts = ["cloudwatt-audit> ", "cloudwatt-audit*> "]
        + (1...14).flatMap { ["cloudwatt-audit #\($0)> ", "cloudwatt-audit* #\($0)> "] }
    /// The article every scenario opens (the seed in the package).
    static var article: String { Sandbox.packageRoot + "/seeds/cloudwatt-audit.txt" }

    /// Starts the shell on the seed article in `sandbox` on a terminal `columns` wide, saving to the sandbox's
    /// annotation file.
    init(in sandbox: Sandbox, columns: UInt16 = 120) throws {
        terminal = try PseudoTerminal(
            executable: try Sandbox.executable(),
            arguments: [ShellDriver.article, "--annotations", sandbox.annotationFile],
            environment: sandbox.environment, columns: columns)
    }

    /// Waits for the first prompt; returns the greeting printed before it.
    func start() throws -> ShellReply {
        try reply(from: 0, prompts: ShellDriver.prompts, hasEcho: false)
    }

    /// Types keys that stay on the line being edited (text, Tab, arrows); nothing to wait for.
    func press(_ keys: String) throws {
        try terminal.type(keys)
    }

    /// Types keys that end the line (Return, Ctrl-C, Ctrl-D) and waits for the next prompt, one of `prompts`.
    func enter(_ keys: String, expecting prompts: [String] = ShellDriver.prompts) throws -> ShellReply {
        let mark = terminal.output.count
        try terminal.type(keys)
        return try reply(from: mark, prompts: prompts, hasEcho: true)
    }

    /// Types keys that end the shell and waits for it to exit; returns what it printed and how it ended.
    func finish(_ keys: String) throws -> (reply: ShellReply, termination: Termination) {
        let mark = terminal.output.count
        try terminal.type(keys)
        let termination = try terminal.waitForExit()
        return (ShellReply(output: terminal.text(from: mark), prompt: nil), termination)
    }

    /// The output from `mark` to the first of `prompts` after it, once the shell is ready for keys again.
    private func reply(from mark: Int, prompts: [String], hasEcho: Bool) throws -> ShellReply {
        let needles = prompts.map { Array($0.utf8) }
        var found: (prompt: String, end: Int)?
        try terminal.wait(for: "one of the prompts \(prompts)") { terminal in
            found = zip(prompts, needles)
                .compactMap { prompt, needle in terminal.firstIndex(of: needle, from: mark).map { (prompt, $0 + needle.count) } }
                .min { $0.end < $1.end }
            return found != nil
        }
        // The prompt is printed before the terminal leaves canonical mode; keys must wait for raw mode.
        try terminal.waitForRawMode("raw mode after the prompt")
        guard let found else { throw PseudoTerminalError(description: "no prompt found") }
        let text = String(decoding: terminal.output[mark..<found.end], as: UTF8.self)
        return ShellReply(output: text, prompt: found.prompt, hasEcho: hasEcho)
    }
}
