import Foundation

/// A fresh temporary folder for one test, removed when released.
final class ScratchFolder {
    /// The folder's path.
    let path: String

    /// Creates an empty folder.
    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `name` inside the folder (creating folders on the way); returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// The names of the folder's entries under `name`, hidden ones included.
    func entries(_ name: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path + "/" + name).sorted()
    }
}
