/// What happened on a save.
public enum SaveResult: Equatable, Sendable {
    /// The file was replaced with the new text.
    case written
    /// The file already held exactly this text; nothing was written.
    case unchanged
}

/// Why a file could not be read or written; the message names the file.
public struct StoreError: Error, Equatable, Sendable {
    /// "annotations/x.json: permission denied (the file is read-only; nothing was written)".
    public var message: String
    /// The sysexits code a command-line front end should exit with.
    public var exitCode: Int32

    /// Creates an error.
    public init(_ message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }
}

/// Where the shell saves annotation files. The real one writes atomically; tests may use another.
public protocol AnnotationStoring: Sendable {
    /// Replaces the file at `path` with `text`, or leaves it untouched when it already holds `text`.
    func save(_ text: String, to path: String) throws(StoreError) -> SaveResult
    /// The file's bytes now, nil when there is no file.
    func read(_ path: String) throws(StoreError) -> [UInt8]?
    /// Runs `body` while holding the lock that serialises saves of `path` between processes.
    func whileLocked(_ path: String, _ body: () throws(StoreError) -> Void) throws(StoreError)
}
