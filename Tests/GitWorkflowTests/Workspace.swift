import Foundation

/// What a finished command left.
struct CommandResult: CustomStringConvertible {
    var status: Int32
    var out: String
    var err: String

    var description: String { "exit \(status)\n--- stdout\n\(out)--- stderr\n\(err)" }
}

/// A temporary directory with its own HOME and no system or global git configuration, where tests run git and the
/// built `factcheck`: what the developer's own settings say can change nothing. Removed when released.
final class Workspace {
    /// The directory.
    let path: String

    /// Creates an empty directory (with a `home/` inside for HOME).
    init() throws {
        path = NSTemporaryDirectory() + "factcheck-git-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path + "/home", withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The environment of every command: isolated HOME and git config, a UTF-8 locale, a fixed clock.
    /// The built factcheck is deliberately not on PATH: git-setup must record its absolute path.
    var environment: [String: String] {
        [
            "HOME": path + "/home",
            "XDG_CONFIG_HOME": path + "/home/.config",
            "XDG_STATE_HOME": path + "/home/.state",
            "GIT_CONFIG_NOSYSTEM": "1",
            // A file of the workspace's own, absent (read as empty), not /dev/null: a git that writes its global
            // configuration (a lock file renamed over it) would, as root, replace the system's /dev/null by a file.
            "GIT_CONFIG_GLOBAL": path + "/home/.gitconfig",
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_PAGER": "cat",
            "PAGER": "cat",
            "LANG": "C.UTF-8",
            "TERM": "dumb",
            "NO_COLOR": "1",
            "FACTCHECK_NOW": "2026-11-29T10:00:00Z",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
        ]
    }

    /// Runs `arguments` (the first looked up in PATH unless it contains a slash) in `directory` (default: the
    /// workspace), with `input` on stdin and `extra` added to the environment.
    @discardableResult
    func run(_ arguments: [String], in directory: String? = nil, input: String = "", environment extra: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? path)
        process.environment = environment.merging(extra) { $1 }
        // Files, not pipes: nothing can block on a full pipe, and no reader threads are needed.
        let io = path + "/.io-" + UUID().uuidString
        try Data(input.utf8).write(to: URL(fileURLWithPath: io + ".in"))
        _ = FileManager.default.createFile(atPath: io + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: io + ".err", contents: nil)
        defer { for suffix in [".in", ".out", ".err"] { try? FileManager.default.removeItem(atPath: io + suffix) } }
        process.standardInput = FileHandle(forReadingAtPath: io + ".in")
        process.standardOutput = FileHandle(forWritingAtPath: io + ".out")
        process.standardError = FileHandle(forWritingAtPath: io + ".err")
        try process.run()
        process.waitUntilExit()
        let outData = try Data(contentsOf: URL(fileURLWithPath: io + ".out"))
        let errData = try Data(contentsOf: URL(fileURLWithPath: io + ".err"))
        return CommandResult(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                             err: String(decoding: errData, as: UTF8.self))
    }

    /// Runs git in `repository`.
    @discardableResult
    func git(_ arguments: String..., in repository: String, input: String = "") throws -> CommandResult {
        try run(["git"] + arguments, in: repository, input: input)
    }

    /// Runs the built factcheck in `directory`.
    @discardableResult
    func factcheck(_ arguments: [String], in directory: String, input: String = "", editor: String = "Test Editor") throws -> CommandResult {
        try run([try Workspace.executable()] + arguments, in: directory, input: input, environment: ["FACTCHECK_EDITOR": editor])
    }

    /// The text of a file.
    func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// Writes a file, creating its directory.
    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// The built `factcheck`: a build's products sit together, so it is beside the test runner.
    static func executable() throws -> String {
        // FACTCHECK_BINARY runs these tests on another build (an older one, to see which tests it fails).
        let runner = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let candidate = ProcessInfo.processInfo.environment["FACTCHECK_BINARY"] ?? (runner as NSString).deletingLastPathComponent + "/factcheck"
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw WorkspaceError("no factcheck executable beside the test runner (\(candidate)); run `swift build` first")
        }
        return candidate
    }

    /// The package's root directory (seeds/, annotations/, docs/), from this source file's path.
    static var packageRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// The first article's text, as shipped.
    static func seedArticle() throws -> String {
        try String(contentsOfFile: packageRoot + "/seeds/cloudwatt-audit.txt", encoding: .utf8)
    }
}

/// A test set-up failure with a message.
struct WorkspaceError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
