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

    /// Whether something exists at `path` (a dangling symlink counts).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
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
    public static func article(at path: String, language: Language? = nil) throws(StoreError) -> ArticleAnalysis {
        let bytes = try FileAccess.readRegularFile(path)
        do {
            let decoded = try ArticleDecoder.decode(bytes)
            return ArticleReader.analyze(decoded.text, language: language)
        } catch {
            throw StoreError("\(TerminalText.visible(path)): \(error.message)", exitCode: 65)
        }
    }

    /// Reads the annotation file at `path`; nil when there is none yet.
    /// - Throws: 65 when it is not a valid annotation file (with line:column or the JSON path), 66 when unreadable.
    public static func annotations(at path: String) throws(StoreError) -> AnnotationSet? {
        guard FileAccess.exists(path) else { return nil }
        let bytes = try FileAccess.readRegularFile(path)
        do {
            return try AnnotationCodec.decode(bytes)
        } catch {
            throw StoreError("\(TerminalText.visible(path)):\(error.description)", exitCode: 65)
        }
    }
}
