import Foundation
import Testing

/// `report` and `export` as a desk, a CI job or a partner platform runs them.
@Suite("report and export on the command line")
struct ReportCommandTests {
    /// A workspace holding the shipped article and its annotation file.
    static func desk() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write(try Workspace.seedArticle(), to: workspace.path + "/seeds/cloudwatt-audit.txt")
        try workspace.write(try workspace.read(Workspace.packageRoot + "/annotations/cloudwatt-audit.json"), to: workspace.path + "/annotations/cloudwatt-audit.json")
        return workspace
    }

    @Test("a directory with one broken file: the others covered, the broken one named, exit 65")
    func brokenFile() throws {
        let workspace = try ReportCommandTests.desk()
        let good = try workspace.read(workspace.path + "/annotations/cloudwatt-audit.json")
        try workspace.write(good, to: workspace.path + "/annotations/desk/second.json")
        try workspace.write("{ \"format\": \"factcheck-annotations\", \"version\": 1, \"claims\": [ }", to: workspace.path + "/annotations/desk/broken.json")
        // A symlink loop and a second link to a file: each file once, and the walk ends.
        try FileManager.default.createSymbolicLink(atPath: workspace.path + "/annotations/desk/loop", withDestinationPath: "..")
        let result = try workspace.factcheck(["report", "annotations", "--format", "json"], in: workspace.path)
        #expect(result.status == 65, "\(result)")
        #expect(result.err.contains("annotations/desk/broken.json:1:") && result.err.contains("(skipped)"), "\(result.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(totals["files"] as? Int == 2 && totals["skipped"] as? Int == 1 && totals["claims"] as? Int == 28, "\(totals)")
        let missing = try workspace.factcheck(["report", "nowhere"], in: workspace.path)
        #expect(missing.status == 66 && missing.err.contains("nowhere"), "\(missing)")
    }

    @Test("markdown by default on a pipe; html, csv and jsonl of the shipped file")
    func formats() throws {
        let workspace = try ReportCommandTests.desk()
        let markdown = try workspace.factcheck(["report", "annotations"], in: workspace.path)
        #expect(markdown.status == 0 && markdown.out.hasPrefix("# Fact-check report"), "\(markdown)")
        let html = try workspace.factcheck(["report", "annotations", "--format", "html"], in: workspace.path)
        #expect(html.status == 0 && html.out.contains("Desk overview") && html.out.contains("MISE A JOUR"))
        let csv = try workspace.factcheck(["report", "annotations", "--format", "csv", "--status", "disputed"], in: workspace.path)
        #expect(csv.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3, "header and two disputed claims: \(csv.out)")
        let jsonl = try workspace.factcheck(["report", "annotations", "--format", "jsonl"], in: workspace.path)
        #expect(jsonl.out.split(separator: "\n").count == 14)
        let bad = try workspace.factcheck(["report", "annotations", "--status", "wrong"], in: workspace.path)
        #expect(bad.status == 64 && bad.err.contains("unknown status"), "\(bad)")
    }

    @Test("web-annotation: every TextPositionSelector selects exactly its quote in the article")
    func webAnnotation() throws {
        let workspace = try ReportCommandTests.desk()
        let result = try workspace.factcheck(["export", "annotations/cloudwatt-audit.json", "--format", "web-annotation"], in: workspace.path)
        #expect(result.status == 0, "\(result)")
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(collection["type"] as? String == "AnnotationCollection")
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 14)
        let article = Array(try Workspace.seedArticle().unicodeScalars)
        for item in items {
            let selectors = try #require((item["target"] as? [String: Any])?["selector"] as? [[String: Any]])
            let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
            let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
            let start = try #require(position["start"] as? Int), end = try #require(position["end"] as? Int)
            var selected = String.UnicodeScalarView()
            selected.append(contentsOf: article[start..<end])
            #expect(String(selected) == quote["exact"] as? String)
            let prefix = try #require(quote["prefix"] as? String), suffix = try #require(quote["suffix"] as? String)
            var before = String.UnicodeScalarView(), after = String.UnicodeScalarView()
            before.append(contentsOf: article[max(0, start - prefix.unicodeScalars.count)..<start])
            after.append(contentsOf: article[end..<min(article.count, end + suffix.unicodeScalars.count)])
            #expect(String(before) == prefix && String(after) == suffix)
            #expect(item["motivation"] as? String == "assessing" && (item["body"] as? [Any])?.isEmpty == false)
        }
    }

    @Test("claimreview: the properties Google requires, on every reviewed claim")
    func claimReview() throws {
        let workspace = try ReportCommandTests.desk()
        let missingURL = try workspace.factcheck(["export", "annotations/cloudwatt-audit.json", "--format", "claimreview"], in: workspace.path)
        #expect(missingURL.status == 64, "\(missingURL)")
        let result = try workspace.factcheck(["export", "annotations/cloudwatt-audit.json", "--format", "claimreview",
                                              "--url", "https://desk.example.org/checks/cloudwatt", "--article-url", "https://news.example.org/cloudwatt",
                                              "--publisher", "Example Desk"], in: workspace.path)
        #expect(result.status == 0, "\(result)")
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(reviews.count == 14)
        for review in reviews {
            #expect(review["@type"] as? String == "ClaimReview" && review["@context"] as? String == "https://schema.org")
            #expect((review["claimReviewed"] as? String)?.isEmpty == false)
            #expect((review["url"] as? String)?.hasPrefix("https://desk.example.org/checks/cloudwatt#c-") == true)
            let rating = try #require(review["reviewRating"] as? [String: Any])
            #expect((rating["alternateName"] as? String)?.isEmpty == false && rating["ratingValue"] is Int)
            #expect((review["author"] as? [String: Any])?["name"] as? String == "Example Desk")
            #expect((review["datePublished"] as? String)?.count == 10)
            let item = try #require(review["itemReviewed"] as? [String: Any])
            #expect(item["@type"] as? String == "Claim")
            #expect(((item["appearance"] as? [[String: Any]])?.first?["url"] as? String) == "https://news.example.org/cloudwatt")
        }
        #expect(reviews.contains { ($0["reviewRating"] as? [String: Any])?["alternateName"] as? String == "Disputed" })
    }
}
