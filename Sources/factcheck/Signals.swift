#if canImport(Glibc)
import Glibc
#endif

/// The terminal's settings when the shell started, restored by the termination handler.
private nonisolated(unsafe) var savedTerminal = termios()
private nonisolated(unsafe) var hasSavedTerminal = false
private let terminationMessage: [UInt8] = Array(
    "\nfactcheck: terminated; every acknowledged edit is in the journal and will be recovered on the next start\n".utf8)

/// SIGTERM and SIGHUP end the shell cleanly: the terminal is restored and the process exits at once.
///
/// Nothing needs flushing: each acknowledged edit was already appended to the journal and synced before its
/// prompt returned, and a save in progress is atomic (its temporary file is cleaned up by the next save). The
/// handler only calls async-signal-safe functions (tcsetattr, write, _exit).
enum Signals {
    static func install() {
        if isatty(0) == 1, tcgetattr(0, &savedTerminal) == 0 { hasSavedTerminal = true }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            if hasSavedTerminal { tcsetattr(0, TCSANOW, &savedTerminal) }
            terminationMessage.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
            _exit(128 + signal)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGTERM, &action, nil)
        sigaction(SIGHUP, &action, nil)
        // A closed pipe on output is reported by write's EPIPE, not by a silent death.
        signal(SIGPIPE, SIG_IGN)
    }
}
