import FactCheckCore
import Foundation
import Testing

/// No paragraph of a real page is dropped between the two readings of a notice (the scanner's, which says a
/// paragraph opens one, and the reader's, which takes its marker): a paragraph read as a notice's lies in a notice,
/// unless it holds a marker and nothing after it. Over the development half (the test half is only reported).
@Suite struct NoticeCoverageTests {
    static let articles = NoticeFloorTests.root.appendingPathComponent("Tests/Corpus/notices/articles")

    /// Whether `name` is in the test half (`fr-41`…`fr-68`, `en-43`…`en-72`).
    static func isTest(_ name: String) -> Bool {
        let parts = name.split(separator: "-")
        guard parts.count > 1, let number = Int(parts[1]) else { return false }
        return parts[0] == "fr" ? (41...68).contains(number) : parts[0] == "en" && (43...72).contains(number)
    }

    @Test func everyNoticeParagraphLiesInANotice() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.articles.path).filter { $0.hasSuffix(".txt") && !Self.isTest($0) }
        #expect(names.count > 200)
        for name in names.sorted() {
            let text = try String(contentsOf: Self.articles.appendingPathComponent(name), encoding: .utf8)
            let analysis = ArticleReader.analyze(text)
            for paragraph in analysis.paragraphs where paragraph.kind == .update {
                let covered = analysis.notices.contains { $0.range.start < paragraph.range.end && paragraph.range.start < $0.range.end }
                #expect(covered || UpdateMarker.holdsOnlyAMarker(analysis.scalars, paragraph.range),
                        "\(name): \(analysis.scalars.string(paragraph.range).prefix(80))")
            }
        }
    }
}
