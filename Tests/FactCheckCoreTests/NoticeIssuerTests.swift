import FactCheckCore
import Testing

/// Who issues a notice: the one who says it, as a newsroom attributes it, not what the notice is about.
@Suite struct NoticeIssuerTests {
    @Test(arguments: [
        // The speaker after the statement, before or after its verb.
        ("Elm Avenue is open to cars again, the county said.", "the county"),
        ("The ferry to the island is running again, said the harbour office.", "the harbour office"),
        ("The boil-water notice for Westfield has been lifted, the water board said in a statement.", "the water board"),
        ("La rue des Lilas est de nouveau ouverte, a indiqué la mairie.", "la mairie"),
        ("Le tunnel du Mont est rouvert aux voitures, indique la préfecture dans un communiqué.", "la préfecture"),
        ("Route 9 is open again in both directions, state police said.", "state police"),
        ("Le couvre-feu est levé, a précisé la préfecture ce mardi matin.", "la préfecture"),
        // After "selon" / "according to".
        ("Le pont de la Gare est rouvert à la circulation, selon la préfecture.", "la préfecture"),
        ("The missing climber was found alive, according to the Mountain Rescue Service.", "the Mountain Rescue Service"),
        // Opening the statement.
        ("Harbour police say the missing swimmer was found alive on Sunday.", "Harbour police"),
        ("La compagnie des bus annonce la reprise du service à 18 heures.", "La compagnie des bus"),
        ("Valley Power has confirmed that every home has its electricity back.", "Valley Power"),
        // A name set off at the opening speaks too.
        ("Claire Dumas, la directrice de l'usine, dément toute fermeture du site.", "Claire Dumas"),
        // The body a channel speaks for: "les informations de", "une source du", "a statement from".
        ("Selon les informations de Radio Nord, le col est de nouveau ouvert.", "Radio Nord"),
        ("Le bilan passe à trois blessés, selon une source du parquet de Lille.", "le parquet de Lille"),
        ("Le trafic reprend à 18 heures, selon un communiqué de la SNCF.", "la SNCF"),
        ("Two lanes are open again, according to a statement from the county.", "the county"),
        ("Selon les informations du Bureau des enquêtes (BEI), le tireur était seul.", "le Bureau des enquêtes (BEI)"),
        // The subject after an opening phrase of circumstance speaks as one opening the sentence does.
        ("Following our report, the mayor said on Wednesday that the vote would take place in March.", "the mayor"),
        ("In its statement released Thursday, the library board said it would cut Sunday hours.", "the library board"),
        ("Dans son communiqué publié mardi, la mairie précise que la fermeture durera six mois.", "la mairie"),
        // An auxiliary before the participle, and a pronoun before the verb, leave it a verb.
        ("Google France nous a communiqué vendredi soir les explications suivantes.", "Google France"),
        // The agent of a publication.
        ("Le bilan monte à douze morts, selon un nouveau bilan communiqué par la préfecture.", "la préfecture"),
        ("The toll rose to nine, in figures released by the county coroner.", "the county coroner"),
        // A channel named as the speaker speaks for its body; an aside does not hide the speaker before it.
        ("Two streets are open again, a spokeswoman for the Riverside fire department said.", "the Riverside fire department"),
        ("Le trafic reprend, a précisé un porte-parole de la SNCF.", "la SNCF"),
        ("The mayor, who visited the shelter on Monday, announced that the curfew is over.", "The mayor"),
        ("La préfète, qui s'est rendue sur place, a annoncé la levée du confinement.", "La préfète"),
        // Quoted words are the quoted speaker's; the attribution names who wrote or told them.
        ("\"Police say the road is safe now,\" Councilwoman Ann Ruiz wrote on Facebook.", "Councilwoman Ann Ruiz"),
        ("« Selon les pompiers, tout danger est écarté », a écrit la maire sur son compte.", "la maire"),
        ("\"The bridge is open again,\" Mayor Tom Reyes told reporters.", "Mayor Tom Reyes"),
        ("D'après les gendarmes, le randonneur a été retrouvé.", "les gendarmes"),
        // A document speaks for whose it is; a name in apposition; the attribution goes on after "adding".
        ("Selon le dernier bilan de la préfecture, quatre maisons ont été inondées.", "la préfecture"),
        ("Selon une estimation d'Enedis, le courant reviendra à 21 heures.", "Enedis"),
        ("According to the latest count from the Red Cross, 200 people slept at the shelter.", "the Red Cross"),
        ("Selon les informations du Télégramme, le port a rouvert.", "le Télégramme"),
        ("D'après un bilan communiqué par la préfecture mercredi, 40 foyers restent sans courant.", "la préfecture"),
        ("\"We found the fault,\" said Tom Reyes, a utility spokesman.", "Tom Reyes"),
        ("Le courant est rétabli, a déclaré le maire, Jean Martin.", "le maire"),
        ("The utility's president, Jane Roe, said power would be back by 9 p.m.", "Jane Roe"),
        ("The mayor, speaking at a news conference, said the curfew is over.", "The mayor"),
        ("Power was restored at 5 p.m., the utility said in a statement, adding that a cable was damaged.", "the utility"),
        // The attribution carried on past a comma; an apposition without an article; a relative clause on the
        // speaker; a document's agent; a speaker who "has since" spoken.
        ("The leak is sealed, fire officials said, adding that residents may return.", "fire officials"),
        ("\"Everyone is home,\" said Fire Chief Ana Ruiz, adding that the road is open.", "Fire Chief Ana Ruiz"),
        ("« Nous avons évacué 200 personnes », a déclaré Paul Girard, préfet de l'Aude, précisant que l'eau baisse.", "Paul Girard"),
        ("The road is open again, said Tom Reyes, who lives on Bridge Street.", "Tom Reyes"),
        ("Selon les chiffres communiqués par le Sdis, 200 personnes ont été évacuées.", "le Sdis"),
        ("The harbour office has since confirmed that the ferry sails.", "The harbour office"),
        ("The road is open again, said a neighbour, Bill Chen, whose house faces the bridge.", "Bill Chen"),
        ("The company denied the report on Friday.", "The company"),
        ("La mairie dément toute fermeture de l'école.", "La mairie"),
        // An abbreviation keeps its full stop inside a name.
        ("The U.S. Forest Service said the trail has reopened.", "The U.S. Forest Service"),
        // A title line is a sentence of its own: the speaker ends there.
        ("\"Le pire est passé\", souligne Léa Martin\n\nLa maire a remercié les bénévoles.", "Léa Martin"),
    ])
    func theSpeakerIssuesTheNotice(text: String, issuer: String) {
        #expect(NoticeReading.issuer(in: text) == issuer)
    }

    @Test(arguments: [
        // What the update is about is not who issued it.
        "Elm Avenue has reopened to traffic.",
        "Rue des Lilas : la circulation est rétablie depuis 15 heures.",
        // An anonymous or vague source names no issuer.
        "Two more homes were flooded, according to a neighbour.",
        "Le bilan monte à trois blessés, selon une source proche de l'enquête.",
        "Le stade restera fermé jusqu'à lundi, selon nos informations.",
        "The storm has passed, many residents said.",
        // A pronoun, or a clause of the statement rather than its attribution.
        "They said the bridge would reopen soon, but it is still closed.",
        "As reported by readers, the market hall is open again.",
        "À Lyon, la ligne B circule de nouveau.",
        // The page itself is no issuer.
        "The original version of this story stated that the bridge was closed.",
        "La version précédente de cet article indiquait que le pont était fermé.",
        // A statement not made; a document; a name set off whose verb is no speech.
        "Officials have not said when the bridge will reopen.",
        "Les autorités n'ont pas précisé quand le pont rouvrira.",
        "According to the latest count, 40 basements were flooded.",
        "Selon le dernier bilan, quatorze maisons ont été inondées.",
        "Mill Road, the main route into downtown, has reopened to traffic.",
        "Selon le dernier sondage, la majorité des habitants approuve le projet.",
        "National Grid did not say what caused the leak; residents were allowed back.",
        // A vote and a ruling are no statements.
        "Voters said yes to the cleanup levy in March.",
        "The judge denied bail for the driver on Tuesday.",
        "Le pont Wilson, fermé depuis lundi, a rouvert à la circulation.",
        // A name alone on a title line says nothing.
        "Léa Martin\n\nLa maire a démenti toute fermeture.",
        // A word of speech after a determiner is a noun: what the newsroom reported, not who speaks.
        "Following our report of October 3, Mayor Ann Carter asked to respond.",
        "Initial reports incorrectly detailed the recount of the table games election.",
        "Early reports suggested that the bridge had collapsed.",
        // Negative: a first clause that is no phrase of circumstance, its own subject and verb.
        "The mayor resigned, her deputy said nothing about the vote.",
        "Suite à notre communiqué du 3 octobre, la piscine reste fermée.",
        // The newsroom contradicting what it reported: itself, no speaker.
        "Contrary to what we reported in an earlier version of this article, the vote was 5 to 2.",
        "Contrairement à ce que nous avions écrit, le pont rouvrira en juillet.",
    ])
    func noSpeakerNoIssuer(text: String) {
        #expect(NoticeReading.issuer(in: text) == nil)
    }
}
