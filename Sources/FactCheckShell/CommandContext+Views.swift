import FactCheckCore

/// The read-only commands: what the editor sees of claims and updates.
extension CommandContext {
    private var style: TextStyle { environment.style }

    /// One line per claim: number, status, flag, text cut to the width.
    mutating func list(filter: String?) throws(ShellError) {
        let claims = session.annotations.claims
        var shown = claims
        if let filter, filter != "all" {
            if filter == "review" {
                shown = claims.filter { $0.review != nil || $0.conflict != nil }
            } else if let status = ClaimStatus(rawValue: filter) {
                shown = claims.filter { $0.status == status }
            } else {
                throw .unknownStatus(filter, suggestion: nearestWord(to: filter, in: ClaimStatus.allCases.map(\.rawValue) + ["review", "all"]))
            }
        }
        let numberWidth = String(claims.count).count
        for claim in shown {
            let number = String(repeating: " ", count: numberWidth - String(claim.n).count) + String(claim.n)
            let statusText = DisplayWidth.padded(claim.status.rawValue, to: 10)
            let flag = claim.conflict != nil ? "≠" : claim.review != nil ? "!" : (session.amendments(of: claim.id).isEmpty ? " " : "*")
            let prefixWidth = numberWidth + 2 + 11 + 2
            let text = DisplayWidth.truncate(TerminalText.visible(claim.text), to: max(20, environment.width - prefixWidth))
            let coloured = style.status(claim.status) + String(statusText.dropFirst(claim.status.rawValue.count))
            print("\(style.bold(number))  \(coloured) \(style.yellow(flag)) \(text)")
        }
        let counts = session.annotations.statusCounts
        let summary = ClaimStatus.allCases.compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }.joined(separator: ", ")
        print(style.dim("\(shown.count) of \(claims.count) claims (\(summary.isEmpty ? "none" : summary)); * amended, ! re-review, ≠ conflict"))
    }

    /// A claim in full.
    mutating func show(_ word: String) throws(ShellError) {
        let index = try session.claimIndex(word, command: "show")
        showClaim(at: index)
    }

    mutating func showClaim(at index: Int) {
        let claim = session.annotations.claims[index]
        session.cursor = claim.n
        print("\(style.bold("#\(claim.n)"))  \(style.dim(claim.id))  \(style.status(claim.status))")
        print(DisplayWidth.wrap(TerminalText.visible(claim.text), width: environment.width, indent: "  "))
        let places = ([claim.range] + claim.repeats).map { "\($0.start)–\($0.end)" }.joined(separator: ", ")
        print(style.dim("  at \(places)" + (claim.repeats.isEmpty ? "" : " (printed \(claim.repeats.count + 1) times)")))
        if !claim.note.isEmpty { print("  note: " + TerminalText.visible(claim.note)) }
        if !claim.sources.isEmpty { print("  sources: " + claim.sources.map { TerminalText.visible($0) }.joined(separator: "; ")) }
        if let review = claim.review { print(style.yellow("  re-review: " + TerminalText.visible(review.reason))) }
        if let conflict = claim.conflict {
            print(style.red("  merge conflict: two editors disagree; 'resolve \(claim.n) ours' or 'resolve \(claim.n) theirs' takes one"))
            print("    ours:   " + describe(conflict.ours))
            print("    theirs: " + describe(conflict.theirs))
        }
        for (update, link) in session.amendments(of: claim.id) {
            let state = link.confirmed ? "confirmed" : "suggested"
            print(style.yellow("  amended by \(update.id) \(TerminalText.visible(update.marker)) (\(update.relation.rawValue), score \(AnnotationCodec.formatScore(link.score)), \(state)):"))
            print(DisplayWidth.wrap(TerminalText.visible(update.text), width: environment.width, indent: "    "))
            if [.denial, .partialDenial, .retraction, .correction].contains(update.relation), claim.status != .disputed {
                print(style.yellow("    suggestion: dispute \(claim.n)"))
            }
        }
        if !claim.history.isEmpty {
            print("  history:")
            for entry in claim.history {
                var line = "    \(entry.at)  \(TerminalText.visible(entry.by))  \(entry.status.rawValue)"
                if let note = entry.note { line += " — " + TerminalText.visible(note) }
                if !entry.sources.isEmpty { line += " + " + entry.sources.map { TerminalText.visible($0) }.joined(separator: "; ") }
                print(line)
            }
        }
    }

    /// "disputed — note [sources] (by X, at T)".
    func describe(_ verdict: ClaimVerdict) -> String {
        var text = verdict.status.rawValue
        if !verdict.note.isEmpty { text += " — " + TerminalText.visible(verdict.note) }
        if !verdict.sources.isEmpty { text += " [" + verdict.sources.map { TerminalText.visible($0) }.joined(separator: "; ") + "]" }
        let who = [verdict.by.map { "by " + TerminalText.visible($0) }, verdict.at.map { "at " + $0 }].compactMap { $0 }
        if !who.isEmpty { text += " (" + who.joined(separator: ", ") + ")" }
        return text
    }

    /// Takes one side of a merge conflict as the claim's new verdict.
    mutating func resolve(_ word: String, side: String) throws(ShellError) {
        let index = try session.claimIndex(word, command: "resolve")
        let claim = session.annotations.claims[index]
        guard let conflict = claim.conflict else { throw .noConflict(claim.n) }
        let verdict: ClaimVerdict
        switch side {
        case "ours": verdict = conflict.ours
        case "theirs": verdict = conflict.theirs
        default: throw .unknownSide(TerminalText.visible(side))
        }
        try edit(word, command: "resolve", .adopt(verdict))
    }

    /// The first unreviewed claim after the cursor, wrapping around.
    mutating func showNext() {
        let claims = session.annotations.claims
        let order = claims.indices.filter { claims[$0].n > session.cursor } + claims.indices.filter { claims[$0].n <= session.cursor }
        guard let index = order.first(where: { claims[$0].status == .unreviewed || claims[$0].review != nil || claims[$0].conflict != nil }) else {
            print("Every claim is reviewed.")
            return
        }
        showClaim(at: index)
    }

    /// Claims whose text contains `text`, case and accents ignored.
    mutating func find(_ text: String) throws(ShellError) {
        let needle = FoldedText.fold(text)
        let matches = session.annotations.claims.filter { FoldedText.fold($0.text).contains(needle) }
        guard !matches.isEmpty else { throw .noMatch(TerminalText.visible(text)) }
        for claim in matches {
            let text = DisplayWidth.truncate(TerminalText.visible(claim.text), to: max(20, environment.width - 16))
            print("\(style.bold(String(claim.n)))  \(style.status(claim.status))  \(text)")
        }
    }

    /// Update notices with their links.
    mutating func listUpdates() {
        for line in UpdateListing.lines(for: session.annotations, width: environment.width, style: style) { print(line) }
    }

    /// The command list, or one command's help.
    mutating func help(_ topic: String?) throws(ShellError) {
        if let topic {
            guard let command = ShellCommand.named(topic) else {
                throw .unknownHelpTopic(topic, suggestion: nearestWord(to: topic, in: ShellCommand.allNames))
            }
            print(style.bold(command.usage))
            print("  " + command.summary + ".")
            print("  " + command.details)
            if !command.aliases.isEmpty { print("  Also: " + command.aliases.joined(separator: ", ")) }
            return
        }
        let usageWidth = ShellCommand.all.map { DisplayWidth.of($0.usage) }.max() ?? 0
        let indent = String(repeating: " ", count: usageWidth + 4)
        for command in ShellCommand.all {
            // The summary wraps inside its own column, so the usages stay a clean column on any width.
            let summary = DisplayWidth.lines(command.summary, width: max(20, environment.width - indent.count))
            print("  " + DisplayWidth.padded(command.usage, to: usageWidth + 2) + summary[0])
            for line in summary.dropFirst() { print(indent + line) }
        }
        print(style.dim("Claims are named by number or id. Tab completes; 'help VERB' explains one command."))
    }
}
