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
