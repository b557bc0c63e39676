#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactCheckCore
import FactCheckShell

/// The journal beside an annotation file: `.<file name>.journal-<pid>` in the same directory, one JSON line per
/// edit after a header line (`JournalHeader`: the file's canonical path, its content hash when the session opened
/// or last saved it, the session's pid and start), each line fsynced before the prompt returns.
///
/// The file is created with the first edit and removed by a save; after `save FILE` it follows the session to
/// FILE (`follow`). While its session runs it holds an exclusive `flock`, so another session can tell a live
/// journal from one left by a crash (whose lock is free) and replay only the latter. A torn last line — a crash in
/// the middle of an append — is ignored on replay. Once a write failed, every later edit is refused the same way
/// until a save: no edit is acknowledged as journaled when it is not.
/// Used from the shell's single thread only, hence `@unchecked Sendable`.
public final class FileJournal: EditJournaling, @unchecked Sendable {
    /// The annotation file this journal protects.
    public private(set) var annotationPath: String
    /// The journal file's path.
    public private(set) var path: String
    /// The annotation file's bytes as the session last read or wrote it (nil: no file yet). The header records
    /// their hex SHA-256, hashed only when the journal is created: a session that opens, saves and leaves without
    /// another edit (most scripts) never pays for hashing a large file it will not journal.
    private var savedBytes: [UInt8]?
    private var descriptor: Int32 = -1
    /// The error of the first failed creation or write, repeated for every later edit until the journal restarts.
    private var failure: FileError?
    /// When this process started its session, for the header.
    private static let started = Int(time(nil))

    /// A journal for `annotationPath` as its session found it (`savedBytes`, nil when there was no file), created
    /// on the first edit.
    public init(annotationPath: String, savedBytes: [UInt8]? = nil) {
        self.annotationPath = annotationPath
        self.path = FileJournal.prefix(for: annotationPath) + String(getpid())
        self.savedBytes = savedBytes
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
    /// - Throws: a `FileError` naming the journal or its folder; once one was thrown, the same one for every
    ///   later record until `discard` or `follow` (a journal with a hole in it would replay a wrong state).
    public func append(_ record: EditRecord) throws(FileError) {
        if let failure { throw failure }
        do {
            if descriptor < 0 { try create() }
            try appendLine(record.jsonLine() + "\n")
        } catch {
            failure = error
            throw error
        }
    }

    public func record(_ record: EditRecord) throws(StoreError) {
        do { try append(record) } catch { throw StoreError(error.message) }
    }

    public func discard() {
        failure = nil
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    public func follow(_ annotationPath: String, savedBytes: [UInt8]) {
        discard()
        self.annotationPath = annotationPath
        path = FileJournal.prefix(for: annotationPath) + String(getpid())
        self.savedBytes = savedBytes
    }

    private func create() throws(FileError) {
        let (directory, _) = FileAccess.split(annotationPath)
        try FileAccess.makeDirectories(directory, for: annotationPath)
        // A directory made read-only on purpose gets nothing written into it, even by root (as for saves).
        var info = stat()
        guard stat(directory, &info) == 0, FileAccess.isWritable(directory, mode: info.st_mode) else {
            throw .journalDirectoryReadOnly(directory: directory)
        }
        // The journal is made locked and with its header under a name no session looks for, then renamed into place
        // (the lock goes with the open file): another session starting at that moment never finds it unlocked and
        // empty, which it would take for a crashed session's headerless journal and set aside.
        let creating = FileJournal.creatingPath(for: annotationPath)
        let fd = open(creating, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotCreateJournal(path: path, errno: errno) }
        flock(fd, LOCK_EX | LOCK_NB)
        descriptor = fd
        let header = JournalHeader(file: JournalHeader.canonicalFile(annotationPath) ?? annotationPath,
                                   base: JournalHeader.base(of: savedBytes),
                                   pid: getpid(), started: FileJournal.started)
        do throws(FileError) {
            try appendLine(header.line + "\n")
            guard rename(creating, path) == 0 else { throw .journalFailed(path: path, step: .rename, errno: errno) }
        } catch {
            // A journal without its header would be set aside by the next session: none is left.
            unlink(creating)
            close(fd)
            descriptor = -1
            throw error
        }
        FileAccess.syncDirectory(directory)
    }

    /// Where a journal is made before it takes its name: beside it, outside `prefix(for:)`.
    static func creatingPath(for annotationPath: String) -> String {
        let (directory, name) = FileAccess.split(annotationPath)
        return "\(directory)/.\(name).new-journal-\(getpid())"
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
        /// Its header; nil when the first line is not one.
        public var header: JournalHeader?
        /// Its edits, in order.
        public var records: [EditRecord]
        /// Lines that could not be read (a torn last line after a crash).
        public var skippedLines: Int
        /// Why it must not be replayed onto the file it sits beside; nil when it may.
        public var mismatch: Mismatch?
    }

    /// Why a journal beside an annotation file is not that file's: it is set aside, never replayed.
    public enum Mismatch: Equatable, Sendable {
        /// The first line is no journal header (an older version's journal, a lost header, not a journal).
        case noHeader
        /// The header names another file (the journal was copied or moved here, or the folder moved).
        case otherFile(String)
        /// The header's pid is not the one in the journal's name.
        case otherSession(pid: Int32)
        /// Someone other than this user owns it, or others may write it: not one of this user's sessions.
        case notYours
        /// Not one edit in it could be read.
        case unreadable

        /// Why, in a few words.
        public var reason: String {
            switch self {
            case .noHeader: "it has no journal header"
            case .otherFile(let file): "it belongs to \(TerminalText.visible(file))"
            case .otherSession(let pid): "its header names another session (pid \(pid))"
            case .notYours: "it is not your own (another owner, or writable by others)"
            case .unreadable: "none of its edits could be read"
            }
        }
    }

    /// Journals of `annotationPath` whose session is gone (their lock is free), oldest first, each checked
    /// against the file (`mismatch`). Journals of live sessions are left alone.
    public static func leftovers(of annotationPath: String) -> [Leftover] {
        let prefix = FileJournal.prefix(for: annotationPath)
        let (directory, _) = FileAccess.split(annotationPath)
        let namePrefix = String(prefix.dropFirst(directory.count + 1))
        let canonical = JournalHeader.canonicalFile(annotationPath)
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
            let header = lines.count > 1 ? JournalHeader.parse(lines[0]) : nil
            for (i, line) in lines.enumerated() where i > 0 && !line.isEmpty {
                // The last piece has no line feed when a crash cut the append short.
                let complete = i < lines.count - 1
                if complete, let record = try? EditRecord.parse(line: String(decoding: line, as: UTF8.self)) {
                    records.append(record)
                } else {
                    skipped += 1
                }
            }
            let mismatch: Mismatch?
            if let header {
                if header.file != canonical { mismatch = .otherFile(header.file) }
                else if String(header.pid) != name.dropFirst(namePrefix.count) { mismatch = .otherSession(pid: header.pid) }
                else if info.st_uid != getuid() || info.st_mode & 0o022 != 0 { mismatch = .notYours }
                else if records.isEmpty && skipped > 0 { mismatch = .unreadable }
                else { mismatch = nil }
            } else {
                mismatch = .noHeader
            }
            found.append((Int(info.st_mtim.tv_sec), Leftover(path: path, header: header, records: records, skippedLines: skipped, mismatch: mismatch)))
        }
        return found.sorted { ($0.mtime, $0.leftover.path) < ($1.mtime, $1.leftover.path) }.map(\.leftover)
    }

    /// Removes journals whose edits are now safe elsewhere.
    public static func remove(_ leftovers: [Leftover]) {
        for leftover in leftovers { unlink(leftover.path) }
    }

    /// Renames a journal that must not be replayed to `.<file>.unmatched-journal-<pid>` beside it (a number added
    /// when that name is taken), where no session looks for journals; returns the new path, or nil when the
    /// rename failed (the journal is then where it was).
    public static func setAside(_ leftover: Leftover) -> String? {
        let (directory, name) = FileAccess.split(leftover.path)
        // ".<file>.journal-<pid>" → ".<file>.unmatched-journal-<pid>"
        guard let dash = name.lastIndex(of: "-"), name[..<dash].hasSuffix(".journal") else { return nil }
        let stem = name[..<dash].dropLast(".journal".count) + ".unmatched-journal" + name[dash...]
        for attempt in 0..<100 {
            let target = "\(directory)/\(stem)\(attempt == 0 ? "" : "-\(attempt)")"
            guard !FileAccess.exists(target) else { continue }
            return rename(leftover.path, target) == 0 ? target : nil
        }
        return nil
    }
}
