import FactCheckCore
import Testing

/// Paragraphs: "¶" marks where each paragraph starts; the kinds are listed in order.
@Suite struct ParagraphReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let marked: String
        let kinds: [Paragraph.Kind]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "blank lines separate paragraphs", marked: """
            ¶Premier paragraphe.

            ¶Deuxième paragraphe.\n\n\n¶Troisième.
            """, kinds: [.body, .body, .body]),
        Case(name: "a hard-wrapped lede is one paragraph (lower-case continuations)", marked: """
            ¶Bercy a demandé qu'un audit soit fait sur Cloudwatt, l'un des deux
            services de "cloud souverain" financé par le Grand Emprunt, dont le
            président a annoncé son départ pour les prochains mois.
            ¶MISE A JOUR : Pierre Paperon dément en partie l'information.
            """, kinds: [.body, .update]),
        Case(name: "a line filled to the wrap width continues before a capital", marked: """
            ¶Le projet a été présenté par les ministres de l'Economie et de l'Industrie
            Arnaud Montebourg et Fleur Pellerin lors d'une conférence de presse à
            Bercy, en présence des dirigeants des deux entreprises retenues.
            """, kinds: [.body]),
        Case(name: "headlines, bylines and datelines stand alone", marked: """
            ¶Cloudwatt : Bercy demande un audit
            ¶Par Jean Dupont
            ¶Paris, le 3 mars 2014
            ¶Le ministère a confirmé la demande d'audit dans un communiqué publié hier.
            """, kinds: [.body, .furniture, .furniture, .body]),
        // A line of marks alone is a rule between two parts of the page: it continues no line and no line continues it.
        Case(name: "a rule of marks alone stands apart after a line filled to the wrap width", marked: """
            ¶Seventy-year-old Geoffrey Lucas has been located and is safe, police said.
            ¶Police would like to thank the public for their help and their assistance
            ¶******
            ¶Halifax Regional Police is requesting help to find a missing person.
            """, kinds: [.body, .body, .body, .body]),
        Case(name: "une ligne de tirets seule sépare deux paragraphes", marked: """
            ¶Le courant a été rétabli dans tout le quartier en fin de matinée selon Enedis
            ¶-----
            ¶Une panne prive depuis ce matin 2 000 foyers d'électricité à Rennes.
            """, kinds: [.body, .body, .body]),
        // An ellipsis alone on its line is a hard-wrapped sentence's, no rule: it joins the line above (the line
        // below, after its full stops, starts anew).
        Case(name: "an ellipsis alone on a wrapped line continues the line above", marked: """
            ¶After the vote the mayor paused for a long moment before the cameras and the
            ...
            ¶and then said the council would meet again next week to try once more.
            """, kinds: [.body, .body]),
        // A stored page's date stamp opening the text is a line of its own, furniture: what follows opens the page,
        // where a notice's marker is read.
        Case(name: "a stored page's date stamp opening the text stands apart", marked: """
            ¶date 2021-07-01 ¶UPDATE: The child has been found.

            ¶Police have launched a search for a 4-year-old girl who went missing on Tuesday.
            """, kinds: [.furniture, .update, .body]),
        Case(name: "le tampon de date d'une page stockée se détache de la première ligne", marked: """
            ¶date 2018-01 ¶(Actualisé avec nouveaux chiffres)

            ¶Quelque 11.000 foyers étaient privés d'électricité jeudi matin.
            """, kinds: [.furniture, .update, .body]),
        Case(name: "a date stamp further down is left in its line", marked: """
            ¶The council met on Tuesday.
            ¶date 2021-07-01 The vote was moved.
            """, kinds: [.body, .body]),
        Case(name: "an all-capitals line stands alone even when long", marked: """
            ¶LE CLOUD SOUVERAIN A COUTE 285 MILLIONS D'EUROS AUX CONTRIBUABLES
            ¶Le projet Andromède devait créer un champion français du cloud.
            """, kinds: [.body, .body]),
        Case(name: "list items stand alone", marked: """
            ¶Les chiffres du projet :
            ¶- 285 millions d'euros d'enveloppe globale ;
            ¶- 135 millions d'euros venus de l'Etat ;
            ¶1. Cloudwatt, créé par Orange et Thales
            ¶2) Numergy, fondé par SFR et Bull
            """, kinds: [.body, .body, .body, .body, .body]),
        Case(name: "French blog comment footers", marked: """
            ¶Le projet a échoué.
            ¶Aucun commentaire:
            ¶Enregistrer un commentaire
            ¶Remarque : Seul un membre de ce blog est autorisé à enregistrer un commentaire.
            """, kinds: [.body, .furniture, .furniture, .furniture]),
        Case(name: "a comment counter makes the rest of the page furniture", marked: """
            ¶The project failed.
            ¶1 comment:
            ¶Jane Doe said the project was a great success and deserved more money.
            """, kinds: [.body, .furniture, .furniture]),
        Case(name: "a comment counter in the byline's block, above the first sentence of prose, is the byline's", marked: """
            ¶Nintendo prend enfin la parole
            ¶1 commentaire
            ¶Rédigé par Jordan
            ¶Depuis le salon, les fuites se multiplient autour de la console.
            ¶Mise à jour : Nintendo a démenti les rumeurs.
            """, kinds: [.body, .furniture, .furniture, .body, .update]),
        Case(name: "a comment counter under the byline, above the story, is no comment section", marked: """
            ¶Council delays the vote
            ¶12 Comments
            ¶The council delayed its vote on the budget until March.
            """, kinds: [.body, .furniture, .body]),
        Case(name: "English blog furniture", marked: """
            ¶Posted by John Smith at 10:12 AM
            ¶The audit was requested by the ministry.
            ¶Link here.
            ¶Labels: cloud, France
            ¶Share on Facebook
            """, kinds: [.furniture, .body, .furniture, .furniture, .furniture]),
        Case(name: "share, print, read-also and date lines", marked: """
            ¶lundi 3 mars 2014
            ¶Le ministère a confirmé.
            ¶Partager sur Facebook
            ¶Imprimer
            ¶Facebook Twitter Email
            ¶Lire aussi : Le cloud souverain en question
            ¶Publié le 3 mars 2014 à 10h12
            """, kinds: [.furniture, .body, .furniture, .furniture, .furniture, .furniture, .furniture]),
        Case(name: "prose that starts like furniture is prose", marked: """
            ¶Posted by the agency on its website late on Monday, the video shows the minister arriving at the meeting.
            ¶Par ailleurs, le ministre a confirmé la demande d'audit.
            ¶Lire la presse ne suffit pas.
            """, kinds: [.body, .body, .body]),
        Case(name: "update notices are set apart", marked: """
            ¶Le président a annoncé son départ.
            ¶Mise à jour (14 h 30) : le président dément.
            ¶Update: the company denies it.
            """, kinds: [.body, .update, .update]),
        Case(name: "CR LF and spaces around lines", marked: "¶  Premier.  \n   \n¶\tDeuxième.\n", kinds: [.body, .body]),
    ]

    @Test("paragraphs", arguments: cases)
    func paragraphs(_ testCase: Case) {
        let fixture = MarkedText(testCase.marked, marker: "¶")
        let found = ParagraphReader.paragraphs(in: fixture.text)
        #expect(found.map(\.range) == fixture.ranges, "expected \(fixture.pieces), got \(found.map { fixture.slice($0.range) })")
        #expect(found.map(\.kind) == testCase.kinds)
    }

    @Test func scalarAPIAgreesWithStringAPI() {
        let text = "Été 2014.\n\nL'hiver\nsuivant."
        #expect(ParagraphReader.paragraphs(in: Array(text.unicodeScalars)) == ParagraphReader.paragraphs(in: text))
        #expect(ParagraphReader.paragraphs(in: text).map(\.range) == [TextRange(0, 9), TextRange(11, 27)])
    }

    @Test func hardWrappedEnglishWithCapitalAtTheWrap() {
        let text = """
            The company said on Monday that it had asked the Ministry of Finance and
            Economy for an independent audit of its accounts, a request that the
            Minister accepted.
            """
        #expect(ParagraphReader.paragraphs(in: text).count == 1)
    }
}
