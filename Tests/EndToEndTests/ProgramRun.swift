/// One finished run of `factcheck` with piped standard streams: what it printed, how it ended, how long it took.
struct ProgramRun {
    /// The arguments it was given (after the executable).
    let arguments: [String]
    /// Its process id (journals and temporary files are named after it).
    let processID: Int32
    /// Its standard output.
    let standardOutput: [UInt8]
    /// Its standard error.
    let standardError: [UInt8]
    /// How it ended.
    let termination: Termination
    /// From spawn to exit.
    let elapsed: Duration

    /// Standard output as text.
    var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
    /// Standard error as text.
    var stderr: String { String(decoding: standardError, as: UTF8.self) }

    /// The exit status, nil when a signal killed it.
    var exitStatus: Int32? {
        if case .exited(let status) = termination { return status }
        return nil
    }

    /// "factcheck ARGS: exit status N after T; stderr: …", for messages.
    var summary: String {
        let shownError = PseudoTerminal.visible(String(stderr.prefix(600)))
        return "factcheck \(arguments.joined(separator: " ")): \(termination) after \(elapsed); stderr: \(shownError)"
    }

    /// Runs the `factcheck` built beside the test runner with `arguments`, writes `input` to its standard input
    /// and closes it, and waits for it to end. A run longer than `timeout` is killed and reported as an error.
    static func factcheck(_ arguments: [String], input: String = "", environment: [String: String],
                          timeout: Duration = PipedProcess.timeout) throws -> ProgramRun {
        let started = ContinuousClock.now
        let process = try PipedProcess(executable: try Sandbox.executable(), arguments: arguments, environment: environment)
        if !input.isEmpty { try process.write(Array(input.utf8)) }
        process.closeInput()
        let termination = try process.waitForExit(timeout: timeout)
        return ProgramRun(arguments: arguments, processID: process.processID, standardOutput: process.standardOutput, standardError: process.standardError,
                          termination: termination, elapsed: ContinuousClock.now - started)
    }
}
