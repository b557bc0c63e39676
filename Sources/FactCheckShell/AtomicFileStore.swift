#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactCheckCore

/// Saves annotation files by the POSIX recipe, so a crash leaves either the old file or the new one.
///
/// Foundation's `.atomic` write on Linux neither syncs the directory nor keeps the mode, and replaces a symlink
/// by a regular file. Here: a temporary file beside the target (O_CREAT|O_EXCL|O_NOFOLLOW), all bytes written,
/// the old mode kept, fsync, rename over the target, fsync of the directory. A symlinked file updates its target
/// and stays a link; a read-only file is refused; on any error the original is untouched and the temp removed.
public struct AtomicFileStore: AnnotationStoring {
    /// Creates a store.
    public init() {}

    public func save(_ text: String, to path: String) throws(StoreError) -> SaveResult {
        let shown = TerminalText.visible(path)
        let target = try resolveLinks(path)
        let bytes = Array(text.utf8)
        var info = stat()
        var mode: mode_t = 0o644
        if stat(target, &info) == 0 {
            guard FileAccess.isRegular(info.st_mode) else {
                throw StoreError("\(shown): is not a regular file; nothing was written", exitCode: 73)
            }
            // No write bit for anyone means someone made it read-only on purpose: refuse even as root, whom
            // access(2) would let through.
            guard info.st_mode & 0o222 != 0, access(target, W_OK) == 0 else {
                throw StoreError("\(shown): the file is read-only; nothing was written (save elsewhere with 'save FILE')", exitCode: 73)
            }
            if let current = try? FileAccess.readRegularFile(target), current == bytes { return .unchanged }
            mode = info.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        let (directory, name) = FileAccess.split(target)
        try FileAccess.makeDirectories(directory, for: path)
        var directoryInfo = stat()
        guard stat(directory, &directoryInfo) == 0, directoryInfo.st_mode & 0o222 != 0, access(directory, W_OK) == 0 else {
            throw StoreError("\(shown): the directory \(TerminalText.visible(directory)) is read-only; nothing was written", exitCode: 73)
        }
        removeStaleTemporaries(directory: directory, name: name)

        var temp = ""
        var fd: Int32 = -1
        for attempt in 0..<100 {
            temp = "\(directory)/.\(name).tmp-\(getpid())-\(attempt)"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else {
            throw StoreError("\(shown): cannot create a temporary file in \(TerminalText.visible(directory)): \(FileAccess.describe(errno)); nothing was written", exitCode: 73)
        }
        func fail(_ what: String, _ code: Int32) -> StoreError {
            let reason = FileAccess.describe(code)
            unlink(temp)
            return StoreError("\(shown): \(what) failed: \(reason); the file was left as it was", exitCode: 74)
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + written }, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw fail("write", code)
            }
            written += count
        }
        if fchmod(fd, mode) != 0 { let code = errno; close(fd); throw fail("chmod", code) }
        if fsync(fd) != 0 { let code = errno; close(fd); throw fail("fsync", code) }
        if close(fd) != 0 { throw fail("close", errno) }
        if rename(temp, target) != 0 { throw fail("rename", errno) }
        FileAccess.syncDirectory(directory)
        return .written
    }

    public func read(_ path: String) throws(StoreError) -> [UInt8]? {
        guard FileAccess.targetExists(path) else { return nil }
        return try FileAccess.readRegularFile(path)
    }

    /// Locks the file's directory with `flock`: no lock file is left behind to commit or clean, and a lock held
    /// by a process that died is released by the kernel.
    public func whileLocked(_ path: String, _ body: () throws(StoreError) -> Void) throws(StoreError) {
        let (directory, _) = FileAccess.split(try resolveLinks(path))
        try FileAccess.makeDirectories(directory, for: path)
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw StoreError("\(TerminalText.visible(path)): cannot open \(TerminalText.visible(directory)): \(FileAccess.describe(errno))", exitCode: 73)
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw StoreError("\(TerminalText.visible(path)): cannot lock \(TerminalText.visible(directory)): \(FileAccess.describe(errno))", exitCode: 73)
            }
        }
        defer { flock(fd, LOCK_UN) }
        try body()
    }

    /// Removes `.name.tmp-PID-N` files left by a save that was killed (their process is gone).
    private func removeStaleTemporaries(directory: String, name: String) {
        let prefix = ".\(name).tmp-"
        for entry in FileAccess.directoryEntries(directory) where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                unlink("\(directory)/\(entry)")
            }
        }
    }

    /// The file a path finally names, following symlinks (a dangling one names its missing target).
    private func resolveLinks(_ path: String) throws(StoreError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, FileAccess.isSymlink(info.st_mode) else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let link = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : FileAccess.split(current).directory + "/" + link
        }
        throw StoreError("\(TerminalText.visible(path)): too many levels of symbolic links; nothing was written", exitCode: 73)
    }
}
