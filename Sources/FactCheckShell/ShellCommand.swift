import FactCheckCore

/// What a command's arguments complete to with Tab.
public enum ArgumentCompletion: Sendable {
    case none
    case claim
    case status
    case command
    case update
    case relation
    case side
}

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
    /// The arguments as shown in usage ("N [NOTE]").
    public let arguments: String
    /// One line for the command list.
    public let summary: String
    /// More, for `help VERB`.
    public let details: String
    /// What each argument completes to, by position (the last applies to later ones too, when it is not `.none`).
    public let completion: [ArgumentCompletion]
    /// Fewest arguments; with names for the "missing …" message.
    public let required: [String]
    /// Most arguments, nil when the rest of the line is taken (notes, sources).
    public let maximum: Int?
    /// Runs the command.
    let run: @Sendable (inout CommandContext, [String]) throws(ShellError) -> CommandOutcome

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
