import FactCheckCore
import Testing

/// Sentence boundaries in French and English, one rule per row; "|" marks where each sentence starts.
@Suite struct SentenceSegmenterTests {
    static let french: [String] = [
        // Titles and abbreviations
        "M. Dupont est arrivé à Paris. |Il a parlé.",
        "MM. Durand et Moreau ont signé. |Mme Martin aussi.",
        "Le Dr. Petit et le Pr. Lefèvre sont d'accord. |Ils l'ont dit.",
        "Me Dupond plaide. |Il a vu St. Michel et la rue St-Denis.",
        "Voir l'art. 3 du décret, la p. 12 et le n°. 4 du texte. |Rien d'autre.",
        "Il cite Le Monde (cf. Le Monde du 3 mars). |Puis il se tait.",
        "Des pommes, des poires, etc. |Il y a aussi des prunes.",
        "Des pommes, des poires, etc. et des prunes.",
        "Le site date de 52 av. J.-C. |Les fouilles ont commencé en 1950.",
        "Il vécut au IIe siècle av. J.-C. et mourut jeune.",
        // Initials
        "J.-M. Le Pen a répondu. |Il a nié.",
        "J. R. R. Tolkien est né en 1892. |Il est mort en 1973.",
        "Selon Jean M. Dupont, le chiffre est faux.",
        // Numbers
        "Le chômage touche 3 500 personnes, soit 1,5 % de plus. |La note est de 9,8/10.",
        "La réunion est fixée à 14 h 30 le 1er mars. |Le XXe siècle est loin.",
        "Le taux passe de 2.5 à 1.000 points. |C'est tout.",
        "Le budget atteint 285 millions d'euros en 2011. |Il a doublé.",
        // French spacing before ? ! : ; and inside « »
        "La chronique d'un fiasco serait-elle en train de s'écrire ? |En 2011, l'Etat avait réussi.",
        "Pourquoi\u{00A0}? |Parce que\u{202F}! |Et alors ?",
        "Il l'a dit : c'est faux ; tout le monde le sait.",
        "« Je pars. » |Il est parti.",
        "«\u{00A0}Je pars\u{00A0}», a-t-il dit. |Puis il est sorti.",
        "« Je pars ! » a-t-il lancé. |Puis il est sorti.",
        "« C'est fini. Tout est fini », a-t-il déclaré. |Le silence a suivi.",
        // Quotations and their attribution
        "\"Le risque est réel\", expliquait le protocole. |Personne ne l'a lu.",
        "\"J'avais un accord. Je transmettrai la direction\", avait-il assuré. |Il est parti.",
        "Il a parlé d'un \"cloud souverain\" financé par l'Etat. |Le projet a échoué.",
        // A quotation opened and never closed in the paragraph does not swallow it.
        "« Il a dit oui. |Puis il a dit non. |Ensuite il est parti.",
        // Ellipses
        "Il hésite… |Puis il part.",
        "Il hésite... |Puis il part.",
        "Il hésite… puis il part.",
        "Il a dit (...) qu'il viendrait.",
        // URLs and e-mail addresses
        "Voir www.exemple.fr. |Écrire à presse@exemple.fr. |Merci.",
        "Le rapport est sur https://www.exemple.fr/rapport-2014.pdf. |Il fait 120 pages.",
        // Parentheses
        "Il est parti (il l'a dit lui-même.) hier. |Ensuite il est revenu.",
        "Il est parti. |(Il ne reviendra pas.) |Puis tout s'est tu.",
        // Lists run into one paragraph
        "1. Le premier point |2. Le deuxième point |3. Le troisième point",
        "a) le premier point |b) le deuxième point",
        "• Le premier point |• Le second point",
        // All capitals
        "BERCY DEMANDE UN AUDIT SUR CLOUDWATT",
    ]

    static let english: [String] = [
        "Mr. Smith went to Washington. |He met Dr. Jones there.",
        "I live in the U.S. |How about you?",
        "I work for the U.S. Government in Virginia.",
        "I have lived in the U.S. for 20 years.",
        "At 5 a.m. Mr. Smith went to the bank. |He left the bank at 6 P.M. |Mr. Smith then went to the store.",
        "They closed the deal with Pitt, Briggs & Co. |It closed yesterday.",
        // A state's abbreviation closes a dateline's place; the dash or the station's bracket after it goes on.
        "ANN ARBOR, Mich. — The game won't kick off until 8:45 tonight. |It had been set for 7:30.",
        "RENO, Nev. - The road is closed. |It reopens soon.",
        "SACRAMENTO, Calif. (KCRA) - The fire is contained. |Crews stay on the ridge.",
        // Negative: a full stop before a dash with no place before it; a long word before the dash; a short word after a
        // comma inside a paragraph, not a dateline's place in capitals opening it.
        "The vote is over. |— And the count begins.",
        "They voted in Sacramento, California. |- The count begins.",
        "She grew up in Dayton, Ohio. |(Her family moved there in 1990.)",
        "He threw to his backup, Jones. |— The backup threw two touchdowns.",
        "Ann Arbor is calm, Mich. |— The game starts late.",
        "They closed the deal with Pitt, Briggs & Co. at noon.",
        "Apple Inc. reported a profit. |Shares rose.",
        "My name is Jonas E. Smith.",
        "J. R. R. Tolkien wrote it.",
        "We make a good team, you and I. |Did you see Albert I. Jones yesterday?",
        "She has $100.00. |It is in her bag.",
        "Growth was 2.5 percent, or 1,000 jobs. |That is all.",
        "Her email is Jane.Doe@example.com. |I sent her an email.",
        "\"It's over,\" she said. |Then she left.",
        "She turned to him, \"This is great.\" |She held the book out to show him.",
        "\"Is it over?\" Smith asked. |Nobody answered.",
        "She works at Yahoo! in the accounting department.",
        "Hello!! |Long time no see.",
        "I never meant that.... |She left the store.",
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
        "Please turn to p. 55. |It explains everything.",
        "Roe v. Wade was decided in 1973.",
        "1.) The first item |2.) The second item",
        "• 9. The first item |• 10. The second item",
    ]

    /// Sentences glued with no space, as pages turned into text lose their line breaks (`LostBreak`): split after
    /// . ! ? … and closing quotation marks or brackets before a capital and a small letter (or an elision).
    static let frenchGlued: [String] = [
        "Le jeu sortira aussi sur PS4.|Désormais, le studio se tait.",
        "Combien coûtera le billet ?|Si la mairie le sait, elle se tait.",
        "Il hésite…|Puis il part.",
        "Le calendrier restait flou... jusqu'à ce matin.|Voilà qui est réglé.",
        "Le maire a démenti. |(lire aussi)|Depuis lundi, le chantier est arrêté.",
        "Le ministre a déclaré : « C'est fini. »|Le silence a suivi.",
        "Il l'a appelé « le sauveur »|Le lendemain, il démissionnait.",
        "Le club a perdu la finale.|L'entraîneur reste en poste.",
        "Le chantier a coûté 80 000.|C'est le double du devis.",
        "Le pont restera fermé tout l'été.|Rectificatif : il rouvrira en juillet.",
    ]

    /// Glued shapes that are no break: abbreviations, initials, acronyms, addresses, versions, numbers and marks.
    static let frenchGluedFalseFriends: [String] = [
        "M.Macron a parlé hier soir à la télévision.",
        "Selon MM.Durand et Mme.Martin, le chiffre est faux.",
        "Le site www.Exemple.fr est fermé depuis lundi.",
        "Il renvoie au site Exemple.Com pour les détails.",
        "Le formulaire est à l'adresse page.php?Id=3 du site.",
        "La puce tourne à 3.5GHz depuis la mise à jour.",
        "La version v2.Beta sort lundi prochain.",
        "Le chapitre 1.Introduction présente l'étude.",
        "Il cite J.K.Rowling et J.-M.Le Pen dans son texte.",
        "Le portable équipé d'un Intel(R)Core coûte 900 euros.",
        "Le texte dit que les élus [...]Les autres ont voté contre.",
        "« Je ne sais pas…Peut-être demain », a-t-il répondu.",
        "Le taux passe de 2.5 à 1.000 points en un an.",
    ]

    static let englishGlued: [String] = [
        "The game also comes out on PS4.|Since then, the studio has said nothing.",
        "What will it cost?|Nobody knows yet.",
        "Maybe next year...|Nobody believes it.",
        "He wrote: \"It was a fake.\"|The paper apologised on Monday.",
        "We will update this story. |(Read more)|Police said on Monday that the road was open.",
        "They said it was over.|I'm not so sure.",
        "He called it “fake news”|The president left the room.",
        "The bridge will reopen in 2019.|Work starts next week.",
        "Stop the count!|Nobody listened.",
    ]

    static let englishGluedFalseFriends: [String] = [
        "The U.S.Army said the drill was planned weeks ago.",
        "Mr.Smith and Mrs.Jones arrived with Dr.Brown.",
        "J.K.Rowling wrote the books.",
        "Visit www.Site.com for the details.",
        "Read it on Example.Com today.",
        "The app runs on Node.js and ASP.Net servers.",
        "Big cities, e.g.Paris, are busy.",
        "He lives in the U.S.A. now.",
        "The chip runs at 3.5GHz when it is cool.",
        "Release v2.Beta is out now.",
        "See https://example.com/News.Html for more.",
        "Chapter 1.Introduction explains the method.",
        "Laptops with Intel(R)Core chips sold well.",
        "\"I don't know...Maybe tomorrow,\" she said.",
    ]

    @Test("French sentences glued with no space", arguments: frenchGlued + frenchGluedFalseFriends)
    func frenchGluedSentences(_ marked: String) {
        check(marked, .french)
    }

    @Test("English sentences glued with no space", arguments: englishGlued + englishGluedFalseFriends)
    func englishGluedSentences(_ marked: String) {
        check(marked, .english)
    }

    @Test("French sentences", arguments: french)
    func frenchSentences(_ marked: String) {
        check(marked, .french)
    }

    @Test("English sentences", arguments: english)
    func englishSentences(_ marked: String) {
        check(marked, .english)
    }

    private func check(_ marked: String, _ language: Language) {
        let fixture = MarkedText(marked)
        let found = SentenceSegmenter(language: language).sentences(in: fixture.text)
        #expect(found == fixture.ranges, "expected \(fixture.pieces), got \(found.map(fixture.slice))")
    }

    @Test func scalarAPIMatchesStringAPIWithOffsets() {
        let text = "Préambule.\nM. Dupont est là. Il part."
        let scalars = Array(text.unicodeScalars)
        let range = TextRange(11, scalars.count)
        let found = SentenceSegmenter(language: .french).sentences(in: scalars, range: range)
        #expect(found == [TextRange(11, 28), TextRange(29, 37)])
    }

    @Test func articleSentencesReadParagraphsFirst() {
        let fixture = MarkedText("""
            |TITRE EN CAPITALES

            |Le projet a coûté 285 millions d'euros, selon
            Bercy et la Cour des comptes.| Il a échoué.

            |Aucun commentaire:
            """)
        let found = SentenceSegmenter(language: .french).articleSentences(in: fixture.text)
        #expect(found == fixture.ranges, "got \(found.map(fixture.slice))")
    }

    @Test func emptyAndBlankParagraphsHaveNoSentences() {
        #expect(SentenceSegmenter(language: .french).sentences(in: "").isEmpty)
        #expect(SentenceSegmenter(language: .english).sentences(in: " \n\t ").isEmpty)
    }

    @Test func pathologicalInputStaysLinear() {
        // Thousands of unclosed quotations and brackets, and a single very long token.
        let text = String(repeating: "« ( [ \"a. ", count: 5_000) + String(repeating: "x", count: 100_000) + "."
        let found = SentenceSegmenter(language: .french).sentences(in: text)
        #expect(!found.isEmpty)
    }
}
