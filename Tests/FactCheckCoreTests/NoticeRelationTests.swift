@testable import FactCheckCore
import Testing

/// One notice per relation cue and per negation that flips one, French and English: the wording decides, then the
/// marker, then "updated with" and bare contrasts, then `addition`.
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
        // Deleting an article is news when it is a law's, or a search engine's result (twentieth session's review).
        Case(marker: "MISE À JOUR", text: "Les députés ont voté de supprimer l'article 3 du projet de loi.", relation: .addition),
        Case(marker: "MISE À JOUR", text: "Google a finalement accepté de supprimer l'article de ses résultats.", relation: .addition),
        // correction (the outlet's own error)
        Case(marker: "Mise à jour", text: "Nous avions écrit par erreur que le stade avait coûté 12 millions.", relation: .correction),
        Case(marker: "Update", text: "An earlier version of this story misstated the cost of the bridge.", relation: .correction),
        // A heading that names the correction with an article before it, or with an apology after it.
        Case(marker: "A correction and an apology", text: "A serious error was made in last week's article on the rescue.", relation: .correction),
        Case(marker: "Rectificatif et excuses", text: "Une grave erreur s'est glissée dans notre article sur le sauvetage.", relation: .correction),
        Case(marker: "A note to readers", text: "The mayor spoke again on Tuesday about the bridge.", relation: .addition),
        Case(marker: "Mise à jour", text: "On apprend que ce n'était qu'un bug ; il n'est plus possible de revenir en arrière.", relation: .correction),
        Case(marker: "Update", text: "The figure turned out to be a typo in the report.", relation: .correction),
        Case(marker: "Correction", text: "The sentence should have said 45 million, not 4.5 million.", relation: .correction),
        Case(marker: "Erratum", text: "Il fallait lire 3 millions d'euros et non pas 30.", relation: .correction),
        Case(marker: "Update", text: "This article has been corrected to fix the name of the mayor.", relation: .correction),
        // The piece said to hold errors, an update made for a correction, an error pointed out to the writer; not a
        // report's document holding errors, nor a party's pointing out.
        Case(marker: "Editor's Note", text: "Friday's story concerning the budget contained some errors. A corrected article follows.", relation: .correction),
        Case(marker: "Note de la rédaction", text: "Notre article de vendredi contenait une erreur sur le budget.", relation: .correction),
        Case(marker: "Update", text: "This story has been updated to reflect a correction in the name of the survivor.", relation: .correction),
        Case(marker: "UPDATE", text: "It was pointed out to me that the reporter does not write the headline.", relation: .correction),
        Case(marker: "MAJ", text: "Un lecteur m'a fait remarquer que le barrage date de 1952.", relation: .correction),
        Case(marker: "Update", text: "The audit found that the county's budget contained some errors.", relation: .addition),
        // An earlier version that lacked what was learned since: an addition; one that was wrong still corrects.
        Case(marker: "Editor's note", text: "We published an earlier version of this article with only the first email. This article has been updated to reflect new information.", relation: .addition),
        Case(marker: "Note de la rédaction", text: "Une version précédente de cet article ne citait que le premier courriel ; il a été mis à jour avec de nouvelles informations.", relation: .addition),
        Case(marker: "Editor's note", text: "An earlier version of this article misstated the suspect's age. It has been updated with new information.", relation: .correction),
        // Under a correction's label, or where the earlier version said what is now replaced, it still corrects (the
        // session's second review).
        Case(marker: "Correction", text: "An earlier version of this story was updated to reflect new information about the date.", relation: .correction),
        Case(marker: "Rectificatif", text: "Cet article a été mis à jour avec de nouvelles informations sur la date.", relation: .correction),
        Case(marker: "Update", text: "An earlier version of this story said five workers were hurt. It has been updated to reflect new information.", relation: .correction),
        Case(marker: "Mise à jour", text: "Une version précédente de cet article indiquait 500 hectares ; elle a été mise à jour avec de nouvelles informations.", relation: .correction),
        Case(marker: "Mise à jour", text: "Le maire a fait remarquer que le barrage date de 1952.", relation: .addition),
        Case(marker: "Update", text: "Our original piece contained some errors about Dr. Wu's career.", relation: .correction),
        // A party's report or statement, or a party quoted after a colon (the session's review).
        Case(marker: "Update", text: "The comptroller's office said on Tuesday that its report contained some errors.", relation: .addition),
        Case(marker: "Update", text: "The ministry's online statement has been updated to reflect a correction issued by the comptroller.", relation: .addition),
        Case(marker: "UPDATE", text: "Kerr told the council on Wednesday: The discrepancy was pointed out to me by auditors in 2021.", relation: .addition),
        Case(marker: "Mise à jour", text: "Le président de l'ONG explique : un chercheur m'a fait remarquer un problème dans nos données.", relation: .addition),
        Case(marker: "MAJ", text: "Une coquille s'était glissée dans le titre.", relation: .correction),
        Case(marker: "Rectification", text: "le pont a coûté 45 millions.", relation: .correction),
        Case(marker: "Corrigendum", text: "the bridge cost $45 million.", relation: .correction),
        // denial (someone says the reported fact is not so)
        Case(marker: "Mise à jour", text: "Le groupe dément avoir licencié 200 salariés.", relation: .denial),
        Case(marker: "Update", text: "Acme denied that it would cut jobs.", relation: .denial),
        Case(marker: "MàJ", text: "L'agence a fait une autre déclaration pour nier les rumeurs de grossesse.", relation: .denial),
        Case(marker: "Mise à jour", text: "Sans nier le problème, la direction annonce un plan de recrutement.", relation: .addition),
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

    /// The cues found in the survey of notices outside the corpus (docs/notice-relation-survey.md), one case each.
    static let surveyCases: [Case] = [
        // partial denial: one half confirmed, the other denied; "partly true"; "conteste une partie"
        Case(marker: "Update", text: "The ministry confirmed the closure but denied that jobs would be cut.", relation: .partialDenial),
        Case(marker: "MAJ", text: "Le groupe confirme la fermeture mais dément tout licenciement.", relation: .partialDenial),
        Case(marker: "Update", text: "The mayor's office denied the fee increase but acknowledged that parking would shrink.", relation: .partialDenial),
        Case(marker: "Mise à jour", text: "La mairie dément la hausse, tout en reconnaissant une baisse des places.", relation: .partialDenial),
        Case(marker: "Update", text: "The union said the report was partly true.", relation: .partialDenial),
        Case(marker: "MàJ", text: "Le club conteste une partie des chiffres publiés.", relation: .partialDenial),
        Case(marker: "MAJ", text: "Le ministère relativise l'ampleur des suppressions.", relation: .partialDenial),
        // retraction
        Case(marker: "Editor's note", text: "We no longer stand by this story and have removed its central claim.", relation: .retraction),
        Case(marker: "Note de la rédaction", text: "Cet article a été dépublié à la demande de la rédaction.", relation: .retraction),
        Case(marker: "Editor's note", text: "This article should never have been published; it has been taken down.", relation: .retraction),
        Case(marker: "NDLR", text: "Nous avons supprimé cet article, dont les sources n'étaient pas vérifiées.", relation: .retraction),
        Case(marker: "Erratum", text: "Nous présentons nos excuses aux lecteurs et avons décidé de supprimer l'article en question de notre site.", relation: .retraction),
        Case(marker: "Note de la rédaction", text: "Nous avons décidé de supprimer de notre site la version initiale de cet article.", relation: .retraction),
        Case(marker: "Mise à jour", text: "Le fabricant annonce « supprimer cette référence de notre site » dès lundi.", relation: .addition),
        Case(marker: "Note de la rédaction", text: "Ce texte n'aurait jamais dû figurer dans nos pages ; nous présentons nos excuses.", relation: .retraction),
        Case(marker: "Editor's note", text: "This column should never have appeared in print, and we apologize to our readers.", relation: .retraction),
        // correction in the outlet's own voice
        Case(marker: "Correction", text: "An article on Monday misquoted the council chair; she said review, not repeal.", relation: .correction),
        Case(marker: "Update", text: "A photo caption wrongly identified the winner of the race.", relation: .correction),
        Case(marker: "Update", text: "The headline mistakenly referred to the county as a city.", relation: .correction),
        Case(marker: "Update", text: "We apologize for the error in the opening paragraph.", relation: .correction),
        Case(marker: "Update", text: "The festival director is Ana Ruiz, not Ana Ruis as we had it.", relation: .correction),
        Case(marker: "Mise à jour", text: "Nous avions indiqué à tort que le maire était candidat.", relation: .correction),
        Case(marker: "MAJ", text: "Une erreur s'est glissée dans le tableau des résultats.", relation: .correction),
        Case(marker: "MàJ", text: "Un correctif a été apporté au deuxième paragraphe.", relation: .correction),
        Case(marker: "Mise à jour", text: "Il s'agit en réalité du frère de l'adjoint, et non de son fils.", relation: .correction),
        Case(marker: "Update", text: "The mayor is not a member of the board as we suggested.", relation: .correction),
        Case(marker: "Update", text: "We wrote that the tax rose and the fee fell; it was the other way round.", relation: .correction),
        Case(marker: "MAJ", text: "Nous écrivions que le loyer baissait ; c'est l'inverse.", relation: .correction),
        Case(marker: "Update", text: "The correct opening date of the library is June 3.", relation: .correction),
        Case(marker: "Mise à jour", text: "Nous présentons à nos lecteurs nos plus sincères excuses.", relation: .correction),
        Case(marker: "Update", text: "My sincere apologies to readers.", relation: .correction),
        Case(marker: "MàJ", text: "Le stade a ouvert en 1998, contrairement à ce qu'indiquait l'éditorial.", relation: .correction),
        // the outlet's apology outweighs the denial it relays
        Case(marker: "RECTIFICATIF", text: "Nous avons rapporté qu'un accord avait été signé ; la préfecture a depuis démenti. Nous présentons nos excuses à nos lecteurs.", relation: .correction),
        // news collocations and idioms are not cues: a wrongful conviction, "ce n'est pas le cas de", "s'est bien passé"
        Case(marker: "Update", text: "The court ruled that the man was wrongly convicted in 1998.", relation: .addition),
        Case(marker: "MAJ", text: "Ce n'est pas le cas de toutes les communes du département.", relation: .addition),
        Case(marker: "MAJ", text: "L'opération s'est bien passée, selon la préfecture.", relation: .addition),
        Case(marker: "Update", text: "The suspect was taken down by officers near the station.", relation: .addition),
        Case(marker: "MAJ", text: "Le tribunal rejette le recours de l'association.", relation: .addition),
        // a third party calling the report false denies it; the same words alone correct
        Case(marker: "Update", text: "The county said the report was inaccurate.", relation: .denial),
        Case(marker: "Update", text: "A spokesman called the story false and misleading.", relation: .denial),
        Case(marker: "MAJ", text: "La direction juge ces chiffres erronés.", relation: .denial),
        Case(marker: "Mise à jour", text: "Le maire affirme que l'information est inexacte.", relation: .denial),
        Case(marker: "Update", text: "The company dismissed the report as baseless.", relation: .denial),
        Case(marker: "Update", text: "The figure in the chart was wrong; the budget is 4 million dollars.", relation: .correction),
        // denial
        Case(marker: "UPDATE", text: "A spokesperson for the agency is disputing the report.", relation: .denial),
        Case(marker: "Update", text: "Officials debunked the rumor on Monday.", relation: .denial),
        Case(marker: "MAJ", text: "Le parquet infirme cette version des faits.", relation: .denial),
        Case(marker: "Mise à jour", text: "Le club nie avoir reçu une offre.", relation: .denial),
        Case(marker: "Update", text: "The studio confirmed the listing was a hoax.", relation: .denial),
        Case(marker: "MàJ", text: "L'éditeur confirme que la capture d'écran est un faux.", relation: .denial),
        Case(marker: "Update", text: "Police said this was not the case.", relation: .denial),
        Case(marker: "MAJ", text: "Selon la gendarmerie, ce n'est pas le cas.", relation: .denial),
        Case(marker: "Update", text: "The claims are unsubstantiated, the firm said.", relation: .denial),
        Case(marker: "Mise à jour", text: "Droit de réponse de la mairie : les travaux ont été votés en 2019.", relation: .denial),
        Case(marker: "Update", text: "The prosecutor's office said the description was not accurate.", relation: .denial),
        // negations flip a cue: nothing of the kind is said
        Case(marker: "Update", text: "The White House did not deny the report.", relation: .addition),
        Case(marker: "Update", text: "The spokesman would neither confirm nor deny the meeting.", relation: .addition),
        Case(marker: "Update", text: "Officials refused to confirm or deny the account.", relation: .addition),
        Case(marker: "Update", text: "We could not confirm the figure independently.", relation: .addition),
        Case(marker: "Update", text: "The hospital has not confirmed the death.", relation: .addition),
        Case(marker: "Update", text: "The cause of the fire remains unconfirmed.", relation: .addition),
        Case(marker: "Update", text: "He has never denied the affair.", relation: .addition),
        Case(marker: "Update", text: "The paper has refused to retract the story.", relation: .addition),
        Case(marker: "MAJ", text: "L'Élysée ne dément pas l'information.", relation: .addition),
        Case(marker: "MAJ", text: "Le ministère n'a pas confirmé la date.", relation: .addition),
        Case(marker: "Mise à jour", text: "Le club n'a ni confirmé ni démenti.", relation: .addition),
        Case(marker: "Mise à jour", text: "Une information non démentie par l'entourage du ministre.", relation: .addition),
        // a negation of the delay, or "ne … que" (only), flips nothing
        Case(marker: "MAJ", text: "Le porte-parole n'a pas tardé à démentir.", relation: .denial),
        Case(marker: "Update", text: "The company did not hesitate to deny it.", relation: .denial),
        Case(marker: "MAJ", text: "Le rapport ne fait que confirmer nos informations.", relation: .confirmation),
        Case(marker: "EDIT", text: "Le communiqué ne nous apprend rien, si ce n’est la confirmation du report.", relation: .confirmation),
        Case(marker: "MAJ", text: "Le responsable n'est autre que le maire, confirme la préfecture.", relation: .confirmation),
        // a cue under a concession is background
        Case(marker: "Update", text: "The app listed the store as open even though that was untrue.", relation: .addition),
        Case(marker: "MAJ", text: "Le site annonçait des places libres alors que c'est faux depuis midi.", relation: .addition),
        Case(marker: "Mise à jour", text: "Même si la mairie confirme le calendrier, les travaux restent suspendus.", relation: .addition),
        // confirmation
        Case(marker: "Update", text: "The newspaper said it stands by its reporting.", relation: .confirmation),
        Case(marker: "MAJ", text: "La rédaction maintient ses informations.", relation: .confirmation),
        Case(marker: "MàJ", text: "Les annonces étaient bien prévues pour octobre.", relation: .confirmation),
        Case(marker: "Mise à jour", text: "Le constructeur a officialisé la date de sortie.", relation: .confirmation),
        Case(marker: "MAJ", text: "Un second témoin corrobore ce récit.", relation: .confirmation),
        Case(marker: "Update", text: "Reached by phone, the company confirmed the units were shipped, not sold.", relation: .confirmation),
        // clarification
        Case(marker: "Update", text: "By 'closed' we meant closed to traffic, not to pedestrians.", relation: .clarification),
        Case(marker: "MAJ", text: "Par « fermé », il fallait comprendre fermé à la circulation.", relation: .clarification),
        Case(marker: "Editor's note", text: "The earlier headline was misleading about the scope of the ban.", relation: .clarification),
        Case(marker: "NDLR", text: "Le titre initial prêtait à confusion.", relation: .clarification),
        Case(marker: "Mise à jour", text: "La direction précise toutefois que seuls les cadres sont concernés.", relation: .clarification),
        Case(marker: "Update", text: "Our earlier wording was imprecise: the fee applies to new members only.", relation: .clarification),
        // after the marker: "updated with" adds, a bare contrast corrects, and the marker outranks both
        Case(marker: "Update", text: "This story has been updated with comment from the mayor's office.", relation: .addition),
        Case(marker: "Mise à jour", text: "Cet article a été mis à jour avec la réaction du préfet.", relation: .addition),
        Case(marker: "Update", text: "The bridge cost 40 million dollars, not 14 million.", relation: .correction),
        Case(marker: "MAJ", text: "Le suspect n'est pas le fils du maire mais son neveu.", relation: .correction),
        Case(marker: "Clarification", text: "the fee applies to new members, not existing ones.", relation: .clarification),
    ]

    /// The cues and guards of the second round (docs/notice-relation-survey.md, "Round 2"), one case each.
    static let roundTwoCases: [Case] = [
        // a report said to overstate is partly denied
        Case(marker: "Update", text: "The ministry said the report exaggerated the number of layoffs.", relation: .partialDenial),
        Case(marker: "Update", text: "The union says the figures in the story were overblown.", relation: .partialDenial),
        Case(marker: "EDIT", text: "Les syndicats ont exagéré les chiffres, estime la direction.", relation: .partialDenial),
        Case(marker: "MAJ", text: "Selon l'éditeur, le site a largement exagéré la portée de la faille.", relation: .partialDenial),
        // … but the outlet's own overstatement is its correction, and news or a negated overstatement is neither
        Case(marker: "Update", text: "We exaggerated the size of the crowd; it was about 2,000 people.", relation: .correction),
        Case(marker: "MàJ", text: "J'ai un peu exagéré dans le titre : il s'agit de 200 postes.", relation: .correction),
        Case(marker: "Update", text: "An earlier version of this story overstated the cost of the bridge.", relation: .correction),
        Case(marker: "MAJ", text: "Les usagers dénoncent des tarifs exagérés depuis la rentrée.", relation: .addition),
        Case(marker: "MAJ", text: "Sans exagération, la fermeture est historique pour la ville.", relation: .addition),
        Case(marker: "Update", text: "It is no exaggeration to say the vote was close.", relation: .addition),
        Case(marker: "Update", text: "The company did not exaggerate its losses, the auditor found.", relation: .addition),
        // an apology or a correction inside a party's quoted statement is that party's, not the outlet's
        Case(marker: "Mise à jour", text: "Le fabricant nous a fait parvenir l'explication suivante : « Un paramètre a été modifié par erreur ; nous nous excusons, il sera rétabli lundi. »", relation: .clarification),
        Case(marker: "Update", text: "The store gave the following explanation: \u{201C}Prices were displayed incorrectly for an hour. We regret the error.\u{201D}", relation: .clarification),
        Case(marker: "Update", text: "The bank sent a statement: \"A batch of payments was processed twice in error. We apologize.\"", relation: .addition),
        // … while the outlet's own words outside the quotation still correct
        Case(marker: "Update", text: "We misquoted the mayor, who said \"review\", not \"repeal\".", relation: .correction),
        Case(marker: "Update", text: "\u{2018}We didn\u{2019}t check the figures,\u{2019} the editor said; the paper regrets the error.", relation: .correction),
        // a quotation left open is not one ("12-inch", a notice cut short)
        Case(marker: "Update", text: "The 12\" record was incorrectly listed as an album.", relation: .correction),
        // a word or three in quotation marks is mentioned, not used; a party's quoted clarification still clarifies
        Case(marker: "Update", text: "See also the \u{2018}clarifications\u{2019} page of the regional daily.", relation: .addition),
        Case(marker: "MAJ", text: "Voici d'autres « clarifications » publiées par le quotidien.", relation: .addition),
        Case(marker: "Update", text: "The ministry said: \"We want to clarify that only primary schools are concerned.\"", relation: .clarification),
        // a party's explanation clarifies; asking for one does not
        Case(marker: "MàJ", text: "Le ministère a apporté des explications sur le retard des travaux.", relation: .clarification),
        Case(marker: "Update", text: "The agency offered an explanation for the outage on Friday.", relation: .clarification),
        Case(marker: "MAJ", text: "Le maire a demandé des explications au préfet.", relation: .addition),
        // what was reported still holds
        Case(marker: "Update", text: "In the end, the merger rumor stands.", relation: .confirmation),
        Case(marker: "MAJ", text: "L'information tient toujours, selon nos sources au ministère.", relation: .confirmation),
        Case(marker: "Update", text: "A spokesperson said the paper is standing by its story.", relation: .confirmation),
        Case(marker: "Update", text: "The old mill still stands after the storm.", relation: .addition),
        Case(marker: "Update", text: "Her story stands out among the week's reports.", relation: .addition),
    ]

    /// The cues of the fifth round (docs/notice-relation-survey.md, "Fifth round"), one case each.
    static let roundFiveCases: [Case] = [
        // saying, impersonally, that what was reported is not planned denies it
        Case(marker: "Update", text: "A senior official said there are no plans to close the base.", relation: .denial),
        Case(marker: "Update", text: "An insider said there are no plans or grounds for a recall at this time.", relation: .denial),
        Case(marker: "Update", text: "The council said there were no plans, formal or informal, to sell the park.", relation: .denial),
        Case(marker: "Update", text: "A White House official said that there are currently no plans to host the team.", relation: .denial),
        Case(marker: "Update", text: "The ministry said there is no plan to raise the tax.", relation: .denial),
        Case(marker: "Update", text: "Asked about the merger, the chief executive said it is not going to happen.", relation: .denial),
        Case(marker: "Update", text: "The studio said there is no truth to the casting rumor.", relation: .denial),
        Case(marker: "Update", text: "There is no truth in the story, the minister's office said.", relation: .denial),
        Case(marker: "MàJ", text: "Contacté, le constructeur indique que rien n'est prévu pour l'Europe.", relation: .denial),
        Case(marker: "MAJ", text: "De source interne, il semblerait que rien ne soit prévu cette année.", relation: .denial),
        Case(marker: "Mise à jour", text: "La mairie affirme que rien n'était prévu pour cette date.", relation: .denial),
        Case(marker: "MAJ", text: "Le ministère indique qu'un tel remaniement n'est pas prévu.", relation: .denial),
        Case(marker: "MAJ", text: "Selon la préfecture, le couvre-feu n'était pas prévu ce week-end.", relation: .denial),
        Case(marker: "Mise à jour", text: "Une hausse des tarifs n'est pas à l'ordre du jour, selon l'opérateur.", relation: .denial),
        Case(marker: "MàJ", text: "Interrogé, le ministre répond que ce projet n'est pas d'actualité.", relation: .denial),
        // a party's own intention is as often its next step, news, as a denial: the notice alone does not say which
        Case(marker: "Update", text: "The carmaker said it has no plans to appeal the ruling and will pay the fine.", relation: .addition),
        Case(marker: "MAJ", text: "Le constructeur indique qu'aucun projet de recours n'a été déposé à ce jour.", relation: .addition),
        Case(marker: "Update", text: "The club said it had no intention of selling the stadium.", relation: .addition),
        Case(marker: "Update", text: "The team has no plan today beyond a light practice.", relation: .addition),
        // an event called off is news, not a report denied
        Case(marker: "Mise à jour", text: "Le concert de samedi n'aura pas lieu ; il est reporté au mois de mars.", relation: .addition),
        Case(marker: "Update", text: "The parade will not take place this year because of the storm.", relation: .addition),
        // … and the same words under a party's confirmation still deny; a cue of its own decides before them
        Case(marker: "Update", text: "The company confirmed there are no plans to close the plant.", relation: .denial),
        Case(marker: "Update", text: "An earlier version of this story misstated that the city had no plans to close the pool.", relation: .correction),
    ]

    /// The cues of the sixth round (docs/notice-relation-survey.md, "Sixth round"), with the text they must not read.
    static let roundSixCases: [Case] = [
        // the source of a report walking it back retracts it; a policy reversed or a look back is news
        Case(marker: "Update", text: "The columnist has since walked back the claim, saying her source was mistaken.", relation: .retraction),
        Case(marker: "UPDATE 3", text: "The network is now backing away from its story about the trade.", relation: .retraction),
        Case(marker: "MAJ", text: "Le blogueur est revenu sur son information dans la soirée.", relation: .retraction),
        Case(marker: "Mise à jour", text: "Le quotidien a fait machine arrière sur ses informations après l'appel du club.", relation: .retraction),
        Case(marker: "MAJ", text: "Le ministre fait marche arrière sur la réforme des retraites.", relation: .addition),
        Case(marker: "Mise à jour", text: "Le documentaire revient sur l'affaire de 1994 dans son dernier épisode.", relation: .addition),
        Case(marker: "Update", text: "The governor walked back to his car after the vote.", relation: .addition),
        // a party walking back its own statement is news, not the report withdrawn (review)
        Case(marker: "Update", text: "The ministry on Friday walked back the minister's statement, saying the border would stay open.", relation: .addition),
        Case(marker: "Update", text: "The senator later backtracked on her tweet about the vaccine.", relation: .addition),
        Case(marker: "Mise à jour", text: "L'Élysée est revenu sur les propos du président, assurant que les troupes resteraient.", relation: .addition),
        Case(marker: "MAJ", text: "Le ministre est revenu sur sa déclaration de lundi concernant les péages.", relation: .addition),
        // the outlet noting, at the notice's start, that part of its page was taken down; a platform doing so is news
        Case(marker: "MAJ", text: "Vidéo retirée à la demande de la chaîne.", relation: .retraction),
        Case(marker: "Update", text: "Video removed at the request of the copyright holder.", relation: .retraction),
        Case(marker: "Update", text: "The platform says the video removed on Friday broke its rules.", relation: .addition),
        Case(marker: "MAJ", text: "YouTube indique que la vidéo supprimée enfreignait ses règles.", relation: .addition),
        // a party's statement opening on a first-person negation after the notice names the report denies; what it
        // does not know yet does not
        Case(marker: "Mise à jour", text: "Après l'article du quotidien, le directeur affirme : « Nous n'avons jamais envisagé de vendre l'usine ».", relation: .denial),
        Case(marker: "Update", text: "Responding to the report, a spokesperson said: \u{201C}We did not receive any offer for the company.\u{201D}", relation: .denial),
        Case(marker: "Update", text: "\u{201C}We have not yet identified the cause of the outage,\u{201D} the operator said.", relation: .addition),
        Case(marker: "MAJ", text: "« Nous n'avons pas encore de date de réouverture », indique la mairie.", relation: .addition),
        Case(marker: "Update", text: "Asked about the report, the company said: \u{201C}We never discussed a sale with anyone.\u{201D}", relation: .denial),
        Case(marker: "MAJ", text: "Interrogé sur ces informations, le club répond : « Nous n'avons jamais reçu d'offre. »", relation: .denial),
        // a quoted first-person negation with no report named is as often news (review)
        Case(marker: "Update", text: "In a statement, the bakery said: \u{201C}We did not foresee the queues, and we are baking through the night.\u{201D}", relation: .addition),
        Case(marker: "MAJ", text: "Dans un communiqué, le festival indique : « Nous n'avons pas anticipé une telle affluence et nous ouvrons un second site. »", relation: .addition),
        Case(marker: "Update", text: "\u{201C}We haven't seen crowds like this in years,\u{201D} the stadium manager said on Sunday.", relation: .addition),
        // the outlet saying its earlier wording was unclear clarifies; its words of error still correct
        Case(marker: "Update", text: "A previous version of this article was unclear about who paid for the study; the university did.", relation: .clarification),
        Case(marker: "MAJ", text: "Une version précédente de cet article a créé une confusion ; nous l'avons reformulée pour indiquer clairement que seul le parc nord ferme.", relation: .clarification),
        Case(marker: "Update", text: "An earlier version of this story misstated the date of the vote, causing confusion.", relation: .correction),
        Case(marker: "Clarification", text: "The story should have made clear that the survey covered only two regions.", relation: .clarification),
        Case(marker: "Update", text: "This article has been updated to make clear that the fee applies only to new members.", relation: .clarification),
        Case(marker: "MAJ", text: "Nous n'avions pas été assez clairs : seul le parc nord ferme cet été.", relation: .clarification),
        // unclear or "to make clear" said of the news, not of the outlet's wording, is news; a denial in it stays (review)
        Case(marker: "Update", text: "Firefighters said on Monday it was unclear what started the blaze.", relation: .addition),
        Case(marker: "Update", text: "The coach held a press conference on Friday to make clear that he would not resign.", relation: .addition),
        Case(marker: "Update", text: "The union denied the report, adding that it was not clear where the figures came from.", relation: .denial),
        Case(marker: "MAJ", text: "La préfecture a démenti l'information, ajoutant qu'il n'était pas clair d'où provenait la rumeur.", relation: .denial),
        Case(marker: "Mise à jour", text: "Les enquêteurs indiquent qu'il n'était pas clair si le conducteur était seul.", relation: .addition),
        Case(marker: "MAJ", text: "Le maire a pris la parole pour indiquer clairement que la taxe n'augmenterait pas.", relation: .addition),
        Case(marker: "Update", text: "The reasons for the delay were unclear, the airline said.", relation: .addition),
        Case(marker: "Update", text: "An earlier version of this article gave the wrong date for the vote.", relation: .correction),
        Case(marker: "MAJ", text: "Une version précédente de cet article indiquait 2019 ; il s'agit de 2018.", relation: .correction),
        // under a "Précision" or "Clarification" marker, a party's act or a word of falsity it relays does not
        // outrank the marker; the outlet's own correction or retraction does
        Case(marker: "Précision", text: "la fédération dément les chiffres erronés publiés hier par un confrère.", relation: .clarification),
        Case(marker: "Clarification", text: "The union denied the report, which the article mentioned in passing.", relation: .clarification),
        Case(marker: "Précision", text: "Nous avions indiqué à tort que la piscine fermait en juillet.", relation: .correction),
        Case(marker: "Clarification", text: "We have retracted the paragraph about the mayor's salary.", relation: .retraction),
        Case(marker: "Clarification", text: "An earlier version of this article said the fee applied to all members; it applies to new ones.", relation: .clarification),
        // a party confirming that a state has ended reports the change (news); confirming a report is confirmation
        Case(marker: "Update", text: "The county has confirmed the ferry service resumed just after noon.", relation: .addition),
        Case(marker: "Mise à jour", text: "La préfecture confirme que la circulation a repris sur la rocade vers 17 heures.", relation: .addition),
        Case(marker: "Update", text: "The county has confirmed the ferry service was suspended on Monday.", relation: .confirmation),
        Case(marker: "Mise à jour", text: "La préfecture confirme que la rocade est coupée depuis 15 heures.", relation: .confirmation),
        Case(marker: "Update", text: "As we reported, the ferry service resumed just after noon.", relation: .confirmation),
        // words of an ending in prose (a place, a level) or negated confirm the report: no ending is news here
        Case(marker: "Update", text: "Deputies confirmed the stolen van was located behind the depot when the alarm rang.", relation: .confirmation),
        Case(marker: "Update", text: "The agency confirmed that ferry fares are back up above $12 for the summer.", relation: .confirmation),
        Case(marker: "Mise à jour", text: "Le parquet confirme que des traces de sang ont été retrouvées dans le coffre.", relation: .confirmation),
        Case(marker: "Mise à jour", text: "La préfecture confirme que la circulation ne sera pas rétablie avant lundi.", relation: .confirmation),
        Case(marker: "Update", text: "The county confirmed that the ferry service has not resumed.", relation: .confirmation),
        Case(marker: "Mise à jour", text: "Les gendarmes confirment que la randonneuse a été retrouvée saine et sauve.", relation: .addition),
    ]

    /// The cues of the seventh round, with the text they must not read.
    /// A label under a live hour, or under another label, says what kind of note it is; a correction's label
    /// outranks the confirmation its own account of what it had said reads as.
    static let roundTenCases: [Case] = [
        Case(marker: "10.02pm", text: "Correction: \"collapsed onto the railway\", as this page said, is wrong.", relation: .correction),
        Case(marker: "23h10", text: "Correction : la participation s'établit à 61 %, et non à 65 %.", relation: .correction),
        Case(marker: "Correction", text: "La participation s'établit à 61 %, et non à 65 % comme nous l'indiquions à 20h30.", relation: .correction),
        Case(marker: "Update", text: "Rectificatif : le pont rouvrira en juillet, et non en juin.", relation: .correction),
        // The newsroom contradicting its first version: its own correction, not a party's denial.
        Case(marker: "Contrairement à ce que nous avions écrit dans une première version",
             text: "Contrairement à ce que nous avions écrit dans une première version de cet article, le pont rouvrira en juillet.",
             relation: .correction),
        // An acknowledgement is read by what is acknowledged: the outlet's own error corrects; a party's error in
        // its figures, a crowd or delays are the news ("acknowledges the" as a confirmation was tried and dropped).
        Case(marker: "Update", text: "We acknowledged that our story was wrong: the bridge cost $3 million, not $30 million.", relation: .correction),
        Case(marker: "Update", text: "The mayor acknowledged the crowd of protesters before announcing longer opening hours.", relation: .addition),
        Case(marker: "CORRECTION", text: "The zoning board denied the request to rezone the lot; our story said it approved it.", relation: .correction),
        // "Disputes" is a denial as a verb with its object, not as a noun ("legislative disputes").
        Case(marker: "Update", text: "A CBS News producer disputes the report with an anonymous source.", relation: .denial),
        Case(marker: "Update", text: "The senator said insults are not the way to settle legislative disputes, and apologized.", relation: .addition),
        // Negative: a live hour over news, and a confirmation under a plain label, stay what their wording says.
        Case(marker: "21h40", text: "Le préfet annonce que la route a rouvert.", relation: .addition),
        Case(marker: "Update", text: "The company confirmed the plant will close in June, as we reported.", relation: .confirmation),
    ]

    static let roundSevenCases: [Case] = [
        // a confirmation sought, awaited or yet to come confirms nothing
        Case(marker: "Update", text: "A contractor told us the old oak is only being trimmed. Confirmation is being sought from the parks office.", relation: .addition),
        Case(marker: "Update", text: "The ferry is running again, though the operator's website has yet to be updated with confirmation of the timetable.", relation: .addition),
        Case(marker: "Update", text: "The league has yet to confirm the forfeit.", relation: .addition),
        Case(marker: "Update", text: "The company has yet to deny the report.", relation: .addition),
        Case(marker: "MAJ", text: "Selon un riverain, le platane sera seulement élagué ; l'information reste à confirmer auprès de la mairie.", relation: .addition),
        Case(marker: "Mise à jour", text: "Le bac circule de nouveau, en attente de confirmation de la part de la compagnie.", relation: .addition),
        Case(marker: "MAJ", text: "Le tournage reprendrait en mai, mais il faudra attendre la confirmation du studio.", relation: .addition),
        // … while a confirmation given before such words, or after a clause that ends them, still confirms
        Case(marker: "Update", text: "The league confirmed the forfeit, which fans were awaiting confirmation of since Monday.", relation: .confirmation),
        Case(marker: "Update", text: "The mayor, who had yet to speak on Friday, confirmed the closure of the pool.", relation: .confirmation),
        Case(marker: "MAJ", text: "Le club confirme le départ de l'entraîneur, en attente de confirmation depuis lundi.", relation: .confirmation),
        Case(marker: "Mise à jour", text: "La préfecture a confirmé la fermeture de la rocade, qui restait à confirmer hier soir.", relation: .confirmation),
        // the outlet saying a passage of its page was changed corrects it, unless the change made it clearer; a
        // sentence that is a prison term, a bill's text or a team's change are news
        Case(marker: "Editor's note", text: "This paragraph was changed to give the correct opening hours of the library.", relation: .correction),
        Case(marker: "Update", text: "This quote has been reworded to match the recording.", relation: .correction),
        Case(marker: "Note de la rédaction", text: "Cette phrase a été modifiée pour décrire exactement le montant de l'aide.", relation: .correction),
        Case(marker: "MAJ", text: "Ce passage a été reformulé après la relecture de l'entretien.", relation: .correction),
        Case(marker: "Editor's note", text: "This sentence was changed to make clear that only the north wing is closed.", relation: .clarification),
        Case(marker: "MAJ", text: "Ce paragraphe a été modifié pour indiquer plus clairement que seule l'aile nord ferme.", relation: .clarification),
        Case(marker: "Update", text: "The defendant's sentence was changed on appeal to five years.", relation: .addition),
        Case(marker: "Update", text: "The team changed its coach after the third defeat.", relation: .addition),
        Case(marker: "MAJ", text: "Le texte a été modifié par le Sénat dans la nuit.", relation: .addition),
        Case(marker: "Mise à jour", text: "Le club a changé d'entraîneur ; ce passage de témoin a été salué par les supporters.", relation: .addition),
        // a confirmation named as still to come, its words apart, confirms nothing; a court's sentence is no passage
        Case(marker: "Update", text: "Confirmation of the driver's name has yet to come.", relation: .addition),
        Case(marker: "Update", text: "Police have not named the driver; confirmation is expected on Friday.", relation: .addition),
        Case(marker: "Mise à jour", text: "La confirmation de la préfecture est toujours attendue.", relation: .addition),
        Case(marker: "Update", text: "The defence said this sentence was changed in an earlier case as well.", relation: .addition),
        Case(marker: "Update", text: "The county confirmed the driver's name; the autopsy is expected on Friday.", relation: .confirmation),
    ]

    @Test(arguments: cases + surveyCases + roundTwoCases + roundFiveCases + roundSixCases + roundSevenCases + roundTenCases)
    func relation(_ c: Case) {
        #expect(NoticeRelationReader.relation(text: c.text, marker: c.marker) == c.relation)
    }

    /// A confirmation confirms what the article left open: a hedged or time-bound claim among the notice's three best
    /// candidates. With none, "X confirms that …" reports new facts and names their source: an addition.
    @Test(arguments: [
        ("""
            The company reportedly plans to close its plant in Milltown next year.

            Update: The company confirmed on Monday that it will close the Milltown plant next year.
            """, UpdateRelation.confirmation),
        ("""
            L'entreprise aurait l'intention de fermer son usine de Pontville l'an prochain.

            Mise à jour : l'entreprise a confirmé lundi la fermeture de l'usine de Pontville l'an prochain.
            """, .confirmation),
        ("""
            A pile-up on Route 175 closed both lanes on Tuesday morning.

            Update: Police confirm that thirteen vehicles, three of them trucks, were involved in the pile-up.
            """, .addition),
        ("""
            Un carambolage a fermé la route 175 dans les deux sens mardi matin.

            Mise à jour : la police confirme que treize véhicules, dont trois camions, ont été impliqués dans le carambolage.
            """, .addition),
    ] as [(String, UpdateRelation)])
    func aConfirmationConfirmsWhatTheArticleLeftOpen(_ article: String, _ relation: UpdateRelation) {
        #expect(NoticeReading(article).notices.map(\.relation) == [relation])
    }

    @Test(arguments: [
        ("@we did not|we have not…report", ["we did not", "we have not"]),
        ("dement|conteste…mais confirme", ["dement", "conteste"]),
        ("retracte", ["retracte"]),
        ("…ends only", [String]()),
        ("a||b", ["a", "b"]),
    ])
    func aCueIsIndexedByItsFirstPhrases(_ cue: String, _ firsts: [String]) {
        #expect(NoticeRelationReader.CompiledCues.firstPhrases(of: cue) == firsts)
    }
}
