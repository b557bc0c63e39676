@testable import FactCheckCore
import Testing

/// A correction the newsroom publishes as a page of its own (an erratum, a "Précision", a clarification, an apology,
/// or the same note in prose) is one notice from its heading or its first paragraph, linked to none of the page's
/// sentences: it amends an article printed elsewhere. A page that reports someone else's error, or headed so over
/// anything but a note about what was published, has none.
@Suite struct PublishedCorrectionTests {
    @Test(arguments: [
        // The label alone over the note.
        ("Précision\n\nDans une lettre d'opinion parue dans notre édition du 22 juin, l'auteur écrivait que le syndicat des "
            + "ingénieurs était affilié à la FTQ. Or, cette affirmation est inexacte.\n",
         "Précision", "Précision", "cette affirmation est inexacte."),
        ("Erratum\n\nUne erreur s'est glissée dans notre article du 3 mars sur le budget de la ville. Le déficit est de 2 millions "
            + "d'euros, et non de 20 millions.\n", "Erratum", "Erratum", "et non de 20 millions."),
        ("An apology\n\nIn an article published on March 15 we incorrectly stated that the coach had been dismissed.\n\n"
            + "We wish to make clear that this was not the case.\n\nWe apologise for any distress caused.\n",
         "An apology", "An apology", "for any distress caused."),
        // A label owed to a party, over a pull quote, then the note; a title ending on an exclamation over a note in
        // prose.
        ("A humble apology to the council\n\nIt really slipped all of us in the news desk.\n\nThe Courier extends its apologies "
            + "to the council for a story published in Thursday's edition without its comment.\n",
         "apology", "A humble apology", "without its comment."),
        ("Our Bad: The Toy IS Safe After All!\n\nWe apologize for passing on a rumor. We stand corrected: in a story about "
            + "toys we were misled by erroneous information.\n", "apologize", "Our Bad", "by erroneous information."),
        // A label and the party it is owed to after a colon; the apology in the note's third paragraph. "Retraction".
        ("Apology: Sir Robert Walsh\n\nOn 14 January we published an article which suggested that Sir Robert had diverted "
            + "donations.\n\nWe accept that there is no evidence of it.\n\nWe apologise to Sir Robert for the distress caused.\n",
         "Apology", "Apology: Sir Robert", "for the distress caused."),
        ("Retraction\n\nPosted March 4, 2024\n\nOn March 1 we published a story that wrongly said the mayor had been charged. "
            + "He has not been charged. We retract the story.\n", "Retraction", "Retraction", "We retract the story."),
        // Words before the label that say where; a byline under the heading.
        ("A2 clarification\n\nJane Miller\n\nTo clarify an article on page A5 of Friday's newspaper, the council did not vote "
            + "unanimously.\n\nThe Herald apologizes for the mistake.\n", "clarification", "A2 clarification", "for the mistake."),
        // The label and the piece it corrects; a date in parentheses after the label.
        ("Correction to the “Coach awaits victory” article\n\nWe issue an apology for an error in the article entitled “Coach "
            + "awaits victory” in our print edition.\n\nThe department has no such plans.\n", "Correction", "Correction to the",
         "has no such plans."),
        // The label and the piece it is on; the writer's own report contradicted in the writer's voice, no word of
        // error in the note's first paragraphs.
        ("Correction on ‘Council Caves to Developers’\n\nby Jane Miller\n\nContrary to what I reported, the council did not "
            + "approve the tower in response to the developers' letter. In reality, the plan was approved in March.\n\n"
            + "The clerk confirmed the dates of both votes to me.\n", "Correction", "Correction on", "of both votes to me."),
        ("Précision sur « Le conseil cède aux promoteurs »\n\nContrairement à ce que nous avions écrit, le conseil n'a pas "
            + "approuvé la tour à la suite de la lettre des promoteurs. Le projet avait été voté en mars.\n",
         "Précision", "Précision sur", "avait été voté en mars."),
        ("SETTING THE RECORD STRAIGHT (publ. 06/08/07)\n\nAn article about the spelling bee misspelled one of the winning "
            + "words. The word is corinne.\n", "SETTING THE RECORD STRAIGHT", "SETTING THE RECORD", "The word is corinne."),
        // No label: the first paragraph speaks of the paper's own edition and of an error in it; the signature is apart.
        // The cue of the error the note names first is its marker.
        ("Une malencontreuse erreur technique s'est produite dans l'édition d'hier, dans le papier sur les violences à "
            + "Ghardaïa. Il fallait lire : « la correspondance est à l'origine des affrontements ».\n",
         "erreur", "Une malencontreuse", "à l'origine des affrontements »."),
        ("In our story on page three last week, we reported that the board chair said there were three applications. "
            + "She said there were two. We regret the error.\n\nThe Editors\n",
         "regret", "In our story", "We regret the error."),
        // More words before the label when "of" or "de" leads into it; a qualifier ending on a colon before a label
        // of several words.
        ("Senior editors' statement of correction\n\nOn Thursday we published a story titled “Band incident at the school.” "
            + "In this story we stated that students chased a classmate.\n\nThis statement was incorrect.\n",
         "correction", "Senior editors", "was incorrect."),
        ("Avis de rectification\n\nDans notre édition du 3 mars, nous avons indiqué par erreur que le maire démissionnait. "
            + "Il reste en fonctions.\n", "rectification", "Avis de", "reste en fonctions."),
        ("Letter: For the record\n\nIn an article on the port (18 January, p 10) we wrongly said the dock had closed.\n",
         "For the record", "Letter: For", "had closed."),
        // A participle ending the title names the correction made.
        ("School growth clarified\n\nSeveral figures were incorrectly reported in the story “Chamber hears schools overview” "
            + "in the Sept. 26 edition.\n\nThe enrollment was 4,898, not 4,202.\n", "clarified", "School growth", "not 4,202."),
        ("Budget municipal : chiffre rectifié\n\nDans notre article du 3 mars, nous avons écrit par erreur que le déficit "
            + "était de 20 millions. Il est de 2 millions.\n", "rectifié", "Budget municipal", "de 2 millions."),
        ("Dates du festival rectifiées\n\nDans notre édition du 2 juin, nous avons écrit par erreur que le festival commençait "
            + "le 12 juillet. Il commence le 19.\n", "rectifiées", "Dates du festival", "commence le 19."),
        ("Tuition figure clarified\n\nWe were made aware of an error in the article “State colleges raise tuition again,” "
            + "published Monday.\n\nThe increase approved by the regents is 1.2 percent, not 12 percent.\n",
         "clarified", "Tuition figure", "not 12 percent."),
        // The page itself named as where the error stood ("publié hier dans ces mêmes pages").
        ("Vous avez été nombreux à nous écrire après le petit texte publié hier dans ces mêmes pages sur les loyers. "
            + "Nous présentons nos excuses à nos lecteurs.\n", "excuses", "Vous avez été", "excuses à nos lecteurs."),
        // The page's own story, named by its address.
        ("The story published at this URL on Monday was inaccurate because of reporting mistakes. It has been retracted.\n",
         "inaccurate", "The story published", "been retracted."),
        // The paper's edition named as its "parution"; an error owned as the sources' ("nos sources nous ont induits en
        // erreur").
        ("Dans notre parution d'hier, l'article sur le port affirmait que le directeur cherchait à rencontrer le ministre. "
            + "Vraisemblablement, nos sources nous ont induits en erreur. La rédaction présente ses excuses au directeur.\n",
         "erreur", "Dans notre parution", "ses excuses au directeur."),
        // A story in the day's paper said to need amending.
        ("A story in Friday's paper about the school district requires clarification.\n\nOfficials discussed a 2 percent "
            + "increase, not 8.9 percent.\n", "requires clarification", "A story in Friday's paper", "not 8.9 percent."),
        // The newsroom's passive formula after a dateline.
        ("PRINCETON — In Friday's sports section, it was incorrectly reported that the decisive goal was scored by Colby "
            + "Bailey. The goal was scored by Reece Rhodes.\n", "incorrectly", "PRINCETON", "by Reece Rhodes."),
        // A cue of several words is the marker whole ("à tort", not "à").
        ("Dans notre édition du 3 mars, nous avons affirmé à tort que le maire démissionnait. Il reste en fonctions.\n",
         "à tort", "Dans notre édition", "Il reste en fonctions."),
        // The error elided ("l'erreur").
        ("Dans notre édition d'hier, l'erreur de date est de notre fait. Le concert aura lieu le 12 mars.\n",
         "l'erreur", "Dans notre édition", "aura lieu le 12 mars."),
        // A site's own post, and words put in a party's mouth.
        ("Dans notre post du 6 novembre, nous avons attribué à l'agence des propos qu'elle n'a jamais tenus. Le communiqué "
            + "venait d'une chaîne de télévision.\n", "jamais tenus", "Dans notre post", "d'une chaîne de télévision."),
        // An error owned as a source's that misled the newsroom.
        ("La source a induit la rédaction en erreur. Dans l'enregistrement, qui date de 2016, le ministre parlait d'un autre "
            + "projet. La rédaction s'excuse auprès de ses lecteurs.\n", "erreur", "La source a induit", "auprès de ses lecteurs."),
        // A piece named by its day, as the paper names its own; the paper's standing lines on corrections below are the
        // page's, not the note's.
        ("Thursday's editorial titled “Bricks before people” contained a factual error about the funding of the county "
            + "building. We got our facts wrong: the money comes from a capital fund.\n\nWe apologize for this error.\n\n"
            + "If you feel a factual error has been made in a news story, call the news desk.\n",
         "error", "Thursday's editorial", "We apologize for this error."),
        // The edition named by its day as the paper's own ("in this week's paper").
        ("At the end of the budget review in this week’s paper, there was an error regarding the library vote. The votes "
            + "at the ballot will count.\n\nWe apologize for the error!\n", "error", "At the end of the budget review",
         "We apologize for the error!"),
        // The paper names itself, and owns the error in the paragraph under the note.
        ("In the Aug. 13 edition of the County Independent, a caption wrongly stated that the columnist's wife had died. In "
            + "fact, she is very much alive.\n\nWaverly Newspapers regrets the error, which was caused by a misreading.\n",
         "wrongly", "In the Aug. 13 edition", "caused by a misreading."),
        ("Dans l'édition du 13 août du Courrier, une légende indiquait par erreur que l'épouse du chroniqueur était décédée. "
            + "Elle se porte très bien.\n\nLe Courrier regrette cette erreur et présente ses excuses à la famille.\n",
         "erreur", "Dans l'édition du 13 août", "ses excuses à la famille."),
        // The paper names itself, and owns the error in the note's own paragraph, after its first sentence.
        ("Last week in the article on the county budget, the newspaper mistakenly omitted a line of the roads budget. The "
            + "total shown was correct. The newspaper regrets the error.\n", "mistakenly", "Last week in the article",
         "regrets the error."),
        ("Dans l'article paru la semaine dernière sur le budget du département, le journal a omis par erreur une ligne du "
            + "budget des routes. Le total indiqué était juste. Le journal regrette cette erreur.\n", "erreur",
         "Dans l'article paru", "regrette cette erreur."),
        ("In my column last week, I mischaracterized the council vote on the budget. It passed 5 to 2, not 4 to 3.\n",
         "mischaracterized", "In my column last week", "not 4 to 3."),
        ("I have always promised to correct here the errors of fact I have posted. I mischaracterized the state's debt "
            + "rules: the bond will qualify for state support. I was flatly wrong.\n", "errors", "I have always promised",
         "I was flatly wrong."),
        // The paper's issue named by its date, with no paper's name after it: the newsroom's own.
        ("In the April 5 issue, “Council backs new stadium” (Page 3) incorrectly said the vote was unanimous. It was 7 "
            + "to 2.\n", "incorrectly", "In the April 5 issue", "It was 7 to 2."),
        ("Dans l'édition du 5 avril, l'article « Le conseil vote le stade » (page 3) indiquait par erreur que le vote "
            + "était unanime. Il a été acquis par 7 voix contre 2.\n", "erreur", "Dans l'édition du 5 avril",
         "7 voix contre 2."),
        // A writer's own piece, in the first person singular, with the error owned.
        ("In my post last week I wrongly wrote that the library closes at 6 p.m. on Saturdays. It closes at 8 p.m.\n",
         "wrongly", "In my post last week", "It closes at 8 p.m."),
        ("Dans mon billet de la semaine dernière, j'ai écrit par erreur que la "
            + "bibliothèque fermait à 18 heures le samedi. Elle ferme à 20 heures.\n", "erreur", "Dans mon billet",
         "Elle ferme à 20 heures."),
        // One occasion told with "when we" in the past, not a policy.
        ("We would like to clarify that a letter from a reader, which we published recently, contained an error. We "
            + "apologize to Mr. Wilson that his name was mentioned when we published the letter.\n", "error",
         "We would like to clarify", "when we published the letter."),
        // A wire service names its own story by its date, in the third person.
        ("In a story Feb. 8 about a tuition hike at the state university, the Associated Press erroneously reported that "
            + "trustees approved higher housing costs. They did not.\n", "erroneously", "In a story Feb. 8", "They did not."),
        ("Dans une dépêche du 3 mars sur la hausse des frais d'inscription, l'AFP a indiqué par erreur que le conseil avait "
            + "voté la hausse des loyers. Il ne l'a pas fait.\n", "erreur", "Dans une dépêche du 3 mars", "Il ne l'a pas fait."),
        // The same under a dateline, as the wire sets its correction over the story it corrected.
        ("SPRINGFIELD, Massachusetts — In a story Feb. 8 about a tuition hike at the state university, the Associated Press "
            + "incorrectly reported that trustees approved higher housing costs. They did not.\n", "incorrectly",
         "SPRINGFIELD, Massachusetts — In a story Feb. 8", "They did not."),
        ("VILLEFRANCHE-SUR-SAÔNE — Dans une dépêche du 3 mars sur la hausse des frais d'inscription, l'AFP a indiqué par erreur que le "
            + "conseil avait voté la hausse des loyers. Il ne l'a pas fait.\n", "erreur", "VILLEFRANCHE-SUR-SAÔNE — Dans une dépêche", "Il ne l'a pas fait."),
        // The error that made the newsroom write or sign ("nous a fait écrire"), a "méprise" its word.
        ("Une malencontreuse méprise nous a fait écrire hier que le ministre avait pris la parole au congrès. En fait, il "
            + "n'y assistait pas.\n", "méprise", "Une malencontreuse méprise", "il n'y assistait pas."),
        ("Une erreur nous a fait signer l'article intitulé « Le pont de la discorde » du nom de notre confrère Paul Girard, "
            + "qui n'en est pas l'auteur. Nous lui présentons nos excuses.\n", "erreur", "Une erreur nous a fait signer",
         "Nous lui présentons nos excuses."),
        // The right word put for the wrong one, with no word of error, after the newsroom's own piece named.
        ("Dans un article publié sur notre site le lundi 7 septembre et intitulé « Des riverains contre l'antenne », l'auteur "
            + "a écrit que le propriétaire avait tenté de corrompre un conférencier. En réalité, le conférencier n'a accusé "
            + "personne.\n", "En réalité", "Dans un article publié sur notre site", "n'a accusé personne."),
        // A title that is the correction by itself, over the note's prose.
        ("(Notre source d'information nous a induit de bonne foi en erreur)\n\nDans un article paru en couverture, nous "
            + "affirmions que le préfet avait quitté ses fonctions. Il est toujours en poste.\n", "erreur",
         "(Notre source d'information", "Il est toujours en poste."),
    ])
    func aPublishedCorrectionIsOneNotice(_ text: String, _ marker: String, _ starts: String, _ ends: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.map(\.marker) == [marker])
        guard let notice = analysis.notices.first else { return }
        let extent = analysis.scalars.string(notice.range)
        #expect(extent.hasPrefix(starts) && extent.hasSuffix(ends), "\(extent)")
        #expect(notice.amendsElsewhere)
        #expect(analysis.claims.isEmpty, "\(analysis.claims.map(\.text))")
        // It amends an article printed elsewhere: nothing on the page to link.
        let reading = NoticeReading(analysis)
        #expect(reading.notices.allSatisfy { $0.links.isEmpty })
    }

    /// A corrections page: under a heading that names several, each paragraph that corrects the paper in its own
    /// voice is a notice, and the page's title and policy above them are none.
    @Test func aCorrectionsLogListsOneNoticePerEntry() {
        let text = "Corrections and Clarifications\n\nThe Gazette takes complaints seriously. Requests should be sent by email.\n\n"
            + "July 31, 2021\n\nWe wrongly said in a headline (News, Jul 30) that the minister had declared the products safe. "
            + "We apologise for the mistake.\n\nIn an opinion piece on May 22 we wrongly stated that the family had sold the house. "
            + "It was let.\n"
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.count == 2)
        #expect(analysis.notices.map { analysis.scalars.string($0.range).hasPrefix("We wrongly said") } == [true, false])
        #expect(analysis.notices.last.map { analysis.scalars.string($0.range).hasSuffix("It was let.") } ?? false)

        let plural = ArticleReader.analyze("Corrections\n\nAn article about waiting lists on 8 February said that 7.6 million "
            + "people were waiting. The figure refers to cases.\n\nA caption on 5 February misnamed the Wales captain.\n\n"
            + "We said in an obituary published on 1 February that she was born in Leeds. She was born in Bradford.\n")
        #expect(plural.notices.count == 3)
        #expect(plural.claims.isEmpty, "\(plural.claims.map(\.text))")
    }

    /// A corrections log grouped under date lines of the page: each group's entries are notices, the date lines are
    /// the page's, and a date line over anything but an entry ends the log.
    @Test(arguments: [
        ("Corrections and Clarifications\n\nThe Gazette takes complaints seriously. Requests should be sent by email.\n\n"
            + "July 31, 2021\n\nWe wrongly said in a headline (News, Jul 30) that the minister had declared the products safe. "
            + "We apologise for the mistake.\n\nJuly 29, 2021\n\nIn an opinion piece published on May 22 we wrongly stated "
            + "that the family had sold the house. It was let.\n", 2, "It was let."),
        ("Rectificatifs\n\nLe Courrier corrige ses erreurs dès qu'elles lui sont signalées.\n\n3 mars 2024\n\nDans notre "
            + "article du 1er mars sur le budget, nous avons écrit par erreur que le déficit était de 20 millions. Il est de 2 "
            + "millions.\n\n28 février 2024\n\nDans notre édition du 27 février, nous avons annoncé par erreur le concert le "
            + "21 mars. Il aura lieu le 12.\n", 2, "Il aura lieu le 12."),
        ("Corrections and Clarifications\n\nThe Gazette takes complaints seriously. Requests should be sent by email.\n\n"
            + "July 31, 2021\n\nWe wrongly said in a headline (News, Jul 30) that the minister had declared the products safe. "
            + "We apologise for the mistake.\n\nJuly 29, 2021\n\nThe council met on Tuesday to vote on the new budget.\n", 1,
         "We apologise for the mistake."),
        ("Rectificatifs\n\nLe Courrier corrige ses erreurs dès qu'elles lui sont signalées.\n\n3 mars 2024\n\nDans notre "
            + "article du 1er mars sur le budget, nous avons écrit par erreur que le déficit était de 20 millions. Il est de 2 "
            + "millions.\n\n28 février 2024\n\nLe conseil municipal se réunira mardi pour voter le budget.\n", 1,
         "Il est de 2 millions."),
    ] as [(String, Int, String)])
    func aLogGroupedUnderDateLines(_ text: String, _ count: Int, _ lastEnds: String) {
        let analysis = analyzed(text, notices: count)
        #expect(analysis.notices.last.map { analysis.scalars.string($0.range).hasSuffix(lastEnds) } ?? false)
        #expect(!analysis.notices.contains { analysis.scalars.string($0.range).contains("July 29") || analysis.scalars.string($0.range).contains("28 février") })
        // The entries are no claims; the report under a date line is.
        #expect(!analysis.claims.contains { $0.text.contains("wrongly") || $0.text.contains("par erreur") || $0.text.hasPrefix("Il ") },
                "\(analysis.claims.map(\.text))")
        #expect(analysis.claims.contains { $0.text.hasPrefix("The council") || $0.text.hasPrefix("Le conseil") } == (count == 1))
    }

    /// A heading that names the page as the paper's corrections ("… Corrections Page", "Page des rectificatifs")
    /// owns each entry under the page's policy, though an entry does not say "our". A plural label alone does not: a
    /// blog headed so speaks of another paper's corrections.
    @Test(arguments: [
        ("Daily Ledger Corrections Page\n\nThough we try to check every story before it runs, sometimes we make mistakes. "
            + "On this page you can see all the corrections made since September.\n\nThe college is public. An opinion column "
            + "published on Sept. 12 incorrectly stated that it is private property.\n\nThe club is not housed by the college. "
            + "A story published on Sept. 4 incorrectly said that it was.\n", 2),
        ("Page des rectificatifs\n\nMalgré nos vérifications, il nous arrive de nous tromper. Vous trouverez ici les "
            + "corrections apportées depuis septembre.\n\nLe collège est public. Un article publié le 12 septembre indiquait à "
            + "tort qu'il était privé.\n\nLe club n'est pas hébergé par le collège. Un article paru le 4 septembre l'affirmait "
            + "par erreur.\n", 2),
        ("More “clarifications”\n\nOutlets not used to issuing corrections tend to downplay them.\n\nThe Chronicle issued "
            + "this one for an article it printed last week:\n\nIn an article called “Catering to a tinier crowd,” published "
            + "Aug. 13, the caterer's number was reported erroneously. The Chronicle regrets the error.\n\n"
            + "There is more than one error here.\n", 0),
        ("Encore des « précisions »\n\nLes médias qui n'ont pas l'habitude de se corriger minimisent leurs erreurs.\n\nLe "
            + "Courrier a publié celle-ci pour un article paru la semaine dernière :\n\nDans un article publié le 13 août, le "
            + "numéro du traiteur était erroné. Le Courrier regrette cette erreur.\n\nIl y a plus d'une erreur ici.\n", 0),
    ] as [(String, Int)])
    func aCorrectionsPageOwnsItsEntries(_ text: String, _ count: Int) {
        let analysis = analyzed(text, notices: count)
        if count > 0 {
            #expect(analysis.notices.first.map { analysis.scalars.string($0.range).hasPrefix("Le") || analysis.scalars.string($0.range).hasPrefix("The") } ?? false)
        }
    }

    /// Pieces cited as a corrections column cites the paper's own (a title in quotation marks, its date or page in
    /// parentheses) open a log with no heading: one notice per cited piece that names an error ("should have said"
    /// is one). A title cited with a year alone is a work's.
    @Test(arguments: [
        ("The article “The Death of LIFO?” (Jan. 09, page 44) incorrectly described inventory valuation. The article should "
            + "have stated that inventories are valued at the lower of cost or market.\n\nThe article “States Bite Into Gift "
            + "Cards” (Dec 08, page 76) included an incomplete description for Pennsylvania. The note should have said that "
            + "no fees apply.\n", 2),
        ("L'article « Le budget dérape » (3 mars, page 12) indiquait par erreur un déficit de 20 millions. Il est de 2 "
            + "millions.\n\nL'article « La ligne rouvre » (5 mars, page 8) annonçait à tort la réouverture lundi. Elle aura lieu "
            + "mardi.\n", 2),
        ("The film “Dune” (2021) incorrectly shows the desert planet's two moons. The book gives it two, the film one.\n\n"
            + "The film “Arrival” (2016) mistakenly gives the aliens seven limbs.\n", 0),
        ("Le film « Dune » (2021) montre à tort une seule lune. Le livre en donne deux.\n\nLe film « Premier contact » "
            + "(2016) donne par erreur sept membres aux extraterrestres.\n", 0),
    ] as [(String, Int)])
    func citedPiecesOpenALogWithNoHeading(_ text: String, _ count: Int) {
        let analysis = analyzed(text, notices: count)
        if count > 0 {
            #expect(analysis.claims.isEmpty, "\(analysis.claims.map(\.text))")
            #expect(analysis.notices.allSatisfy { analysis.scalars.string($0.range).hasPrefix("L") || analysis.scalars.string($0.range).hasPrefix("The") })
        }
    }

    /// The session's review: what a cited piece, an edition's errors, a dated log, a policy and a French formula
    /// make of a page. Each row: the page, how many notices, and the words the first notice starts with.
    @Test(arguments: [
        // Pieces cited under a title naming corrections are the paper's; under a press review's, or after a paper's
        // name, or with a work's release date, another's.
        ("Corrections and amplifications\n\nThe article “The Death of LIFO?” (Jan. 09, page 44) incorrectly described the "
            + "rule. It is a method.\n\nThe column “Audit Season” (Dec. 26, page 9) should have said the deadline is March 15.\n",
         2, "The article"),
        ("Rectificatifs et précisions\n\nL'article « Le budget dérape » (3 mars, page 12) indiquait par erreur un déficit de "
            + "20 millions. Il est de 2 millions.\n\nLa chronique « Saison des comptes » (26 février, page 9) aurait dû indiquer "
            + "que la date limite est le 15 mars.\n", 2, "Rectificatifs"),
        ("Press review\n\nThe Times article “Pipeline Deal Collapses” (Jan. 9, page 4) incorrectly reported that the state had "
            + "withdrawn its permit.\n\nThe Ledger's account was more careful.\n", 0, ""),
        ("Revue de presse\n\nL'article du Figaro « L'accord s'effondre » (9 janvier, page 4) indiquait à tort que l'État avait "
            + "retiré son permis.\n\nLe récit de Ouest-France était plus prudent.\n", 0, ""),
        ("The film “Dune” (Oct. 22, 2021) wrongly gives the planet one moon. The book gives it two.\n\nThe sequel fixes it.\n",
         0, ""),
        // Errors in the paper's own edition, in its own voice; told of another paper, or of a ballot's "Issue 2", none.
        ("Errors in last week's edition\n\nIf you read last week's paper, you noticed mistakes: an article ran twice.\n\nWe "
            + "apologize to our readers.\n", 1, "Errors in"),
        ("Remarques sur les erreurs commises dans le numéro de la semaine dernière\n\nVous avez sans doute remarqué des "
            + "erreurs : un article a été imprimé deux fois.\n\nNous présentons nos excuses à nos lecteurs.\n", 1, "Remarques"),
        ("Herald apologizes for errors made in last week's issue\n\nThe rival paper printed a statement on Monday.\n\nIts "
            + "editor said the layout was rushed.\n", 0, ""),
        ("Board explains errors made in last week's Issue 2 count\n\nThe board of elections said 40 ballots were counted "
            + "twice.\n", 0, ""),
        // A log whose first date line stands between its policy and its first entry.
        ("Corrections and Clarifications\n\nThe Ledger is committed to accuracy. To report an error, email us.\n\nAug. 4, 2021"
            + "\n\nA story on Page A1 Tuesday about the budget misstated the size of the reserve. It is $3 million.\n\nAug. 2, "
            + "2021\n\nA caption on Page B2 Sunday misidentified the goalkeeper. She is Ana Ortiz.\n", 2, "A story"),
        ("Rectificatifs et précisions\n\nLa rédaction s'engage à corriger ses erreurs. Pour signaler une erreur, écrivez-nous."
            + "\n\n31 juillet 2021\n\nDans notre article du 29 juillet sur le pont, le coût des travaux était erroné : il "
            + "s'élève à 2 millions.\n\n29 juillet 2021\n\nLe titre d'un article sur les écoles affirmait à tort que le projet "
            + "avait été rejeté.\n", 2, "Dans notre"),
        // A plural heading, the policy sentence, then the first date line (the second review).
        ("Corrections\n\nThe Courier corrects errors as soon as they are brought to our attention.\n\nJuly 31, 2021\n\nAn "
            + "article on Friday about the fair misstated the price of admission. It is $5.\n\nJuly 29, 2021\n\nA profile on "
            + "Saturday of chef Lea Marshall should have stated that she trained in Lyon.\n", 2, "An article"),
        ("Rectificatifs\n\nLe Courrier corrige ses erreurs dès qu'elles sont portées à notre attention.\n\n31 juillet 2021"
            + "\n\nUn article de mercredi indiquait à tort que le vote avait été unanime.\n\n29 juillet 2021\n\nLa légende "
            + "d'une photo a mal orthographié le nom de la gardienne, Ana Ortiz.\n", 2, "Un article"),
        // The paper's policy on errors, above the entries, is no entry.
        ("Corrections log\n\nThe Courier corrects significant errors as soon as they are brought to our attention.\n\nA "
            + "feature published on 4 May incorrectly stated that the bridge opened in 1930. It opened in 1928.\n", 1, "A feature"),
        ("Rectificatifs\n\nLe Courrier corrige ses erreurs dès qu'elles sont portées à notre attention.\n\nUn article publié "
            + "le 4 mai indiquait par erreur que le pont avait ouvert en 1930. Il a ouvert en 1928.\n", 1, "Un article"),
    ] as [(String, Int, String)])
    func reviewedCorrectionForms(_ text: String, _ count: Int, _ starts: String) {
        let analysis = analyzed(text, notices: count)
        if count > 0 {
            #expect(analysis.notices.first.map { analysis.scalars.string($0.range).hasPrefix(starts) } ?? false,
                    "\(analysis.notices.first.map { analysis.scalars.string($0.range) } ?? "")")
        }
    }

    /// A title that places errors in the paper's own edition ("Remarks on errors made in last week's issue") names the
    /// page as the note; the same words reported are the report's.
    @Test(arguments: [
        ("Staff Editorial: Remarks on errors made in last week's issue\n\nIf you read last week's paper, you probably noticed "
            + "mistakes: an article was printed twice and an event was covered inaccurately.\n\nWe apologize to the band.\n", 1),
        ("Éditorial : les erreurs de notre édition de la semaine dernière\n\nSi vous avez lu notre dernier numéro, vous avez "
            + "sans doute remarqué des erreurs : un article a été imprimé deux fois.\n\nNous présentons nos excuses à "
            + "l'harmonie.\n", 1),
        ("County admits errors made in last week's issue of its bulletin\n\nThe county said the bulletin listed the wrong "
            + "polling places for two precincts.\n\nNew copies will be mailed on Monday, the clerk said.\n", 0),
        ("Le département reconnaît des erreurs dans le bulletin de la semaine dernière\n\nLe bulletin indiquait de mauvais "
            + "bureaux de vote pour deux quartiers, a expliqué le département.\n\nDe nouveaux exemplaires seront envoyés "
            + "lundi.\n", 0),
    ] as [(String, Int)])
    func errorsPlacedInTheOwnEdition(_ text: String, _ count: Int) {
        let analysis = analyzed(text, notices: count)
        // The page is the note, from its title to its apology; reported, the page is all claims.
        let extent = analysis.notices.first.map { analysis.scalars.string($0.range) } ?? ""
        #expect(count == 0 || text.hasPrefix(String(extent.prefix(9))) && extent.hasSuffix("harmonie.") != extent.hasSuffix("band."))
        #expect(analysis.claims.isEmpty == (count == 1), "\(analysis.claims.map(\.text))")
    }

    /// A note in the first paragraph of a page titled otherwise is the note alone: the report below keeps its
    /// claims. A newsroom's apology is a correction, whatever denial its words make; it names no issuer.
    /// A column of corrections headed with its day ("News Corrections for May 13", "Errata du 3 mars"): one
    /// notice per entry, as under the label alone; a headline naming corrections with more after the day is news.
    @Test(arguments: [
        ("News Corrections for May 13\n\n  • A May 10 Insight article mistakenly said both men were members of the Princess "
            + "Pats.\n  • A May 9 Editorial mistakenly said party officials had blocked two candidates.\n", 2),
        ("Errata du 3 mars 2024\n\nDans notre article du 1er mars sur le budget, le montant est de 2 millions d'euros, et "
            + "non de 20 millions.\n\nDans notre édition du 2 mars, le concert de l'harmonie était annoncé par erreur le 21 "
            + "mars ; il aura lieu le 12.\n", 2),
        // The day with its weekday, read as a date line of the page as well; the French plural label (the review's probes).
        ("Corrections for Monday, May 13\n\n  • A May 10 Insight article mistakenly said both men were members of the "
            + "Princess Pats.\n  • A May 9 Editorial mistakenly said party officials had blocked two candidates.\n", 2),
        ("Rectificatifs du 3 mars 2024\n\nDans notre article du 1er mars sur le budget, le montant est de 2 millions "
            + "d'euros, et non de 20 millions.\n\nDans notre édition du 2 mars, le concert était annoncé par erreur le 21 mars ; "
            + "il aura lieu le 12.\n", 2),
        ("Corrections for the tax bills sent to 2,000 homes begin in June\n\nThe county admitted an error in the bills.\n", 0),
    ] as [(String, Int)])
    func aCorrectionsColumnHeadedWithItsDay(_ text: String, _ count: Int) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.count == count, "\(analysis.notices.map(\.marker))")
        if count > 0 { #expect(analysis.claims.isEmpty, "\(analysis.claims.map(\.text))") }
    }

    @Test func aNoteOpeningAReportIsTheNoteAlone() {
        let text = "Marché de Noël : ouverture le 24 novembre\n\nContrairement à ce que nous avons écrit par erreur dans notre "
            + "édition d'hier, le marché de Noël ouvrira bien le 24 novembre.\n\nSoixante chalets seront installés place de la "
            + "République.\n\nDes navettes gratuites relieront les parkings au centre.\n"
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.count == 1)
        #expect(analysis.notices.first.map { analysis.scalars.string($0.range).hasPrefix("Contrairement") } ?? false)
        #expect(analysis.claims.contains { $0.text.hasPrefix("Soixante chalets") })
        #expect(analysis.claims.contains { $0.text.hasPrefix("Des navettes") })

        let apology = NoticeReading(ArticleReader.analyze("The Herald wishes to apologise\n\nIn our edition of May 3 we "
            + "wrongly reported that the Mayor of Milltown, John Smith, had resigned. This was untrue.\n"))
        #expect(apology.notices.map(\.relation) == [.correction])
        #expect(apology.notices.first?.issuer == nil)
    }

    /// Errata set as list items under a heading that names one correction: each item is a notice, the heading over
    /// them neither a notice's nor a claim.
    @Test func itemsUnderASingleHeadingAreOneNoticeEach() {
        let text = "For the record\n\n• Our article on the port (18 January, p 10) quoted the harbour master. In fact, she "
            + "opposes the plan.\n\n• In “Focus on Scotland” (1 February, p 48) we said the adviser is in office, when we should "
            + "have said he was.\n\n• In “Raising the Steaks” we stated incorrectly that the professor heads the project.\n"
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.count == 3, "\(analysis.notices.map(\.marker))")
        #expect(analysis.notices.first.map { analysis.scalars.string($0.range).hasPrefix("• Our article") } ?? false)
        #expect(analysis.claims.isEmpty, "\(analysis.claims.map(\.text))")
    }

    /// Errata listed as items: one notice per item that names an error, the first with what stands above it.
    @Test func errataListedAsItemsAreOneNoticeEach() {
        let text = "– Le préfet ne fait pas incendier les cases, comme nous l'avons écrit par erreur page 2 de notre numéro "
            + "précédent : il fait incendier les embarcations.\n– Une coquille s'est glissée dans nos deux numéros précédents : "
            + "le pays possède la troisième réserve d'or du continent, non du monde.\n"
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.map(\.marker) == ["erreur", "coquille"])
        #expect(analysis.notices.map { analysis.scalars.string($0.range).hasSuffix("embarcations.") } == [true, false])
    }

    /// The note ends where the page prints it again, whole or cut short as a summary, and before a story that
    /// follows it on a longer page.
    @Test(arguments: [
        ("Erratum\n\nUne erreur s'est glissée dans l'interview du juge, dans notre édition du 21 février. Son propos a été sorti "
            + "de son contexte.\n\nLe juge a été cité dans le corps de l'article comme suit : « Nul ne pourra le reprocher. »\n\n"
            + "Ce constat a donc été apposé à tort au procès.\n\nIl s'impose donc une correction du titre.\n\nUne erreur s'est "
            + "glissée dans l'interview du juge, dans notre édition du...\n\ncommentaires (0)\n",
         "une correction du titre.", "Nul ne pourra"),
        ("SETTING THE RECORD STRAIGHT\n\nAn article about the spelling bee misspelled one of the words the champion spelled. "
            + "The word is corinne.\n\nIn the end, the teen's hours of recitation came down to one word.\n\nThe Danville "
            + "resident won the national bee on Thursday night.\n\nIt was a triumphant end to a very long day.\n\nHe had "
            + "sailed through the written test.\n", "The word is corinne.", "The Danville resident won"),
    ])
    func theNoteEndsBeforeWhatFollowsIt(_ text: String, _ ends: String, _ claimOutside: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.count == 1)
        guard let notice = analysis.notices.first else { return }
        #expect(analysis.scalars.string(notice.range).hasSuffix(ends), "\(analysis.scalars.string(notice.range))")
        if ends.hasSuffix("corinne.") {
            #expect(analysis.claims.contains { $0.text.hasPrefix(claimOutside) })
        } else {
            #expect(analysis.scalars.string(notice.range).contains(claimOutside))
        }
    }

    /// The paper's standing lines on corrections under a note ("It is the policy of …") are the page's: the note ends
    /// above them.
    @Test func theNoteEndsAboveThePapersStandingPolicy() {
        let analysis = ArticleReader.analyze("Thursday's editorial titled “Bricks before people” contained a factual error "
            + "about the funding of the county building.\n\nWe apologize for this error.\n\nIt is the policy of the Daily News "
            + "to correct errors of fact as quickly as possible.\n")
        #expect(analysis.notices.count == 1)
        guard let notice = analysis.notices.first else { return }
        #expect(analysis.scalars.string(notice.range).hasSuffix("We apologize for this error."))
        #expect(analysis.claims.map(\.text) == ["It is the policy of the Daily News to correct errors of fact as quickly as possible."])
    }

    @Test(arguments: [
        // Reports of someone else's error: no "notre édition", no "our story".
        // A story named with no date opening a report, or a wire's story named further in (twenty-first session).
        "Budget row\n\nIn a story about the budget, the mayor admitted a mistake in the figures.\n\nThe council meets on Monday.\n",
        "Paper row\n\nThe Southern Times said on Friday that in a story Feb. 8 the Associated Press erroneously reported the "
            + "vote.\n\nThe AP declined to comment.\n",
        "In a story on Monday that shocked the town, the mayor said an error by the clerk cost the city its grant.\n\nThe "
            + "council meets on Tuesday.\n",
        // "When we published" a book, not a piece: a blog's story of its own error, no correction.
        "Ten years of Lantern Press\n\nWhen we published our first book in 2014, we made a costly error: we printed "
            + "five thousand copies.\n\nWe sold eight hundred.\n",
        // A newsroom's policy: "when we" and a present.
        "Our standards\n\nWhen we publish an error in our story, we correct it and say so at the foot of the article.\n\n"
            + "Readers may write to the standards editor.\n",
        // A market's correction "on" its exchange; a page's clarification "about" rules; a report of what a speaker
        // had said contradicted by someone else.
        "Correction on Wall Street\n\nStocks fell 10 % from their peak on Monday, a correction in market terms, as we "
            + "reported in our morning briefing.\n\nAnalysts expect a rebound.\n",
        "Clarification about parking rules\n\nThe city wants to clarify the parking rules downtown after drivers asked "
            + "questions.\n\nMeters run until 8 p.m.\n",
        "Dam project\n\nContrary to what the mayor said on Monday, the dam will not be finished this year, the engineers "
            + "told our reporter.\n\nWork resumes in May.\n",
        // The formula about another outlet's story, in a media column: no wire service names itself (the review's probe).
        "In a story published Monday, the Daily Mail erroneously reported that actor Derek Hale had died.\n\nHale, 81, told "
            + "the BBC on Tuesday that he was fine.\n\nThe Mail removed the article within an hour.\n",
        "Le ministère corrige ses chiffres\n\nLe ministère de l'Éducation a reconnu mardi une erreur dans les chiffres publiés "
            + "la semaine dernière. Le nombre de postes est de 3 500, et non de 5 000.\n\nLes syndicats dénoncent une « faute grave ».\n",
        "Paper apologises for error\n\nThe Daily Star apologised on Monday for an error in a story about the mayor, which it "
            + "said had been published in its weekend edition.\n\nThe mayor welcomed the apology.\n",
        // The paper's own piece named, and a mishap or a misreading of someone else's (twentieth session's review).
        "Comme nous l'indiquions sur notre site, un chauffeur a malencontreusement coupé la voie du tramway mardi matin.\n\n"
            + "Le trafic a été interrompu pendant une heure.\n",
        "Comme nous le révélions dans notre article de dimanche, l'arbitre a reconnu avoir mal interprété la position du "
            + "défenseur.\n\nLe club demande que le match soit rejoué.\n",
        // A heading that names a correction over what is no note about a publication.
        "Correction\n\nExercice 1 : la fonction f est dérivable sur R et sa dérivée est positive.\n\nExercice 2 : la suite est "
            + "croissante.\n",
        "Précision\n\nLe tir à l'arc demande de la concentration et une grande précision du geste.\n\nLes archers s'entraînent "
            + "chaque jour.\n",
        "Correction of the Day: The Washington Post\n\nWhen bloggers get something wrong, we fix it in the post. Papers print "
            + "corrections like this one:\n\nThe column in the June 19 Sports section incorrectly referred to the pitcher as "
            + "deceased.\n",
        // A newsroom's policy under its corrections page's heading.
        "Corrections\n\nLe journal s'engage à corriger avec diligence toute erreur qui pourrait se glisser dans ses contenus.\n\n"
            + "Pour signaler une erreur, écrivez-nous.\n",
        // A newsroom's policy on errors, a market's correction under what "we reported", a past apology further down a
        // report.
        "Corrections policy\n\nIf we published an error in print, a correction appears on Page A2 of our next edition.\n\n"
            + "Readers may write to the standards editor.\n",
        "Correction\n\nAs we reported in Tuesday's edition, the Nasdaq has fallen 10 percent from its peak, entering "
            + "correction territory.\n\nAnalysts expect more volatility.\n",
        "Courier names new editor\n\nThe Evening Courier has appointed Sarah Okafor as its editor.\n\nShe succeeds Tom "
            + "Hughes, who led the paper for ten years.\n\nUnder Hughes, we apologised in our pages in 2015 for a story that "
            + "wrongly accused a councillor.\n",
        // A participle or "letter of apology" titling news, not a note about what was published.
        "Wrongful conviction corrected\n\nA court overturned on Monday the conviction of a man jailed for 20 years in error, "
            + "his lawyer said.\n\nHe was released the same day.\n",
        // Under a participle title, an error that is no newsroom's (a ministry's, a district's, a medical one).
        "Toddler's vision corrected\n\nThe case, published in the journal Pediatrics on Monday, describes a two-year-old whose "
            + "severe refractive error was fixed with a new lens implant.\n\nThe girl now sees almost normally.\n",
        "Enrollment projections clarified\n\nThe district said Tuesday that projections published in its March report "
            + "contained an error.\n\nThe report should have projected 180 new students, not 1,800.\n",
        "Mayor's letter of apology\n\nThe mayor apologized on Monday for remarks he made at a council meeting, in a letter "
            + "to residents.\n\nThe council meets again on Tuesday.\n",
        // A report whose first paragraph speaks of an error that is no newsroom's.
        "Bug de la SNCF\n\nUne erreur informatique a bloqué la vente des billets mardi matin, selon la SNCF.\n\nLe service est "
            + "rétabli depuis midi.\n",
        // A reader's letter, another paper's error "publié hier": no page of the newsroom's own named.
        "Courrier des lecteurs\n\nL'article publié hier sur la rocade contient une erreur : le chantier a commencé en mars. "
            + "Je tenais à vous le signaler, sans vouloir vous accabler. Veuillez m'excuser d'insister.\n\nJean Martin, Bourges\n",
        "Letters\n\nSir, In these pages last week, your correspondent argued that the council's only error was to delay the "
            + "bypass. I am sorry to say that he misses the point.\n\nJane Hill, Leeds\n",
        "Le Figaro présente ses excuses\n\nLe Figaro a reconnu jeudi une erreur dans un article publié hier sur le budget, et a "
            + "présenté ses excuses à ses lecteurs.\n\nLe quotidien a retiré l'article de son site.\n",
        // Someone else misled, an error that is another's ("Les escrocs nous ont induits en erreur" in a victim's words,
        // quoted), a day's piece in a report of another paper's error.
        "Arnaque aux faux policiers\n\n« Ils nous ont induits en erreur avec de faux badges », raconte une victime. La police "
            + "a ouvert une enquête.\n\nTrois suspects ont été interpellés.\n",
        // A blog's own post named over someone else's error.
        "In our post last week, we showed that the interior ministry had incorrectly counted burglaries in three regions. "
            + "The ministry has since revised its figures.\n\nThe new count will be published in June.\n",
        "Dans notre billet de lundi, nous revenions sur le parcours de Patrick Dils, condamné à tort en 1989. Il a été "
            + "acquitté en 2002.\n\nSon livre paraît jeudi.\n",
        "Rumours of the singer's death\n\nIt was incorrectly reported by several websites that the singer had died. His agent "
            + "said on Monday that he was well.\n\nThe rumour spread within hours.\n",
        "Times apologizes for story\n\nThe New York Times said on Friday that Thursday's story about the senator contained "
            + "an error, and apologized to him.\n\nThe senator accepted the apology.\n",
        // An issue named by its date and by another paper's name.
        "Stadium vote coverage\n\nIn the April 5 issue of the Ledger, a column incorrectly said the vote was unanimous. "
            + "The Ledger has not corrected it.\n\nThe vote was 7 to 2.\n",
        "Couverture du vote\n\nDans l'édition du 5 avril du Courrier, une chronique indiquait par erreur que le vote "
            + "était unanime. Le Courrier n'a pas corrigé.\n\nLe vote a été acquis par 7 voix contre 2.\n",
        // A title's word in parentheses that disambiguates it, a wiki page's on the notion, not a dated note's.
        "Correction (newspaper)\n\nA correction is a notice that a newspaper publishes to fix an error in an earlier "
            + "story.\n\nMost errors are minor, such as a misspelled name.\n",
        "Rectificatif (presse)\n\nUn rectificatif est un avis qu'un journal publie pour corriger une erreur d'un article "
            + "précédent.\n\nLa plupart des erreurs sont mineures.\n",
        // A regret reported with another verb than "said" (the twenty-fifth session's review).
        "Last week in the article on the mayor's pension, the Valley Gazette overstated the amount by $80,000 a year. The "
            + "newspaper regrets the error, its editor wrote in a note to readers.\n\nThe mayor retires in June.\n",
        // A writer's own piece named with other people's errors, or with no error of the writer's.
        "Sourdough, part two\n\nIn my last post I wrote about the mistakes beginners make with sourdough. Here are five "
            + "more.\n\nFirst, the starter needs feeding every day.\n",
        "Le levain, deuxième partie\n\nDans mon dernier billet, j'ai parlé des erreurs que font les débutants avec le "
            + "levain. En voici cinq autres.\n\nD'abord, il faut nourrir le levain chaque jour.\n",
        "Court ruling\n\nIn my column last month I wrote that the man was wrongly convicted in 1998. The court agreed on "
            + "Monday.\n\nHe was released the same day.\n",
        "Film review, again\n\nIn my review last week I wrote that this was the director's best film. I regret nothing, "
            + "not even the error of seeing it twice.\n\nThe sequel opens Friday.\n",
        // Someone else saying the writer erred.
        "Budget numbers\n\nCritics say I misrepresented the data in my post last week. I stand by every figure.\n\n"
            + "The district spends $14,000 per pupil.\n",
        // An owned mistake of another kind beside the writer's piece (the twenty-fifth session's review).
        "Rye bread, part two\n\nIn my post last week I shared my grandmother's rye bread recipe. My mistake, the first "
            + "time I baked it, was to use cold water.\n\nThe dough barely rose.\n",
        "Le pain de seigle, suite\n\nDans mon billet de la semaine dernière, j'ai promis la suite de la recette. Mes "
            + "excuses pour ce retard : la voici.\n\nLa pâte doit reposer une nuit.\n",

        // A paper's regret reported by another, in the note's paragraph.
        "In the article on the county budget last week, the Ledger mistakenly omitted a line of the roads budget. The "
            + "Ledger said it regrets the error.\n\nThe county will publish its own figures.\n",
        "Dans l'article paru la semaine dernière sur le budget, le Courrier a omis par erreur une ligne. Le Courrier a "
            + "indiqué qu'il regrette cette erreur.\n\nLe département publiera ses chiffres.\n",
        // A paper's regret reported by another.
        "Gazette corrects caption\n\nIn the Aug. 13 edition of the Gazette, a caption wrongly stated that the columnist's "
            + "wife had died.\n\nThe Gazette said it regrets the error.\n",
        // An edition's error in a report: another paper's, owned in the past tense; a notice's, in a clerk's words (the
        // review's probes).
        "Rival paper apologizes for misprinted lottery numbers\n\nThe Westfield Ledger apologized Wednesday after today's "
            + "edition contained an error in the winning Powerball numbers.\n\nDozens of readers called the lottery office.\n",
        "The hearing has been moved to June 14 because a legal notice in this week's paper contained an error, the clerk "
            + "said.\n\nThe board will meet at 7 p.m. in the town hall.\n",
        // The paper's edition named in a report of someone else's error.
        "Tax bills to be reissued\n\nAs reported in this week's paper, the county admitted an error in the tax bills sent "
            + "to 2,000 homes.\n\nThe new bills will go out in June.\n",
        // The right word for the wrong one in a report that names the paper's earlier piece; a "méprise" that is
        // contempt, in a report.
        "Comme nous l'avons écrit dans notre édition d'hier, le maire a quitté la séance. En réalité, il avait prévenu "
            + "le conseil de son départ.\n\nLe vote a eu lieu sans lui.\n",
        "Notre article de mardi citait le maire. Le maire a écrit que la mesure profiterait à tous, et non aux seuls "
            + "habitants du centre.\n\nLe conseil votera jeudi.\n",
        "Les grévistes dénoncent le mépris de la direction\n\nLa direction a méprisé nos revendications, affirme le "
            + "syndicat.\n\nUne réunion est prévue lundi.\n",
    ])
    func otherPagesHaveNone(_ text: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.isEmpty, "\(analysis.notices.map(\.marker))")
    }

    /// A page titled with a participle keeps the notice of the reader's own marker further down.
    @Test func aParticipleTitleLeavesTheReadersOwnNoticeAlone() {
        let text = "Minister's remarks on school funding clarified\n\nThe ministry said Thursday that the minister's remarks, "
            + "published in a newspaper interview, were inaccurate and that the budget would rise 3 percent.\n\nTeachers' "
            + "unions welcomed the clarification.\n\nCorrection: An earlier version of this story misspelled the minister's name.\n"
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.map(\.marker) == ["Correction"])
        #expect(analysis.claims.contains { $0.text.hasPrefix("Teachers' unions") })
    }

    /// A page whose first paragraph opens with a marker the reader knows keeps the reader's own notice.
    @Test func aKnownMarkerIsReadItsOwnWay() {
        let text = "Correction: An earlier version of this story misstated the mayor's name. It is Ann Grant.\n\n"
            + "Mayor Ann Grant opened the new pool on Saturday.\n\nThe pool cost $6 million.\n"
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.count == 1)
        #expect(analysis.notices.first?.amendsElsewhere == false)
        #expect(analysis.claims.contains { $0.text.hasPrefix("Mayor Ann Grant opened") })
    }

    /// The page's analysis, its notices counted against `count` (the marker of each in the message when they differ).
    private func analyzed(_ text: String, notices count: Int, sourceLocation: SourceLocation = #_sourceLocation) -> ArticleAnalysis {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.count == count, "\(analysis.notices.map(\.marker))", sourceLocation: sourceLocation)
        return analysis
    }
}
