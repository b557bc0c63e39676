import Foundation

/// One article of the notice corpus as its manifest describes it (Tests/Corpus/notices/manifest-*.json).
public struct CorpusArticle: Decodable, Sendable {
    /// The article's file name under `articles/`.
    public var file: String
    /// "dev" (tuned on) or "test" (only reported).
    public var split: String
    /// "notice" or "negative".
    public var kind: String
    /// The notices a reader finds, written by hand.
    public var notices: [TruthNotice]
    /// The page's furniture (menus, share prompts, bylines, comment forms…), each string as it stands in the file:
    /// none of it is a claim of the article. Empty when the entry has none.
    public var furniture: [String]

    private enum CodingKeys: String, CodingKey { case file, split, kind, notices, furniture }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        split = try container.decode(String.self, forKey: .split)
        kind = try container.decode(String.self, forKey: .kind)
        notices = try container.decode([TruthNotice].self, forKey: .notices)
        furniture = try container.decodeIfPresent([String].self, forKey: .furniture) ?? []
    }
}

/// A notice of the ground truth.
public struct TruthNotice: Decodable, Sendable {
    /// The marker as written.
    public var marker: String
    /// The exact text the notice begins with (marker included).
    public var starts: String
    /// The exact text the notice ends with.
    public var ends: String
    /// The relation's raw value ("partial-denial").
    public var relation: String
    /// Who issued it, when named.
    public var issuer: String?
    /// The claims it amends, by their opening words.
    public var amends: Amends

    /// Required and optional amended claims, by opening words.
    public struct Amends: Decodable, Sendable {
        /// Claims the notice must be linked to.
        public var required: [String]
        /// Claims a link to is neither right nor wrong.
        public var optional: [String]
    }
}

/// Reads the manifests and article files of a corpus directory.
public enum CorpusLoader {
    /// A failure to read the corpus, with the file it concerns.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong and where.
        public var description: String
    }

    /// The articles of every `manifest-*.json` in `directory`, French first, in manifest order.
    public static func articles(in directory: String) throws -> [CorpusArticle] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasPrefix("manifest-") && $0.hasSuffix(".json") }
            .sorted { ($0 == "manifest-fr.json" ? 0 : 1, $0) < ($1 == "manifest-fr.json" ? 0 : 1, $1) }
        guard !names.isEmpty else { throw Failure(description: "\(directory): no manifest-*.json") }
        var result: [CorpusArticle] = []
        for name in names {
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "\(path): cannot read") }
            do {
                result += try JSONDecoder().decode([CorpusArticle].self, from: data)
            } catch {
                throw Failure(description: "\(path): \(error)")
            }
        }
        return result
    }

    /// The bytes of an article's file.
    public static func articleBytes(_ article: CorpusArticle, in directory: String) throws -> [UInt8] {
        let path = directory + "/articles/" + article.file
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "\(path): cannot read") }
        return Array(data)
    }
}
