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

    /// Matches typed words to the parameters; `line` is the whole line as typed, for text taken verbatim.
    ///
    /// A leading `[N]` (`CommandParameter.currentClaim`) is left out when the first word is not a claim
    /// reference; when given, it counts as required, so `note 3` still misses its text.
    /// - Throws: `missingArgument` naming the first missing parameter, `tooManyArguments` past the last,
    func matching(_ words: [String], line: String = "") throws(ShellError) -> CommandArguments {
        var effective = parameters
        var omitsClaim = false
        if let first = parameters.first, first.defaultsToCurrentClaim {
            // A word where only a claim can stand (`reset foo`) stays the claim, to be refused as one.
            if let word = words.first, CommandParameter.isClaimReference(word) || parameters.count == 1 {
                effective[0] = CommandParameter(first.name, .claim, .required, label: first.label)
            } else {
                effective.removeFirst()
                omitsClaim = true
            }
        }
        let required = effective.filter(\.isRequired)
        if words.count < required.count {
            throw .missingArgument(command: name, argument: required[words.count].label, usage: usage)
        }
        if effective.last?.takesRest != true, words.count > effective.count {
            throw .tooManyArguments(command: name, usage: usage)
        }
        let placed = (try? CommandLineParser.words(line)).map { Array($0.dropFirst()) } ?? []
        return CommandArguments(words, parameters: parameters, placed: placed, line: line, omitsClaim: omitsClaim)
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

    /// The index of the claim named by `word`, or of the current claim when `word` is empty (left out).
    /// - Throws: `noCurrentClaim` when it is left out and no claim is current.
    func claimIndex(_ word: String, command: String) throws(ShellError) -> Int {
        guard word.isEmpty else { return try session.claimIndex(word, command: command) }
        guard session.cursor > 0, let index = try? session.annotations.claimIndex(number: session.cursor) else {
            throw .noCurrentClaim(command: command)
        }
        return index
    }

    /// Applies `edit` to the claim named by `word` (the current claim when empty), committing the new state, and
    /// reports it; an edit that would change nothing is reported as such and not committed.
    mutating func edit(_ word: String, command: String, _ edit: ClaimEdit) throws(ShellError) {
        let index = try claimIndex(word, command: command)
        let current = session.annotations.claims[index]
        session.cursor = current.n
        guard edit.changes(current) else {
            print("Nothing changed: #\(current.n) " + unchangedReason(edit, current) + ".")
            return
        }
        let next: AnnotationSet
        do {
            next = try session.annotations.applying(edit, toClaimAt: index, by: environment.editor, at: environment.now())
        } catch {
            throw .missingArgument(command: command, argument: "source", usage: "source [N] SOURCE…")
        }
        session.commit(next, label: "\(edit.verb) #\(current.n)")
        let claim = next.claims[index]
        let style = environment.style
        var line = "\(style.bold("#\(claim.n)")) \(style.status(claim.status))"
        if !claim.note.isEmpty { line += " — " + TerminalText.visible(claim.note) }
        if claim.status == .sourced { line += " — " + claim.sources.map { TerminalText.visible($0) }.joined(separator: "; ") }
        print(line)
    }

    /// Warns when the unquoted `words` of a `source` line look like one citation split on spaces
    /// (`source 4 « Les Échos », 4 juillet 2012`): each word became a source, which is rarely what was meant.
    mutating func warnIfSplitCitation(_ words: [String]) {
        let pieces: Set<String> = ["«", "»", "-", "–", "—", "p.", "n°"]
        let looksCut = words.count >= 3 && words.contains { word in
            pieces.contains(word) || word.hasSuffix(",") || word.hasPrefix("«") || word.hasSuffix("»") || word.allSatisfy(\.isNumber)
        }
        guard looksCut else { return }
        let joined = words.joined(separator: " ")
        print(environment.style.yellow("warning: \(words.count) unquoted words became \(words.count) sources; if they are one citation, "
            + "'undo' and quote it: source \(session.cursor) \"\(TerminalText.visible(joined))\""))
    }

    /// Why `edit` changes nothing on `claim`: "is already verified with that note".
    private func unchangedReason(_ edit: ClaimEdit, _ claim: ClaimAnnotation) -> String {
        switch edit {
        case .source: "already has \(claim.sources.count == 1 ? "that source" : "those sources")"
        case .note: "already has that note"
        case .reset: "is already unreviewed, with no note and no sources"
        default: "is already \(claim.status.rawValue)" + (claim.note.isEmpty ? "" : " with that note")
        }
    }
}
