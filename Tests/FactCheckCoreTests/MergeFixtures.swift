@testable import FactCheckCore

/// A small article and its unreviewed annotations: the base two editors start from in merge, diff and check tests.
enum MergeFixtures {
    static let article = """
        Le ministère a publié 3 500 contrats en 2013.

        Selon l'Insee, le chômage a baissé de 1,5 % en un an.

        Le budget du projet atteint 285 millions d'euros, dont 135 millions d'argent public.

        Le président de la société a annoncé son départ pour les prochains mois.

        MISE A JOUR : le ministère dément le chiffre de 3 500 contrats publiés en 2013.
        """

    static let analysis = ArticleReader.analyze(article)

    /// The unreviewed set.
    static let base = AnnotationSet.build(from: analysis, articlePath: "seeds/article.txt")

    /// The article as `AnnotationCheck` wants it.
    static let checkArticle = AnnotationCheck.Article(scalars: analysis.scalars, sha256: analysis.sha256)

    /// One editor's change to one claim (by index), at a time.
    struct Edit: Sendable {
        var claim: Int
        var edit: ClaimEdit
        var by: String
        var at: String

        init(_ claim: Int, _ edit: ClaimEdit, by: String, at: String = "2026-11-29T10:00:00Z") {
            (self.claim, self.edit, self.by, self.at) = (claim, edit, by, at)
        }
    }

    /// `set` with `edits` applied in order.
    static func applying(_ edits: [Edit], to set: AnnotationSet = base) throws -> AnnotationSet {
        var result = set
        for edit in edits {
            result = try result.applying(edit.edit, toClaimAt: edit.claim, by: edit.by, at: edit.at)
        }
        return result
    }
}
