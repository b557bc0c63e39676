import FactCheckFiles

/// The exit codes of sysexits.h that factcheck uses, and the one place where a file error becomes one.
enum Sysexits {
    /// 64: the command line is wrong.
    static let usage: Int32 = 64
    /// 65: an input is not what it must be (not an article, an annotation file the door refuses).
    static let dataError: Int32 = 65
    /// 66: an input cannot be read.
    static let noInput: Int32 = 66
    /// 73: an output cannot be created.
    static let cannotCreate: Int32 = 73
    /// 74: writing an output failed part way.
    static let ioError: Int32 = 74

    /// The code a command exits with when `error` stops it.
    static func code(for error: FileError) -> Int32 {
        switch error {
        case .cannotRead, .notARegularFile, .replacedWhileOpening, .readFailed, .cannotList:
            noInput
        case .notAnArticle, .refusedAnnotations:
            dataError
        case .notADirectory, .cannotCreateDirectory, .cannotReplace, .readOnlyFile, .readOnlyDirectory, .cannotCreateTemporary,
             .symlinkLoop, .cannotOpenDirectory, .cannotLock, .journalDirectoryReadOnly, .cannotCreateJournal:
            cannotCreate
        case .saveFailed, .journalFailed:
            ioError
        }
    }
}
