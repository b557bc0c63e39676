#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX calls under every other type of this library: reading only regular files (never hanging on a FIFO or a
/// device), paths, directories, file modes and errno words.
public enum FileAccess {
    /// The bytes of the regular file at `path` (symlinks followed).
    /// - Throws: `FileError` naming the file: missing or unreadable, not a regular file, a failed read.
    public static func readRegularFile(_ path: String) throws(FileError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .cannotRead(path: path, errno: errno) }
        guard isRegular(info.st_mode) else { throw .notARegularFile(path: path, isDirectory: isDirectory(info.st_mode)) }
        // O_NONBLOCK: if the file was swapped for a FIFO since stat, open must not wait for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotRead(path: path, errno: errno) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0, isRegular(info.st_mode) else { throw .replacedWhileOpening(path: path) }
        // Read straight into the array, sized by stat (plus one byte, to see the end of the file without a second
        // buffer); only a file that grew since then is read on in chunks.
        var failure: Int32 = 0
        let expected = max(Int(info.st_size), 0) + 1
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            initialized = readAll(fd, into: buffer, failure: &failure)
        }
        if failure != 0 { throw .readFailed(path: path, errno: failure) }
        var full = bytes.count == expected
        while full {
            let chunk = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
                initialized = readAll(fd, into: buffer, failure: &failure)
            }
            if failure != 0 { throw .readFailed(path: path, errno: failure) }
            bytes += chunk
            full = chunk.count == expected
        }
        return bytes
    }

    /// Reads from `fd` until `buffer` is full or the file ends; the count read. A failed read sets `failure`.
    private static func readAll(_ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, failure: inout Int32) -> Int {
        var filled = 0
        while filled < buffer.count, let base = buffer.baseAddress {
            let count = read(fd, base + filled, buffer.count - filled)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                failure = errno
                return filled
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// Whether `path` names something, following symlinks; false only for "no such file" (a symlink loop or a
    /// permission problem counts as existing, so that reading it reports the error).
    public static func targetExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 || errno != ENOENT
    }

    /// Whether something exists at `path` (a dangling symlink counts).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The absolute path `path` names with every symlink, "." and ".." resolved (realpath(3)); nil when it
    /// does not exist.
    public static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// ("dir", "name") for "dir/name"; (".", "name") for "name".
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = slash == path.startIndex ? "/" : String(path[..<slash])
        return (directory, String(path[path.index(after: slash)...]))
    }

    /// Creates `directory` and its parents with `mode`, as `mkdir -p`; errors name `file`, the file being written.
    public static func makeDirectories(_ directory: String, for file: String, mode: mode_t = 0o777) throws(FileError) {
        var info = stat()
        if stat(directory, &info) == 0 {
            guard isDirectory(info.st_mode) else { throw .notADirectory(path: file, directory: directory) }
            return
        }
        let parent = split(directory).directory
        if parent != directory, directory != "." { try makeDirectories(parent, for: file, mode: mode) }
        if mkdir(directory, mode) != 0 && errno != EEXIST {
            throw .cannotCreateDirectory(path: file, directory: directory, errno: errno)
        }
    }

    /// Whether `path` (a file or a directory) may be written: a write bit for someone and access(2) agreeing. No
    /// write bit at all means it was made read-only on purpose: refused even as root, whom access(2) lets through.
    static func isWritable(_ path: String, mode: mode_t) -> Bool {
        mode & 0o222 != 0 && access(path, W_OK) == 0
    }

    /// Syncs a directory so that a file created or renamed in it survives a power loss.
    static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The names in `directory` (without "." and "..").
    /// - Throws: `.cannotList` when the directory cannot be opened.
    static func listDirectory(_ directory: String) throws(FileError) -> [String] {
        guard let dir = opendir(directory) else { throw .cannotList(path: directory, errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The names in `directory` (without "." and ".."); empty when it cannot be read.
    static func directoryEntries(_ directory: String) -> [String] {
        (try? listDirectory(directory)) ?? []
    }

    /// The file a path finally names, following symlinks (a dangling one names its missing target).
    /// - Throws: `.symlinkLoop` after 40 links, as the kernel's limit.
    static func resolvingLinks(_ path: String) throws(FileError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, isSymlink(info.st_mode) else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let link = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : split(current).directory + "/" + link
        }
        throw .symlinkLoop(path: path)
    }

    static func isRegular(_ mode: mode_t) -> Bool { mode & S_IFMT == S_IFREG }
    static func isDirectory(_ mode: mode_t) -> Bool { mode & S_IFMT == S_IFDIR }
    static func isSymlink(_ mode: mode_t) -> Bool { mode & S_IFMT == S_IFLNK }

    /// The system's words for an errno value ("No such file or directory"), lower-cased first letter.
    static func describe(_ code: Int32) -> String {
        guard let cString = strerror(code) else { return "error \(code)" }
        let text = String(cString: cString)
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
