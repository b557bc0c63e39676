import FactCheckCore

/// What happened on a save.
public enum SaveResult: Equatable, Sendable {
    /// The file was replaced with the new text.
    case written
    /// The file already held exactly this text; nothing was written.
    case unchanged
}

/// Why a file could not be read or written, as the shell tells it; the message names the file.
public struct StoreError: Error, Equatable, Sendable {
    /// "annotations/x.json: the file is read-only; nothing was written (save elsewhere with 'save FILE')".
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }
}

/// Where the shell reads and saves annotation files. The real one writes atomically; tests may use another.
public protocol AnnotationStoring: Sendable {
    /// Replaces the file at `path` with `text`, or leaves it untouched when it already holds `text`.
    func save(_ text: String, to path: String) throws(StoreError) -> SaveResult
    /// The file's bytes now, nil when there is no file.
    func read(_ path: String) throws(StoreError) -> [UInt8]?
    /// The annotations in `bytes`, read from `path`, through the program's one door for annotation files: decoded
    /// and validated against `analysis`, or refused with the message every command gives for that file.
    func annotations(in bytes: [UInt8], from path: String, against analysis: ArticleAnalysis) throws(StoreError) -> AnnotationSet
    /// Runs `body` while holding the lock that serialises saves of `path` between processes.
    func whileLocked(_ path: String, _ body: () throws(StoreError) -> Void) throws(StoreError)
    /// Refuses `path` when its folder does not exist or is not a folder: a save elsewhere creates no folder.
    func requireFolder(of path: String) throws(StoreError)
    /// Whether `a` and `b` name the same file (after symlinks, "." and "..").
    func sameFile(_ a: String, _ b: String) -> Bool
    /// The article path an annotation file at `annotationPath` records for the article opened as `article`:
    /// relative to that file's repository root (or to its folder outside a repository).
    func recordedArticlePath(of article: String, in annotationPath: String) -> String
}
