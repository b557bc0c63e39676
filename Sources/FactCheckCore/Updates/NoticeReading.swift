/// What the tool makes of an article's update notices: for each, its suggested links, its ranked candidate
/// claims, its relation and its issuer. The shell's annotations and the corpus evaluation both read this.
public struct NoticeReading: Sendable {
    /// One notice with what the linker suggests for it.
    public struct Entry: Sendable {
        /// The notice.
        public var notice: ArticleNotice
        /// Claims linked at the shell's threshold, best first.
        public var links: [UpdateLink]
        /// Every claim with a positive score, best first (the links lead the list).
        public var candidates: [UpdateLink]
        /// The relation its wording expresses (`addition` when none).
        public var relation: UpdateRelation
        /// Who issued the notice, when the text names them.
        public var issuer: String?
    }

    /// The article's analysis.
    public var analysis: ArticleAnalysis
    /// The notices in reading order.
    public var notices: [Entry]

    /// Reads `text` as the shell does (no claim details).
    public init(_ text: String, language: Language? = nil) {
        self.init(ArticleReader.analyze(text, language: language, details: false))
    }

    /// Links the notices of `analysis`.
    /// - Complexity: linear in the number of claims plus notices (see `UpdateLinker`).
    public init(_ analysis: ArticleAnalysis) {
        self.analysis = analysis
        // The linker indexes every claim's words: an article without notices (most of them) needs none of it.
        guard !analysis.notices.isEmpty else {
            notices = []
            return
        }
        let linker = UpdateLinker(analysis)
        notices = analysis.notices.map { notice in
            let relation = UpdateLinker.relation(of: notice)
            let candidates = linker.candidates(for: notice, relation: relation)
            let links = candidates.filter { $0.score >= UpdateLinker.threshold }
            return Entry(
                notice: notice, links: links, candidates: candidates, relation: relation,
                issuer: UpdateLinker.issuer(of: notice))
        }
    }
}
