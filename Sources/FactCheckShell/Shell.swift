import FactCheckCore

/// Where the shell writes: standard output and standard error, injected so tests capture them.
public struct ShellOutput {
    /// Writes text (with its own line feeds) to standard output.
    public var out: (String) -> Void
    /// Writes text (with its own line feeds) to standard error.
    public var err: (String) -> Void

    /// Creates an output from two writers.
    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.out = out
        self.err = err
    }
}

/// The read–eval–print loop: reads lines, runs them through the command table, prints results and errors.
///
/// One `execute(_:)` per line is the unit tests drive; `run()` adds prompts, confirmation on leaving and the
/// exit status. Interactive or piped, the same commands run; only prompts, colour and error prefixes differ.
public struct Shell<Reader: LineReader> {
    /// The session state.
    public private(set) var session: ShellSession
    /// Where lines come from.
    public private(set) var reader: Reader
    var environment: ShellEnvironment
    let output: ShellOutput
    /// How many commands failed.
    public private(set) var failures = 0
    /// The 1-based number of the line being run (for piped error messages).
    public private(set) var lineNumber = 0

    /// A shell on `session`.
    public init(session: ShellSession, reader: Reader, environment: ShellEnvironment, output: ShellOutput) {
        self.session = session
        self.reader = reader
        self.environment = environment
        self.output = output
        // A person sees progress after each edit; a script asks for it (`set progress on`).
        self.session.showsProgress = environment.interactive
    }

    /// The prompt: the article's name, a star when there are unsaved changes, and the current claim
    /// (`cloudwatt-audit* #3> `).
    var prompt: String {
        let name = session.articlePath.split(separator: "/").last.map(String.init) ?? session.articlePath
        let base = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
        return TerminalText.visible(base) + (session.isDirty ? "*" : "") + (session.cursor > 0 ? " #\(session.cursor)" : "") + "> "
    }

    /// Runs until `quit` or end of input; returns the exit status (0, or 1 when a command failed or changes
    /// were left unsaved at the end of a script).
    public mutating func run() -> Int32 {
        refreshWidth()
        if environment.interactive { greet() }
        reportAnchoring()
        reportRecovery()
        var endOfInputCount = 0
        while true {
            // A script is not completed: building the completer reads every claim, once per line.
            switch reader.readLine(prompt: environment.interactive ? prompt : "", completer: environment.interactive ? completer : nil) {
            case .interrupt:
                endOfInputCount = 0
                continue
            case .endOfInput:
                endOfInputCount += 1
                if environment.interactive { output.out("\n") }
                if !session.isDirty { return exitStatus }
                if !environment.interactive {
                    // A script that did not save chose not to: its edits go with it, never into a later run.
                    report("end of input with \(unsavedDescription) — nothing was saved and the edits were discarded "
                        + "(end the script with 'save')", line: false)
                    environment.journal.discard()
                    failures += 1
                    return exitStatus
                }
                // Input that keeps ending (a closed terminal) must not loop forever; changes are reported.
                if endOfInputCount > 2 {
                    report("input closed with \(unsavedDescription); they were not saved", line: false)
                    return 1
                }
                if confirmLeaving() { return exitStatus }
            case .line(let line):
                endOfInputCount = 0
                lineNumber += 1
                let trimmed = line.trimmingCharacters(inSet: " \t")
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                if environment.interactive { reader.addHistory(line) }
                if case .quit(let discard) = execute(line) {
                    if discard { environment.journal.discard() }
                    if discard || !session.isDirty { return exitStatus }
                    if !environment.interactive {
                        report(ShellError.unsavedChanges(count: session.unsavedChangeCount).message + "; the edits were discarded", line: true)
                        environment.journal.discard()
                        failures += 1
                        return exitStatus
                    }
                    if confirmLeaving() { return exitStatus }
                }
            }
        }
    }

    private var exitStatus: Int32 { failures > 0 ? 1 : 0 }

    private var unsavedDescription: String {
        let count = session.unsavedChangeCount
        return "\(count) unsaved change\(count == 1 ? "" : "s")"
    }

    /// Runs one command line; prints its output or its error.
    @discardableResult
    public mutating func execute(_ line: String) -> CommandOutcome {
        do {
            return try dispatch(line)
        } catch {
            failures += 1
            report(error.message, line: true)
            return .proceed
        }
    }

    private mutating func dispatch(_ line: String) throws(ShellError) -> CommandOutcome {
        refreshWidth()
        let words: [String]
        do {
            words = try CommandLineParser.split(line)
        } catch {
            switch error {
            case .unbalancedQuote(let quote, let column): throw .unbalancedQuote(quote, column: column)
            case .trailingBackslash: throw .trailingBackslash
            }
        }
        guard let verb = words.first else { return .proceed }
        guard let command = ShellCommand.named(verb) else {
            throw .unknownCommand(UntrustedText(verb), suggestion: nearestWord(to: verb, in: ShellCommand.allNames))
        }
        let args = try command.matching(Array(words.dropFirst()), line: line)
        var context = CommandContext(session: session, environment: environment)
        let outcome: CommandOutcome
        do {
            outcome = try command.run(&context, args)
        } catch {
            // A failed command changes nothing, but what it printed before failing is still shown.
            flush(context.printed)
            throw error
        }
        // The edit is journaled (and synced) before anything says it is done. A state equal to what is on disk
        // (just saved, or undone back to it) has nothing to recover: the journal is cleared instead, so that an
        // old record can never be replayed over newer saved work.
        let record = EditRecord(from: session.annotations, to: context.session.annotations)
        session = context.session
        if !session.isDirty {
            environment.journal.discard()
        } else if !record.isEmpty {
            do {
                try environment.journal.record(record)
            } catch {
                output.err(environment.style.red("warning: ") + TerminalText.visible(error.message) + " — the edit is not yet safe from a crash; save soon\n")
            }
        }
        if !record.isEmpty, session.showsProgress { context.print(ReviewProgress(session: session).line(style: environment.style)) }
        flush(context.printed)
        return outcome
    }

    /// Reads the terminal's width again (a resize since the last command changes the layout), capped at the
    /// reading width.
    private mutating func refreshWidth() {
        if let columns = environment.columns { environment.width = min(max(20, columns()), ShellEnvironment.readingWidth) }
    }

    /// Prints a command's lines, each fitted to the width on a terminal (`DisplayWidth.fit`): the one place
    /// command output reaches the screen, so no line is wider than the screen whatever a command builds.
    private func flush(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        output.out(fitted(lines.joined(separator: "\n")))
    }

    /// `text` (lines joined by line feeds) with every line fitted to the width, and a final line feed. Only on a
    /// terminal: a script reading piped output keeps one message per line, whatever its length.
    private func fitted(_ text: String) -> String {
        guard environment.interactive else { return text + "\n" }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { DisplayWidth.fit(String($0), width: environment.width) }
            .joined(separator: "\n") + "\n"
    }

    /// Asks whether to save before leaving. True when the shell should exit.
    private mutating func confirmLeaving() -> Bool {
        let question = "Save \(unsavedDescription) to \(TerminalText.visible(session.annotationPath)) before leaving? [y]es, [n]o, [c]ancel: "
        while true {
            switch reader.readLine(prompt: question, completer: nil) {
            case .line(let answer):
                switch answer.trimmingCharacters(inSet: " \t").lowercased() {
                case "y", "yes", "o", "oui":
                    return execute("save") == .proceed && !session.isDirty
                case "n", "no", "non":
                    environment.journal.discard()
                    output.out("Left without saving.\n")
                    return true
                case "c", "cancel", "":
                    return false
                default:
                    output.out("Please answer y, n or c.\n")
                }
            case .interrupt:
                // The line editor already ended the line (it shows ^C).
                return false
            case .endOfInput:
                output.out("\n")
                return false
            }
        }
    }

    private func greet() {
        let a = session.annotations
        let style = environment.style
        let reviewed = a.claims.filter { $0.status != .unreviewed }.count
        output.out(fitted(style.bold("factcheck") + " — \(TerminalText.visible(session.articleFile ?? session.articlePath)): \(a.claims.count) claim\(a.claims.count == 1 ? "" : "s") (\(reviewed) reviewed), "
            + "\(a.updates.count) update notice\(a.updates.count == 1 ? "" : "s"). Annotations: \(TerminalText.visible(session.annotationPath))"))
        output.out(fitted(style.dim("Type 'help' for commands, Tab to complete, Ctrl-D to leave.")))
    }

    /// Tells that edits of a session that ended without saving were replayed.
    private func reportRecovery() {
        let count = session.recoveredEdits
        guard count > 0 else { return }
        var text = "Recovered unsaved edits of \(count) claim\(count == 1 ? "" : "s") from a session that ended without saving; "
            + "'save' keeps \(count == 1 ? "it" : "them"), 'quit --discard' drops \(count == 1 ? "it" : "them")."
        let conflicted = session.recoveryConflicts.compactMap { conflict -> Int? in
            if case .claim(_, let n, _, _, _) = conflict { return n }
            return nil
        }
        if !conflicted.isEmpty {
            text += " The file was saved since that session opened it, and \(conflicted.map { "#\($0)" }.joined(separator: ", ")) "
                + "got another verdict there: both verdicts are kept ('show N', then 'resolve N ours|theirs' or a new verdict)."
        }
        if environment.interactive {
            output.out(fitted(environment.style.yellow(text)))
        } else {
            output.err("factcheck: " + text + "\n")
        }
    }

    /// Tells what happened to each annotation when the file was made on another version of the article.
    private func reportAnchoring() {
        let report = session.anchorReport
        guard !report.isEmpty else { return }
        var lines: [String] = []
        let file = TerminalText.visible(session.annotationPath)
        if report.articleChanged { lines.append("The article has changed since \(file) was saved; annotations were re-anchored:") }
        var unchanged = 0
        for entry in report.entries {
            let name = entry.n.map { "#\($0)" } ?? entry.claim
            let flag = entry.flagged ? " — flagged for re-review" : ""
            switch entry.outcome {
            case .unchanged:
                if entry.flagged { lines.append("  \(name) unchanged\(flag)") } else { unchanged += 1 }
            case .moved(let from): lines.append("  \(name) moved (was at \(from.start)–\(from.end))\(flag)")
            case .textChanged(_, let similarity):
                lines.append("  \(name) text changed (similarity \(AnnotationCodec.formatScore(similarity)))\(flag)")
            case .orphaned: lines.append("  \(name) orphaned: its claim is no longer in the article (kept; see 'orphans')")
            }
        }
        if unchanged > 0 { lines.append("  \(unchanged) annotated claim\(unchanged == 1 ? "" : "s") unchanged") }
        let numbers = session.annotations.numbersByID()
        for id in report.newUpdates {
            guard let update = session.annotations.updates.first(where: { $0.id == id }) else { continue }
            let amends = update.amends.compactMap { numbers[$0.claim].map { "#\($0)" } }.joined(separator: ", ")
            lines.append("New update notice \(id) (\(TerminalText.visible(update.marker)), \(update.relation.rawValue))"
                + (amends.isEmpty ? " amends no specific claim." : " amends \(amends)."))
        }
        let text = lines.map { TerminalText.visible($0) }.joined(separator: "\n") + "\n"
        if environment.interactive {
            output.out(fitted(environment.style.yellow(String(text.dropLast()))))
        } else {
            output.err(lines.map { "factcheck: " + TerminalText.visible($0) }.joined(separator: "\n") + "\n")
        }
    }

    private func report(_ message: String, line: Bool) {
        let text = TerminalText.visible(message)
        if environment.interactive {
            output.err(fitted(environment.style.red("error: ") + text))
        } else {
            output.err("factcheck: " + (line ? "line \(lineNumber): " : "") + text + "\n")
        }
    }

    /// A completer for the current state.
    public var completer: Completer {
        Completer(session: session, width: environment.columns.map { min(max(20, $0()), ShellEnvironment.readingWidth) } ?? environment.width)
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(inSet set: String) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
