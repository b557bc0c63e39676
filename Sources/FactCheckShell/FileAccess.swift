#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactCheckCore

/// Reading files for the shell and the commands: only regular files, never hanging on a FIFO or a device.
public enum FileAccess {
    /// The bytes of the regular file at `path` (symlinks followed).
    /// - Throws: `StoreError` naming the file: missing or unreadable (66), not a regular file (66).
    public static func readRegularFile(_ path: String) throws(StoreError) -> [UInt8] {
        let shown = TerminalText.visible(path)
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw StoreError("\(shown): \(describe(errno))", exitCode: 66)
        }
        guard isRegular(info.st_mode) else {
            let kind = isDirectory(info.st_mode) ? "a directory" : "not a regular file (a FIFO, device or socket)"
            throw StoreError("\(shown): is \(kind); expected a text file", exitCode: 66)
        }
        // O_NONBLOCK: if the file was swapped for a FIFO since stat, open must not wait for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError("\(shown): \(describe(errno))", exitCode: 66) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0, isRegular(info.st_mode) else {
            throw StoreError("\(shown): is not a regular file", exitCode: 66)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw StoreError("\(shown): read failed: \(describe(errno))", exitCode: 66)
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    /// Whether `path` names something, following symlinks; false only for "no such file" (a symlink loop or a
    /// permission problem counts as existing, so that reading it reports the error).
    static func targetExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 || errno != ENOENT
    }

    /// Whether something exists at `path` (a dangling symlink counts).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// ("dir", "name") for "dir/name"; (".", "name") for "name".
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = slash == path.startIndex ? "/" : String(path[..<slash])
        return (directory, String(path[path.index(after: slash)...]))
    }

    /// Creates `directory` and its parents, as `mkdir -p`; errors name `file`, the file being written.
    static func makeDirectories(_ directory: String, for file: String) throws(StoreError) {
        var info = stat()
        if stat(directory, &info) == 0 {
            guard isDirectory(info.st_mode) else {
                throw StoreError("\(TerminalText.visible(file)): \(TerminalText.visible(directory)) is not a directory; nothing was written", exitCode: 73)
            }
            return
        }
        let parent = split(directory).directory
        if parent != directory, directory != "." { try makeDirectories(parent, for: file) }
        if mkdir(directory, 0o777) != 0 && errno != EEXIST {
            throw StoreError("\(TerminalText.visible(file)): cannot create \(TerminalText.visible(directory)): \(describe(errno)); nothing was written", exitCode: 73)
        }
    }

    /// Syncs a directory so that a file created or renamed in it survives a power loss.
    static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The names in `directory` (without "." and ".."); empty when it cannot be read.
    static func directoryEntries(_ directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
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

/// Loads articles and annotation files, turning every failure into a message that names the file.
public enum DocumentLoader {
    /// Reads and analyses the article at `path`.
    /// - Throws: 66 when it cannot be read, 65 when it is empty, blank or binary.
    /// - Parameter details: whether claims get their numbers, dates, sources and quotes read (only `claims --json`
    ///   shows them; they are the costliest part of reading a long article).
    public static func article(at path: String, language: Language? = nil, details: Bool = false) throws(StoreError) -> ArticleAnalysis {
        let bytes = try FileAccess.readRegularFile(path)
        do {
            let decoded = try ArticleDecoder.decode(bytes)
            return ArticleReader.analyze(decoded.text, language: language, details: details)
        } catch {
            throw StoreError("\(TerminalText.visible(path)): \(error.message)", exitCode: 65)
        }
    }

    /// Reads the annotation file at `path` with its bytes; nil when there is none yet.
    /// A symlink whose target does not exist yet counts as no file: the first save creates the target.
    public static func annotationFile(at path: String) throws(StoreError) -> (annotations: AnnotationSet, bytes: [UInt8])? {
        guard FileAccess.targetExists(path) else { return nil }
        let bytes = try FileAccess.readRegularFile(path)
        do {
            return (try AnnotationCodec.decode(bytes), bytes)
        } catch {
            throw StoreError("\(TerminalText.visible(path)):\(error.description)", exitCode: 65)
        }
    }

    /// Refuses an annotation file whose content contradicts its article: on the very text it was made on, every
    /// range must lie inside the article with the claim's text under it, ids must be well formed and unique
    /// (`AnnotationCheck`'s invalid findings). A file made on another version is re-anchored instead.
    /// - Throws: 65 naming the file and the first problems.
    public static func validate(_ annotations: AnnotationSet, path: String, against analysis: ArticleAnalysis) throws(StoreError) {
        let article = AnnotationCheck.Article(scalars: analysis.scalars, sha256: analysis.sha256)
        let invalid = AnnotationCheck.findings(in: annotations, article: article).filter { $0.severity == .invalid }
        guard let first = invalid.first else { return }
        let more = invalid.count > 1 ? " (and \(invalid.count - 1) more problem\(invalid.count == 2 ? "" : "s"); 'factcheck check' lists them)" : ""
        throw StoreError("\(TerminalText.visible(path)): \(first.subject): \(first.message)\(more)", exitCode: 65)
    }

    /// Reads the annotation file at `path`; nil when there is none yet.
    /// - Throws: 65 when it is not a valid annotation file (with line:column or the JSON path), 66 when unreadable.
    public static func annotations(at path: String) throws(StoreError) -> AnnotationSet? {
        try annotationFile(at: path)?.annotations
    }
}
