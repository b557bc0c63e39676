/// Why an annotation file's content is not a valid annotation set.
public enum AnnotationFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON at all (with line and column).
    case syntax(JSONParser.SyntaxError)
    /// Valid JSON, but a member is missing, of the wrong type or out of range; `path` is a JSON path ("claims[3].status").
    case invalid(path: String, message: String)

    public var description: String {
        switch self {
        case .syntax(let error): "\(error.line):\(error.column): \(error.message)"
        case .invalid(let path, let message): "\(path): \(message)"
        }
    }
}
