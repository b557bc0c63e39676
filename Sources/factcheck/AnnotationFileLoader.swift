import FactCheckCore
import FactCheckShell

/// Reads annotation files for the git-facing commands, where a side may not exist.
enum AnnotationFileLoader {
    /// The set in `path`; nil for /dev/null or an empty file, which is how git passes "no such file on this side".
    /// - Throws: `StoreError` naming the file: 66 when unreadable, 65 when not a valid annotation file.
    static func load(_ path: String) throws(StoreError) -> AnnotationSet? {
        if path == "/dev/null" { return nil }
        let bytes = try FileAccess.readRegularFile(path)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
        return try decode(bytes, path: path)
    }

    /// Decodes `bytes` read from `path`.
    /// - Throws: 65 with the file, line:column or JSON path, and the reason.
    static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> AnnotationSet {
        do {
            return try AnnotationCodec.decode(bytes)
        } catch {
            throw StoreError("\(TerminalText.visible(path)):\(error.description)", exitCode: 65)
        }
    }
}
