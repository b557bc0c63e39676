/// One argument of a shell verb, declared once in the command table.
///
/// Usage text (`verify N [NOTE]`), the arity checks made before a command runs ("missing claim number"), Tab
/// completion by position and the split of the typed words into values all come from these declarations, so the
/// four cannot disagree.
public struct CommandParameter: Sendable, Equatable {
    /// What the argument names; decides what Tab completes it to.
    public enum Kind: Sendable, Equatable {
        /// A claim by number or id.
        case claim
        /// An update notice by number or id.
        case update
        /// A claim status, or `review`.
        case status
        /// An update relation (denial, correction…).
        case relation
        /// A side of a merge conflict: ours or theirs.
        case side
        /// A shell verb.
        case command
        /// A path on disk.
        case file
        /// Free text: a note, a source, a search.
        case text
        /// A literal flag such as `--discard`.
        case flag
    }

    /// How many words the argument takes.
    public enum Arity: Sendable, Equatable {
        /// Exactly one word.
        case required
        /// One word or none.
        case optional
        /// One word or more, each a separate value (sources).
        case oneOrMore
        /// The rest of the line as one text (at least one word).
        case rest
        /// The rest of the line as one text, or nothing.
        case optionalRest
    }

    /// The name shown in usage: `N`, `NOTE`, `ours|theirs`, `--discard`.
    public let name: String
    /// What the argument is, for Tab completion.
    public let kind: Kind
    /// How many words it takes.
    public let arity: Arity
    /// How a "missing …" message names it: "claim number".
    public let label: String

    /// Declares an argument.
    public init(_ name: String, _ kind: Kind, _ arity: Arity = .required, label: String? = nil) {
        self.name = name
        self.kind = kind
        self.arity = arity
        self.label = label ?? name.lowercased()
    }

    /// Whether the command cannot run without it.
    var isRequired: Bool { arity == .required || arity == .oneOrMore || arity == .rest }

    /// Whether it takes every remaining word.
    var takesRest: Bool { arity == .oneOrMore || arity == .rest || arity == .optionalRest }

    /// `N`, `[NOTE]`, `SOURCE…`.
    var usage: String {
        switch arity {
        case .required, .rest: name
        case .optional, .optionalRest: "[\(name)]"
        case .oneOrMore: "\(name)…"
        }
    }

    /// A claim: `N`.
    static let claim = CommandParameter("N", .claim, label: "claim number")
    /// Several claims: `N…`, each a number, a range (`3-6`), a list (`9,11`) or an id.
    static let claims = CommandParameter("N", .claim, .oneOrMore, label: "claim number")
    /// A claim that may be left out for the current claim: `[N]`. When the first word typed is not a claim
    /// reference (a number, or an id starting with `c-`), the current claim is meant and that word is the next
    /// argument's (`verify checked` notes "checked" on the current claim).
    static let currentClaim = CommandParameter("N", .claim, .optional, label: "claim number")

    /// Whether this is a claim that may be left out for the current one.
    var defaultsToCurrentClaim: Bool { kind == .claim && arity == .optional }

    /// Whether `word` names a claim: a number, or an id (`c-…`).
    static func isClaimReference(_ word: String) -> Bool { Int(word) != nil || word.hasPrefix("c-") }
    /// An update notice: `U`.
    static let update = CommandParameter("U", .update, label: "update")
}

/// The words typed after a verb, matched to the verb's parameters.
///
/// Built only by the shell after the arity checks passed, so a required parameter always has its value.
public struct CommandArguments: Sendable, Equatable {
    /// The words as typed (after quote removal), in order.
    public let words: [String]
    /// The parameters they were matched against.
    let parameters: [CommandParameter]
    /// The words with their places in the line as typed (empty when the line is not known).
    let placed: [CommandLineParser.Word]
    /// The line as typed, verb included.
    let line: String
    /// Whether a leading `[N]` was left out: parameter 0 is then the current claim and the words start at
    /// parameter 1.
    let omitsClaim: Bool

    /// Matches `words` to `parameters`; `placed` are the same words with their places in `line`.
    init(_ words: [String], parameters: [CommandParameter], placed: [CommandLineParser.Word] = [], line: String = "",
         omitsClaim: Bool = false) {
        self.words = words
        self.parameters = parameters
        self.placed = placed.count == words.count ? placed : []
        self.line = line
        self.omitsClaim = omitsClaim
    }

    /// Where parameter `index`'s words start in `words`; nil for a claim left out.
    private func position(_ index: Int) -> Int? {
        guard omitsClaim else { return index }
        return index == 0 ? nil : index - 1
    }

    /// The word at parameter `index`; empty when an optional parameter was not given (a claim left out: the
    /// current claim).
    subscript(index: Int) -> String { optional(index) ?? "" }

    /// The word at parameter `index`, nil when not given.
    func optional(_ index: Int) -> String? {
        guard let i = position(index), i < words.count else { return nil }
        return words[i]
    }

    /// The words from parameter `index` on, each one value (`source N SOURCE…`).
    func list(from index: Int) -> [String] {
        guard let i = position(index), i < words.count else { return [] }
        return Array(words[i...])
    }

    /// The words from parameter `index` on as one text, nil when there are none (`find TEXT`).
    func text(from index: Int) -> String? {
        let items = list(from: index)
        return items.isEmpty ? nil : items.joined(separator: " ")
    }

    /// The text from parameter `index` on as the editor typed it, nil when there is none: one quoted word is
    /// taken without its quotes; anything else is the rest of the line verbatim, quotes and backslashes included
    /// (`verify 7 il a dit "non" puis "oui"` keeps both pairs of quotes).
    func verbatim(from index: Int) -> String? {
        guard let i = position(index), i < words.count else { return nil }
        guard i < placed.count else { return text(from: index) }
        if i == words.count - 1, placed[i].isQuoted { return words[i] }
        let rest = String(Array(line)[placed[i].start...])
        return rest.trimmingCharacters(inSet: " \t")
    }

    /// The words from parameter `index` on that were typed without quotes.
    func unquoted(from index: Int) -> [String] {
        guard let i = position(index), i < placed.count else { return [] }
        return placed[i...].filter { !$0.isQuoted }.map(\.text)
    }

    /// The number of words typed.
    var count: Int { words.count }
}
