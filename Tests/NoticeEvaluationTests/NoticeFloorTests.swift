import Foundation
import NoticeEvaluation
import Testing

/// The corpus evaluation of issue 10 against the floors recorded in notice-floors.json: fails only when a figure of
/// either half falls below its floor (the figures themselves are printed by scripts/evaluate-notices). Not timed.
@Suite struct NoticeFloorTests {
    /// The repository's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func floors() throws -> [String: [String: Double]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("notice-floors.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return try #require(object as? [String: [String: Double]])
    }

    static let evaluation = Result { try CorpusEvaluation(directory: root.appendingPathComponent("Tests/Corpus/notices").path) }

    @Test(arguments: ["dev", "test"])
    func figuresStayAboveTheirFloors(split: String) throws {
        let evaluation = try Self.evaluation.get()
        let floors = try #require(try Self.floors()[split])
        let score = evaluation.score(split: split)
        #expect(score.articles > 0)
        let figures = score.figures
        for (name, value) in figures.named {
            let floor = try #require(floors[name], "no floor for \(name)")
            // The development half's lines help to read a failure; the test half's are never printed here (it is
            // looked at only to report: `scripts/evaluate-notices --lines test`).
            let lines = split == "dev" ? "\n" + evaluation.report(lines: "dev") : ""
            #expect(value >= floor, "\(split) \(name) \(value) fell below its floor \(floor)\(lines)")
        }
        // Counts that should be zero have a ceiling instead.
        let ceiling = try #require(floors["negativesWithNotice"])
        #expect(Double(figures.negativesWithNotice) <= ceiling, "\(split): \(figures.negativesWithNotice) negatives with a notice")
        let furnitureCeiling = try #require(floors["furnitureAsClaims"], "no ceiling for furnitureAsClaims")
        #expect(Double(figures.furnitureAsClaims) <= furnitureCeiling, "\(split): \(figures.furnitureAsClaims) claims read from page furniture")
    }
}
