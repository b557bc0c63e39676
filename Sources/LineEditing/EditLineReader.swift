@preconcurrency import CEditLine
#if canImport(Glibc)
import Glibc
#endif
import FactCheckShell

/// State the C callbacks reach. libedit calls plain C function pointers, which cannot capture context, so the
/// one active reader's state lives in this single global; nothing outside this file sees it.
private final class CallbackState {
    var prompt: UnsafeMutablePointer<CChar>?
    var completer: Completer?
    var cancelled = false
    /// Where the reader's own lines go (`^C`, the completion list): the executable's output funnel.
    var write: (String) -> Void = { _ in }
}

private nonisolated(unsafe) var callbackState = CallbackState()

/// Set by a SIGINT sent from outside (`kill -INT`): Ctrl-C itself is a key while a line is edited, but a signal
/// must not kill an editor's session either. Only a `sig_atomic_t` store happens in the handler.
private nonisolated(unsafe) var interruptSignalled: sig_atomic_t = 0

/// The shell's line editor on a terminal: libedit with emacs keys (vi through ~/.editrc), persistent history,
/// Tab completion from the command table, and Ctrl-C that cancels the line instead of killing the process.
///
/// This is the only type that talks to libedit.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?

    /// Opens libedit on the process's terminal.
    /// - Parameters:
    ///   - historyPath: the history file, loaded now and saved after each line (nil: no persistence).
    ///   - output: writes the reader's own lines (`^C`, the list of completions) to standard output; the
    ///     executable passes its output funnel, so completions made from file contents are printed safely.
    public init?(programName: String, historyPath: String?, output: @escaping (String) -> Void) {
        EditLineReader.ensureUTF8Locale()
        callbackState.write = output
        guard let editLine = fc_el_init(programName), let history = fc_history_init() else { return nil }
        self.editLine = editLine
        self.history = history
        self.historyPath = historyPath
        fc_history_set_size(history, 1000)
        fc_history_set_unique(history, 1)
        if let historyPath { fc_history_load(history, historyPath) }
        fc_el_set_history(editLine, history)
        // Installed before libedit's own handling (EL_SIGNAL), which restores the terminal and then passes the
        // signal on to this handler instead of the default action, which would end the process.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptSignalled = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A mask inherited from the launching process (some test runners and daemons block SIGINT) would keep the
        // signal pending forever.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        fc_el_set_editor(editLine, "emacs")
        fc_el_set_signal(editLine, 1)
        fc_el_set_prompt(editLine, { _ in callbackState.prompt })
        // The user's ~/.editrc may choose vi keys; our bindings come after so Tab and Ctrl-C stay ours.
        el_source(editLine, nil)
        // Ctrl-C reaches us as a key instead of a signal, so it can cancel the line and keep the shell.
        fc_el_setty_edit(editLine, "-isig")
        fc_el_add_function(editLine, "factcheck-cancel", "Cancel the line being typed", { editLine, _ in
            guard let editLine else { return UInt8(CC_ERROR) }
            return EditLineReader.cancel(editLine)
        })
        fc_el_add_function(editLine, "factcheck-complete", "Complete the word before the cursor", { editLine, _ in
            guard let editLine else { return UInt8(CC_ERROR) }
            return EditLineReader.complete(editLine)
        })
        // With terminal signals off while editing, Ctrl-Z is a key too: suspend as a shell user expects. libedit's
        // own SIGTSTP/SIGCONT handling (EL_SIGNAL) restores the terminal before stopping and raw mode on resuming.
        fc_el_add_function(editLine, "factcheck-suspend", "Suspend factcheck (resume with fg)", { _, _ in
            kill(0, SIGTSTP)
            return UInt8(CC_REDISPLAY)
        })
        fc_el_bind(editLine, "^C", "factcheck-cancel")
        fc_el_bind(editLine, "^I", "factcheck-complete")
        fc_el_bind(editLine, "^Z", "factcheck-suspend")
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(callbackState.prompt)
        callbackState.prompt = nil
    }

    /// Shows `prompt` and edits one line; Ctrl-C gives `.interrupt`, Ctrl-D on an empty line `.endOfInput`.
    public func readLine(prompt: String, completer: Completer?) -> LineEvent {
        free(callbackState.prompt)
        callbackState.prompt = strdup(prompt)
        callbackState.completer = completer
        callbackState.cancelled = false
        var count: Int32 = 0
        let line = el_gets(editLine, &count)
        if callbackState.cancelled || interruptSignalled != 0 {
            // A line during which SIGINT arrived is dropped, as Ctrl-C would drop it; the key's binding already
            // ended the line on screen, the signal did not.
            if !callbackState.cancelled {
                fflush(stdout)
                callbackState.write("^C\n")
            }
            callbackState.cancelled = false
            interruptSignalled = 0
            return .interrupt
        }
        guard let line, count > 0 else { return .endOfInput }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Adds `line` to the history that Up and Down browse, and saves the history file.
    public func addHistory(_ line: String) {
        fc_history_enter(history, line)
        if let historyPath { fc_history_save(history, historyPath) }
    }

    /// Ctrl-C: show `^C` after the line and end it, so the next prompt starts on a line of its own.
    ///
    /// Returning `CC_NEWLINE` directly would end the line without moving to the next terminal line (only libedit's
    /// own newline function does that), and the next prompt would be drawn after the cancelled text. So the
    /// cursor goes to the end, `^C` is shown, and a pushed line feed runs libedit's newline function; the line it
    /// returns is discarded because `cancelled` is set.
    private static func cancel(_ editLine: OpaquePointer) -> UInt8 {
        callbackState.cancelled = true
        if let info = el_wline(editLine), let cursor = info.pointee.cursor, let end = info.pointee.lastchar {
            el_cursor(editLine, Int32(clamping: end - cursor))
        }
        el_insertstr(editLine, "^C")
        el_push(editLine, "\n")
        return UInt8(CC_REFRESH)
    }

    /// Tab: insert the common extension of the completions; list them when several match.
    private static func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let completer = callbackState.completer, let info = el_line(editLine),
              let start = info.pointee.buffer, let cursor = info.pointee.cursor else { return UInt8(CC_REFRESH_BEEP) }
        let length = cursor - start
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: length)
        let prefix = String(decoding: bytes, as: UTF8.self)
        let (insert, choices) = completer.completion(for: prefix)
        if !insert.isEmpty {
            el_insertstr(editLine, insert)
            return UInt8(CC_REFRESH)
        }
        guard choices.count > 1 else { return UInt8(CC_REFRESH_BEEP) }
        let list = "\n" + completer.listing(of: choices, for: prefix) + "\n"
        fflush(stdout)
        callbackState.write(list)
        return UInt8(CC_REDISPLAY)
    }

    /// libedit drops non-ASCII input without a UTF-8 locale; cron and CI often have none.
    private static func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingUTF8Spelling() != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}

private extension String {
    func replacingUTF8Spelling() -> String { filter { $0 != "-" } }
}
