import FactCheckCore

/// Reads article files: the bytes of a regular file, decoded (UTF-8, UTF-16, Windows-1252, Latin-1) and read.
public enum ArticleFile {
    /// Reads and analyses the article at `path`.
    /// - Parameter details: whether claims get their numbers, dates, sources and quotes read (only `claims --json`
    ///   shows them; they are the costliest part of reading a long article).
    /// - Throws: a reading error, or `.notAnArticle` when the file is empty, blank or binary.
    public static func analysis(at path: String, language: Language? = nil, details: Bool = false) throws(FileError) -> ArticleAnalysis {
        let bytes = try FileAccess.readRegularFile(path)
        do {
            // The decoded UTF-8 is the only copy of the text the analysis keeps (the file's own bytes when they are
            // clean UTF-8): no `String` of it is made.
            let decoded = try ArticleDecoder.decodeToUTF8(bytes)
            return ArticleReader.analyze(ScalarText(utf8: decoded.utf8), language: language, details: details)
        } catch {
            throw .notAnArticle(path: path, error)
        }
    }

    /// The article at `path` as `check` compares annotations with it — its decoded text's scalars and hash —
    /// decoded as `analysis(at:)` decodes it (same text, same errors) but not analysed.
    /// - Throws: a reading error, or `.notAnArticle` when the file is empty, blank or binary.
    /// - Complexity: O(n) in the size of the file.
    public static func checkedText(at path: String) throws(FileError) -> AnnotationCheck.Article {
        let bytes = try FileAccess.readRegularFile(path)
        do {
            let decoded = try ArticleDecoder.decodeToUTF8(bytes)
            return AnnotationCheck.Article(scalars: ScalarText(utf8: decoded.utf8), sha256: SHA256.hexDigest(utf8: decoded.utf8))
        } catch {
            throw .notAnArticle(path: path, error)
        }
    }

    /// The article at `path` decoded to UTF-8 bytes, for readers that work on bytes (`sentences`).
    /// - Throws: a reading error, or `.notAnArticle` when the file is empty, blank or binary.
    public static func decodedBytes(at path: String) throws(FileError) -> ArticleDecoder.DecodedBytes {
        let bytes = try FileAccess.readRegularFile(path)
        do {
            return try ArticleDecoder.decodeToUTF8(bytes)
        } catch {
            throw .notAnArticle(path: path, error)
        }
    }
}
