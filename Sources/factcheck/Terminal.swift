#if canImport(Glibc)
import Glibc
#endif
import FactCheckCore
import FactCheckFiles

/// Facts about the process's terminal and environment that the executable, and only it, looks up.
enum Terminal {
    static var stdinIsTerminal: Bool { isatty(0) == 1 }
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Colour only on a terminal, never with NO_COLOR or TERM=dumb.
    static var wantsColour: Bool {
        stdoutIsTerminal && environment("NO_COLOR").map(\.isEmpty) ?? true && environment("TERM") != "dumb"
    }

    /// Columns of the terminal, else $COLUMNS, else 100.
    static var width: Int {
        var size = winsize()
        if stdoutIsTerminal, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let columns = environment("COLUMNS").flatMap(Int.init), columns > 20 { return columns }
        return 100
    }

    /// The current time, or FACTCHECK_NOW when set (reproducible demos and tests, like SOURCE_DATE_EPOCH).
    static func now() -> String {
        if let fixed = environment("FACTCHECK_NOW"), !fixed.isEmpty { return fixed }
        return Timestamp.iso8601(secondsSince1970: Int(time(nil)))
    }

    /// The history file: $XDG_STATE_HOME/factcheck/history, else ~/.local/state/factcheck/history.
    static func historyPath() -> String? {
        let base: String
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") {
            base = state
        } else if let home = environment("HOME"), !home.isEmpty {
            base = home + "/.local/state"
        } else {
            return nil
        }
        let directory = base + "/factcheck"
        // Without the folder, libedit simply keeps no history: not worth stopping the shell for.
        try? FileAccess.makeDirectories(directory, for: directory + "/history", mode: 0o700)
        return directory + "/history"
    }

    /// --editor, then FACTCHECK_EDITOR, then `git config user.name`; nil when none gives a name.
    static func editorName(_ option: String?) -> String? {
        if let option, !option.isEmpty { return option }
        if let name = environment("FACTCHECK_EDITOR"), !name.isEmpty { return name }
        if let name = gitUserName(), !name.isEmpty { return name }
        return nil
    }

    /// The editor's name (`editorName`); when none is found, $USER (or "unknown"), after saying so once on
    /// standard error with the three ways to set one.
    static func editorNameOrWarn(_ option: String?) -> String {
        if let name = editorName(option) { return name }
        let fallback = environment("USER").flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
        OutputFunnel.err("factcheck: no editor name found (no --editor, FACTCHECK_EDITOR or git user.name); verdicts will be "
            + "recorded as '\(TerminalText.visible(fallback))'. Set yours with --editor NAME, FACTCHECK_EDITOR=NAME, "
            + "or git config --global user.name NAME.\n")
        return fallback
    }

    private static func gitUserName() -> String? {
        let config = Subprocess.run(["git", "config", "user.name"])
        guard config.status == 0 else { return nil }
        return config.output.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
    }

    /// Prints `error` and exits with its sysexits code.
    static func fail(_ error: FileError) -> Never {
        OutputFunnel.err("factcheck: \(error.message)\n")
        exit(Sysexits.code(for: error))
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
