import FactCheckCore
import Testing

/// Stamps, dated bylines, section labels, rights and contact lines, and prompts after an opening phrase label or sign
/// the page: none is a claim. Prose that opens with the same words is.
@Suite struct PageFurnitureLabelTests {
    /// The report's sentence, which every row below keeps.
    static let french = "Le conseil municipal a voté le budget lundi soir."
    static let english = "The town council passed the budget on Monday night."

    /// A furniture line above the report: only the report's sentence is a claim.
    @Test(arguments: [
        // Publication stamps, with an update's time, after a section's label, or relative.
        "publié le 4 mars 2021 à 08h15 mis à jour le 5 mars 2021 à 17h02",
        "12/02/2021 09:10 CET | Actualisé 13/02/2021 11:45 CET",
        "Il y a 12 min (Màj il y a 2 min)",
        // A stamp that gives only times of day after its labels (the page's day goes without saying).
        "Article publié à 09h40, mis à jour à 11h15.",
        "Publié à 7h05",
        // Dated bylines.
        "Le à 10:05 par la rédaction",
        "Le 3 février 2022 à 10:05 par Jeanne Martin",
        // Section labels.
        "La suite sous cette publicité",
        "L'article parle de...",
        "Sur le même sujet",
        "Capture d'écran Twitter",
        // Rights, prompts, credits, a closed comment form.
        "© 2020 Le Courrier du Val. Tous droits réservés.",
        "Chaque soir, recevez l'essentiel de l'actualité de la région.",
        "Reçois chaque jour les nouvelles de ta ville dans ta boîte courriel.",
        "Photo de couverture utilisée à titre d'illustration.",
        "Les commentaires sont soumis à modération.",
        "Faire défiler vers le haut",
        "Signaler une erreur dans cet article",
        "date 2019-05-02 Partager sur Facebook",
        "date 2019-05-02 La Rédaction",
    ])
    func frenchFurnitureIsNotAClaim(_ furniture: String) {
        #expect(ArticleReader.analyze(furniture + "\n\n" + Self.french).claims.map(\.text) == [Self.french])
    }

    @Test(arguments: [
        "Politics | Updated 3 hours ago",
        "04/12/2011 08:30 pm ET | Updated June 2, 2013",
        "Originally published March 4 at 9:12 a.m. ET.",
        "First published on March 3, 2021 / 8:05 AM",
        "Published at 7:45 a.m., updated at 9:10 a.m.",
        "Posted in Local News on April 3rd, 2019 by editor",
        "Posted at 9:40 pm in Politics",
        "Written by sam on May 2nd, 2018",
        "by Jane RoeMay 4, 2012",
        "In Other News",
        "Continue ReadingCouncil passes the budget after a long night",
        "Editors' Picks",
        "© 2020 The Valley Herald. All Rights Reserved.",
        "She can be reached by email or on Twitter, @jroe_news",
        "For breaking news, weather and traffic alerts, download the Valley Herald app.",
        "Sorry we are not currently accepting comments on this article.",
        "Thumbnail photo via Jane Roe/Valley Images",
        "(Hat tip to reader Sam)",
        "date 2019-05-02 Share this:",
        "date 2019-05-02 Staff Reports",
    ])
    func englishFurnitureIsNotAClaim(_ furniture: String) {
        #expect(ArticleReader.analyze(furniture + "\n\n" + Self.english).claims.map(\.text) == [Self.english])
    }

    /// The page's short lines under the report (a paywall's, the heading of a list of the site's other stories): only
    /// the report's sentence is a claim.
    @Test(arguments: [
        (french, "Vous êtes abonné(e) ? Identifiez-vous"), (french, "Pas encore abonné(e) ? Rejoignez-nous"),
        (french, "Derniers articles"), (english, "Already a subscriber? Log in"), (english, "Recent Posts"),
        // The appeal to subscribe or to support the newsroom.
        (english, "Support quality local journalism. Become a subscriber."), (english, "Subscribe now"),
        (french, "Soutenez le travail d'une rédaction indépendante."), (french, "Abonnez-vous"),
    ])
    func pageLinesUnderTheReportAreNotClaims(_ report: String, _ furniture: String) {
        // (A short line with no verb is no claim anyway: the page's line must be read as furniture, where a notice
        // above it ends.)
        #expect(ParagraphReader.paragraphs(in: report + "\n\n" + furniture).map(\.kind) == [.body, .furniture])
        #expect(ArticleReader.analyze(report + "\n\n" + furniture).claims.map(\.text) == [report])
    }

    /// A subhead that opens with a list heading's words is the article's, not the page's furniture.
    @Test(arguments: ["Recent posts taken out of context", "Derniers articles de la série"])
    func aSubheadOpeningWithAListHeadingsWordsIsTheArticles(_ subhead: String) {
        #expect(ParagraphReader.paragraphs(in: Self.english + "\n\n" + subhead).map(\.kind) == [.body, .body])
    }

    /// Prose that opens as furniture does, or holds its words, stays a claim.
    @Test(arguments: [
        "Posted prices rose in March, the agency said.",
        "Posted at 10:30 pm, the message was deleted within an hour.",
        "Written by a former minister, the book sold 20,000 copies in 2019.",
        "By 2030 the city will ban cars from its centre",
        "By March 10, 2010 the plant had closed for good.",
        "Updated figures were published on 3 March 2021.",
        "In other news, the mayor resigned on Friday.",
        "Some rights reserved by the crown were returned to parliament in 1689.",
        "He can be reached only through his lawyer, the court said.",
        "She said the company can be reached by email.",
        "In 2019, download speeds rose by a third across the county.",
        "Politics | The government unveils three measures",
        "Continue reading the report, the minister told the deputies on Monday.",
        "Photographs of the flood were published on Tuesday.",
        // A reporting clause makes a prompt's or a credit's words the report's: the page speaks in no one's name.
        "Most young voters, the poll found, subscribe to at least one streaming service.",
        "Parents who want a place must, the head teacher said, sign up before the end of May.",
        "She can be reached by radio at the base camp, the expedition leader said on Friday.",
        "Copyright 2021 rules were criticised by authors for cutting royalties, the study said.",
        "Copyright 1998 changes were approved by parliament in a single day.",
        "For a refund, download the claim form from the council website, the utility advised.",
        // A heading that opens with "By" and ends with a year is no dated byline.
        "By the end of 2040",
        "By early 2035 the line will carry freight",
        // "First" and a time of day in a sentence of the report.
        "First, the council published its accounts on March 3, 2021.",
        "First published at 10:30 pm, the memo angered the union.",
        // A page's heading's words in a sentence of the report.
        "Recent posts on the forum threatened the mayor.",
        "Already a subscriber for twenty years, the mayor cancelled his subscription in protest against the editorial line.",
        "Become a subscriber before May and pay less, the utility said in a letter on Monday.",
    ])
    func englishProseStaysAClaim(_ prose: String) {
        #expect(ArticleReader.analyze(prose).claims.map(\.text) == [prose])
    }

    @Test(arguments: [
        "Par ailleurs, le 3 mars 2014, la mairie a fermé l'école.",
        "Le 3 mars 2014, la mairie a fermé l'école du quartier.",
        "Il y a 20 ans, le mur tombait à Berlin.",
        "Écrit le 3 mars, le rapport a fait grand bruit.",
        "Chaque matin, les élèves reçoivent un repas gratuit.",
        "Le maire a écrit : \"Chers amis, recevez mes vœux\".",
        "Capture d'écran à l'appui, le député a accusé le ministre.",
        "Sur le même sujet, le ministre a refusé de s'exprimer.",
        "Les commentaires du ministre ont été mal reçus lundi.",
        "Tous les droits de diffusion ont été vendus en 2019.",
        // A reporting clause makes a prompt's words the report's; a relative time closed by a full stop is a sentence.
        "Restez chez vous et fermez les volets, a demandé la maire aux riverains du fleuve.",
        "Pour obtenir la prime, téléchargez le dossier sur le site du département, précise la région.",
        "Les commentaires sont soumis à l'accord préalable du juge, rappelle le tribunal.",
        "Il peut être joint par téléphone à la caserne, a indiqué son avocat mardi.",
        "Il y a 3 semaines.",
        "Article 12 publié au Journal officiel le 3 mars 2021.",
        "Publié à 14h30, le communiqué a surpris les syndicats.",
        "Derniers articles publiés : le journal a retiré trois textes.",
        "Déjà abonné depuis vingt ans, le maire a résilié.",
    ])
    func frenchProseStaysAClaim(_ prose: String) {
        #expect(ArticleReader.analyze(prose).claims.map(\.text) == [prose])
    }

    /// A stamp longer than the usual furniture line stands alone as furniture.
    @Test func longStampLineIsFurniture() {
        let text = "publié le 4 mars 2021 à 08h15 mis à jour le 5 mars 2021 à 17h02"
        #expect(ParagraphReader.paragraphs(in: text).map(\.kind) == [Paragraph.Kind.furniture])
    }
}
