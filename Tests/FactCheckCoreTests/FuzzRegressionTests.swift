import FactCheckCore
import FactCheckFuzzing
import Foundation
import Testing

/// Replays every input kept in Fuzz/regressions/ (each a crash a fuzzer once found, or a hand-made hard case)
/// through the same body the fuzz target runs.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func inputs(_ folder: String) -> [String] {
        let directory = root.appendingPathComponent("Fuzz/regressions/\(folder)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0).path }
    }

    @Test(arguments: inputs("article-reader"))
    func articleReaderInput(_ path: String) throws {
        let data = try #require(FileManager.default.contents(atPath: path))
        FuzzBodies.articleReader(Array(data))
    }

    @Test(arguments: inputs("annotation-loader"))
    func annotationLoaderInput(_ path: String) throws {
        let data = try #require(FileManager.default.contents(atPath: path))
        FuzzBodies.annotationLoader(Array(data))
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs("article-reader").isEmpty)
        #expect(!Self.inputs("annotation-loader").isEmpty)
    }
}
