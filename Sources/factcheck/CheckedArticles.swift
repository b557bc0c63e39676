import FactCheckCore
import FactCheckFiles

/// The articles `check` compares annotation files with, each read and hashed once however many files name it
/// (not analysed: the check needs the text and its hash only). A long run keeps the articles of recent batches.
struct CheckedArticles: Sendable {
    /// Articles kept between batches before those the last batch did not use are let go.
    static let kept = 256

    private var articles: [String: Result<AnnotationCheck.Article, FileError>] = [:]

    /// The article at `path` (as `ArticleLocator` found it), or why it could not be read; nil when not read yet.
    subscript(path: String) -> Result<AnnotationCheck.Article, FileError>? { articles[path] }

    /// Reads, on every core, each of `paths` not read yet.
    /// - Complexity: one read and decode per new distinct path.
    mutating func read(_ paths: [String]) {
        var seen = Set<String>()
        let new = paths.filter { articles[$0] == nil && seen.insert($0).inserted }
        let read = ParallelMap.map(new.count) { i in
            Result { () throws(FileError) in try ArticleFile.checkedText(at: new[i]) }
        }
        for (path, article) in zip(new, read) { articles[path] = article }
    }

    /// Lets go of the articles `paths` do not name once more than `kept` are held.
    mutating func keepOnly(_ paths: [String]) {
        guard articles.count > Self.kept else { return }
        let used = Set(paths)
        articles = articles.filter { used.contains($0.key) }
    }
}
