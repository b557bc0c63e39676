import FactCheckCore
import FactCheckShell

/// The shell's store on the real file system: atomic saves, the directory lock, and the one door for what
/// another editor saved meanwhile; each `FileError` reaches the shell as its message.
public struct AnnotationFileStore: AnnotationStoring {
    private let files = AtomicFileStore()

    /// Creates a store.
    public init() {}

    public func save(_ text: String, to path: String) throws(StoreError) -> SaveResult {
        do { return try files.save(text, to: path) } catch { throw StoreError(error.message) }
    }

    public func read(_ path: String) throws(StoreError) -> [UInt8]? {
        do { return try files.read(path) } catch { throw StoreError(error.message) }
    }

    public func annotations(in bytes: [UInt8], from path: String, against analysis: ArticleAnalysis) throws(StoreError) -> AnnotationSet {
        do { return try AnnotationFile.decode(bytes, path: path, against: analysis) } catch { throw StoreError(error.message) }
    }

    public func whileLocked(_ path: String, _ body: () throws(StoreError) -> Void) throws(StoreError) {
        let lock: DirectoryLock
        do { lock = try DirectoryLock(for: path) } catch { throw StoreError(error.message) }
        try body()
        _ = consume lock
    }
}
