import FactCheckCore

/// What the shell loop does after a command.
public enum CommandOutcome: Equatable, Sendable {
    case proceed
    /// Leave; `discard` leaves even with unsaved changes.
    case quit(discard: Bool)
}

/// One shell command. The table of these drives dispatch, help and Tab completion.
public struct ShellCommand: Sendable {
    /// The verb the user types.
    public let name: String
    /// Other verbs accepted for it.
    public let aliases: [String]
    /// The arguments, declared once: usage, arity checks, completion and parsing come from them.
    public let parameters: [CommandParameter]
    /// One line for the command list.
    public let summary: String
    /// More, for `help VERB`.
    public let details: String
    /// Runs the command.
    let run: @Sendable (inout CommandContext, CommandArguments) throws(ShellError) -> CommandOutcome

    /// Declares a command.
    init(name: String, aliases: [String] = [], parameters: [CommandParameter] = [], summary: String, details: String,
         run: @escaping @Sendable (inout CommandContext, CommandArguments) throws(ShellError) -> CommandOutcome) {
        self.name = name
        self.aliases = aliases
        self.parameters = parameters
        self.summary = summary
        self.details = details
        self.run = run
    }

    /// The arguments as shown in usage ("N [NOTE]").
    public var arguments: String { parameters.map(\.usage).joined(separator: " ") }

    /// What the word at `position` (0 for the first argument) completes to; the last parameter takes every
    /// later word when it takes the rest of the line.
    public func parameter(at position: Int) -> CommandParameter? {
        if position < parameters.count { return parameters[position] }
        guard let last = parameters.last, last.takesRest else { return nil }
        return last
    }

    /// Matches typed words to the parameters.
    /// - Throws: `missingArgument` naming the first missing parameter, `tooManyArguments` past the last.
    func matching(_ words: [String]) throws(ShellError) -> CommandArguments {
        let required = parameters.filter(\.isRequired)
        if words.count < required.count {
            throw .missingArgument(command: name, argument: required[words.count].label, usage: usage)
        }
        if parameters.last?.takesRest != true, words.count > parameters.count {
            throw .tooManyArguments(command: name, usage: usage)
        }
        return CommandArguments(words, parameters: parameters)
    }

    /// "verify N [NOTE]".
    public var usage: String { arguments.isEmpty ? name : "\(name) \(arguments)" }
}

/// What a running command can see and change.
public struct CommandContext {
    /// The session, changed in place by edits.
    public var session: ShellSession
    /// Editor name, clock, style, width and the store.
    public let environment: ShellEnvironment
    /// Lines for standard output.
    public var printed: [String] = []

    mutating func print(_ line: String = "") {
        printed.append(line)
    }

    /// Applies `edit` to the claim named by `word`, committing the new state, and reports it.
    mutating func edit(_ word: String, command: String, _ edit: ClaimEdit) throws(ShellError) {
        let index = try session.claimIndex(word, command: command)
        let next: AnnotationSet
        do {
            next = try session.annotations.applying(edit, toClaimAt: index, by: environment.editor, at: environment.now())
        } catch {
            throw .missingArgument(command: command, argument: "source", usage: "source N SOURCE…")
        }
        session.commit(next)
        session.cursor = next.claims[index].n
        let claim = next.claims[index]
        let style = environment.style
        var line = "\(style.bold("#\(claim.n)")) \(style.status(claim.status))"
        if !claim.note.isEmpty { line += " — " + TerminalText.visible(claim.note) }
        if claim.status == .sourced { line += " — " + claim.sources.map { TerminalText.visible($0) }.joined(separator: "; ") }
        print(line)
    }
}
