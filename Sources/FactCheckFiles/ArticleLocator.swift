#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the article an annotation file names is: the file records the article's path relative to the annotation
/// file's git repository root (the nearest folder above it holding `.git`), or to the annotation file's own folder
/// outside a repository, whatever was typed; every command resolves it from there.
public enum ArticleLocator {
    /// The path an annotation file at `annotationFile` records for the article at `article` (as typed, relative
    /// to the current folder or absolute). `article` as given when it cannot be resolved.
    public static func recordedPath(of article: String, in annotationFile: String) -> String {
        let (articleFolder, articleName) = FileAccess.split(article)
        guard let anchor = anchorFolder(of: annotationFile), let folder = FileAccess.canonicalPath(articleFolder) else { return article }
        let from = components(anchor), to = components(folder) + [articleName]
        let shared = zip(from, to).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: from.count - shared) + to[shared...]).joined(separator: "/")
    }

    /// The folder the article path of an annotation file at `annotationFile` is relative to: its repository's
    /// root, or its own folder outside a repository (as a canonical path, the missing part of a folder not made
    /// yet kept as written). Nil when not even the current folder can be named.
    public static func anchorFolder(of annotationFile: String) -> String? {
        var missing: [String] = []
        var folder = FileAccess.split(annotationFile).directory
        var canonical = FileAccess.canonicalPath(folder)
        while canonical == nil {
            let (parent, name) = FileAccess.split(folder)
            guard parent != folder else { return nil }
            if name != "." && !name.isEmpty { missing.insert(name, at: 0) }
            folder = parent
            canonical = FileAccess.canonicalPath(folder)
        }
        guard let existing = canonical else { return nil }
        var candidate = existing
        while true {
            if FileAccess.exists((candidate == "/" ? "" : candidate) + "/.git") { return candidate }
            guard candidate != "/", let slash = candidate.lastIndex(of: "/") else { break }
            candidate = slash == candidate.startIndex ? "/" : String(candidate[..<slash])
        }
        return ([existing == "/" ? "" : existing] + missing).joined(separator: "/")
    }

    /// The article path an annotation file at `file` records, as a path that exists: an absolute path as is; a
    /// relative one from the file's repository root (or its folder outside a repository). Files written before
    /// paths were stored that way are still found: from the file's folder and each folder above it, then from the
    /// current folder. Nil when none exists.
    public static func locate(_ articlePath: String, from file: String) -> String? {
        if articlePath.hasPrefix("/") { return FileAccess.exists(articlePath) ? articlePath : nil }
        if let anchor = anchorFolder(of: file) {
            let candidate = (anchor == "/" ? "" : anchor) + "/" + articlePath
            if FileAccess.exists(candidate) { return candidate }
        }
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

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }
}
