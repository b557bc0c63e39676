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

    /// Matches `words` to `parameters`.
    init(_ words: [String], parameters: [CommandParameter]) {
        self.words = words
        self.parameters = parameters
    }

    /// The word at parameter `index`; empty when an optional parameter was not given.
    subscript(index: Int) -> String { index < words.count ? words[index] : "" }

    /// The word at parameter `index`, nil when not given.
    func optional(_ index: Int) -> String? { index < words.count ? words[index] : nil }

    /// The words from parameter `index` on, each one value (`source N SOURCE…`).
    func list(from index: Int) -> [String] { index < words.count ? Array(words[index...]) : [] }

    /// The words from parameter `index` on as one text, nil when there are none (`verify N [NOTE]`).
    func text(from index: Int) -> String? { index < words.count ? words[index...].joined(separator: " ") : nil }

    /// The number of words typed.
    var count: Int { words.count }
}
