import FactCheckCore

/// Tab completion from the command table and the session: verbs, claim numbers, statuses, update ids.
public struct Completer: Sendable {
    let claimNumbers: [String]
    let updateIDs: [String]

    /// A completer for the session's claims and updates.
    public init(session: ShellSession) {
        claimNumbers = session.annotations.claims.map { String($0.n) }
        updateIDs = session.annotations.updates.map(\.id)
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
        case .claim: candidates = claimNumbers
        case .status: candidates = (ClaimStatus.allCases.map(\.rawValue) + ["review"]).sorted()
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
}
