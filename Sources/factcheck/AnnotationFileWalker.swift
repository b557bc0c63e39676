#if canImport(Glibc)
import Glibc
#endif
import FactCheckCore
import FactCheckFiles

/// Finds annotation files under the paths given on a command line, one at a time and in a stable order: a path
/// that names a file is taken as it is; a directory is searched recursively for `*.json` files, names sorted
/// byte-wise within each directory, hidden entries (".git", ".x.journal-…") skipped.
///
/// Symlinks are followed, but each directory and each file is visited once, however many links lead to it
/// (device and inode remembered): a link back to an ancestor — a loop — is not entered again, and a file reached
/// by two links is counted once. Memory: the names of the directories being walked and 16 bytes per file seen.
struct AnnotationFileWalker {
    /// What the walk found.
    enum Entry {
        /// An annotation file to read.
        case file(String)
        /// A path that could not be walked: the message names it and says why; `missing` when a path given on the
        /// command line does not exist.
        case problem(String, missing: Bool)
    }

    private struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private var seen = Set<Identity>()

    /// Walks `paths` in order, calling `visit` for each file and problem.
    mutating func walk(_ paths: [String], _ visit: (Entry) -> Void) {
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                let missing = errno == ENOENT
                visit(.problem("\(TerminalText.visible(path)): \(Self.describe(errno))", missing: missing))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walkDirectory(path, info, visit)
            } else if firstVisit(info) {
                visit(.file(path))
            }
        }
    }

    /// Every file `paths` lead to, in walk order (problems dropped): for commands that take few files.
    static func files(_ paths: [String]) -> [String] {
        var walker = AnnotationFileWalker()
        var files: [String] = []
        walker.walk(paths) { if case .file(let path) = $0 { files.append(path) } }
        return files
    }

    private mutating func firstVisit(_ info: stat) -> Bool {
        seen.insert(Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted
    }

    private mutating func walkDirectory(_ path: String, _ info: stat, _ visit: (Entry) -> Void) {
        guard firstVisit(info) else { return }
        guard let directory = opendir(path) else {
            visit(.problem("\(TerminalText.visible(path)): cannot list the directory: \(Self.describe(errno))", missing: false))
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(directory)
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let base = path.hasSuffix("/") ? path : path + "/"
        for name in names {
            let child = base + name
            var childInfo = stat()
            guard stat(child, &childInfo) == 0 else {
                // A dangling link or one that loops on itself: worth naming only if it looks like an annotation file.
                if name.hasSuffix(".json") { visit(.problem("\(TerminalText.visible(child)): \(Self.describe(errno))", missing: false)) }
                continue
            }
            if childInfo.st_mode & S_IFMT == S_IFDIR {
                walkDirectory(child, childInfo, visit)
            } else if name.hasSuffix(".json"), firstVisit(childInfo) {
                visit(.file(child))
            }
        }
    }

    private static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        let message = String(cString: text)
        return message.prefix(1).lowercased() + message.dropFirst()
    }
}
