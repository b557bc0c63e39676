import FactCheckCore
import Testing

/// One notice per relation cue, French and English: the wording decides, then the marker, then `addition`.
@Suite struct NoticeRelationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var marker: String
        var text: String
        var relation: UpdateRelation
        var testDescription: String { "\(marker): \(text.prefix(50)) → \(relation.rawValue)" }
    }

    static let cases: [Case] = [
        // partial denial
        Case(marker: "MISE A JOUR", text: "Pierre Paperon dément en partie l'information.", relation: .partialDenial),
        Case(marker: "Update", text: "The company partially denied the report.", relation: .partialDenial),
        Case(marker: "UPDATE", text: "Despite what we heard last night, the owner says they might reopen.", relation: .partialDenial),
        Case(marker: "Mise à jour", text: "Contrairement à ce que nous écrivions, le magasin pourrait rouvrir.", relation: .partialDenial),
        // retraction
        Case(marker: "Note de la rédaction", text: "Nous retirons cet article, dont les sources ne tiennent pas.", relation: .retraction),
        Case(marker: "Editor's note", text: "We have retracted the claim that the senator accepted money.", relation: .retraction),
        Case(marker: "MAJ 2", text: "Le préfet revient sur ses propos.", relation: .retraction),
        // correction (the outlet's own error)
        Case(marker: "Mise à jour", text: "Nous avions écrit par erreur que le stade avait coûté 12 millions.", relation: .correction),
        Case(marker: "Update", text: "An earlier version of this story misstated the cost of the bridge.", relation: .correction),
        Case(marker: "Mise à jour", text: "On apprend que ce n'était qu'un bug ; il n'est plus possible de revenir en arrière.", relation: .correction),
        Case(marker: "Update", text: "The figure turned out to be a typo in the report.", relation: .correction),
        Case(marker: "Correction", text: "The sentence should have said 45 million, not 4.5 million.", relation: .correction),
        Case(marker: "Erratum", text: "Il fallait lire 3 millions d'euros et non pas 30.", relation: .correction),
        Case(marker: "Update", text: "This article has been corrected to fix the name of the mayor.", relation: .correction),
        Case(marker: "MAJ", text: "Une coquille s'était glissée dans le titre.", relation: .correction),
        Case(marker: "Rectification", text: "le pont a coûté 45 millions.", relation: .correction),
        Case(marker: "Corrigendum", text: "the bridge cost $45 million.", relation: .correction),
        // denial (someone says the reported fact is not so)
        Case(marker: "Mise à jour", text: "Le groupe dément avoir licencié 200 salariés.", relation: .denial),
        Case(marker: "Update", text: "Acme denied that it would cut jobs.", relation: .denial),
        Case(marker: "Mise à jour", text: "La rédaction nous signale que, contrairement à ce que nous avions affirmé, ses articles n'ont jamais été retirés.", relation: .denial),
        Case(marker: "Mise à jour", text: "Le constructeur déclare qu'il s'agissait d'une erreur.", relation: .denial),
        Case(marker: "UPDATE", text: "Police are now saying that the suspect was not shot.", relation: .denial),
        Case(marker: "Update", text: "The spokesman said the report was not true.", relation: .denial),
        Case(marker: "Update", text: "His office told a reporter that the vote was not a mistake.", relation: .denial),
        Case(marker: "UPDATE", text: "Or Not", relation: .denial),
        Case(marker: "MàJ", text: "Ou pas.", relation: .denial),
        Case(marker: "Update", text: "The mayor's office called the report unfounded.", relation: .denial),
        Case(marker: "Mise à jour", text: "La mairie juge ces accusations sans fondement.", relation: .denial),
        Case(marker: "Update", text: "Whether or not the plant closes, the workers will be paid.", relation: .addition),
        // confirmation
        Case(marker: "Mise à jour (14 h 30)", text: "Le ministère confirme la création de 3 500 postes.", relation: .confirmation),
        Case(marker: "Update", text: "The plan was indeed dropped, the mayor said.", relation: .confirmation),
        Case(marker: "MAJ", text: "La fermeture a bel et bien eu lieu ce matin.", relation: .confirmation),
        // news that names the source of its own facts confirms nothing the article said
        Case(marker: "MAJ", text: "Le randonneur a été retrouvé. Cette découverte a été confirmée par les pompiers.", relation: .addition),
        Case(marker: "Update", text: "The hiker was found alive on Monday; the rescue was confirmed by the county sheriff.", relation: .addition),
        Case(marker: "Update", text: "The company confirmed that the plant will close; it was confirmed by the union too.", relation: .confirmation),
        // "préciser" as a reporting verb, or "précision" as details, clarifies nothing
        Case(marker: "MAJ", text: "Le suspect a été interpellé, a précisé le procureur. Aucune précision sur son identité.", relation: .addition),
        Case(marker: "Mise à jour", text: "La mairie précise que seule la rue nord est fermée.", relation: .clarification),
        Case(marker: "MàJ", text: "Le ministère a apporté des précisions sur le calendrier.", relation: .clarification),
        // clarification
        Case(marker: "Mise à jour", text: "Free a apporté quelques clarifications sur le sujet.", relation: .clarification),
        Case(marker: "Update", text: "The city explains that the work concerns the north side only.", relation: .clarification),
        Case(marker: "UPDATE", text: "But is it staying closed? We don't know.", relation: .clarification),
        Case(marker: "Editor's note", text: "To be clear, the council has not voted yet.", relation: .clarification),
        Case(marker: "NDLR", text: "Pour être clair, le conseil n'a pas encore voté.", relation: .clarification),
        // the marker decides when the wording does not
        Case(marker: "Rectificatif", text: "le stade a coûté 15 millions d'euros.", relation: .correction),
        Case(marker: "Correction", text: "The bridge cost $45 million.", relation: .correction),
        Case(marker: "Précision", text: "les travaux concernent le côté nord.", relation: .clarification),
        // wire revision notes
        Case(marker: "Actualisé", text: "avec déclarations supplémentaires, précisions)", relation: .addition),
        Case(marker: "Changement de titre", text: "texte inchangé)", relation: .clarification),
        Case(marker: "Corrects", text: "spelling of name in paragraph 3)", relation: .correction),
        // what remains
        Case(marker: "MàJ", text: "La préfecture a publié l'arrêté de circulation.", relation: .addition),
        Case(marker: "Update", text: "Two staffers have been fired, I'm told.", relation: .addition),
    ]

    @Test(arguments: cases)
    func relation(_ c: Case) {
        #expect(NoticeRelationReader.relation(text: c.text, marker: c.marker) == c.relation)
    }
}
