import FactCheckCore

extension CheckFinding {
    /// The finding as `check` prints it after the file's name, and as the door's refusals quote it:
    /// `claim #2 (c-…) "…": invalid: reading number 1 is used by another claim`.
    public var line: String {
        "\(subject): \(severity == .invalid ? "invalid" : "attention"): \(message)"
    }
}
