import FactCheckCore
import FactCheckShell

/// The one place where `report` and `export` read an annotation file: through the loader the other commands use
/// (regular files only, strict decoding, errors that name the file).
enum AnnotationFileSource {
    /// The annotation set in `path`.
    /// - Throws: `StoreError` naming the file and the reason: 66 when unreadable, 65 when not a valid annotation file.
    static func read(_ path: String) throws(StoreError) -> AnnotationSet {
        try AnnotationFileLoader.decode(try FileAccess.readRegularFile(path), path: path)
    }
}
