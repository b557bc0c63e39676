#if canImport(Glibc)
import Glibc
#endif

/// What a directory tree holds, taken without following symlinks or opening anything that could block: each
/// entry's kind, mode, size, inode and modification time, a symlink's target, and a hash of a regular file's
/// bytes. Two snapshots differ when any input was touched, replaced, added or removed.
struct FileSnapshot: Equatable {
    /// One entry of the tree.
    struct Entry: Equatable, CustomStringConvertible {
        /// "file", "dir", "link", "fifo", "other".
        var kind: String
        /// The permission bits.
        var mode: UInt32
        /// The size in bytes (0 for a directory, whose size depends on the file system).
        var size: Int
        /// The inode: a file replaced by another (a rename over it) gets a new one.
        var inode: UInt64
        /// The modification time in nanoseconds.
        var modified: Int
        /// A symlink's target.
        var target: String?
        /// A hash of a regular file's bytes.
        var contentHash: UInt64?

        /// "file mode 644 size 12 inode … mtime … hash …".
        var description: String {
            var text = "\(kind) mode \(String(mode, radix: 8)) size \(size) inode \(inode) mtime \(modified)"
            if let target { text += " -> \(target)" }
            if let contentHash { text += " hash \(String(contentHash, radix: 16))" }
            return text
        }
    }

    /// The entries by path relative to the root.
    let entries: [String: Entry]

    /// Takes a snapshot of everything under `root` (not following symlinks).
    init(of root: String) {
        var entries: [String: Entry] = [:]
        FileSnapshot.walk(root, relative: "", into: &entries)
        self.entries = entries
    }

    /// The differences from `earlier` to this snapshot, one line each, leaving out paths `ignoring` accepts.
    func changes(since earlier: FileSnapshot, ignoring: (String) -> Bool = { _ in false }) -> [String] {
        var lines: [String] = []
        for path in Set(entries.keys).union(earlier.entries.keys).sorted() where !ignoring(path) {
            switch (earlier.entries[path], entries[path]) {
            case (nil, let now?): lines.append("\(path): appeared (\(now))")
            case (let before?, nil): lines.append("\(path): disappeared (was \(before))")
            case (let before?, let now?) where before != now: lines.append("\(path): changed from \(before) to \(now)")
            default: break
            }
        }
        return lines
    }

    private static func walk(_ path: String, relative: String, into entries: inout [String: Entry]) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let full = path + "/" + name
            let key = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            var entry = Entry(kind: "other", mode: UInt32(info.st_mode & 0o7777), size: Int(info.st_size),
                              inode: UInt64(info.st_ino), modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec)
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                entry.kind = "file"
                entry.contentHash = contentHash(of: full)
            case S_IFDIR:
                entry.kind = "dir"
                entry.size = 0
                walk(full, relative: key, into: &entries)
            case S_IFLNK:
                entry.kind = "link"
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let length = readlink(full, &buffer, buffer.count - 1)
                entry.target = length >= 0 ? String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
            case S_IFIFO:
                entry.kind = "fifo"
            default:
                break
            }
            entries[key] = entry
        }
    }

    /// A 64-bit hash of the file's bytes (FNV-1a over 8-byte words, then the tail), read without blocking.
    ///
    /// Not cryptographic: it only has to notice that a test input changed, and to do so quickly over 50 MB in a
    /// debug build.
    static func contentHash(of path: String) -> UInt64? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total: UInt64 = 0
        var atEnd = false
        while !atEnd {
            // Fill the whole buffer (short reads are allowed), so the words hashed do not depend on read sizes.
            var filled = 0
            while filled < buffer.count {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress.map { $0 + filled }, $0.count - filled) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else {
                    atEnd = true
                    break
                }
                filled += count
            }
            total &+= UInt64(filled)
            buffer.withUnsafeBytes { raw in
                let words = filled / 8
                for index in 0..<words {
                    hash = (hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* prime
                }
                for index in (words * 8)..<filled { hash = (hash ^ UInt64(raw[index])) &* prime }
            }
        }
        return (hash ^ total) &* prime
    }
}
