#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    public func requireFolder(of path: String) throws(StoreError) {
        let directory = FileAccess.split(path).directory
        var info = stat()
        guard stat(directory, &info) == 0, FileAccess.isDirectory(info.st_mode) else {
            throw StoreError("\(TerminalText.visible(path)): the folder \(TerminalText.visible(directory)) does not exist; nothing was written "
                + "(make it first, or save elsewhere)")
        }
    }

    public func sameFile(_ a: String, _ b: String) -> Bool {
        a == b || (JournalHeader.canonicalFile(a).flatMap { x in JournalHeader.canonicalFile(b).map { x == $0 } } ?? false)
    }

    public func recordedArticlePath(of article: String, in annotationPath: String) -> String {
        ArticleLocator.recordedPath(of: article, in: annotationPath)
    }
}
