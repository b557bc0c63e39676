import FactCheckCore

/// Why a command failed. Each case renders as one sentence that quotes the input and says what was expected.
public enum ShellError: Error, Equatable, Sendable {
    case unknownCommand(UntrustedText, suggestion: String?)
    case missingArgument(command: String, argument: String, usage: String)
    case tooManyArguments(command: String, usage: String)
    case notAClaimReference(command: String, word: UntrustedText, count: Int)
    case noSuchClaim(Int, count: Int)
    case noSuchClaimID(UntrustedText)
    case unknownStatus(UntrustedText, suggestion: String?)
    case unknownHelpTopic(UntrustedText, suggestion: String?)
    case unbalancedQuote(Character, column: Int)
    case trailingBackslash
    case nothingToUndo
    case nothingToRedo
    case unsavedChanges(count: Int)
    case noMatch(UntrustedText)
    case saveFailed(String)
    case noSuchUpdate(UntrustedText, count: Int)
    case notLinked(update: UntrustedText, claim: Int)
    case unknownRelation(UntrustedText, suggestion: String?)
    case noConflict(Int)
    case unknownSide(UntrustedText)
    case noCurrentClaim(command: String)
    case noSuggestion(Int)
    case unknownSetting(UntrustedText)
    case noSuchSource(claim: Int, source: UntrustedText, sources: [UntrustedText])
    case noSuchParagraph(UntrustedText, count: Int)
    case noCut(claim: Int, word: UntrustedText?)
    case cannotJoin(Int, Int, reason: String)

    /// The message for the user. What the editor typed and what a file holds are `UntrustedText`: interpolated, it
    /// prints on one line with every control made visible.
    public var message: String {
        switch self {
        case .unknownCommand(let word, let suggestion):
            "unknown command '\(word)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Type 'help' for the list."
        case .missingArgument(let command, let argument, let usage):
            "\(command): missing \(argument). Usage: \(usage)"
        case .tooManyArguments(let command, let usage):
            "\(command): too many arguments. Usage: \(usage)"
        case .notAClaimReference(let command, let word, let count):
            "\(command): '\(word)' is not a claim number (expected \(count == 1 ? "1, the only claim" : "1–\(count)"), or a claim id such as c-1a2b3c4d)"
        case .noSuchClaim(let n, let count):
            "no claim \(n): " + numbering(count, one: "claim", many: "claims")
        case .noSuchClaimID(let id):
            "no claim has the id '\(id)'"
        case .unknownStatus(let word, let suggestion):
            "unknown status '\(word)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                + " Statuses: " + ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ") + "."
        case .unknownHelpTopic(let word, let suggestion):
            "no help for '\(word)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Type 'help' for the list."
        case .unbalancedQuote(let quote, let column):
            "unbalanced quote: the \(quote) at column \(column) is never closed"
        case .trailingBackslash:
            "the line ends with a lone backslash"
        case .nothingToUndo:
            "nothing to undo"
        case .nothingToRedo:
            "nothing to redo"
        case .unsavedChanges(let count):
            "\(count) unsaved change\(count == 1 ? "" : "s"): 'save' first, or 'quit --discard' to leave without saving"
        case .noMatch(let text):
            "no claim contains '\(text)'"
        case .saveFailed(let reason):
            reason
        case .noSuchUpdate(let word, let count):
            "no update '\(word)': " + numbering(count, one: "update notice", many: "updates")
                + (count == 0 ? "" : " (or name it by id, u-…)")
        case .noConflict(let n):
            "claim \(n) has no merge conflict to resolve"
        case .noCurrentClaim(let command):
            "\(command): no current claim; name one (\(command) N) or choose one with 'next', 'show N' or 'goto N'"
        case .noSuggestion(let n):
            "accept: claim \(n) has no suggestion (one is printed under a claim an update notice denies or corrects)"
        case .noSuchSource(let claim, let source, let sources):
            sources.isEmpty ? "unsource: claim \(claim) has no sources"
                : "unsource: claim \(claim) has no source '\(source)'; its sources: "
                + sources.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
        case .noCut(let claim, let word):
            word.map { "split: claim \(claim) has no word '\($0)' after its first word" }
                ?? "split: claim \(claim) has no sentence boundary inside it; name the word to split before: split \(claim) WORD"
        case .cannotJoin(let a, let b, let reason):
            "join: cannot join #\(a) and #\(b): \(reason)"
        case .noSuchParagraph(let word, let count):
            "read: no paragraph '\(word)': " + numbering(count, one: "paragraph", many: "paragraphs")
        case .unknownSetting(let word):
            "set: unknown setting '\(word)'; expected 'progress on' or 'progress off'"
        case .unknownSide(let word):
            "resolve: '\(word)' is not a side; expected 'ours' or 'theirs'"
        case .notLinked(let update, let claim):
            "update \(update) does not amend claim \(claim)"
        case .unknownRelation(let word, let suggestion):
            "unknown relation '\(word)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                + " Relations: " + UpdateRelation.allCases.map(\.rawValue).joined(separator: ", ") + "."
        }
    }
}

/// How items are numbered, read naturally whatever their count: "this article has no claims", "there is only
/// one claim (1)", "claims are numbered 1–14".
func numbering(_ count: Int, one: String, many: String) -> String {
    switch count {
    case 0: "this article has no \(one)s"
    case 1: "there is only one \(one) (1)"
    default: "\(many) are numbered 1–\(count)"
    }
}

/// The closest word to `word` among `candidates`, if it is close enough to be a likely typo (`Spelling.nearest`).
func nearestWord(to word: String, in candidates: [String]) -> String? {
    Spelling.nearest(to: word, in: candidates)
}
