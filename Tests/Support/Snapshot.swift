import Foundation

/// Long expected outputs kept in files beside the tests (`Snapshots/NAME.txt`), compared byte for byte.
///
/// A snapshot is written only when the environment asks: `FACTCHECK_RECORD_SNAPSHOTS=1 swift test` records every
/// snapshot it meets and fails each of those tests, so that a recording run can never pass by itself and a changed
/// output is never accepted silently. A missing snapshot fails with the command that records it.
public enum Snapshot {
    /// The variable that asks for recording.
    public static let recordVariable = "FACTCHECK_RECORD_SNAPSHOTS"

    /// Compares `actual` with snapshot `name` of the test file `testFile` (pass `#filePath`).
    /// - Returns: nil when they are equal; otherwise what differs, or that the snapshot was (re-)recorded.
    public static func mismatch(_ actual: String, named name: String, testFile: String = #filePath) -> String? {
        let directory = (testFile as NSString).deletingLastPathComponent + "/Snapshots"
        let path = directory + "/" + name + ".txt"
        if ProcessInfo.processInfo.environment[recordVariable] == "1" {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                return "could not record \(path): \(error)"
            }
            return "recorded \(path); run again without \(recordVariable) to compare"
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return "no snapshot \(path): record it with \(recordVariable)=1 swift test --filter …"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        return describeDifference(expected: expected, actual: actual, path: path)
    }

    /// The first line that differs, with its number, both versions shown with escapes visible.
    static func describeDifference(expected: String, actual: String, path: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        func shown(_ lines: [Substring]) -> String { line < lines.count ? lines[line].debugDescription : "(end of text)" }
        return "\(path) differs at line \(line + 1) (\(old.count) lines expected, \(new.count) got):\n"
            + "  expected: \(shown(old))\n  actual:   \(shown(new))\n"
            + "(re-record with \(recordVariable)=1 if the change is intended)"
    }
}
