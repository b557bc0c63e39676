@testable import FactCheckCore
import Testing

/// A right of reply the page publishes is one notice from the paragraph that heads it (the headline naming it, or the
/// newsroom's line presenting it) to the reply's end, its signature and the page's furniture outside; a page that
/// only speaks of one has none.
@Suite struct RightOfReplyTests {
    /// The newsroom's answer under the reply is its own text, and the signature with its title a byline.
    @Test(arguments: [
        ("Droit de réponse de Paul Girard, maire de Pontville\n\nDans votre article du 3 octobre, vous affirmez que la piscine coûtera "
            + "6 millions d'euros. Ce chiffre est faux.\n\nPaul Girard, maire de Pontville\n\nRéponse de la rédaction : nous "
            + "maintenons nos informations. Le chiffre figure dans le rapport de la chambre régionale des comptes.\n",
         "dans le rapport de la chambre régionale des comptes."),
        ("Pool row: the mayor answers our report\n\nAfter our report on the pool, Mayor Ann Grant asked to respond. Here is her "
            + "right of reply.\n\nYour article claims the pool will cost $6 million. That figure is wrong.\n\nAnn Grant\nMayor of "
            + "Milltown\n\nEditor's note: The figure comes from the state auditor's report. The Gazette stands by its story.\n",
         "The Gazette stands by its story."),
    ])
    func theNewsroomsAnswerIsNotTheReply(_ text: String, _ answerEnds: String) {
        let analysis = ArticleReader.analyze(text)
        guard let reply = analysis.notices.first else { Issue.record("no reply"); return }
        let replyText = analysis.scalars.string(reply.range)
        #expect(replyText.hasSuffix("That figure is wrong.") || replyText.hasSuffix("Ce chiffre est faux."), "\(replyText)")
        #expect(!analysis.claims.contains { $0.text.hasPrefix("Paul Girard") || $0.text.hasPrefix("Ann Grant") || $0.text.hasPrefix("Mayor of") })
        let answered = analysis.claims.contains { $0.text.hasSuffix(answerEnds) } || analysis.notices.dropFirst().contains { $0.text.hasSuffix(answerEnds) }
        #expect(answered, "\(analysis.claims.map(\.text))")
    }


    /// A reply ends where the page's own matter begins (a paywall's line, the heading of a list of the site's other
    /// stories): the stories listed below are not the reply's, however they read. A reading suggestion set inside the
    /// reply ("Lire aussi : …", "Read more: …") does not end it (the twenty-first session's review).
    @Test(arguments: [
        ("Droit de réponse\n\nSuite à notre article du 3 mars, la société Martin nous demande de publier ce droit de réponse.\n\n"
            + "« Le contrat a été signé en toute transparence. »\n\nDerniers articles\n\nLa piscine rouvre ses portes samedi matin\n\n"
            + "Le maire présente son budget pour l'an prochain\n", "en toute transparence. »"),
        ("Right of reply\n\nFollowing our story of March 3, Martin Builders asked us to publish this right of reply.\n\n"
            + "\"The contract was signed in full transparency.\"\n\nAlready a subscriber? Log in\n\nThe pool reopens on Saturday "
            + "morning\n\nThe mayor presents next year's budget\n", "in full transparency.\""),
        // A reading suggestion inside the reply.
        ("Droit de réponse\n\nSuite à notre article du 3 mars, la société Martin nous demande de publier ce droit de réponse.\n\n"
            + "« Le contrat a été signé en toute transparence. »\n\nLire aussi : Le marché du stade attribué\n\n"
            + "« Nos comptes sont publics et vérifiés chaque année. »\n", "vérifiés chaque année. »"),
        ("Right of reply\n\nFollowing our story of March 3, Martin Builders asked us to publish this right of reply.\n\n"
            + "\"The contract was signed in full transparency.\"\n\nRead more: Stadium contract awarded\n\n"
            + "\"Our accounts are public and audited every year.\"\n", "audited every year.\""),
    ])
    func aReplyEndsWhereThePagesOwnMatterBegins(_ text: String, _ ends: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.count == 1)
        guard let notice = analysis.notices.first else { return }
        let extent = analysis.scalars.string(notice.range)
        #expect(extent.hasSuffix(ends), "\(extent)")
    }

    @Test(arguments: [
        // The headline closes with the phrase after a comma.
        ("Paul Girard, droit de réponse\n\nPaul Girard, maire de Pontville, répond à notre enquête sur le marché du stade.\n\n"
            + "Contrairement à ce qu'affirme votre article, le marché a été attribué après un appel d'offres public.\n",
         "droit de réponse", "Paul Girard, droit de réponse", "appel d'offres public."),
        ("Paul Girard, right of reply\n\nPaul Girard, mayor of Milltown, answers our report on the stadium contract.\n\n"
            + "Contrary to what your report says, the contract was awarded after a public tender.\n",
         "right of reply", "Paul Girard, right of reply", "after a public tender."),
        // The headline opens with it, as a label.
        ("Droit de réponse à l'article publié lundi sur le marché du stade\n\nNous contestons fermement les accusations portées "
            + "contre notre société.\n\nLe contrat a été signé en toute transparence.\n",
         "Droit de réponse", "Droit de réponse à l'article", "en toute transparence."),
        ("Right of reply: the stadium contract\n\nWe firmly reject the accusations your article makes against our company.\n\n"
            + "The contract was signed in full transparency.\n",
         "Right of reply", "Right of reply: the stadium", "in full transparency."),
        // A letter's subject line opens the label.
        ("Objet : droit de réponse à votre article du 3 mars sur le marché du stade\n\nMonsieur le Directeur,\n\nNous contestons "
            + "les accusations portées contre notre société.\n", "droit de réponse", "Objet : droit de réponse", "contre notre société."),
        ("Re: Right of reply to your story on the stadium contract\n\nWe firmly reject the accusations your story makes.\n",
         "Right of reply", "Re: Right of reply", "your story makes."),
        // A headline naming the reply anywhere, its voice below; a newsroom's line presenting it after the phrase.
        ("Le droit de réponse de Paul Girard\n\nDans votre édition du 14 mai, vous écrivez que j'ai été condamné. C'est faux.\n",
         "droit de réponse", "Le droit de réponse de Paul Girard", "C'est faux."),
        ("Le maire de Pontville nous a adressé un droit de réponse, que nous publions ci-dessous.\n\n« Le marché a été attribué "
            + "après un appel d'offres public. »\n", "droit de réponse", "Le maire de Pontville", "appel d'offres public. »"),
        // A line ending on a colon announces it, "ci-dessous", "following", "suivant" around the phrase.
        ("Deux conseillers municipaux nous ont fait parvenir un droit de réponse. Ci-dessous, le droit de réponse :\n\n« Le marché a été "
            + "attribué après un appel d'offres public. »\n", "droit de réponse", "Deux conseillers", "appel d'offres public. »"),
        ("We publish the following right of reply from Mayor Ann Carter:\n\n\"The contract was awarded after a public tender.\"\n",
         "right of reply", "We publish", "after a public tender.\""),
        ("Nous vous prions de publier le droit de réponse suivant :\n\nLe contrat a été signé en toute transparence.\n",
         "droit de réponse", "Nous vous prions", "en toute transparence."),
        // The newsroom's line presents it; the signature under it and a credit stay outside.
        ("Suite à notre article sur le match de dimanche, l'entraîneur de Pontville a tenu à réagir. Voici son droit de réponse.\n\n"
            + "« Nous avons été peinés par certains propos de l'article. Nos joueuses n'ont provoqué personne. »\n\nPaul Girard\n",
         "droit de réponse", "Suite à notre article", "n'ont provoqué personne. »"),
        ("After our article on Sunday's match, the Milltown coach asked to respond. Here is his right of reply.\n\n"
            + "\"We were hurt by parts of the article. Our players provoked no one.\"\n\nPaul Grant\n",
         "right of reply", "After our article", "provoked no one.\""),
        // The newsroom, or the reply's author, telling that the reply answers the paper's article: the page is the
        // reply from its first paragraph, or from a headline naming it above.
        ("À la suite de notre publication du 31 mars intitulée « Presse patronale », M. Luc Boisnard sollicite un droit de "
            + "réponse.\n\nNous le lui accordons volontiers.\n\nLe syndicat respecte la réglementation.\n",
         "droit de réponse", "À la suite de notre publication", "respecte la réglementation."),
        ("Droit de réponse Gemplus\n\nA la suite de notre article du 10 mars, Gemplus nous demande la publication d'un droit de "
            + "réponse.\n\nAucun dirigeant du groupe n'a cherché à transférer des actifs.\n",
         "Droit de réponse", "Droit de réponse Gemplus", "transférer des actifs."),
        ("Madame, Monsieur,\n\nEn réponse à votre article du 2 décembre :\n\nNous vous prions de publier le droit de réponse "
            + "ci-après à votre article, en vertu de la loi de 1881.\n\nLe président a été réélu régulièrement.\n",
         "droit de réponse", "Madame, Monsieur,", "réélu régulièrement."),
        ("Suite à la parution dans votre quotidien du 29 mai de l'article intitulé « Les villageois ferment l'APC », je vous prie "
            + "d'insérer la mise au point suivante : les élus ont reçu les citoyens et leur ont obtenu un rendez-vous.\n",
         "mise au point", "Suite à la parution", "obtenu un rendez-vous."),
        ("Following our story on the stadium contract, the builder has exercised its right of reply.\n\nThe contract was "
            + "awarded after a public tender.\n", "right of reply", "Following our story", "after a public tender."),
        // A refusal inside the quoted reply is the reply's.
        ("Right of reply\n\nFollowing our report of Sept. 9 on the plant's closure, Harlow Industries requested a right of "
            + "reply, which we publish below.\n\n\"Your report stated that Harlow declined to meet the union. In fact, executives met "
            + "its representatives twice.\"\n", "Right of reply", "Right of reply", "representatives twice.\""),
        // A letter contesting the paper's article, with no phrase naming a reply: "votre article", "your article" in
        // its author's voice, and a word that contests it (or says it answers it) within three paragraphs.
        ("L'ambassade nous écrit\n\nJ'ai lu avec intérêt votre édition du 20 février et l'article sur le sommet en page 3.\n\n"
            + "Je vous prie de bien vouloir rectifier la phrase qui prête à notre pays des accusations qu'il n'a jamais portées.\n",
         "votre édition", "L'ambassade nous écrit", "jamais portées."),
        ("Council should correct its vote report\n\nDear Editor,\n\nWe reference your article of Friday on the parking contract. "
            + "We wish to point out the error in both the headline and the article.\n\nThe council voted 13 to 12 on another motion.\n",
         "your article", "Council should correct", "on another motion."),
        ("Suite à la publication par votre journal du 10 février de l'article intitulé « Le syndrome des sit-in », je tiens à "
            + "démentir les propos que l'auteur m'a attribués.\n", "votre journal", "Suite à la publication", "m'a attribués."),
        // The letter's own words may reject anything ("notre recours a été rejeté"): the paper printed it.
        ("Réponse de l'association des Amis du port\n\nSuite à la publication par votre journal de l'article sur le port, nous "
            + "souhaitons vous répondre.\n\nNous tenons à démentir cette affirmation : notre recours a été rejeté en juin.\n",
         "votre journal", "Réponse de l'association", "rejeté en juin."),
        // A label naming the paper's article it answers is the reply's own title.
        ("Droit de réponse de l'association L214 à notre tribune libre parue le 23 mai\n\n« L'association entend répondre aux "
            + "propos erronés de l'article. »\n", "Droit de réponse", "Droit de réponse de l'association", "de l'article. »"),
        // A headline closing with the phrase and its date, over the newsroom's line that says whose reply it is and
        // presents its text under a colon: the page from its headline.
        ("Bruyères : l'antenne qui fâche, droit de réponse (12/03/2014)\nSuite à la parution de l'article « L'antenne qui "
            + "fâche », la mairie a souhaité faire valoir son droit de réponse. En voici le contenu in extenso :\n« Il faudrait "
            + "penser à la sécurité avant tout. »\n", "droit de réponse", "Bruyères : l'antenne", "avant tout. »"),
        ("Clinique des Cèdres, droit de réponse (12 mars 2014)\n\nLa direction de la clinique nous a adressé son droit de "
            + "réponse à la suite de notre article du 27 février. En voici le contenu :\n\n« Le délai moyen était de 2 h 10. »\n",
         "droit de réponse", "Clinique des Cèdres", "2 h 10. »"),
        ("Milltown mast row, right of reply (03/12/2014)\nFollowing the piece on the mast, the town hall wished to exercise its "
            + "right of reply. Here is its text:\n\"Safety must come first.\"\n", "right of reply", "Milltown mast row", "come first.\""),
    ])
    func aPublishedReplyIsOneNotice(_ text: String, _ marker: String, _ starts: String, _ ends: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.map(\.marker) == [marker])
        guard let notice = analysis.notices.first else { return }
        let extent = analysis.scalars.string(notice.range)
        #expect(extent.hasPrefix(starts) && extent.hasSuffix(ends), "\(extent)")
        #expect(analysis.claims.isEmpty, "\(analysis.claims.map(\.text))")
    }

    @Test(arguments: [
        // Negative: articles that speak of a right of reply, one the paper received and refuses among them.
        "La société nous a fait parvenir un droit de réponse qui, à notre avis, n'en est pas un.\n\nLa lettre ne répond nullement aux faits relatés.\n",
        // "Following", "suivant", "ci-dessous" in their other senses, with no line announcing a reply below.
        "Council news\n\nFollowing the right of reply published in the Herald last week, the mayor resigned on Monday.\n\nAn election is due in May.\n",
        "La loi\n\nLe droit de réponse, suivant la loi de 1881, doit être publié dans les trois jours.\n\nLe délai court dès la réception.\n",
        "Le droit de réponse expliqué\n\nCi-dessous, le droit de réponse expliqué en cinq questions.\n\nQui peut l'exercer ?\n",
        "Nous avons reçu mardi le droit de réponse suivant de l'avocat du maire, que nous refusons de publier.\n\nIl ne répond pas aux faits.\n",
        "Le maire exige un droit de réponse\n\nLe maire de Pontville a demandé un droit de réponse au journal après l'enquête sur le marché du stade.\n",
        "Mayor demands right of reply\n\nThe mayor of Milltown asked the paper for a right of reply after its report on the stadium contract.\n",
        "Presse locale\n\nLa loi de 1881 encadre le droit de réponse. Le journal doit publier la réponse dans les trois jours.\n",
        "Local press\n\nThe code sets out a right of reply. The paper must print the answer within three days.\n",
        // Negative: a reader's letter naming the paper's article that contests nothing; a report quoting one that does;
        // a letter praising an article that names someone else's error, or disputing a columnist's opinion; an
        // interview's answer; a law's article (the twenty-third session's review).
        "Courrier des lecteurs\n\nJ'ai lu votre article sur les bénévoles avec émotion.\n\nVous avez eu raison de rappeler l'erreur des pouvoirs publics. C'est une décision fausse, et votre journal a bien fait de le dire.\n",
        "Letters\n\nI read your article by columnist Daniel Weiss with dismay.\n\nI think his reasoning is false, and I would point out that other cities show the opposite.\n",
        "A talk with the coach\n\nQ: There is talk you will be fired.\n\nA: Your article last Sunday said I was going to resign. That's false.\n\nQ: What went wrong?\n",
        "Lettre ouverte au ministre\n\nMonsieur le Ministre,\n\nNous avons lu votre article 12 du projet de loi. Il repose sur une affirmation inexacte.\n",
        "Courrier des lecteurs\n\nJ'ai lu avec plaisir votre article sur la fête du village. Les photos étaient superbes.\n\nMerci à toute l'équipe.\n",
        "Letters\n\nI enjoyed your story on the harvest festival. The photos were wonderful.\n\nThanks to the whole team.\n",
        "Le maire conteste\n\n« Votre article est faux, je vous demande de le rectifier », a écrit le maire au journal mardi.\n\nLe journal maintient ses informations.\n",
        // Negative: a headline's label over a report about a reply, in the third person.
        "Droit de réponse : le tribunal condamne l'hebdomadaire\n\nLe tribunal a ordonné mardi à l'hebdomadaire de publier la lettre du maire.\n\n"
            + "L'élu contestait un article du 12 mars.\n",
        "Right of reply: what the press law requires\n\nAnyone named in a newspaper can demand that it print a reply.\n\n"
            + "The paper must publish it within three days.\n",
        // Negative: a verb of publishing that is not the newsroom presenting the reply; a presenter not right before it.
        "Mayor sues the Gazette\n\nThe Gazette refused to publish her right of reply to a March article.\n\nA hearing is set for May 12.\n",
        "Le candidat saisit l'Arcom\n\nVoici pourquoi son droit de réponse pourrait lui être accordé : la loi impose l'équité.\n",
        // Negative: the newsroom's own editorial under a label, in its "we".
        "Right of reply: why we need a stronger press law\n\nWe believe every person named in a paper deserves an answer.\n\n"
            + "Our paper has printed replies for a century.\n",
        // Negative: a reply the paper will not print; a report naming the paper otherwise than as its own.
        "Nous avons reçu un droit de réponse à notre article du 3 mars, que nous refusons de publier.\n\nIl ne répond pas aux faits.\n",
        "The Gazette declined to print the right of reply the mayor sent about our story.\n\nA hearing is set for May 12.\n",
        "Le maire de Pontville a demandé un droit de réponse à l'hebdomadaire après son enquête sur le marché du stade.\n\n"
            + "Le journal doit répondre sous trois jours.\n",
        // Negative: a refusal in the paragraph after; a reply sent before, pending, or to be printed tomorrow.
        "Pourquoi nous ne publierons pas ce texte\n\nM. Darmon nous a adressé le 20 mai un droit de réponse à la suite de notre "
            + "article du 14 mai.\n\nNous refusons de le publier : il met en cause l'honneur de notre journaliste.\n",
        "Senator Ames sent the Tribune a right of reply on Monday, responding to our story of Nov. 2.\n\nWe will not publish "
            + "it.\n",
        "Ethics panel clears councilman\n\nHis office said it had sent the Gazette a right of reply to our story at the time, "
            + "which was published on Jan. 19.\n\nDunn will seek re-election.\n",
        "Le maire sollicite un droit de réponse à la suite de notre article du 3 mars. Nous le publierons dans notre édition "
            + "de demain.\n\nL'élu conteste le montant cité.\n",
        // Negative: the phrase deep in the page, not heading it.
        "Marché du stade : l'enquête\n\nLe marché a été attribué sans appel d'offres.\n\nLe maire n'a pas répondu.\n\n"
            + "L'opposition demande une commission.\n\nVoici son droit de réponse, a ironisé l'opposant.\n",
        // Negative: a reply asked of another paper, presented by a blog that did not publish the article answered
        // ("un droit de réponse", not "son"); a report saying why one is claimed.
        "Le Parisien a publié hier un article sur la soirée électorale.\n\nLe conseiller a demandé un droit de réponse dont "
            + "voici le texte :\n\n« Je me réjouissais du score de mon parti. »\n",
        "Le maire réclame son droit de réponse. Voici pourquoi :\n\nL'article du 3 mars lui prêtait des propos tenus par un autre élu.\n",
        "The mayor claims her right of reply. Here is why:\n\nThe March 3 story gave her words another councillor said.\n",
        // Negative: a reply sent to another paper, which the page reprints (the session's review).
        "Clinic answers the Gazette (03/12/2014)\n\nThe company sent the Gazette its right of reply on Monday. Here is its text:\n\n"
            + "\"The waiting time was two hours.\"\n\nThe Gazette has not printed it.\n",
        "Urgences : la clinique répond au Monde\n\nLa direction de la clinique a adressé au Monde son droit de réponse. En voici "
            + "le contenu :\n\n« Le délai moyen était de 2 h 10. »\n\nLe quotidien ne l'a pas publié.\n",
        "Marchés publics : le maire de Saint-Aubin, droit de réponse (12/03/2014)\n\nLe maire a adressé à La Voix du Nord un "
            + "droit de réponse dont voici le texte :\n\n« Votre article du 3 mars est inexact.\n\nJe ne fais pas partie de la "
            + "commission. »\n\nLe quotidien n'avait pas publié ce texte mardi soir.\n",
        // Negative: a model letter to fill in, its placeholders in square brackets (the twenty-ninth session).
        "Modèle de lettre : droit de réponse\n\nObjet : exercice du droit de réponse\n\nMadame, Monsieur le Directeur de la "
            + "publication,\n\nJe fais suite à l'article paru dans votre journal [Nom du titre de presse] en date du [date], "
            + "dans lequel j'ai été cité. Je souhaite exercer mon droit de réponse.\n",
        "Sample letter: right of reply\n\nDear Editor,\n\nI write about the story published in [Name of newspaper] on [date], "
            + "which named me. I ask you to print my right of reply to your article, which is wrong.\n",
    ])
    func aPageSpeakingOfAReplyHasNone(_ text: String) {
        #expect(ArticleReader.analyze(text).notices.isEmpty)
    }
}
