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
            } else if filter == "dismissed" {
                shown = claims.filter { $0.dismissed != nil }
            } else if let status = ClaimStatus(rawValue: filter) {
                shown = claims.filter { $0.status == status }
            } else {
                throw .unknownStatus(UntrustedText(filter), suggestion: nearestWord(to: filter, in: ClaimStatus.allCases.map(\.rawValue) + ["review", "dismissed", "all"]))
            }
        }
        let numberWidth = String(claims.count).count
        for claim in shown {
            let number = String(repeating: " ", count: numberWidth - String(claim.n).count) + String(claim.n)
            let shownStatus = claim.dismissed == nil ? claim.status.rawValue : "dismissed"
            let statusText = DisplayWidth.padded(shownStatus, to: 10)
            // Two marker columns, so that one never hides the other: amended by a notice; re-review or conflict.
            let amended = session.amendments(of: claim.id).isEmpty ? " " : "*"
            let state = claim.conflict != nil ? "≠" : claim.review != nil ? "!" : " "
            let flag = amended + state
            let prefixWidth = numberWidth + 2 + 11 + 3
            let text = DisplayWidth.truncate(UntrustedText(claim.text).description, to: max(20, environment.width - prefixWidth))
            let coloured = (claim.dismissed == nil ? style.status(claim.status) : style.dim(shownStatus)) + String(statusText.dropFirst(shownStatus.count))
            print("\(style.bold(number))  \(coloured) \(style.yellow(flag)) \(text)")
        }
        // Dismissed claims are not claims: they count apart, not under their old status.
        var counts: [ClaimStatus: Int] = [:]
        var dismissed = 0
        for claim in claims {
            if claim.dismissed != nil { dismissed += 1 } else { counts[claim.status, default: 0] += 1 }
        }
        var parts = ClaimStatus.allCases.compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }
        if dismissed > 0 { parts.append("\(dismissed) dismissed") }
        let summary = parts.joined(separator: ", ")
        print(style.dim("\(shown.count) of \(claims.count) claim\(claims.count == 1 ? "" : "s") (\(summary.isEmpty ? "none" : summary)); * amended, ! re-review, ≠ conflict"))
    }

    /// A claim in full (the current claim when `word` is empty); it becomes current.
    mutating func show(_ word: String) throws(ShellError) {
        showClaim(at: try claimIndex(word, command: "show"))
    }

    /// Makes claim `word` current and says which it is, in one line.
    mutating func goto(_ word: String) throws(ShellError) {
        let claim = session.annotations.claims[try claimIndex(word, command: "goto")]
        session.cursor = claim.n
        print("\(style.bold("#\(claim.n)"))  \(style.status(claim.status))  " + TextPreview.firstWords(claim.text))
    }

    /// What `accept` would do to `claim`, as printed under it: dispute a claim an update denies or corrects,
    /// verify one an update confirms; nil when no notice amending it suggests anything new.
    func suggestion(for claim: ClaimAnnotation) -> ClaimEdit? {
        for (update, _) in session.amendments(of: claim.id) {
            switch update.relation {
            case .denial, .partialDenial, .retraction, .correction:
                if claim.status != .disputed { return .dispute(note: nil) }
            case .confirmation:
                if claim.status == .unreviewed { return .verify(note: nil) }
            default:
                continue
            }
        }
        return nil
    }

    /// Applies the suggestion printed under claim `word` (the current claim when empty).
    mutating func accept(_ word: String) throws(ShellError) {
        let index = try claimIndex(word, command: "accept")
        let claim = session.annotations.claims[index]
        guard let edit = suggestion(for: claim) else { throw .noSuggestion(claim.n) }
        try self.edit(String(claim.n), command: "accept", edit)
    }

    mutating func showClaim(at index: Int) {
        let claim = session.annotations.claims[index]
        session.cursor = claim.n
        print("\(style.bold("#\(claim.n)"))  \(style.dim(UntrustedText(claim.id).description))  \(style.status(claim.status))")
        print(DisplayWidth.wrap(UntrustedText(claim.text).description, width: environment.width, indent: "  "))
        let map = ArticleMap(session.analysis)
        let places = ([claim.range] + claim.repeats).map { map.position(of: $0.start)?.description ?? "offset \($0.start)" }
        print(style.dim("  at " + places.joined(separator: "; again at ") + (claim.repeats.isEmpty ? "" : " (printed \(places.count) times)")))
        let (before, after) = map.neighbours(of: claim.range.start)
        for (label, sentence) in [("before", before), ("after", after)] {
            guard let sentence else { continue }
            let head = "  \(label): "
            print(style.dim(head + DisplayWidth.truncate(UntrustedText(sentence.text).description, to: max(20, environment.width - head.count))))
        }
        if !claim.note.isEmpty { print("  note: " + UntrustedText(claim.note).description) }
        if !claim.sources.isEmpty { print("  sources: " + claim.sources.map { UntrustedText($0).description }.joined(separator: "; ")) }
        if let reason = claim.dismissed { print(style.dim("  dismissed (not a claim): " + UntrustedText(reason).description)) }
        if let review = claim.review { print(style.yellow("  re-review: " + UntrustedText(review.reason).description)) }
        if let conflict = claim.conflict {
            print(style.red("  merge conflict: two editors disagree; 'resolve \(claim.n) ours' or 'resolve \(claim.n) theirs' takes one"))
            print("    ours:   " + describe(conflict.ours))
            print("    theirs: " + describe(conflict.theirs))
        }
        for (update, link) in session.amendments(of: claim.id) {
            let state = link.confirmed ? "confirmed" : "suggested"
            print(style.yellow("  amended by \(UntrustedText(update.id)) \(UntrustedText(update.marker)) (\(update.relation.rawValue), score \(AnnotationCodec.formatScore(link.score)), \(state)):"))
            print(DisplayWidth.wrap(UntrustedText(update.text).description, width: environment.width, indent: "    "))
        }
        if let edit = suggestion(for: claim) {
            print(style.yellow("  suggestion: \(edit.verb) \(claim.n) ('accept' applies it)"))
        }
        if !claim.history.isEmpty {
            print("  history:")
            for entry in claim.history {
                var line = "    \(UntrustedText(entry.at))  \(UntrustedText(entry.by))  \(entry.status.rawValue)"
                if let note = entry.note { line += " — " + UntrustedText(note).description }
                if !entry.sources.isEmpty { line += " + " + entry.sources.map { UntrustedText($0).description }.joined(separator: "; ") }
                if let event = entry.event { line += " (" + UntrustedText(event).description + ")" }
                print(line)
            }
        }
    }

    /// "disputed — note [sources] (by X, at T)".
    func describe(_ verdict: ClaimVerdict) -> String {
        var text = verdict.status.rawValue
        if !verdict.note.isEmpty { text += " — " + UntrustedText(verdict.note).description }
        if !verdict.sources.isEmpty { text += " [" + verdict.sources.map { UntrustedText($0).description }.joined(separator: "; ") + "]" }
        let who = [verdict.by.map { "by " + UntrustedText($0).description }, verdict.at.map { "at \(UntrustedText($0))" }].compactMap { $0 }
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
        default: throw .unknownSide(UntrustedText(side))
        }
        try edit(word, command: "resolve", .adopt(verdict))
    }

    /// Shows the next (or, `backwards`, the previous) claim that still needs the editor after the current one,
    /// wrapping at the end: unreviewed, flagged for re-review or in conflict; `filter` narrows it to
    /// "unreviewed" or "review" (flagged or in conflict).
    mutating func showNext(filter: String?, backwards: Bool = false) throws(ShellError) {
        let needs: (ClaimAnnotation) -> Bool
        switch filter {
        case nil: needs = { $0.status == .unreviewed || $0.review != nil || $0.conflict != nil }
        case "unreviewed"?: needs = { $0.status == .unreviewed }
        case "review"?: needs = { $0.review != nil || $0.conflict != nil }
        case let word?: throw .unknownStatus(UntrustedText(word), suggestion: nearestWord(to: word, in: ["unreviewed", "review"]))
        }
        let claims = session.annotations.claims
        let cursor = session.cursor
        let after = claims.indices.filter { backwards ? claims[$0].n < cursor : claims[$0].n > cursor }
        let before = claims.indices.filter { backwards ? claims[$0].n >= cursor : claims[$0].n <= cursor }
        let order = backwards ? after.reversed() + before.reversed() : after + before
        // A claim set aside is not to review.
        guard let index = order.first(where: { claims[$0].dismissed == nil && needs(claims[$0]) }) else {
            print(filter == "review" ? "No claim is flagged for re-review." : "Every claim is reviewed.")
            return
        }
        if cursor > 0, !after.contains(index) {
            print(style.dim(backwards ? "(back round from the last claim)" : "(round again from the first claim)"))
        }
        showClaim(at: index)
    }

    /// Claims whose text contains `text`, case and accents ignored.
    mutating func find(_ text: String) throws(ShellError) {
        let needle = FoldedText.fold(text)
        let matches = session.annotations.claims.filter { FoldedText.fold($0.text).contains(needle) }
        guard !matches.isEmpty else { throw .noMatch(UntrustedText(text)) }
        let numberWidth = String(session.annotations.claims.count).count
        for claim in matches {
            let number = String(repeating: " ", count: numberWidth - String(claim.n).count) + String(claim.n)
            let status = claim.dismissed == nil ? claim.status.rawValue : "dismissed"
            let head = "\(number)  \(DisplayWidth.padded(status, to: 10))  "
            let room = max(20, environment.width - DisplayWidth.of(head))
            let shown = Self.window(UntrustedText(claim.text).description, around: needle, columns: room)
            let coloured = (claim.dismissed == nil ? style.status(claim.status) : style.dim(status)) + String(repeating: " ", count: 10 - status.count)
            print("\(style.bold(number))  \(coloured)  \(DisplayWidth.truncate(shown, to: room))")
        }
    }

    /// `text`, or its part from a little before the first match of `needle` (folded) when the match would fall
    /// past `columns`, opened with "…": so that `find` always shows what it found.
    static func window(_ text: String, around needle: String, columns: Int) -> String {
        let characters = Array(text)
        // The first character whose folded prefix ends with the match (folding keeps one character for one, but for
        // œ and æ, which only shift the window a little).
        var folded = ""
        var matchStart: Int?
        for (i, character) in characters.enumerated() {
            folded += FoldedText.fold(String(character))
            // Only the end of the folded prefix can hold a match that was not there a character ago.
            if folded.hasSuffix(needle) {
                matchStart = max(0, i + 1 - needle.count)
                break
            }
        }
        guard let start = matchStart else { return text }
        let matchEnd = min(characters.count, start + needle.count)
        guard DisplayWidth.of(String(characters[..<matchEnd])) > columns - 1 else { return text }
        var from = start
        var before = 0
        while from > 0, before + DisplayWidth.of(String(characters[from - 1])) <= columns / 3 {
            from -= 1
            before += DisplayWidth.of(String(characters[from]))
        }
        return "…" + String(characters[from...])
    }

    /// Update notices with their links.
    mutating func listUpdates() {
        for line in UpdateListing.lines(for: session.annotations, amendingElsewhere: session.analysis.noticeTextsAmendingElsewhere, width: environment.width, style: style) { print(line) }
    }

    /// The command list, or one command's help.
    mutating func help(_ topic: String?) throws(ShellError) {
        if let topic {
            guard let command = ShellCommand.named(topic) else {
                throw .unknownHelpTopic(UntrustedText(topic), suggestion: nearestWord(to: topic, in: ShellCommand.allNames))
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
            let also = command.aliases.isEmpty ? "" : " (also " + command.aliases.joined(separator: ", ") + ")"
            let summary = DisplayWidth.lines(command.summary + also, width: max(20, environment.width - indent.count))
            print("  " + DisplayWidth.padded(command.usage, to: usageWidth + 2) + summary[0])
            for line in summary.dropFirst() { print(indent + line) }
        }
        print(style.dim("Claims are named by number or id. Tab completes; 'help VERB' explains one command."))
    }
}
