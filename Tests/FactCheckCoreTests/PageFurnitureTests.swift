import FactCheckCore
import Testing

/// Page furniture that speaks to the reader or points elsewhere (calls to action, navigation, comment sections,
/// credits) is set apart from the report; prose that opens with the same words is not.
@Suite struct PageFurnitureTests {
    /// Paragraphs (separated by blank lines) and the kind each is read as.
    @Test(arguments: [
        // Calls to action, French and English.
        ("Rejoignez le Club des lecteurs", [Paragraph.Kind.furniture]),
        ("Soutenez le travail d'une rédaction indépendante.", [.furniture]),
        // The print edition's promise; not news that more is expected.
        ("Plus d'informations dans nos éditions de samedi.", [.furniture]),
        ("More in Sunday's paper.", [.furniture]),
        ("Plus d'informations sont attendues dans la soirée, selon la préfecture.", [.body]),
        ("Inscrivez-vous pour poursuivre votre lecture !", [.furniture]),
        ("Essayez gratuitement le journal pendant 30 jours.", [.furniture]),
        ("Découvrez les nombreux avantages de l'abonnement.", [.furniture]),
        ("Restez connectés avec l'actualité du jeu vidéo en nous rejoignant sur nos comptes Facebook, Twitter et Instagram !", [.furniture]),
        ("Connectez-vous à votre compte pour participer à la conversation.", [.furniture]),
        ("L'article vous a plu ? Il a mobilisé notre rédaction qui ne vit que de vos dons.", [.furniture]),
        ("Subscribe now for unlimited access to our reporting", [.furniture]),
        ("Sign up for our daily newsletter", [.furniture]),
        ("Support independent journalism", [.furniture]),
        ("Join the conversation", [.furniture]),
        ("Download the app for breaking news, weather and traffic alerts.", [.furniture]),
        // Navigation and links to other pages.
        ("Ouvrir le menu principal", [.furniture]),
        ("Sur le même sujet :", [.furniture]),
        ("À lire aussi sur le même sujet : \"les conséquences inattendues de la panne qui a touché le réseau mobile\"", [.furniture]),
        ("More Local News Stories", [.furniture]),
        ("« Previous post title | Main | Next post title »", [.furniture]),
        ("Tag Archives: Corrections", [.furniture]),
        // Comment sections: the heading or the footer, and everything after it.
        ("The bridge reopened.\n\ncomments powered by Disqus\n\nGreat news, the bridge was needed.", [.body, .furniture, .furniture]),
        ("The bridge reopened.\n\n7 thoughts on “Bridge reopens”\n\nThe mayor never said that.", [.body, .furniture, .furniture]),
        ("Le pont a rouvert.\n\n12 réflexions sur « Le pont rouvre »\n\nLe maire n'a jamais dit cela.", [.body, .furniture, .furniture]),
        ("The bridge reopened.\n\nReader Comments\n\nThere are no comments for this journal entry.", [.body, .furniture, .furniture]),
        // Credits: a wire story's, a photo's, a translation, a story published elsewhere first.
        ("(Reportage de Jean Dupont, édité par Marc Durand)", [.furniture]),
        ("(Jeff Mason; version française Jean Terzian)", [.furniture]),
        ("(Reporting by Jane Doe; Editing by John Smith)", [.furniture]),
        ("- - Jean Dupont - AFP", [.furniture]),
        ("Jane Doe/Reuters", [.furniture]),
        ("Credit: AP Images", [.furniture]),
        ("Traduction via Google", [.furniture]),
        ("This article was originally published on a partner site.", [.furniture]),
        // Prose that opens with the same words stays the report's.
        ("Support for the bill grew after the vote in the Senate on Monday.", [.body]),
        ("Subscribers to the service will pay more from March.", [.body]),
        ("Sur le même sujet, le ministre a refusé de s'exprimer.", [.body]),
        ("Sources close to the ministry said the audit would take months.", [.body]),
        ("Reader comments on the site were overwhelmingly negative last week.", [.body]),
        ("There are no comments from the ministry yet.", [.body]),
        ("More than 20 stories were published about the case.", [.body]),
        ("« Nous ne céderons pas », a déclaré le ministre.", [.body]),
        ("Le rapport a été rédigé par des experts (publié lundi par l'ONU).", [.body]),
        ("3 réponses à la crise ont été proposées par le gouvernement lundi.", [.body]),
        ("Le président a démissionné, selon l'AFP", [.body]),
        // A prompt's words in a sentence that names who says them are the report's.
        ("Comments are moderated by a paid team of six, the platform said in a filing.", [.body]),
        ("Subscribe to the scheme before June, the minister told farmers on Monday.", [.body]),
        ("Restez informés des consignes et limitez vos trajets, a demandé la préfète lundi.", [.body]),
        ("Les commentaires sont modérés par des bénévoles, indique l'association.", [.body]),
        // A bare word that labels furniture ("Partager", "Home", "Copyright") opens prose too: a sentence it opens
        // stays the report's; a label it opens is furniture. Labels match as whole words.
        ("Home prices rose five percent in March, the agency said.", [.body]),
        ("Partager les frais est devenu courant chez les jeunes couples.", [.body]),
        ("Commenter les chiffres du chômage reste un exercice risqué pour le ministre.", [.body]),
        ("Copyright law was changed by the new act in 2019.", [.body]),
        ("Voir aussitôt le médecin est recommandé en cas de fièvre.", [.body]),
        ("Sign upgrades were installed on the highway last week.", [.body]),
        // A stamp's start that a clause follows is the report's sentence; the stamp alone is furniture.
        ("Publié le 3 mars, le rapport a fait grand bruit dans la majorité.", [.body]),
        ("Posted on Monday, the memo angered several senators in Washington.", [.body]),
        ("Publié le 3 mars 2014 à 10h12", [.furniture]),
        ("Posted on March 3, 2014 by admin", [.furniture]),
        ("Publié le 3 mars 2014, mis à jour le 4 mars 2014.", [.furniture]),
        ("Copyright 2020 The Daily Courier. To see more, visit our site.", [.furniture]),
        ("Partager sur Facebook", [.furniture]),
        ("Home › News › Local", [.furniture]),
        ("Copyright 2021 The Daily Courier", [.furniture]),
        ("Réagir à cet article", [.furniture]),
        ("Suivez-nous sur nos réseaux pour rester connecté à toute l'actualité !", [.furniture]),
        // A credit or a signature after a dash or a slash: names only, no sentence.
        ("— AFP PHOTO / JEANNE MARTIN", [.furniture]),
        ("— J.MARTIN / AFP", [.furniture]),
        ("/ KXTV/Valley Wire Service", [.furniture]),
        ("– Sam Roe, Regional News Desk", [.furniture]),
        ("– Lucie Bernard, Service Société", [.furniture]),
        // A dialogue's line, a sentence after a dash, or one that names an agency stays the report's.
        ("— Non, répondit le maire, nous ne fermerons pas l'école.", [.body]),
        ("– The Council voted against the plan on Monday", [.body]),
        ("— Les Secours Sont Arrivés.", [.body]),
        ("AFP reported that the floods had killed at least twelve people.", [.body]),
        ("Selon l'AFP, le bilan s'élève à douze morts.", [.body]),
        // A signature with the wires it draws on, a byline with the article's length after a bar.
        ("J.D. avec agences", [.furniture]),
        ("Marie Dupont avec AFP et Reuters", [.furniture]),
        ("Staff and agencies", [.furniture]),
        ("Sam Roe with Reuters", [.furniture]),
        ("Par Jeanne Martin | | 412 mots", [.furniture]),
        ("By Sam Roe | 4 min read", [.furniture]),
        // A sentence that names an agency, or a bar that prose follows, stays the report's.
        ("Le ministre a parlé avec l'AFP", [.body]),
        ("Paris avec AFP et les autres", [.body]),
        ("Par ailleurs, la mairie a répondu aux agences", [.body]),
        ("By Monday | 300 words were cut", [.body]),
        ("The mayor spoke with Reuters", [.body]),
        // The site's taxonomy labels: categories, like tags; not the word in a sentence.
        ("Categories: Local News, Weather", [.furniture]),
        ("Classé dans : Société, Justice", [.furniture]),
        ("Category 5 storms are rare this far north.", [.body]),
        ("Catégorie reine du Tour, le sprint a été remporté par un Belge.", [.body]),
        // A story signed by its newsroom, a link to the station's programme.
        ("Staff Reports", [.furniture]),
        ("La Rédaction", [.furniture]),
        ("KXYZ Newsroom", [.furniture]),
        ("Watch Valley News", [.furniture]),
        // A headline, a sentence or a list that ends with such a word stays the report's.
        ("Senate Kills The Bill", [.body]),
        ("Staff reports rose by a third.", [.body]),
        ("La rédaction a tranché", [.body]),
        ("Les Échos, Le Monde et BFM News", [.body]),
        // The page's code that its text kept: a style rule, a bare address.
        ("#share-panel {display:none;}", [.furniture]),
        (".promo-box { margin: 0; padding: 0; }", [.furniture]),
        ("/https://example.org/media/2021/05/photo_large.jpg)", [.furniture]),
        // Braces and addresses in prose are the report's.
        ("#Paris2024 : les billets seront mis en vente le 3 mars.", [.body]),
        ("#1 on the list was a memo marked {redacted: names}", [.body]),
        ("...et la note portait la mention {sic}", [.body]),
        ("/ Le dossier complet est en ligne sur https://example.org/dossier/2021", [.body]),
    ] as [(String, [Paragraph.Kind])])
    func paragraphKinds(_ text: String, _ kinds: [Paragraph.Kind]) {
        #expect(ParagraphReader.paragraphs(in: text).map(\.kind) == kinds)
    }

    /// Furniture glued to the report's sentences, where the page lost its line breaks, is not a claim either.
    @Test(arguments: [
        ("Le pont a rouvert lundi. A lire aussi... (Rédigé par Jean Dupont; version française Marc Durand)", ["Le pont a rouvert lundi."]),
        ("Le pont a rouvert lundi. Faites-vous entendre ! Le maire a signé le décret.", ["Le pont a rouvert lundi.", "Le maire a signé le décret."]),
        ("The bridge reopened on Monday. Photo: AP/John Doe", ["The bridge reopened on Monday."]),
        ("The amounts would be small. Reporting by Jane Doe; Editing by John Smith", ["The amounts would be small."]),
        ("Le pont a rouvert lundi. — J.MARTIN / AFP", ["Le pont a rouvert lundi."]),
        ("The bridge reopened on Monday. — AP PHOTO / SAM ROE", ["The bridge reopened on Monday."]),
        ("By continuing to use our service, you agree to our use of cookies. The council approved the budget.", ["The council approved the budget."]),
        // A report on cookies is prose.
        ("Google said it would stop using third-party cookies in Chrome by 2024.", ["Google said it would stop using third-party cookies in Chrome by 2024."]),
    ])
    func gluedFurnitureIsNotAClaim(_ text: String, _ claims: [String]) {
        #expect(ArticleReader.analyze(text).claims.map(\.text) == claims)
    }
}
