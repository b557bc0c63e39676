#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactCheckCore
import FactCheckShell

/// The journal beside an annotation file: `.<file name>.journal-<pid>` in the same directory, one JSON line per
/// edit after a header line, each line fsynced before the prompt returns.
///
/// The file is created with the first edit and removed by a save. While its session runs it holds an exclusive
/// `flock`, so another session can tell a live journal from one left by a crash (whose lock is free) and replay
/// only the latter. A torn last line — a crash in the middle of an append — is ignored on replay.
/// Used from the shell's single thread only, hence `@unchecked Sendable`.
public final class FileJournal: EditJournaling, @unchecked Sendable {
    /// The annotation file this journal protects.
    public let annotationPath: String
    /// The journal file's path.
    public let path: String
    private var descriptor: Int32 = -1
    /// Set once opening failed and the editor was told; later edits do not repeat the warning.
    private var failed = false

    /// A journal for `annotationPath`, created on the first edit.
    public init(annotationPath: String) {
        self.annotationPath = annotationPath
        self.path = FileJournal.prefix(for: annotationPath) + String(getpid())
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// "dir/.name.journal-" for "dir/name".
    static func prefix(for annotationPath: String) -> String {
        let (directory, name) = FileAccess.split(annotationPath)
        return "\(directory)/.\(name).journal-"
    }

    /// Appends `record` and syncs it, creating the journal with the first one.
    /// - Throws: a `FileError` naming the journal or its folder (once: after a failed creation, later edits are
    ///   not journaled and not reported again).
    public func append(_ record: EditRecord) throws(FileError) {
        if descriptor < 0 {
            guard !failed else { return }
            do {
                try create()
            } catch {
                failed = true
                throw error
            }
        }
        try appendLine(record.jsonLine() + "\n")
    }

    public func record(_ record: EditRecord) throws(StoreError) {
        do { try append(record) } catch { throw StoreError(error.message) }
    }

    public func discard() {
        failed = false
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    private func create() throws(FileError) {
        let (directory, _) = FileAccess.split(annotationPath)
        try FileAccess.makeDirectories(directory, for: annotationPath)
        // A directory made read-only on purpose gets nothing written into it, even by root (as for saves).
        var info = stat()
        guard stat(directory, &info) == 0, FileAccess.isWritable(directory, mode: info.st_mode) else {
            throw .journalDirectoryReadOnly(directory: directory)
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotCreateJournal(path: path, errno: errno) }
        flock(fd, LOCK_EX | LOCK_NB)
        descriptor = fd
        var header = ""
        JSONWriter.appendQuoted(annotationPath, into: &header)
        try appendLine("{\"factcheck-journal\":1,\"file\":\(header),\"pid\":\(getpid())}\n")
        FileAccess.syncDirectory(directory)
    }

    private func appendLine(_ line: String) throws(FileError) {
        let bytes = Array(line.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress.map { $0 + written }, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .journalFailed(path: path, step: .write, errno: errno)
            }
            written += count
        }
        if fsync(descriptor) != 0 { throw .journalFailed(path: path, step: .fsync, errno: errno) }
    }

    /// A journal left behind by a session that ended without saving.
    public struct Leftover: Sendable {
        /// Its path (removed by `FileJournal.remove` once its edits are safe elsewhere).
        public var path: String
        /// Its edits, in order.
        public var records: [EditRecord]
        /// Lines that could not be read (a torn last line after a crash).
        public var skippedLines: Int
    }

    /// Journals of `annotationPath` whose session is gone (their lock is free), oldest first. Journals of live
    /// sessions are left alone.
    public static func leftovers(of annotationPath: String) -> [Leftover] {
        let prefix = FileJournal.prefix(for: annotationPath)
        let (directory, _) = FileAccess.split(annotationPath)
        let namePrefix = String(prefix.dropFirst(directory.count + 1))
        var found: [(mtime: Int, leftover: Leftover)] = []
        for name in FileAccess.directoryEntries(directory) where name.hasPrefix(namePrefix) {
            let path = "\(directory)/\(name)"
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, FileAccess.isRegular(info.st_mode), flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }
            defer { flock(fd, LOCK_UN) }
            guard let bytes = try? FileAccess.readRegularFile(path) else { continue }
            var records: [EditRecord] = []
            var skipped = 0
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() where i > 0 && !line.isEmpty {
                // The last piece has no line feed when a crash cut the append short.
                let complete = i < lines.count - 1
                if complete, let record = try? EditRecord.parse(line: String(decoding: line, as: UTF8.self)) {
                    records.append(record)
                } else {
                    skipped += 1
                }
            }
            found.append((Int(info.st_mtim.tv_sec), Leftover(path: path, records: records, skippedLines: skipped)))
        }
        return found.sorted { ($0.mtime, $0.leftover.path) < ($1.mtime, $1.leftover.path) }.map(\.leftover)
    }

    /// Removes journals whose edits are now safe elsewhere.
    public static func remove(_ leftovers: [Leftover]) {
        for leftover in leftovers { unlink(leftover.path) }
    }
}
