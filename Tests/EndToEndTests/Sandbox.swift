import Foundation

/// A fresh temporary directory for one scenario: the program's HOME, its history and its annotation file, so
/// no run sees another's state or the developer's. Removed when released.
final class Sandbox {
    /// The directory.
    let path: String

    /// Creates an empty directory under the system's temporary directory.
    init() throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("factcheck-e2e-XXXXXX").utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap(mkdtemp) }) else {
            throw PseudoTerminalError.system("mkdtemp")
        }
        path = String(cString: created)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The program's HOME.
    var home: String { path + "/home" }

    /// The program's XDG_STATE_HOME, where it keeps its line history.
    var stateHome: String { path + "/state" }

    /// The history file the program writes (see `Terminal.historyPath()`).
    var historyFile: String { stateHome + "/factcheck/history" }

    /// The annotation file scenarios pass with `--annotations`.
    var annotationFile: String { path + "/annotations.json" }

    /// The program's whole environment: a terminal, a UTF-8 locale, this sandbox, a fixed editor and clock.
    var environment: [String: String] {
        [
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "HOME": home,
            "XDG_STATE_HOME": stateHome,
            "FACTCHECK_EDITOR": "Test Editor",
            "FACTCHECK_NOW": "2026-01-02T03:04:05Z",
            "PATH": "/usr/bin:/bin",
        ]
    }

    /// The `factcheck` executable: the products of a build sit together, so it is beside the test bundle.
    static func executable() throws -> String {
        // FACTCHECK_BINARY runs these tests on another build (an older one, to see which tests it fails).
        let runner = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let candidate = ProcessInfo.processInfo.environment["FACTCHECK_BINARY"] ?? (runner as NSString).deletingLastPathComponent + "/factcheck"
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw PseudoTerminalError(description: "no factcheck executable beside the test runner (\(candidate)); run `swift build` first")
        }
        return candidate
    }

    /// The package's root directory (where `seeds/` is), found from this source file's path.
    static var packageRoot: String {
        // …/Tests/EndToEndTests/Sandbox.swift
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }
}
