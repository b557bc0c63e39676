import Foundation

/// Files of a robustness scenario, all inside the sandbox's `work` directory so that what the program leaves
/// behind there (journals, temporary files) can be listed exactly.
extension Sandbox {
    /// The directory holding the scenario's article and annotation file.
    var work: String { path + "/work" }

    /// The annotation file of robustness scenarios (in `work`, unlike `annotationFile`).
    var workAnnotations: String { work + "/annotations.json" }

    /// Writes `bytes` to `name` in `work` (created if needed) with `mode`; returns the file's path.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String, mode: Int = 0o644) throws -> String {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let file = work + "/" + name
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes), attributes: [.posixPermissions: mode]) else {
            throw PseudoTerminalError(description: "cannot write \(file)")
        }
        return file
    }

    /// Copies the seed article into `work` as a writable file; returns its path.
    func copySeedArticle(as name: String = "article.txt") throws -> String {
        try write(Sandbox.seedArticleBytes(), to: name)
    }

    /// The bytes of seeds/cloudwatt-audit.txt, the article most scenarios check.
    static func seedArticleBytes() throws -> [UInt8] {
        let path = packageRoot + "/seeds/cloudwatt-audit.txt"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PseudoTerminalError(description: "cannot read \(path)")
        }
        return [UInt8](data)
    }

    /// The names in `work`, sorted.
    func workEntries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: work)) ?? []).sorted()
    }

    /// The bytes of `path`, nil when it cannot be read.
    static func contents(of path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}
