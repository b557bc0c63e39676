#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactCheckCore

/// The first line of a journal: which annotation file it belongs to, as what, and which session wrote it.
///
/// A journal is replayed only onto the file it names (`file`, the canonical path of the annotation file), and
/// only by a session that can tell whether the file changed since: `base` is the SHA-256 of the file's bytes when
/// the journal's session opened or last saved it (nil when there was no file), so a file saved by someone else in
/// between makes the recovered edits a concurrent edit, merged with conflicts, not a replacement.
public struct JournalHeader: Equatable, Sendable {
    /// The canonical path of the annotation file (its folder's symlinks resolved, the name as is).
    public var file: String
    /// The hex SHA-256 of the file's bytes when the session opened or last saved it; nil: there was no file.
    public var base: String?
    /// The process that wrote the journal (its name ends with it).
    public var pid: Int32
    /// When that session started, in seconds since 1970.
    public var started: Int

    /// Creates a header.
    public init(file: String, base: String?, pid: Int32, started: Int) {
        self.file = file
        self.base = base
        self.pid = pid
        self.started = started
    }

    /// The header's JSON line, without its line feed.
    public var line: String {
        var quotedFile = "", quotedBase = ""
        JSONWriter.appendQuoted(file, into: &quotedFile)
        if let base { JSONWriter.appendQuoted(base, into: &quotedBase) } else { quotedBase = "null" }
        let line = "{\"factcheck-journal\":2,\"file\":\(quotedFile),\"base\":\(quotedBase),\"pid\":\(pid),\"started\":\(started)}"
        return line
    }

    /// The header in `line`; nil when the line is not a journal header of this version (an older journal, one
    /// whose header was lost, or a file that is no journal at all).
    public static func parse(_ line: some Collection<UInt8>) -> JournalHeader? {
        guard case .object(let object)? = try? JSONParser.parse(line), object["factcheck-journal"]?.intValue == 2,
              let file = object["file"]?.stringValue, let pid = object["pid"]?.intValue.flatMap({ Int32(exactly: $0) }),
              let started = object["started"]?.intValue, let base = object["base"] else { return nil }
        if case .null = base { return JournalHeader(file: file, base: nil, pid: pid, started: started) }
        guard let hex = base.stringValue else { return nil }
        return JournalHeader(file: file, base: hex, pid: pid, started: started)
    }

    /// The identity `bytes` give a file in a header's `base`.
    public static func base(of bytes: [UInt8]?) -> String? {
        bytes.map { SHA256.hex(SHA256.digest($0)) }
    }

    /// The canonical path of the annotation file at `path`: its folder with every symlink resolved (the file
    /// itself may not exist yet, and a symlinked file keeps its journal beside the link); nil when the folder
    /// does not exist.
    public static func canonicalFile(_ path: String) -> String? {
        let (directory, name) = FileAccess.split(path)
        return FileAccess.canonicalPath(directory).map { ($0 == "/" ? "" : $0) + "/" + name }
    }
}
