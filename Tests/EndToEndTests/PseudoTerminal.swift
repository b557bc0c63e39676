#if canImport(Glibc)
import Glibc
#endif

/// How a program under test ended.
enum Termination: Equatable, CustomStringConvertible {
    /// It exited with this status.
    case exited(Int32)
    /// A signal killed it.
    case signalled(Int32)

    /// Decodes a `waitpid` status (the macros `WIFEXITED` and friends do not import into Swift).
    init(waitStatus status: Int32) {
        let signal = status & 0x7f
        self = signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    /// How `processID` ended, if it has (reaped without blocking); nil while it runs.
    static func ifEnded(_ processID: pid_t) -> Termination? {
        var status: Int32 = 0
        return waitpid(processID, &status, WNOHANG) == processID ? Termination(waitStatus: status) : nil
    }

    /// "exit status N" or "killed by signal N".
    var description: String {
        switch self {
        case .exited(let code): "exit status \(code)"
        case .signalled(let signal): "killed by signal \(signal)"
        }
    }
}

/// Why driving a program under a pseudo-terminal failed; timeouts carry the end of what the program printed.
struct PseudoTerminalError: Error, CustomStringConvertible {
    /// What went wrong, with the output seen so far.
    let description: String

    /// A failed system call, with its errno.
    static func system(_ call: String) -> PseudoTerminalError {
        PseudoTerminalError(description: "\(call) failed: \(String(cString: strerror(errno)))")
    }
}

/// A program running on the slave side of a fresh pseudo-terminal, driven from the master side: keys are written
/// to the master, the program's output is read from it, and its terminal modes are read with `tcgetattr`.
///
/// Every wait is bounded; on any failure, and when the value is released, a program still running is killed.
final class PseudoTerminal {
    /// How long any single wait may last before the program is declared stuck.
    static let timeout: Duration = .seconds(10)

    /// Every byte the program wrote so far (standard output and standard error together, as a terminal shows them).
    private(set) var output: [UInt8] = []
    /// The program's process id.
    let processID: pid_t
    /// How the program ended, once it has been reaped.
    private(set) var termination: Termination?
    private let master: Int32
    /// Our copy of the slave, kept open until the program is reaped so that a read of the master never reports
    /// end of file before the program has opened its own copy.
    private var slave: Int32
    /// Whether the master reported that every slave is closed (all output has been read).
    private var reachedEnd = false

    /// Starts `executable` in its own session with the pseudo-terminal, `columns` wide, as standard input, output
    /// and error. `environment` is the program's whole environment: nothing is inherited.
    init(executable: String, arguments: [String], environment: [String: String],
         columns: UInt16 = 120, rows: UInt16 = 40) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw PseudoTerminalError.system("openpty") }
        // Other tests may spawn programs concurrently: they must not inherit this pair. (A spawn in the instant
        // before these calls still could; that only delays the end-of-output read in `waitForExit`, which is bounded.)
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        do {
            processID = try PseudoTerminal.spawn(
                executable, arguments: arguments, environment: environment, slave: slave)
        } catch {
            close(master)
            close(slave)
            throw error
        }
        self.master = master
        self.slave = slave
    }

    /// Resizes the terminal as a window manager does: the new size, then SIGWINCH to the program.
    func resize(columns: UInt16, rows: UInt16 = 40) throws {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { throw PseudoTerminalError.system("TIOCSWINSZ") }
        // The kernel signals the terminal's foreground group; say it once more in case the program is not in it yet.
        Glibc.kill(processID, SIGWINCH)
    }

    deinit {
        kill()
        close(master)
        if slave >= 0 { close(slave) }
    }

    private static func spawn(_ executable: String, arguments: [String], environment: [String: String],
                              slave: Int32) throws -> pid_t {
        // ttyname's static buffer would be shared with tests spawning at the same time: two programs on one terminal.
        var name = [CChar](repeating: 0, count: 256)
        let named = ttyname_r(slave, &name, name.count)
        guard named == 0 else { throw PseudoTerminalError(description: "ttyname_r: \(String(cString: strerror(named)))") }
        let slaveName = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The child is a session leader (SETSID), so opening the slave makes it the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let setSessionID: Int16 = 0x80  // POSIX_SPAWN_SETSID, a macro Swift does not import
        posix_spawnattr_setflags(&attributes, setSessionID)

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

    /// The output as text, from byte `offset` on.
    func text(from offset: Int = 0) -> String {
        String(decoding: output[min(offset, output.count)...], as: UTF8.self)
    }

    /// Whether the terminal is in canonical (cooked) mode, where the kernel, not the program, edits lines.
    var isCanonical: Bool {
        var modes = termios()
        guard tcgetattr(master, &modes) == 0 else { return true }
        return modes.c_lflag & tcflag_t(ICANON) != 0
    }

    /// Waits until the program has put the terminal in raw mode, reading its output meanwhile.
    ///
    /// libedit prints its prompt before it leaves canonical mode; keys sent in between are cooked by the kernel.
    func waitForRawMode(_ purpose: String = "raw mode") throws {
        try wait(for: purpose) { $0.isCanonical == false }
    }

    /// Waits for raw mode, then writes `keys` as the user's typing.
    func type(_ keys: String) throws {
        try waitForRawMode("raw mode before typing \(Self.visible(keys))")
        var bytes = Array(keys.utf8)[...]
        let deadline = ContinuousClock.now + Self.timeout
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0, errno != EAGAIN, errno != EINTR {
                throw failure("write to the terminal: \(String(cString: strerror(errno)))")
            } else if ContinuousClock.now > deadline {
                throw failure("timed out writing \(Self.visible(keys))")
            } else {
                var entry = pollfd(fd: master, events: Int16(POLLOUT), revents: 0)
                _ = poll(&entry, 1, 10)
            }
        }
    }

    /// Where `needle` first occurs in the output at or after `offset`.
    func firstIndex(of needle: [UInt8], from offset: Int) -> Int? {
        guard !needle.isEmpty, output.count >= needle.count, offset <= output.count - needle.count else { return nil }
        return (offset...(output.count - needle.count)).first { start in
            output[start] == needle[0] && output[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// Waits for the program to end and reads all it printed; returns how it ended.
    @discardableResult
    func waitForExit() throws -> Termination {
        try wait(for: "the program to exit") { $0.reap() != nil }
        if slave >= 0 {
            close(slave)
            slave = -1
        }
        // The program is gone; its last bytes may still be on their way through the terminal's buffers.
        let deadline = ContinuousClock.now + .seconds(2)
        while !reachedEnd, ContinuousClock.now < deadline { pump(milliseconds: 10) }
        return termination ?? .signalled(0)
    }

    /// Kills the program if it is still running, and reaps it.
    func kill() {
        guard termination == nil else { return }
        _ = Glibc.kill(processID, SIGKILL)
        var status: Int32 = 0
        while waitpid(processID, &status, 0) < 0, errno == EINTR {}
        termination = Termination(waitStatus: status)
    }

    /// Polls until `condition` holds, reading output meanwhile; kills the program and throws when it takes longer
    /// than `timeout`, or when the program ends first. `purpose` names what is awaited, for the error.
    func wait(for purpose: String, until condition: (PseudoTerminal) -> Bool) throws {
        let deadline = ContinuousClock.now + Self.timeout
        while true {
            pump(milliseconds: 0)
            if condition(self) { return }
            if termination != nil || reap() != nil {
                pump(milliseconds: 50)
                if condition(self) { return }
                throw failure("the program ended (\(termination.map(String.init(describing:)) ?? "?")) while waiting for \(purpose)")
            }
            if ContinuousClock.now > deadline {
                throw failure("timed out after \(Self.timeout) waiting for \(purpose)")
            }
            // Mode changes come with no output to wake the poll: keep the interval short.
            pump(milliseconds: 1)
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
        guard !reachedEnd else { return }
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                output += buffer[..<count]
            } else {
                // EIO: no slave is open any more; EAGAIN: nothing more for now.
                if count == 0 || errno == EIO { reachedEnd = true }
                return
            }
        }
    }

    /// Kills the program and describes `problem` with the end of its output.
    private func failure(_ problem: String) -> PseudoTerminalError {
        kill()
        let tail = String(text().suffix(1500))
        return PseudoTerminalError(description: "\(problem). The terminal showed (last 1500 characters):\n\(Self.visible(tail))")
    }

    /// `text` with control characters spelled out (`\r`, `^C`, `\e`), for messages.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0a: result += "\\n\n"
            case 0x0d: result += "\\r"
            case 0x09: result += "\\t"
            case 0x1b: result += "\\e"
            case 0..<0x20: result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
