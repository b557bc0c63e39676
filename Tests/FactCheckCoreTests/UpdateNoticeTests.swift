import FactCheckCore
import Foundation
import Testing

/// Update notices on short articles of our own, French and English: every marker style, every relation, the
/// links to the original claim and its restatements, and prose that only mentions updating.
@Suite struct UpdateNoticeTests {
    /// An article and what its notices must be: marker, relation, issuer, and the claims each amends (by a
    /// distinctive fragment of their text).
    struct Case: CustomTestStringConvertible, Sendable {
        struct Expected: Sendable {
            var marker: String
            var relation: UpdateRelation
            var issuer: String? = nil
            var amends: [String]
        }
        var name: String
        var text: String
        var notices: [Expected]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "fr: MISE A JOUR at the top, partial denial, issuer", text: """
            La mairie de Lyon a fermé trois piscines municipales cet été pour raisons budgétaires.
            MISE A JOUR : Jeanne Morel, adjointe aux sports, dément en partie l'information : deux piscines seulement ont été fermées pour raisons budgétaires.

            Le budget des sports a baissé de 12 % en 2024, selon le rapport annuel.

            Selon les syndicats, la fermeture des piscines municipales pour raisons budgétaires menace quarante emplois.
            """, notices: [.init(marker: "MISE A JOUR", relation: .partialDenial, issuer: "Jeanne Morel",
                                 amends: ["La mairie de Lyon a fermé", "Selon les syndicats"])]),
        Case(name: "fr: Mise à jour (14 h 30), confirmation", text: """
            Le ministère va créer 3 500 postes d'enseignants à la rentrée, selon nos informations.

            Les syndicats jugent l'annonce insuffisante.

            Mise à jour (14 h 30) : Le ministère confirme la création de 3 500 postes d'enseignants.
            """, notices: [.init(marker: "Mise à jour (14 h 30)", relation: .confirmation, amends: ["3 500 postes"])]),
        Case(name: "fr: Rectificatif, correction", text: """
            La rénovation du stade a coûté 12 millions d'euros à la ville.

            Les travaux ont duré deux ans.

            Rectificatif : une précédente version de cet article indiquait par erreur que la rénovation du stade avait coûté 12 millions d'euros ; elle en a coûté 15.
            """, notices: [.init(marker: "Rectificatif", relation: .correction, amends: ["La rénovation du stade"])]),
        Case(name: "fr: Mise à jour à 22h47, denial", text: """
            L'entreprise Dufour a licencié 200 salariés dans son usine de Lille.

            Mise à jour à 22h47: L'entreprise Dufour dément avoir licencié 200 salariés à Lille.

            Le site emploie 900 personnes.
            """, notices: [.init(marker: "Mise à jour à 22h47", relation: .denial, amends: ["licencié 200 salariés dans"])]),
        Case(name: "fr: MàJ and Précision, clarification", text: """
            Les travaux du tramway commenceront en mars sur l'avenue Jean-Jaurès.

            Précision : la mairie précise que les travaux du tramway commenceront en mars côté nord seulement.

            MàJ : La préfecture a publié l'arrêté de circulation.
            """, notices: [
                .init(marker: "Précision", relation: .clarification, amends: ["Les travaux du tramway"]),
                .init(marker: "MàJ", relation: .addition, amends: []),
            ]),
        Case(name: "fr: Erratum and MAJ 2 glued to the previous sentence", text: """
            Le festival a attiré 80 000 spectateurs selon les organisateurs.

            Le préfet a salué une édition sans incident.

            Erratum : le festival a attiré 60 000 spectateurs selon les organisateurs, et non 80 000.MAJ 2 : Le préfet retire ses propos sur une édition sans incident.
            """, notices: [
                .init(marker: "Erratum", relation: .correction, amends: ["80 000 spectateurs"]),
                .init(marker: "MAJ 2", relation: .retraction, amends: ["Le préfet a salué"]),
            ]),
        Case(name: "fr: Mise à jour du 3 mars inline after a sentence", text: """
            La banque centrale a relevé son taux directeur à 4 %. Mise à jour du 3 mars : la banque centrale dément avoir relevé son taux directeur.

            Les marchés ont reculé.
            """, notices: [.init(marker: "Mise à jour du 3 mars", relation: .denial, amends: ["relevé son taux directeur à 4"])]),
        Case(name: "fr: prose about updating is not a notice", text: """
            Nous mettrons à jour cet article dès que possible.

            La mise à jour du logiciel de paie a provoqué des retards de versement.

            Le ministère a annoncé une correction des barèmes en avril.
            """, notices: []),
        Case(name: "en: Update:, denial by a spokesperson", text: """
            Acme Corp will cut 500 jobs at its Ohio plant, according to two people familiar with the plan.

            The plant opened in 1998.

            Update: Acme Corp denied that it would cut 500 jobs at the Ohio plant.
            """, notices: [.init(marker: "Update", relation: .denial, amends: ["Acme Corp will cut 500 jobs"])]),
        Case(name: "en: UPDATE (3/12), confirmation, and a restatement", text: """
            UPDATE (3/12): The mayor's office confirmed that the library budget will be cut by 20 percent.

            The city plans to cut the library budget by 20 percent next year, officials said.

            Librarians have protested outside city hall.

            If the library budget is cut by 20 percent, branches will close on Sundays.
            """, notices: [.init(marker: "UPDATE (3/12)", relation: .confirmation,
                                 amends: ["The city plans to cut", "If the library budget"])]),
        Case(name: "en: Correction: an earlier version incorrectly stated", text: """
            The new bridge cost $40 million and took three years to build.

            Commuters say traffic has improved.

            Correction: An earlier version of this article incorrectly stated that the new bridge cost $40 million. It cost $45 million.
            """, notices: [.init(marker: "Correction", relation: .correction, amends: ["The new bridge cost"])]),
        Case(name: "en: Editor's note, retraction; Updated at 10:30 am, addition", text: """
            Senator Blake accepted $10,000 from a lobbying firm, records show.

            Updated at 10:30 am: The hearing has been moved to Thursday.

            Editor's note: We have retracted the claim that Senator Blake accepted $10,000 from a lobbying firm.
            """, notices: [
                .init(marker: "Updated at 10:30 am", relation: .addition, amends: []),
                .init(marker: "Editor's note", relation: .retraction, amends: ["Senator Blake accepted"]),
            ]),
        Case(name: "en: Clarification and EDIT", text: """
            The vaccine was approved for children under five by the regulator on Monday.

            Clarification: The regulator approved the vaccine for children between two and five, not all children under five.

            EDIT: The company partially denied that the vaccine was approved for all children under five.
            """, notices: [
                .init(marker: "Clarification", relation: .clarification, amends: ["The vaccine was approved"]),
                .init(marker: "EDIT", relation: .partialDenial, amends: ["The vaccine was approved"]),
            ]),
        Case(name: "en: Update. marker", text: """
            Heavy rain flooded the subway station on Main Street, the transit authority said.

            Update. The transit authority said the subway station on Main Street reopened at noon after the flooding.
            """, notices: [.init(marker: "Update", relation: .addition, amends: ["Heavy rain flooded"])]),
        Case(name: "en: prose about updates is not a notice", text: """
            Key updates

            Google updated its documentation on Tuesday.

            Update your browser to see the new features, the company said.

            The correction of the figures took two weeks.
            """, notices: []),
    ]

    @Test(arguments: cases)
    func noticesAreFoundLinkedAndClassified(_ testCase: Case) {
        let analysis = ArticleReader.analyze(testCase.text)
        let set = AnnotationSet.build(from: analysis, articlePath: "a.txt")
        #expect(set.updates.map(\.marker) == testCase.notices.map(\.marker))
        for (update, expected) in zip(set.updates, testCase.notices) {
            #expect(update.relation == expected.relation, "\(update.marker): \(update.text)")
            if let issuer = expected.issuer { #expect(update.issuer == issuer) }
            let amended = update.amends.compactMap { link in set.claims.first { $0.id == link.claim }?.text }
            for fragment in expected.amends {
                #expect(amended.contains { $0.contains(fragment) }, "\(update.marker) should amend «\(fragment)»; it amends \(amended)")
            }
            #expect(amended.count == expected.amends.count, "\(update.marker) amends \(amended)")
        }
        // A notice is never a claim.
        for update in set.updates {
            #expect(!set.claims.contains { $0.text.contains(update.text.prefix(30)) })
        }
    }

    /// The first article: one notice, a partial denial by Pierre Paperon, linked to the lede and to its restatement
    /// in the body (the audit Bercy asked for), and to nothing else.
    @Test func theSeedArticlesNotice() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try #require(FileManager.default.contents(atPath: root.appendingPathComponent("seeds/cloudwatt-audit.txt").path))
        let set = AnnotationSet.build(from: ArticleReader.analyze(try ArticleDecoder.decode(Array(data)).text), articlePath: "seed")
        #expect(set.updates.count == 1)
        let update = try #require(set.updates.first)
        #expect(update.marker == "MISE A JOUR")
        #expect(update.relation == .partialDenial)
        #expect(update.issuer == "Pierre Paperon")
        let amended = update.amends.compactMap { link in set.claims.first { $0.id == link.claim } }
        #expect(amended.map(\.n) == [1, 9])
        #expect(amended[0].text.hasPrefix("Bercy a demandé qu'un audit soit fait sur Cloudwatt"))
        #expect(amended[1].text.contains("Bercy demande à ses services de réaliser un audit sur Cloudwatt"))
        #expect(update.amends.allSatisfy { $0.score > 0 && $0.score <= 1 && !$0.confirmed })
    }

    @Test(arguments: [
        ("MISE A JOUR : x", "MISE A JOUR"), ("Mise à jour (14 h 30) : x", "Mise à jour (14 h 30)"), ("Mise à jour à 22h47: x", "Mise à jour à 22h47"),
        ("MàJ : x", "MàJ"), ("MAJ 2 : x", "MAJ 2"), ("Rectificatif : x", "Rectificatif"), ("Correction : x", "Correction"),
        ("Erratum : x", "Erratum"), ("Précision : x", "Précision"), ("Update: x", "Update"), ("UPDATE (3/12): x", "UPDATE (3/12)"),
        ("Update. X", "Update"), ("Updated at 10:30 am: x", "Updated at 10:30 am"), ("Correction: x", "Correction"),
        ("Clarification: x", "Clarification"), ("Editor's note: x", "Editor's note"), ("Editor’s note: x", "Editor’s note"),
        ("EDIT: x", "EDIT"), ("mise a jour : x", "mise a jour"), ("Mise à jour du 3 mars : x", "Mise à jour du 3 mars"),
        ("Update — x", "Update"), ("NDLR : x", "NDLR"),
    ])
    func markers(_ line: String, _ marker: String) throws {
        let scalars = ScalarText(line)
        let match = try #require(UpdateMarker.match(in: scalars, at: 0, limit: scalars.count))
        #expect(String(String.UnicodeScalarView(scalars[match.marker.start..<match.marker.end])) == marker)
        #expect(scalars[match.bodyStart] == "x" || scalars[match.bodyStart] == "X")
    }

    @Test(arguments: [
        "Update your browser.", "Updated its documentation.", "Correction of the figures took weeks.", "Mise à jour du logiciel : un échec.",
        "Editorial: x", "Edition spéciale : x", "Updates: x", "Précisions sur le budget : x", "Majorité : x",
    ])
    func notMarkers(_ line: String) {
        let scalars = ScalarText(line)
        #expect(UpdateMarker.match(in: scalars, at: 0, limit: scalars.count) == nil)
    }
}
