#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock that serialises saves of one file between processes: an exclusive `flock` on the file's directory,
/// held until the value is dropped.
///
/// No lock file is left behind to commit or clean, and a lock held by a process that died is released by the kernel.
public struct DirectoryLock: ~Copyable {
    private let descriptor: Int32

    /// Waits for and takes the lock of `path`'s directory (after its symlinks), creating the directory if needed.
    /// - Throws: a `FileError` naming `path` when the directory cannot be made, opened or locked.
    public init(for path: String) throws(FileError) {
        let (directory, _) = FileAccess.split(try FileAccess.resolvingLinks(path))
        try FileAccess.makeDirectories(directory, for: path)
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotOpenDirectory(path: path, directory: directory, errno: errno) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(fd)
                throw .cannotLock(path: path, directory: directory, errno: code)
            }
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
