#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the article an annotation file names, wherever the command runs.
public enum ArticleLocator {
    /// The article path an annotation file at `file` records, as a path that exists: an absolute path as is; a
    /// relative one from the file's directory and each directory above it (the repository's root among them),
    /// then from the current directory. Nil when none exists.
    public static func locate(_ articlePath: String, from file: String) -> String? {
        if articlePath.hasPrefix("/") { return FileAccess.exists(articlePath) ? articlePath : nil }
        var directory = file.contains("/") ? String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)]) : "."
        if directory.isEmpty { directory = "/" }
        if !directory.hasPrefix("/"), let cwd = getcwd(nil, 0) {
            directory = String(cString: cwd) + "/" + directory
            free(cwd)
        }
        while true {
            let candidate = (directory == "/" ? "" : directory) + "/" + articlePath
            if FileAccess.exists(candidate) { return candidate }
            guard let slash = directory.lastIndex(of: "/"), directory != "/" else { break }
            directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
        }
        return FileAccess.exists(articlePath) ? articlePath : nil
    }
}
