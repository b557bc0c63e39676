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
            let decoded = try ArticleDecoder.decode(bytes)
            return ArticleReader.analyze(decoded.text, language: language, details: details)
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
            let text = try ArticleDecoder.decode(bytes).text
            return AnnotationCheck.Article(scalars: Array(text.unicodeScalars), sha256: SHA256.hexDigest(text))
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
