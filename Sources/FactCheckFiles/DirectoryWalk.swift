#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds files under a path, as `check PATH…` and reports take their arguments.
public enum DirectoryWalk {
    /// `path` itself when it is not a directory, else the files under it whose names end with `suffix`, in sorted
    /// order, depth first; entries whose names start with "." are skipped, and so are entries that vanish or
    /// cannot be examined while walking.
    /// Each directory and each file is visited once, by device and inode: a symlink loop ends the walk down that
    /// path, and a file reached through several links is listed once (under the first path found).
    /// - Throws: `.cannotRead` when `path` does not exist or cannot be examined, `.cannotList` when a directory
    ///   cannot be listed.
    public static func files(at path: String, endingWith suffix: String) throws(FileError) -> [String] {
        var files: [String] = []
        try forEachFile(at: path, endingWith: suffix) { files.append($0) }
        return files
    }

    /// Calls `body` with each file `files(at:endingWith:)` lists, in the same order, as the walk finds it: a run
    /// over a whole archive holds one directory's names at a time, not every path.
    /// - Complexity: O(entries) system calls; memory for the identities of the files and directories seen.
    public static func forEachFile(at path: String, endingWith suffix: String, _ body: (String) -> Void) throws(FileError) {
        var visited = Visited()
        try walk(path, endingWith: suffix, visited: &visited, body)
    }

    /// The files and directories seen, by device and inode: one set of inode numbers per device (almost always
    /// one), 8 bytes an entry where a set of pairs took 16, which is most of what a walk of 100,000 files holds.
    private struct Visited {
        private var inodes: [UInt64: Set<UInt64>] = [:]

        /// Records `info`'s file; false when it was already seen.
        mutating func insert(_ info: stat) -> Bool {
            inodes[UInt64(info.st_dev), default: []].insert(UInt64(info.st_ino)).inserted
        }
    }

    private static func walk(_ path: String, endingWith suffix: String, visited: inout Visited, _ body: (String) -> Void) throws(FileError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .cannotRead(path: path, errno: errno) }
        guard visited.insert(info) else { return }
        guard FileAccess.isDirectory(info.st_mode) else { return body(path) }
        let names = try FileAccess.listDirectory(path).filter { !$0.hasPrefix(".") }
        for name in names.sorted() {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            var childInfo = stat()
            guard stat(child, &childInfo) == 0 else { continue }
            if FileAccess.isDirectory(childInfo.st_mode) {
                try walk(child, endingWith: suffix, visited: &visited, body)
            } else if name.hasSuffix(suffix), visited.insert(childInfo) {
                body(child)
            }
        }
    }
}
