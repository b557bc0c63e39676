import FactCheckCore

/// Tab completion from the command table and the session: verbs, claim numbers, statuses, update ids.
public struct Completer: Sendable {
    let claimNumbers: [String]
    let updateIDs: [String]
    /// The first words of each claim by its number, shown beside claim numbers in a listing.
    let previews: [String: String]
    /// For each update (by number and id), the numbers of the claims it amends: what `unlink U` offers.
    let linkedClaims: [String: [String]]
    /// Columns for the listing of several choices.
    let width: Int

    /// A completer for the session's claims and updates; listings fit `width` columns.
    public init(session: ShellSession, width: Int = 80) {
        let set = session.annotations
        claimNumbers = set.claims.map { String($0.n) }
        updateIDs = set.updates.map(\.id)
        var previews: [String: String] = [:]
        for claim in set.claims { previews[String(claim.n)] = TextPreview.firstWords(claim.text) }
        self.previews = previews
        let numbers = set.numbersByID()
        var linked: [String: [String]] = [:]
        for (index, update) in set.updates.enumerated() {
            let claims = update.amends.compactMap { numbers[$0.claim] }.sorted().map(String.init)
            linked[update.id] = claims
            linked[String(index + 1)] = claims
        }
        linkedClaims = linked
        self.width = width
    }

    /// The words that can complete the last word of `linePrefix` (the text before the cursor): verbs and
    /// statuses in alphabetical order, claim numbers in numeric order.
    public func completions(for linePrefix: String) -> [String] {
        let (words, endsInWord) = CommandLineParser.splitForCompletion(linePrefix)
        let partial = endsInWord ? (words.last ?? "") : ""
        let position = endsInWord ? words.count - 1 : words.count
        if position <= 0 {
            return ShellCommand.all.map(\.name).filter { $0.hasPrefix(partial) }.sorted()
        }
        guard let command = ShellCommand.named(words[0]), let parameter = command.parameter(at: position - 1) else { return [] }
        let candidates: [String]
        switch parameter.kind {
        case .text, .file: candidates = []
        case .flag: candidates = [parameter.name]
        case .relation: candidates = UpdateRelation.allCases.map(\.rawValue).sorted()
        case .side: candidates = parameter.name.split(separator: "|").map(String.init)
        case .claim where command.name == "unlink" && words.count > 1:
            candidates = linkedClaims[words[1]] ?? []
        case .claim: candidates = claimNumbers
        case .status: candidates = (ClaimStatus.allCases.map(\.rawValue) + ["review", "dismissed"]).sorted()
        case .command: candidates = ShellCommand.all.map(\.name).sorted()
        case .update: candidates = updateIDs + updateIDs.indices.map { String($0 + 1) }
        }
        return candidates.filter { $0.hasPrefix(partial) }
    }

    /// What to insert after the cursor for `linePrefix`: the completions' common extension, plus a space when
    /// exactly one matches; and the list to show when several do.
    public func completion(for linePrefix: String) -> (insert: String, choices: [String]) {
        let matches = completions(for: linePrefix)
        let (words, endsInWord) = CommandLineParser.splitForCompletion(linePrefix)
        let partial = endsInWord ? (words.last ?? "") : ""
        guard let first = matches.first else { return ("", []) }
        if matches.count == 1 { return (String(first.dropFirst(partial.count)) + " ", []) }
        var common = first
        for match in matches.dropFirst() {
            while !match.hasPrefix(common) { common.removeLast() }
        }
        return (String(common.dropFirst(partial.count)), matches)
    }

    /// What Tab shows when several words complete `linePrefix`: claim numbers one a line with each claim's first
    /// words, other words in columns; every line fits the width.
    public func listing(of choices: [String], for linePrefix: String) -> String {
        let (words, endsInWord) = CommandLineParser.splitForCompletion(linePrefix)
        let position = endsInWord ? words.count - 1 : words.count
        let isClaim = position > 0 && ShellCommand.named(words[0])?.parameter(at: position - 1)?.kind == .claim
        if isClaim {
            let numberWidth = choices.map(\.count).max() ?? 1
            return choices.map { n in
                let head = String(repeating: " ", count: numberWidth - n.count) + n + "  "
                return head + DisplayWidth.truncate(previews[n] ?? "", to: max(10, width - head.count))
            }.joined(separator: "\n")
        }
        let cell = (choices.map { DisplayWidth.of($0) }.max() ?? 1) + 2
        let perLine = max(1, width / cell)
        var lines: [String] = []
        for start in stride(from: 0, to: choices.count, by: perLine) {
            let row = choices[start..<min(start + perLine, choices.count)]
            lines.append(row.map { DisplayWidth.padded(DisplayWidth.truncate($0, to: width), to: cell) }.joined()
                .trimmingCharacters(inSet: " "))
        }
        return lines.joined(separator: "\n")
    }
}
