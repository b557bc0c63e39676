/// Colours and emphasis for what the shell and the command line print; plain when output is not a terminal or
/// NO_COLOR is set (the front end decides and passes `enabled`). Pure: it only wraps strings in SGR sequences.
public struct TextStyle: Sendable {
    /// Whether escape sequences are emitted.
    public var enabled: Bool

    /// A style that colours only when `enabled`.
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// The SGR codes this style writes (`ESC [ code m`): the only escape sequences the output funnel lets through,
    /// and only when colour is on.
    public static let codes: Set<String> = ["0", "1", "2", "31", "32", "33", "36"]

    private func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    /// `s` in bold.
    public func bold(_ s: String) -> String { wrap("1", s) }
    /// `s` in dim.
    public func dim(_ s: String) -> String { wrap("2", s) }
    /// `s` in red.
    public func red(_ s: String) -> String { wrap("31", s) }
    /// `s` in green.
    public func green(_ s: String) -> String { wrap("32", s) }
    /// `s` in yellow.
    public func yellow(_ s: String) -> String { wrap("33", s) }
    /// `s` in cyan.
    public func cyan(_ s: String) -> String { wrap("36", s) }

    /// The status word, coloured by verdict.
    public func status(_ status: ClaimStatus) -> String {
        switch status {
        case .unreviewed: dim(status.rawValue)
        case .verified: green(status.rawValue)
        case .disputed: red(status.rawValue)
        case .sourced: cyan(status.rawValue)
        }
    }
}
