/// What reading one line from the user produced. End of input and Ctrl-C are events, not errors.
public enum LineEvent: Equatable, Sendable {
    /// A line, without its line feed.
    case line(String)
    /// Ctrl-C: the line being typed was cancelled.
    case interrupt
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Where the shell gets its lines: libedit on a terminal, standard input in a pipe, a list in tests.
public protocol LineReader {
    /// Shows `prompt` (when interactive) and reads one line; Tab asks `completer` when there is one.
    mutating func readLine(prompt: String, completer: Completer?) -> LineEvent
    /// Records an accepted command line in the history.
    mutating func addHistory(_ line: String)
}

/// Reads lines from a fixed list: the scripted reader of the shell tests, and of `--script`-like uses.
public struct ScriptedLineReader: LineReader {
    private var events: [LineEvent]
    /// The prompts the shell showed, in order (tests assert on confirmation questions).
    public private(set) var prompts: [String] = []
    /// The lines recorded as history.
    public private(set) var history: [String] = []

    /// A reader that yields `lines`, then end of input.
    public init(_ lines: [String]) {
        self.events = lines.map(LineEvent.line)
    }

    /// A reader that yields `events`, then end of input.
    public init(events: [LineEvent]) {
        self.events = events
    }

    public mutating func readLine(prompt: String, completer: Completer?) -> LineEvent {
        prompts.append(prompt)
        return events.isEmpty ? .endOfInput : events.removeFirst()
    }

    public mutating func addHistory(_ line: String) {
        history.append(line)
    }
}

/// Reads lines from standard input with no prompt: the shell's piped mode.
public struct StandardInputReader: LineReader {
    /// Creates a reader of standard input.
    public init() {}

    public mutating func readLine(prompt: String, completer: Completer?) -> LineEvent {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    public mutating func addHistory(_ line: String) {}
}
