#if canImport(Glibc)
import Glibc
#endif

/// A program run with pipes for standard input, output and error, driven from the test with `poll`: lines are
/// written to its input, its output is read as it comes, and every wait has a deadline.
///
/// The program is killed (SIGKILL) and reaped when a wait times out and when the value is released, so a failing
/// test leaves no child behind.
final class PipedProcess {
    /// How long a wait lasts by default before the program is declared stuck.
    static let timeout: Duration = .seconds(10)

    /// The program's process id.
    let processID: pid_t
    /// Every byte the program wrote to standard output so far.
    private(set) var standardOutput: [UInt8] = []
    /// Every byte the program wrote to standard error so far.
    private(set) var standardError: [UInt8] = []
    /// How the program ended, once it has been reaped.
    private(set) var termination: Termination?
    /// A short name for messages ("A", "recovery", the command line).
    let label: String

    private var input: Int32
    private var output: Int32
    private var error: Int32

    /// Starts `executable` with `arguments`; `environment` is its whole environment (nothing is inherited).
    init(executable: String, arguments: [String], environment: [String: String], label: String? = nil) throws {
        var pipes: [(read: Int32, write: Int32)] = []
        for _ in 0..<3 {
            var ends: [Int32] = [-1, -1]
            // CLOEXEC at creation: tests spawn concurrently, and a sibling holding our input's write end would
            // keep this program from ever seeing end of input.
            guard PipedProcess.makePipe(&ends) == 0 else {
                pipes.forEach { close($0.read); close($0.write) }
                throw PseudoTerminalError.system("pipe2")
            }
            pipes.append((ends[0], ends[1]))
        }
        let childEnds = (input: pipes[0].read, output: pipes[1].write, error: pipes[2].write)
        do {
            processID = try PipedProcess.spawn(executable, arguments: arguments, environment: environment, ends: childEnds)
        } catch {
            pipes.forEach { close($0.read); close($0.write) }
            throw error
        }
        close(childEnds.input)
        close(childEnds.output)
        close(childEnds.error)
        input = pipes[0].write
        output = pipes[1].read
        error = pipes[2].read
        for fd in [input, output, error] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        self.label = label ?? ([executable.split(separator: "/").last.map(String.init) ?? executable] + arguments).joined(separator: " ")
    }

    deinit {
        kill()
        for fd in [input, output, error] where fd >= 0 { close(fd) }
    }

    /// `pipe2(fds, O_CLOEXEC)`: glibc declares it only under _GNU_SOURCE, which Swift's Glibc module does not
    /// define, so it is looked up at run time.
    private static func makePipe(_ ends: inout [Int32]) -> Int32 {
        typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pipe2") else { return -1 }
        let pipe2 = unsafeBitCast(symbol, to: Pipe2.self)
        return ends.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) }
    }

    private static func spawn(_ executable: String, arguments: [String], environment: [String: String],
                              ends: (input: Int32, output: Int32, error: Int32)) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copies, so the child keeps exactly fds 0, 1 and 2.
        posix_spawn_file_actions_adddup2(&actions, ends.input, 0)
        posix_spawn_file_actions_adddup2(&actions, ends.output, 1)
        posix_spawn_file_actions_adddup2(&actions, ends.error, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The test runner may ignore or block signals; the program must start with the defaults.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGHUP, SIGINT] { sigaddset(&defaults, signal) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw PseudoTerminalError(description: "posix_spawn \(executable): \(String(cString: strerror(result)))")
        }
        return pid
    }

    // MARK: Input

    /// Writes `line` and a line feed to the program's standard input.
    func send(_ line: String) throws {
        try write(Array((line + "\n").utf8))
    }

    /// Writes `bytes` to the program's standard input, reading its output meanwhile so neither side blocks.
    func write(_ bytes: [UInt8]) throws {
        guard input >= 0 else { throw failure("write after the input was closed") }
        var rest = bytes[...]
        let deadline = ContinuousClock.now + Self.timeout
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { Glibc.write(input, $0.baseAddress, $0.count) }
            if written > 0 {
                rest = rest.dropFirst(written)
            } else if written < 0, errno != EAGAIN, errno != EINTR {
                throw failure("write to the program's input: \(String(cString: strerror(errno)))")
            } else if ContinuousClock.now > deadline {
                throw failure("timed out after \(Self.timeout) writing to the program's input")
            } else {
                pump(milliseconds: 1)
            }
        }
    }

    /// Closes the program's standard input: it sees end of input.
    func closeInput() {
        guard input >= 0 else { return }
        close(input)
        input = -1
    }

    // MARK: Output

    /// Standard output as text, from byte `offset` on.
    func outputText(from offset: Int = 0) -> String {
        String(decoding: standardOutput[min(offset, standardOutput.count)...], as: UTF8.self)
    }

    /// Standard error as text, from byte `offset` on.
    func errorText(from offset: Int = 0) -> String {
        String(decoding: standardError[min(offset, standardError.count)...], as: UTF8.self)
    }

    /// Waits until standard output holds `needle` at or after byte `offset`; returns the offset just past it.
    @discardableResult
    func waitForOutput(_ needle: String, from offset: Int = 0, timeout: Duration = PipedProcess.timeout) throws -> Int {
        let bytes = Array(needle.utf8)
        var found: Int?
        try wait(for: "\(Self.quoted(needle)) on standard output", timeout: timeout) { process in
            found = Self.index(of: bytes, in: process.standardOutput, from: offset)
            return found != nil
        }
        return found ?? offset
    }

    /// The offset just past the first occurrence of `needle` in `haystack` at or after `offset`.
    static func index(of needle: [UInt8], in haystack: [UInt8], from offset: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var start = max(0, offset)
        while start + needle.count <= haystack.count {
            if haystack[start] == first, haystack[start..<(start + needle.count)].elementsEqual(needle) {
                return start + needle.count
            }
            start += 1
        }
        return nil
    }

    // MARK: Ending

    /// Sends `signal` to the program (nothing when it was already reaped).
    func signal(_ signal: Int32) {
        guard termination == nil else { return }
        _ = Glibc.kill(processID, signal)
    }

    /// Waits for the program to end, reading all it wrote; kills it and throws when it takes longer than `timeout`.
    @discardableResult
    func waitForExit(timeout: Duration = PipedProcess.timeout) throws -> Termination {
        try wait(for: "the program to exit", timeout: timeout, allowingExit: true) { $0.reap() != nil }
        drain()
        return termination ?? .signalled(0)
    }

    /// Kills the program with SIGKILL if it is still running, reaps it and reads what it left in the pipes.
    func kill() {
        guard termination == nil else { return }
        _ = Glibc.kill(processID, SIGKILL)
        var status: Int32 = 0
        while waitpid(processID, &status, 0) < 0, errno == EINTR {}
        termination = Termination(waitStatus: status)
        drain()
    }

    /// Reads until both output pipes report end of file (bounded: a grandchild could hold them open).
    private func drain() {
        let deadline = ContinuousClock.now + .seconds(2)
        while output >= 0 || error >= 0, ContinuousClock.now < deadline { pump(milliseconds: 10) }
    }

    /// Polls until `condition` holds, reading output meanwhile. Throws, after killing the program, when `timeout`
    /// passes or the program ends first (unless `allowingExit`).
    func wait(for purpose: String, timeout: Duration = PipedProcess.timeout, allowingExit: Bool = false,
              until condition: (PipedProcess) throws -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            if try condition(self) { return }
            if !allowingExit, reap() != nil {
                drain()
                if try condition(self) { return }
                throw failure("the program ended (\(termination.map(String.init(describing:)) ?? "?")) while waiting for \(purpose)")
            }
            if ContinuousClock.now > deadline {
                throw failure("timed out after \(timeout) waiting for \(purpose)")
            }
            pump(milliseconds: 5)
        }
    }

    /// Reaps the program if it has ended, without blocking.
    private func reap() -> Termination? {
        if let termination { return termination }
        termination = Termination.ifEnded(processID)
        return termination
    }

    /// Reads whatever output arrives within `milliseconds`.
    private func pump(milliseconds: Int32) {
        var entries = [output, error].filter { $0 >= 0 }.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard !entries.isEmpty else {
            if milliseconds > 0 { usleep(UInt32(milliseconds) * 1000) }
            return
        }
        guard poll(&entries, nfds_t(entries.count), milliseconds) > 0 else { return }
        for entry in entries where entry.revents != 0 {
            if entry.fd == output { readAvailable(from: &output, into: &standardOutput) }
            if entry.fd == error { readAvailable(from: &error, into: &standardError) }
        }
    }

    private func readAvailable(from fd: inout Int32, into bytes: inout [UInt8]) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while fd >= 0 {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: buffer[..<count])
            } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                close(fd)
                fd = -1
            } else {
                return
            }
        }
    }

    /// Kills the program and describes `problem` with the end of what it wrote.
    func failure(_ problem: String) -> PseudoTerminalError {
        kill()
        let out = PseudoTerminal.visible(String(outputText().suffix(1200)))
        let err = PseudoTerminal.visible(String(errorText().suffix(1200)))
        return PseudoTerminalError(description: "\(label): \(problem). Standard output ended with:\n\(out)\nStandard error ended with:\n\(err)")
    }

    private static func quoted(_ text: String) -> String { "“" + PseudoTerminal.visible(text) + "”" }
}
