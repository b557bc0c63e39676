#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The files of one hostile-input case: the sandbox's `work` directory holds the inputs, and a second directory
/// stands for "outside the sandbox" (symlinks that point out of it). Both are snapshotted around every run.
final class HostileWorkspace {
    /// The sandbox (HOME, state, `work`).
    let sandbox: Sandbox
    /// A directory outside the sandbox.
    let outside: Sandbox

    /// Creates empty directories.
    init() throws {
        sandbox = try Sandbox()
        outside = try Sandbox()
        try FileManager.default.createDirectory(atPath: sandbox.work, withIntermediateDirectories: true)
    }

    deinit {
        // Read-only directories cannot be emptied; give the write bit back so the sandboxes can be removed.
        for root in [sandbox.path, outside.path] {
            guard let names = FileManager.default.enumerator(atPath: root) else { continue }
            for case let name as String in names {
                var info = stat()
                if lstat(root + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { Glibc.chmod(root + "/" + name, 0o755) }
            }
        }
    }

    /// The directory holding the inputs.
    var work: String { sandbox.work }

    /// The default annotation file (`work/annotations.json`).
    var annotations: String { sandbox.workAnnotations }

    /// The program's environment.
    var environment: [String: String] { sandbox.environment }

    /// Writes `bytes` to `work/name`; returns the path.
    @discardableResult
    func file(_ name: String, _ bytes: [UInt8], mode: Int = 0o644) throws -> String {
        let path = work + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: mode]) else {
            throw PseudoTerminalError(description: "cannot write \(path)")
        }
        return path
    }

    /// Writes `text` as UTF-8 to `work/name`; returns the path.
    @discardableResult
    func file(_ name: String, text: String, mode: Int = 0o644) throws -> String {
        try file(name, Array(text.utf8), mode: mode)
    }

    /// Writes `bytes` to `name` in the directory outside the sandbox; returns the path.
    func outsideFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = outside.path + "/" + name
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw PseudoTerminalError(description: "cannot write \(path)")
        }
        return path
    }

    /// Creates the symlink `work/name` → `target`; returns its path.
    @discardableResult
    func symlink(_ name: String, to target: String) throws -> String {
        let path = work + "/" + name
        guard Glibc.symlink(target, path) == 0 else { throw PseudoTerminalError.system("symlink \(path)") }
        return path
    }

    /// Creates the FIFO `work/name`; returns its path.
    @discardableResult
    func fifo(_ name: String) throws -> String {
        let path = work + "/" + name
        guard mkfifo(path, 0o644) == 0 else { throw PseudoTerminalError.system("mkfifo \(path)") }
        return path
    }

    /// Sets the mode of `work/name` (a file or a directory).
    func chmod(_ name: String, _ mode: mode_t) throws {
        guard Glibc.chmod(work + "/" + name, mode) == 0 else { throw PseudoTerminalError.system("chmod \(name)") }
    }

    /// A copy of the seed article at `work/name`; returns its path.
    @discardableResult
    func seedArticle(_ name: String = "article.txt") throws -> String {
        try file(name, try Sandbox.seedArticleBytes())
    }

    /// A valid annotation file for the seed article, made by the tool itself (a `save` with no edit), at
    /// `work/name`; returns its text.
    @discardableResult
    func validAnnotationFile(_ name: String = "annotations.json", article: String) throws -> String {
        let path = work + "/" + name
        let run = try ProgramRun.factcheck([article, "--annotations", path], input: "save\n", environment: environment)
        guard run.exitStatus == 0, let bytes = Sandbox.contents(of: path) else {
            throw PseudoTerminalError(description: "making a valid annotation file: \(run.summary)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A snapshot of both directories.
    func snapshot() -> (work: FileSnapshot, outside: FileSnapshot) {
        (FileSnapshot(of: work), FileSnapshot(of: outside.path))
    }
}
