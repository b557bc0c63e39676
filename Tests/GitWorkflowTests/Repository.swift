import FactCheckCore
import Foundation
import Testing

/// A git repository in a workspace holding the first article, set up with `factcheck git-setup`, with the
/// article's unreviewed annotation file committed on `main`: where two editors start from.
struct Repository {
    /// The repository's annotation file, relative to its root (matched by git-setup's default pattern).
    static let annotationFile = "annotations/cloudwatt-audit.json"
    /// The article, relative to the root.
    static let article = "seeds/cloudwatt-audit.txt"

    let workspace: Workspace
    let root: String

    /// Creates the repository and its first commit.
    init(in workspace: Workspace) throws {
        self.workspace = workspace
        root = workspace.path + "/newsroom"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try expectSuccess(workspace.git("init", "-q", "-b", "main", in: root))
        try expectSuccess(workspace.git("config", "user.name", "Test Editor", in: root))
        try expectSuccess(workspace.git("config", "user.email", "editor@example.org", in: root))
        try workspace.write(try Workspace.seedArticle(), to: root + "/" + Repository.article)
        try expectSuccess(workspace.factcheck(["git-setup"], in: root))
        try review("", editor: "Test Editor")
        try expectSuccess(workspace.git("add", "-A", in: root))
        try expectSuccess(workspace.git("commit", "-q", "-m", "The first article, unreviewed", in: root))
    }

    /// Types `commands` into the factcheck shell on the article as `editor`, then saves.
    func review(_ commands: String, editor: String) throws {
        let result = try workspace.factcheck([Repository.article, "--annotations", Repository.annotationFile], in: root,
                                             input: commands + "save\n", editor: editor)
        #expect(result.status == 0, "the shell failed:\n\(result)")
    }

    /// Runs git here and expects success.
    @discardableResult
    func git(_ arguments: String...) throws -> CommandResult {
        let result = try workspace.run(["git"] + arguments, in: root)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")) failed:\n\(result)")
        return result
    }

    /// Runs git here, whatever its exit status.
    func gitAllowingFailure(_ arguments: String...) throws -> CommandResult {
        try workspace.run(["git"] + arguments, in: root)
    }

    /// Commits everything on the current branch.
    func commit(_ message: String) throws {
        try git("commit", "-q", "-a", "-m", message)
    }

    /// The annotation file as it is in the work tree.
    func annotations() throws -> AnnotationSet {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: root + "/" + Repository.annotationFile)))
        return try AnnotationCodec.decode(bytes)
    }

    /// The annotation file's text in the work tree.
    func annotationText() throws -> String {
        try workspace.read(root + "/" + Repository.annotationFile)
    }

    /// The file's text at `revision` ("main~1", ":2").
    func annotationText(at revision: String) throws -> String {
        try git("show", "\(revision):\(Repository.annotationFile)").out
    }
}

/// Records an issue when `result` is not a success.
func expectSuccess(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
}

extension AnnotationSet {
    /// Claim number `n`, or a recorded issue.
    func claim(_ n: Int) throws -> ClaimAnnotation {
        try #require(claims.first { $0.n == n }, "no claim #\(n)")
    }
}
