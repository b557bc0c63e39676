import FactCheckCore

/// Why a file could not be read, written, journaled or locked: what failed, on which file, and the system's errno
/// or the decoder's reason. No exit code: the executable chooses one per case.
public enum FileError: Error, Equatable, Sendable {
    /// The step of a save or an append that failed.
    public enum Step: String, Equatable, Sendable {
        case write, chmod, fsync, close, rename
    }

    // Reading.
    /// `stat` or `open` failed (missing, permission denied, a symlink loop…).
    case cannotRead(path: String, errno: Int32)
    /// A directory, FIFO, device or socket where a file was expected.
    case notARegularFile(path: String, isDirectory: Bool)
    /// The file was swapped for something that is not a regular file between `stat` and `open`.
    case replacedWhileOpening(path: String)
    /// `read` failed part way.
    case readFailed(path: String, errno: Int32)
    /// A directory to walk could not be listed.
    case cannotList(path: String, errno: Int32)
    /// The bytes are not an article (empty, blank, binary).
    case notAnArticle(path: String, ArticleDecoder.Failure)
    /// The bytes are refused by the one door for annotation files.
    case refusedAnnotations(path: String, AnnotationRefusal)

    // Writing (nothing was written).
    /// A component of the file's directory exists and is not a directory.
    case notADirectory(path: String, directory: String)
    /// A missing directory could not be created.
    case cannotCreateDirectory(path: String, directory: String, errno: Int32)
    /// The file to replace is not a regular file.
    case cannotReplace(path: String)
    /// The file has no write permission.
    case readOnlyFile(path: String)
    /// The file's directory has no write permission.
    case readOnlyDirectory(path: String, directory: String)
    /// The temporary file beside the target could not be created.
    case cannotCreateTemporary(path: String, directory: String, errno: Int32)
    /// A step of the save failed after the temporary was made; it was removed and the file left as it was.
    case saveFailed(path: String, step: Step, errno: Int32)
    /// The path's symlinks do not end.
    case symlinkLoop(path: String)

    // Locking.
    /// The directory to lock could not be opened.
    case cannotOpenDirectory(path: String, directory: String, errno: Int32)
    /// `flock` on the directory failed.
    case cannotLock(path: String, directory: String, errno: Int32)

    // Journaling.
    /// The annotation file's directory is read-only: no journal can be made beside it.
    case journalDirectoryReadOnly(directory: String)
    /// The journal file could not be created.
    case cannotCreateJournal(path: String, errno: Int32)
    /// Appending to the journal, or syncing it, failed.
    case journalFailed(path: String, step: Step, errno: Int32)

    /// The file the error is about (for a read-only journal folder, the folder).
    public var path: String {
        switch self {
        case .cannotRead(let path, _), .notARegularFile(let path, _), .replacedWhileOpening(let path), .readFailed(let path, _),
             .cannotList(let path, _), .notAnArticle(let path, _), .refusedAnnotations(let path, _), .notADirectory(let path, _),
             .cannotCreateDirectory(let path, _, _), .cannotReplace(let path), .readOnlyFile(let path), .readOnlyDirectory(let path, _),
             .cannotCreateTemporary(let path, _, _), .saveFailed(let path, _, _), .symlinkLoop(let path),
             .cannotOpenDirectory(let path, _, _), .cannotLock(let path, _, _), .journalDirectoryReadOnly(let path),
             .cannotCreateJournal(let path, _), .journalFailed(let path, _, _):
            path
        }
    }

    /// The file the error is about, as a message may print it: a path is whatever its creator named it.
    public var shownPath: UntrustedText { UntrustedText(path) }

    /// One sentence for the user that starts with the file (made visible) and says what failed. Paths are
    /// `UntrustedText`: interpolated, they print on one line with every control made visible.
    public var message: String {
        let shown = shownPath
        let reason = FileAccess.describe
        switch self {
        case .cannotRead(_, let code):
            return "\(shown): \(reason(code))"
        case .notARegularFile(_, let isDirectory):
            return "\(shown): is \(isDirectory ? "a directory" : "not a regular file (a FIFO, device or socket)"); expected a text file"
        case .replacedWhileOpening:
            return "\(shown): is not a regular file"
        case .readFailed(_, let code):
            return "\(shown): read failed: \(reason(code))"
        case .cannotList(_, let code):
            return "\(shown): cannot list the directory: \(reason(code))"
        case .notAnArticle(_, let failure):
            return "\(shown): \(failure.message)"
        case .refusedAnnotations(_, let refusal):
            return refusal.message(file: shown.description)
        case .notADirectory(_, let directory):
            return "\(shown): \(UntrustedText(directory)) is not a directory; nothing was written"
        case .cannotCreateDirectory(_, let directory, let code):
            return "\(shown): cannot create \(UntrustedText(directory)): \(reason(code)); nothing was written"
        case .cannotReplace:
            return "\(shown): is not a regular file; nothing was written"
        case .readOnlyFile:
            return "\(shown): the file is read-only; nothing was written (save elsewhere with 'save FILE')"
        case .readOnlyDirectory(_, let directory):
            return "\(shown): the directory \(UntrustedText(directory)) is read-only; nothing was written"
        case .cannotCreateTemporary(_, let directory, let code):
            return "\(shown): cannot create a temporary file in \(UntrustedText(directory)): \(reason(code)); nothing was written"
        case .saveFailed(_, let step, let code):
            return "\(shown): \(step.rawValue) failed: \(reason(code)); the file was left as it was"
        case .symlinkLoop:
            return "\(shown): too many levels of symbolic links; nothing was written"
        case .cannotOpenDirectory(_, let directory, let code):
            return "\(shown): cannot open \(UntrustedText(directory)): \(reason(code))"
        case .cannotLock(_, let directory, let code):
            return "\(shown): cannot lock \(UntrustedText(directory)): \(reason(code))"
        case .journalDirectoryReadOnly:
            return "\(shown) is read-only: edits cannot be journaled there (save elsewhere with 'save FILE')"
        case .cannotCreateJournal(_, let code):
            return "\(shown): cannot create the journal: \(reason(code))"
        case .journalFailed(_, let step, let code):
            return "\(shown): cannot \(step == .fsync ? "sync" : "write") the journal: \(reason(code))"
        }
    }
}
