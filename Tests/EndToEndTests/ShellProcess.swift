/// The `factcheck` shell reading its commands from a pipe (no prompt), driven one acknowledged command at a time:
/// each command is sent, then its acknowledgement awaited on standard output; an error line on standard error
/// fails the wait at once instead of after the timeout.
final class ShellProcess {
    /// The running program.
    let process: PipedProcess
    /// How many command lines were sent (the shell numbers its error messages by line).
    private(set) var linesSent = 0

    /// Starts the shell on `article` with `annotations`, in the sandbox's environment, as editor `editor`.
    init(article: String, annotations: String, sandbox: Sandbox, editor: String = "Test Editor", label: String) throws {
        var environment = sandbox.environment
        environment["FACTCHECK_EDITOR"] = editor
        process = try PipedProcess(executable: try Sandbox.executable(),
                                   arguments: [article, "--annotations", annotations],
                                   environment: environment, label: label)
    }

    /// Sends `command` without waiting for anything.
    func send(_ command: String) throws {
        try process.send(command)
        linesSent += 1
    }

    /// Where the program's output stood: acknowledgements and errors are looked for after it.
    struct Mark {
        /// Bytes of standard output so far.
        var output: Int
        /// Bytes of standard error so far.
        var error: Int
    }

    /// The output so far.
    var mark: Mark { Mark(output: process.standardOutput.count, error: process.standardError.count) }

    /// Sends `command` and waits until standard output shows one of `acknowledgements` after what was there
    /// before; returns the output from the command on.
    @discardableResult
    func run(_ command: String, expecting acknowledgements: [String]) throws -> String {
        let before = mark
        try send(command)
        return try awaitAcknowledgement(of: command, after: before, expecting: acknowledgements)
    }

    /// Waits until standard output shows one of `acknowledgements` after `mark`; fails at once when standard
    /// error shows a command's error after it. Returns the output from `mark` on.
    @discardableResult
    func awaitAcknowledgement(of command: String, after mark: Mark, expecting acknowledgements: [String]) throws -> String {
        let needles = acknowledgements.map { Array($0.utf8) }
        try process.wait(for: "the acknowledgement of “\(command)” (one of \(acknowledgements))") { process in
            if needles.contains(where: { PipedProcess.index(of: $0, in: process.standardOutput, from: mark.output) != nil }) {
                return true
            }
            if PipedProcess.index(of: Array("factcheck: line ".utf8), in: process.standardError, from: mark.error) != nil {
                throw process.failure("“\(command)” failed")
            }
            return false
        }
        return process.outputText(from: mark.output)
    }

    /// Waits until the shell has loaded the article and the annotation file and reads commands: it answers
    /// `list`. (Piped, it prints no prompt; a session started earlier may otherwise load a file saved later.)
    func waitUntilReady() throws {
        try run("list", expecting: [" claims ("])
    }

    /// `verify N NOTE`, waiting for its acknowledgement line.
    func verify(_ claim: Int, note: String) throws {
        try run("verify \(claim) \(note)", expecting: [Self.acknowledgement(claim, "verified", note)])
    }

    /// `dispute N NOTE`, waiting for its acknowledgement line.
    func dispute(_ claim: Int, note: String) throws {
        try run("dispute \(claim) \(note)", expecting: [Self.acknowledgement(claim, "disputed", note)])
    }

    /// What `save` prints when it is done: it saved, or the file was already up to date.
    static let saveAcknowledgements = ["Saved ", " is up to date.\n"]

    /// `save`, waiting until it says it saved or that the file is up to date; returns what it printed.
    @discardableResult
    func save() throws -> String {
        try run("save", expecting: Self.saveAcknowledgements)
    }

    /// `quit`, then waits for the shell to end; returns how it ended.
    func quit() throws -> Termination {
        try send("quit")
        process.closeInput()
        return try process.waitForExit()
    }

    /// The line the shell prints when claim `claim` gets `status` with `note`.
    static func acknowledgement(_ claim: Int, _ status: String, _ note: String) -> String {
        "#\(claim) \(status) — \(note)\n"
    }
}
