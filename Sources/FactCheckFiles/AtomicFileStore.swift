#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactCheckShell

/// Saves files by the POSIX recipe, so a crash leaves either the old file or the new one.
///
/// Foundation's `.atomic` write on Linux neither syncs the directory nor keeps the mode, and replaces a symlink
/// by a regular file. Here: a temporary file beside the target (O_CREAT|O_EXCL|O_NOFOLLOW), all bytes written,
/// the old mode kept, fsync, rename over the target, fsync of the directory. A symlinked file updates its target
/// and stays a link; a read-only file is refused; on any error the original is untouched and the temp removed.
public struct AtomicFileStore: Sendable {
    /// Creates a store.
    public init() {}

    /// Replaces the file at `path` with `text`, or leaves it untouched when it already holds `text`; creates
    /// missing directories.
    /// - Throws: a `FileError` naming `path`; the file is then as it was.
    public func save(_ text: String, to path: String) throws(FileError) -> SaveResult {
        let target = try FileAccess.resolvingLinks(path)
        let bytes = Array(text.utf8)
        var info = stat()
        var mode: mode_t = 0o644
        if stat(target, &info) == 0 {
            guard FileAccess.isRegular(info.st_mode) else { throw .cannotReplace(path: path) }
            guard FileAccess.isWritable(target, mode: info.st_mode) else { throw .readOnlyFile(path: path) }
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
        guard stat(directory, &directoryInfo) == 0, FileAccess.isWritable(directory, mode: directoryInfo.st_mode) else {
            throw .readOnlyDirectory(path: path, directory: directory)
        }
        removeStaleTemporaries(directory: directory, name: name)

        var temp = ""
        var fd: Int32 = -1
        for attempt in 0..<100 {
            temp = "\(directory)/.\(name).tmp-\(getpid())-\(attempt)"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw .cannotCreateTemporary(path: path, directory: directory, errno: errno) }
        func fail(_ step: FileError.Step, _ code: Int32) -> FileError {
            unlink(temp)
            return .saveFailed(path: path, step: step, errno: code)
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + written }, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw fail(.write, code)
            }
            written += count
        }
        if fchmod(fd, mode) != 0 { let code = errno; close(fd); throw fail(.chmod, code) }
        if fsync(fd) != 0 { let code = errno; close(fd); throw fail(.fsync, code) }
        if close(fd) != 0 { throw fail(.close, errno) }
        if rename(temp, target) != 0 { throw fail(.rename, errno) }
        FileAccess.syncDirectory(directory)
        return .written
    }

    /// The file's bytes now, nil when there is no file.
    public func read(_ path: String) throws(FileError) -> [UInt8]? {
        guard FileAccess.targetExists(path) else { return nil }
        return try FileAccess.readRegularFile(path)
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
}
