/// Which article an annotation file is about.
public struct ArticleReference: Equatable, Sendable {
    /// Path of the article as given (relative to where the tool ran).
    public var path: String
    /// SHA-256 of the decoded text.
    public var sha256: String
    /// Language code ("fr", "en").
    public var language: String
    /// Members written by a newer version or another tool.
    public var extra: [JSONMember] = []
}

/// Everything an annotation file holds: a value, so an edit maps one state to the next and undo is a stack.
public struct AnnotationSet: Equatable, Sendable {
    /// The `format` member every file carries.
    public static let formatName = "factcheck-annotations"
    /// The format version this build reads and writes.
    public static let currentVersion = 1

    /// The article the claims anchor in.
    public var article: ArticleReference
    /// Claims in reading order.
    public var claims: [ClaimAnnotation]
    /// Update notices in reading order.
    public var updates: [UpdateAnnotation]
    /// Annotated claims no longer found in the article: kept, never dropped.
    public var orphans: [ClaimAnnotation]
    /// Editors' corrections of claim boundaries (`split`, `join`), applied to the reader's sentences on every read.
    public var boundaries: [ClaimBoundary] = []
    /// Top-level members written by a newer version or another tool.
    public var extra: [JSONMember] = []
}
