import FactCheckCore

/// What the shell needs from the outside world, injected so that tests control it.
public struct ShellEnvironment: Sendable {
    /// The editor's name, recorded in history.
    public var editor: String
    /// The current time as ISO 8601 UTC.
    public var now: @Sendable () -> String
    /// Colours (off in pipes and under NO_COLOR).
    public var style: TextStyle
    /// Terminal width in columns; re-read from `columns` before each command when that is given.
    public var width: Int
    /// The terminal's width now (the front end asks the terminal), read before every command so that a resize
    /// (SIGWINCH) between two commands changes the next one's layout; nil keeps `width` (tests, pipes).
    public var columns: (@Sendable () -> Int)?
    /// The widest layout on a wide screen: text reads badly past about 100 columns.
    public static let readingWidth = 100
    /// Whether a person is typing (prompts, confirmations) rather than a script.
    public var interactive: Bool
    /// Where annotations are saved.
    public var store: any AnnotationStoring
    /// Where each acknowledged edit is recorded before the prompt returns.
    public var journal: any EditJournaling

    /// Creates an environment.
    public init(editor: String, now: @escaping @Sendable () -> String, style: TextStyle, width: Int, interactive: Bool,
                store: any AnnotationStoring, journal: any EditJournaling = NoJournal(), columns: (@Sendable () -> Int)? = nil) {
        self.columns = columns
        self.journal = journal
        self.editor = editor
        self.now = now
        self.style = style
        self.width = min(width, Self.readingWidth)
        self.interactive = interactive
        self.store = store
    }
}
