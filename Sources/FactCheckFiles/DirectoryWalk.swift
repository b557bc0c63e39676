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
    /// - Throws: `.cannotRead` when `path` does not exist or cannot be examined, `.cannotList` when a directory
    ///   cannot be listed.
    public static func files(at path: String, endingWith suffix: String) throws(FileError) -> [String] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .cannotRead(path: path, errno: errno) }
        guard FileAccess.isDirectory(info.st_mode) else { return [path] }
        let names = try FileAccess.listDirectory(path).filter { !$0.hasPrefix(".") }
        var files: [String] = []
        for name in names.sorted() {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            var childInfo = stat()
            guard stat(child, &childInfo) == 0 else { continue }
            if FileAccess.isDirectory(childInfo.st_mode) {
                files += try self.files(at: child, endingWith: suffix)
            } else if name.hasSuffix(suffix) {
                files.append(child)
            }
        }
        return files
    }
}
