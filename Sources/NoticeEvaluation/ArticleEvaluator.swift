import FactCheckCore

/// Scores what the shell would suggest for one article against its ground truth.
public struct ArticleEvaluation: Sendable {
    /// The article's manifest entry.
    public var article: CorpusArticle
    /// Its counts.
    public var score: ArticleScore
    /// Short notes on what went wrong, for the per-article line.
    public var problems: [String]

    /// One line: file, split, counts, then what went wrong.
    public var line: String {
        let s = score
        var parts = [article.file, article.split]
        parts.append("notices \(s.matchedNotices)/\(s.truthNotices) found \(s.foundNotices) exact \(s.exactExtents)")
        parts.append("links +\(s.linkHits) -\(s.wrongLinks) missed \(s.missedLinks)")
        parts.append("top3 \(s.rankedInTopThree)/\(s.rankedNotices)")
        parts.append("relations \(s.rightRelations)/\(s.matchedNotices)")
        if s.noticeTextAsClaims > 0 { parts.append("notice text as claims \(s.noticeTextAsClaims)") }
        if s.furnitureAsClaims > 0 { parts.append("furniture as claims \(s.furnitureAsClaims)") }
        return parts.joined(separator: "  ") + (problems.isEmpty ? "" : "\n    " + problems.joined(separator: "\n    "))
    }
}

/// Runs the core's analysis on an article, as the shell does, and compares it with the truth.
public enum ArticleEvaluator {
    /// Evaluates `article` whose file holds `bytes`; `threshold` replaces the shell's for the links (for a sweep).
    public static func evaluate(_ article: CorpusArticle, bytes: [UInt8], threshold: Double? = nil) -> ArticleEvaluation {
        var score = ArticleScore()
        var problems: [String] = []
        score.articles = 1
        guard let decoded = try? ArticleDecoder.decode(bytes) else {
            return ArticleEvaluation(article: article, score: score, problems: ["cannot decode"])
        }
        let reading = NoticeReading(decoded.text)
        let scalars = reading.analysis.scalars
        let claimAt = ClaimLocator(reading.analysis)
        score.claims = reading.analysis.claims.count
        let furniture = article.furniture.flatMap { Self.occurrences(of: $0, in: scalars) }
        let furnitureClaims = claimAt.claims(mostlyInside: furniture)
        score.furnitureAsClaims = furnitureClaims.count
        for claim in furnitureClaims.prefix(4) {
            problems.append("furniture read as a claim: \"\(reading.analysis.claims[claim].text.prefix(60))\"")
        }
        if furnitureClaims.count > 4 { problems.append("… and \(furnitureClaims.count - 4) more furniture claims") }
        score.foundNotices = reading.notices.count
        score.truthNotices = article.notices.count
        if article.notices.isEmpty {
            score.negatives = 1
            if !reading.notices.isEmpty {
                score.negativesWithNotice = 1
                problems.append("negative with a notice: " + reading.notices.map { "\"\($0.notice.marker)\"" }.joined(separator: ", "))
            }
        }
        var used = Set<Int>()
        for pairing in pairings(article, reading) {
            let truth = pairing.truth
            guard let extent = pairing.extent else {
                problems.append("truth notice \"\(truth.marker)\": starts/ends not found in the file")
                continue
            }
            score.noticeTextAsClaims += claimAt.claims(startingIn: extent)
            let required = pairing.required, optional = pairing.optional
            let unfound = truth.amends.required.count + truth.amends.optional.count - required.count - optional.count
            score.unfoundTruthClaims += unfound
            if unfound > 0 { problems.append("\"\(truth.marker)\": \(unfound) amended sentence(s) not read as claims") }
            guard let matched = pairing.found else {
                score.missedLinks += required.count
                score.missedOfMissedNotices += required.count
                problems.append("missed notice \"\(truth.marker)\" at \(extent.start)")
                continue
            }
            used.insert(matched)
            let found = reading.notices[matched]
            score.matchedNotices += 1
            if Self.innerExtent(found.notice.range, in: scalars) == Self.innerExtent(extent, in: scalars) {
                score.exactExtents += 1
            } else {
                problems.append("\"\(truth.marker)\" extent \(found.notice.range.start)..<\(found.notice.range.end), truth \(extent.start)..<\(extent.end)")
            }
            let links = threshold.map { t in found.candidates.filter { $0.score >= t } } ?? found.links
            let linked = Set(links.map(\.claimIndex))
            let hits = linked.intersection(required).count
            let wrong = linked.subtracting(required).subtracting(optional)
            score.linkHits += hits
            score.wrongLinks += wrong.count
            score.missedLinks += required.count - hits
            score.missedNoCandidate += required.subtracting(found.candidates.map(\.claimIndex)).count
            if !wrong.isEmpty || hits < required.count {
                let top = found.candidates.prefix(4).map { "#\($0.claimIndex + 1) \($0.score)" }.joined(separator: ", ")
                problems.append("\"\(truth.marker)\" links \(Self.numbers(linked)), required \(Self.numbers(required)), optional \(Self.numbers(optional)); best \(top)")
            }
            if !required.isEmpty {
                let top = Set(found.candidates.prefix(3).map(\.claimIndex))
                score.rankedNotices += 1
                score.requiredClaims += required.count
                score.requiredInTopThree += top.intersection(required).count
                if !top.isDisjoint(with: required) {
                    score.rankedInTopThree += 1
                } else {
                    problems.append("\"\(truth.marker)\" top three \(Self.numbers(top)), required \(Self.numbers(required))")
                }
            }
            if found.relation.rawValue == truth.relation {
                score.rightRelations += 1
            } else {
                problems.append("\"\(truth.marker)\" relation \(found.relation.rawValue), truth \(truth.relation)")
            }
            if Self.sameIssuer(found.issuer, truth.issuer) {
                score.rightIssuers += 1
            } else {
                problems.append("\"\(truth.marker)\" issuer \(found.issuer.map { "\"\($0)\"" } ?? "none"), truth \(truth.issuer.map { "\"\($0)\"" } ?? "none")")
            }
        }
        for (i, found) in reading.notices.enumerated() where !used.contains(i) {
            let links = threshold.map { t in found.candidates.filter { $0.score >= t } } ?? found.links
            score.wrongLinks += links.count
            score.wrongOfExtraNotices += links.count
            if !article.notices.isEmpty {
                problems.append("extra notice \"\(found.notice.marker)\" at \(found.notice.range.start)")
            }
        }
        return ArticleEvaluation(article: article, score: score, problems: problems)
    }

    /// A truth notice with its extent (nil when its words are not in the file), the claims it amends, and the found
    /// notice that overlaps it the most among those not yet paired (nil when none does).
    struct Pairing {
        var truth: TruthNotice
        var extent: TextRange?
        var required: Set<Int>
        var optional: Set<Int>
        var found: Int?
    }

    /// Pairs each truth notice of `article`, in order, with the found notice of `reading` it overlaps the most.
    static func pairings(_ article: CorpusArticle, _ reading: NoticeReading) -> [Pairing] {
        let scalars = reading.analysis.scalars
        let claimAt = ClaimLocator(reading.analysis)
        var used = Set<Int>()
        return article.notices.map { truth in
            let required = Set(truth.amends.required.compactMap { claimAt.claim(opening: $0, in: scalars) })
            let optional = Set(truth.amends.optional.compactMap { claimAt.claim(opening: $0, in: scalars) })
            guard let start = find(truth.starts, in: scalars), let endStart = find(truth.ends, in: scalars) else {
                return Pairing(truth: truth, extent: nil, required: required, optional: optional, found: nil)
            }
            let extent = TextRange(start, endStart + truth.ends.unicodeScalars.count)
            var best: (index: Int, overlap: Int)?
            for (i, found) in reading.notices.enumerated() where !used.contains(i) {
                let overlap = min(found.notice.range.end, extent.end) - max(found.notice.range.start, extent.start)
                if overlap > 0, overlap > (best?.overlap ?? 0) { best = (i, overlap) }
            }
            if let best { used.insert(best.index) }
            return Pairing(truth: truth, extent: extent, required: required, optional: optional, found: best?.index)
        }
    }

    /// Whether a found issuer is the truth's: both none, or the same name once case, accents and a leading article
    /// ("the", "le", "la", "les", "l'") are set aside — the truth writers kept or dropped the article either way.
    static func sameIssuer(_ found: String?, _ truth: String?) -> Bool {
        func key(_ name: String?) -> String? {
            guard let name else { return nil }
            var words = FoldedText.fold(name).split(separator: " ").map(String.init)
            if let first = words.first {
                if ["the", "le", "la", "les"].contains(first), words.count > 1 { words.removeFirst() }
                else if first.hasPrefix("l'"), first.count > 2 { words[0] = String(first.dropFirst(2)) }
            }
            return words.joined(separator: " ")
        }
        return key(found) == key(truth)
    }

    /// Claim numbers (1-based, as the shell shows them), sorted.
    private static func numbers(_ indices: Set<Int>) -> String {
        "[" + indices.sorted().map { String($0 + 1) }.joined(separator: ",") + "]"
    }

    /// Every occurrence of `needle` in `scalars`.
    static func occurrences(of needle: String, in scalars: ScalarText) -> [TextRange] {
        let pattern = Array(needle.unicodeScalars)
        guard let first = pattern.first, pattern.count <= scalars.count else { return [] }
        var found: [TextRange] = []
        var i = 0
        while i + pattern.count <= scalars.count {
            if scalars[i] == first, Array(scalars[i..<(i + pattern.count)]) == pattern {
                found.append(TextRange(i, i + pattern.count))
                i += pattern.count
            } else {
                i += 1
            }
        }
        return found
    }

    /// `range` without the white space, emphasis and brackets around its words: an extent is exact when its words are
    /// the truth's. The corpus's truth writers put a notice's enclosing brackets in or out either way ("(This story has
    /// been updated.)", "[UPDATE, Aug. 26] …" with or without the bracket). A bracket counts as enclosing only when
    /// its partner is in the range too: "(Update: …" that lost its closing parenthesis is not the truth's extent.
    static func innerExtent(_ range: TextRange, in scalars: ScalarText) -> TextRange {
        let space = Set(" \t\n\u{A0}*_".unicodeScalars)
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["(": ")", "[": "]", "{": "}", "<": ">"]
        var start = range.start, end = range.end
        while start < end, space.contains(scalars[start]) { start += 1 }
        while end > start, space.contains(scalars[end - 1]) { end -= 1 }
        guard start < end, let close = pairs[scalars[start]] else { return TextRange(start, end) }
        if scalars[end - 1] == close {
            // Brackets around the whole notice.
            return innerExtent(TextRange(start + 1, end - 1), in: scalars)
        }
        // Brackets around its marker ("[MàJ à 16h] …"): the opening one is not a word of the notice.
        if scalars[(start + 1)..<end].contains(close) { return innerExtent(TextRange(start + 1, end), in: scalars) }
        return TextRange(start, end)
    }

    /// The scalar offset of the first occurrence of `needle` in `scalars`.
    static func find(_ needle: String, in scalars: ScalarText) -> Int? {
        occurrences(of: needle, in: scalars).first?.start
    }
}

/// Finds the claim a truth sentence is, by where its opening words stand in the text.
struct ClaimLocator {
    private var occurrences: [(range: TextRange, claim: Int)] = []

    init(_ analysis: ArticleAnalysis) {
        for (index, claim) in analysis.claims.enumerated() {
            for range in claim.occurrences { occurrences.append((range, index)) }
        }
    }

    /// The claim with an occurrence containing the first occurrence of `opening`.
    func claim(opening: String, in scalars: ScalarText) -> Int? {
        guard let start = ArticleEvaluator.find(opening, in: scalars) else { return nil }
        let end = start + opening.unicodeScalars.count
        return occurrences.first { $0.range.start < end && start < $0.range.end }?.claim
    }

    /// The claims with an occurrence lying mostly (more than half its length) inside one of `spans`.
    func claims(mostlyInside spans: [TextRange]) -> [Int] {
        Set(occurrences.filter { occurrence in
            spans.contains { span in
                2 * (min(span.end, occurrence.range.end) - max(span.start, occurrence.range.start)) > occurrence.range.length
            }
        }.map(\.claim)).sorted()
    }

    /// How many claim occurrences start inside `extent`.
    func claims(startingIn extent: TextRange) -> Int {
        occurrences.filter { $0.range.start >= extent.start && $0.range.start < extent.end }.count
    }
}

extension ArticleEvaluator {
    /// One JSON line per candidate of each notice matched to the truth: the article, the notice's number in the
    /// truth, the claim (1-based), its score and rank, the truth's label (required 1, optional -1, else 0), and the
    /// claim's and the notice's texts (to read a policy's errors); a
    /// required claim that is no candidate gets a line with score 0 and rank -1. For trying link policies offline
    /// (`notice-eval --candidate-lines dev`), on the development half only.
    public static func candidateLines(_ article: CorpusArticle, bytes: [UInt8]) -> [String] {
        guard let decoded = try? ArticleDecoder.decode(bytes) else { return [] }
        let reading = NoticeReading(decoded.text)
        var lines: [String] = []
        for (number, pairing) in pairings(article, reading).enumerated() {
            guard let matched = pairing.found else { continue }
            let truth = pairing.truth, required = pairing.required, optional = pairing.optional
            let found = reading.notices[matched]
            let head = "{\"file\": \"\(article.file)\", \"notice\": \(number), \"relation\": \"\(found.relation.rawValue)\", \"truthRelation\": \"\(truth.relation)\", "
            for (rank, candidate) in found.candidates.enumerated() {
                let label = required.contains(candidate.claimIndex) ? 1 : optional.contains(candidate.claimIndex) ? -1 : 0
                let signals = candidate.signals.vector.map { "\($0)" }.joined(separator: ", ")
                var texts = "\"claimText\": "
                JSONWriter.appendQuoted(reading.analysis.claims[candidate.claimIndex].text, into: &texts)
                texts += ", \"noticeText\": "
                JSONWriter.appendQuoted(found.notice.text, into: &texts)
                lines.append(head + "\"claim\": \(candidate.claimIndex + 1), \"score\": \(candidate.score), \"rank\": \(rank), \"label\": \(label), "
                    + texts + ", \"signals\": [\(signals)]}")
            }
            for claim in required.subtracting(found.candidates.map(\.claimIndex)).sorted() {
                lines.append(head + "\"claim\": \(claim + 1), \"score\": 0, \"rank\": -1, \"label\": 1}")
            }
        }
        return lines
    }
}
