import FactCheckCore
import FactCheckFiles

/// The one place where `report` and `export` read an annotation file: through the loader the other commands use
/// (regular files only, strict decoding, errors that name the file).
enum AnnotationFileSource {
    /// The annotation set in `path`.
    /// - Throws: `FileError` naming the file and the reason (unreadable, or not a valid annotation file).
    static func read(_ path: String) throws(FileError) -> AnnotationSet {
        try AnnotationFile.decode(try FileAccess.readRegularFile(path), path: path)
    }
}
