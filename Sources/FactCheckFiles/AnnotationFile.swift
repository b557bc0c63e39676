import FactCheckCore

/// The one door for annotation files: every command that reads one — the shell's start and its merge on save,
/// journal replay, `check`, `show`, `diff` and all three sides of `merge` — decodes it here, and what this refuses
/// each of them refuses with the same message (exit 65).
///
/// Without the article, it validates what the file can say about itself: the format, id formats and uniqueness,
/// reading numbers, who and when of each verdict, link and review targets (`AnnotationCheck`'s invalid findings).
/// With the article the file was made on, also every range and the claim text under it.
public enum AnnotationFile {
    /// The annotations in `bytes`, read from `path`, after every check that `article` allows.
    /// - Throws: `.refusedAnnotations` naming `path`, with the decoder's reason or the invalid findings.
    public static func decode(_ bytes: [UInt8], path: String, article: AnnotationCheck.Article? = nil) throws(FileError) -> AnnotationSet {
        let set: AnnotationSet
        do {
            set = try AnnotationCodec.decode(bytes)
        } catch {
            throw .refusedAnnotations(path: path, .undecodable(error))
        }
        try validate(set, path: path, article: article)
        return set
    }

    /// The annotations in `bytes` after every check, `analysis` being the article as read now (a file made on
    /// another version of it is validated without it, and re-anchored by its caller).
    public static func decode(_ bytes: [UInt8], path: String, against analysis: ArticleAnalysis) throws(FileError) -> AnnotationSet {
        try decode(bytes, path: path, article: article(analysis))
    }

    /// Refuses `set` when it holds an invalid finding: the same validation as `decode`, for annotations that did
    /// not come from one file (edits replayed from journals) but must pass the same door.
    public static func validate(_ set: AnnotationSet, path: String, article: AnnotationCheck.Article?) throws(FileError) {
        let invalid = AnnotationCheck.findings(in: set, article: article).filter { $0.severity == .invalid }
        if !invalid.isEmpty { throw .refusedAnnotations(path: path, .invalid(invalid)) }
    }

    /// The article as `AnnotationCheck` needs it.
    public static func article(_ analysis: ArticleAnalysis) -> AnnotationCheck.Article {
        AnnotationCheck.Article(scalars: analysis.scalars, sha256: analysis.sha256)
    }

    /// The annotation file at `path` with its bytes, validated against `analysis`; nil when there is none yet.
    /// A symlink whose target does not exist yet counts as no file: the first save creates the target.
    public static func read(at path: String, against analysis: ArticleAnalysis) throws(FileError) -> (annotations: AnnotationSet, bytes: [UInt8])? {
        guard FileAccess.targetExists(path) else { return nil }
        let bytes = try FileAccess.readRegularFile(path)
        return (try decode(bytes, path: path, against: analysis), bytes)
    }

    /// One side of a git diff or merge, validated without its article; nil for /dev/null or a file of only white
    /// space, which is how git passes "no such file on this side".
    public static func readSide(_ path: String) throws(FileError) -> AnnotationSet? {
        if path == "/dev/null" { return nil }
        let bytes = try FileAccess.readRegularFile(path)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
        return try decode(bytes, path: path)
    }
}
