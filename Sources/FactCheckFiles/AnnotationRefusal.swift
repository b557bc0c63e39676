import FactCheckCore

/// Why the one door for annotation files refused a file: it does not decode, or it decodes into annotations that
/// contradict themselves (or their article, when the article is at hand).
public enum AnnotationRefusal: Equatable, Sendable {
    /// Not JSON, or not the annotation format: the line and column, or the JSON path, and the reason.
    case undecodable(AnnotationFileError)
    /// Decoded, but with `findings` of severity `.invalid` (never empty), in `factcheck check`'s order.
    case invalid([CheckFinding])

    /// The reason without the file: "3:5: expected ':' after key", or the first finding as `check` prints it
    /// ("claim #2 (c-…) "…": invalid: reading number 1 is used by another claim") with how many more there are.
    public var reason: String {
        switch self {
        case .undecodable(let error):
            return error.description
        case .invalid(let findings):
            guard let first = findings.first else { return "invalid" }
            let more = findings.count - 1
            let rest = more > 0 ? " (and \(more) more problem\(more == 1 ? "" : "s"); 'factcheck check' lists them)" : ""
            return first.line + rest
        }
    }

    /// The message naming `file` (already made visible): the reason after the file, as `check` prints each line.
    func message(file: String) -> String {
        switch self {
        case .undecodable: "\(file):\(reason)"
        case .invalid: "\(file): \(reason)"
        }
    }
}
