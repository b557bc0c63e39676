import FactCheckCore
import Testing

/// Which openings are update markers, French and English: each case is an article of two paragraphs, a report
/// and a second paragraph that either is a notice (its marker given) or is prose that only mentions updating.
@Suite struct NoticeMarkerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var paragraph: String
        /// The marker as written, or nil when the paragraph is not a notice.
        var marker: String?
        var testDescription: String { paragraph }
    }

    static let report = "The mayor said on Monday that the bridge would reopen in June after the repairs."

    static let cases: [Case] = [
        Case(paragraph: "Editor's note: The bridge will in fact reopen in July, the mayor's office said.", marker: "Editor's note"),
        Case(paragraph: "Correction: An earlier version gave the wrong month for the reopening.", marker: "Correction"),
        Case(paragraph: "Clarification: The repairs concern the north lane only.", marker: "Clarification"),
        Case(paragraph: "UPDATE 2: The council has now approved the budget for the repairs.", marker: "UPDATE 2"),
        Case(paragraph: "Update (March 3): The bridge reopened this morning.", marker: "Update (March 3)"),
        // The date a label is "as of" ("en date du"): a qualifier too. Not words of prose after the label.
        Case(paragraph: "UPDATE as of Tuesday, March 3: The bridge reopened this morning.", marker: "UPDATE as of Tuesday, March 3"),
        Case(paragraph: "Mise à jour en date du 3 mars : Le pont a rouvert ce matin.", marker: "Mise à jour en date du 3 mars"),
        Case(paragraph: "Update as the bridge reopens: a guide to the detours.", marker: nil),
        // A how-to's heading asks; a notice tells, even when it opens on a question word.
        Case(paragraph: "Mises à jour : pourquoi et quand les effectuer ?", marker: nil),
        Case(paragraph: "Updates: how often should you install them?", marker: nil),
        Case(paragraph: "Update: Why the bridge stays closed? The contractor found cracks in the deck.", marker: "Update"),
        Case(paragraph: "Mise à jour en cours : le site sera de retour dans une heure.", marker: nil),
        Case(paragraph: "UPDATE #3: Traffic resumed at noon.", marker: "UPDATE #3"),
        Case(paragraph: "Updated 3:45 p.m. ET: The mayor's office confirmed the date.", marker: "Updated 3:45 p.m. ET"),
        // "a.m:" with its second full stop dropped before the colon.
        Case(paragraph: "Update 11:55 a.m: The bridge has reopened following the crash.", marker: "Update 11:55 a.m"),
        Case(paragraph: "Update, Dec. 3, 2020: The works are over.", marker: "Update, Dec. 3, 2020"),
        Case(paragraph: "Second update: The contractor disputes the mayor's figures.", marker: "Second update"),
        Case(paragraph: "[Updated 3/12] The mayor's office now says July.", marker: "Updated 3/12"),
        // An hour and the noun in brackets, as a live page heads an entry; a number in brackets is a footnote's.
        Case(paragraph: "[9:30 p.m. update] The council has now approved the budget for the repairs.", marker: "9:30 p.m. update"),
        Case(paragraph: "[18h30 mise à jour] Le conseil a voté le budget des réparations.", marker: "18h30 mise à jour"),
        Case(paragraph: "[2] The council has now approved the budget for the repairs.", marker: nil),
        Case(paragraph: "[3 updates] The council has now approved the budget for the repairs.", marker: nil),
        // A label whose date and clock run into the update, which opens with a capital; a participle's stamp glued
        // to the text and a label with no clock stay none.
        Case(paragraph: "Mise à jour du 8 février, 11 h 15 Le pont a rouvert ce matin.", marker: "Mise à jour du 8 février, 11 h 15"),
        Case(paragraph: "Update March 3, 4:10 p.m. The bridge reopened this morning.", marker: "Update March 3, 4:10 p.m."),
        Case(paragraph: "Updated March 3, 2021 10:30 AM The bridge reopened this morning.", marker: nil),
        Case(paragraph: "Mise à jour le 8 février 2024 à 11 h 15 Le conseil municipal a voté le budget.", marker: nil),
        Case(paragraph: "Update March 3, 4:10 p.m. ET The bridge reopened this morning.", marker: "Update March 3, 4:10 p.m. ET"),
        Case(paragraph: "Mise à jour du logiciel Windows 11 Pro disponible.", marker: nil),
        // A whole hour with its half of the day ends the label as a clock does; with its "h" alone it is a duration as
        // often (French writes no half of the day: its clocks give their minutes, as above).
        Case(paragraph: "Update 9 p.m. SEPTA reports that all rail service is delayed.", marker: "Update 9 p.m."),
        Case(paragraph: "Mise à jour 2h Temps de téléchargement estimé sur la fibre.", marker: nil),
        Case(paragraph: "Update 3h Download time on a fast connection.", marker: nil),
        Case(paragraph: "Mise à jour 2 Le pont a rouvert ce matin.", marker: nil),
        // The newsroom contradicting its earlier version, with no label; not what it reported on a day.
        Case(paragraph: "Contrary to what we reported in an earlier version of this article, the vote was 5 to 2.",
             marker: "Contrary to what we reported in an earlier version of"),
        Case(paragraph: "Contrairement à ce que nous avions écrit dans une première version de cet article, le pont rouvrira en juillet.",
             marker: "Contrairement à ce que nous avions écrit dans une première version"),
        Case(paragraph: "Contrary to what we reported on Tuesday, the council will meet again in March.", marker: nil),
        // An update named by its day is also a newsletter's or a programme's name: no marker.
        Case(paragraph: "Friday update: Get our best local stories in your inbox every Friday morning.", marker: nil),
        Case(paragraph: "Friday updates to the timetable are posted at the station.", marker: nil),
        Case(paragraph: "EDIT: a reader points out that the bridge was closed twice.", marker: "EDIT"),
        Case(paragraph: "ETA: I have corrected the date of the vote after a reader's message.", marker: "ETA"),
        Case(paragraph: "Addendum: The state will pay half of the repairs.", marker: "Addendum"),
        Case(paragraph: "Erratum : le pont rouvrira en juillet et non en juin.", marker: "Erratum"),
        Case(paragraph: "Rectificatif : les travaux coûteront 3 millions d'euros, et non 30.", marker: "Rectificatif"),
        Case(paragraph: "Précision : seule la voie nord est concernée par les travaux.", marker: "Précision"),
        Case(paragraph: "Mise à jour (10h30) : le pont a rouvert ce matin.", marker: "Mise à jour (10h30)"),
        Case(paragraph: "MAJ : la mairie confirme la date de réouverture.", marker: "MAJ"),
        Case(paragraph: "Màj 2 : le conseil a voté le budget des travaux.", marker: "Màj 2"),
        Case(paragraph: "Edit du 4 mars : un lecteur nous signale une seconde fermeture.", marker: "Edit du 4 mars"),
        Case(paragraph: "NDLR : la mairie n'a pas répondu à nos questions.", marker: "NDLR"),
        Case(paragraph: "Ajout du 5 mars : l'État paiera la moitié des travaux.", marker: "Ajout du 5 mars"),
        Case(paragraph: "Actualisation : le pont est de nouveau fermé.", marker: "Actualisation"),
        Case(paragraph: "Réactualisation : le bébé a été retrouvé en bonne santé.", marker: "Réactualisation"),
        Case(paragraph: "Réactualisation de 20h15 : l'actrice a quitté le centre mardi soir.", marker: "Réactualisation de 20h15"),
        Case(paragraph: "Nouvelle mise à jour : le chantier est terminé.", marker: "Nouvelle mise à jour"),
        Case(paragraph: "Précision de la rédaction : seule la voie nord est fermée.", marker: "Précision de la rédaction"),
        Case(paragraph: "Later update: The council approved the budget.", marker: "Later update"),
        Case(paragraph: "N.D.L.R. : la mairie n'a pas répondu.", marker: "N.D.L.R."),
        Case(paragraph: "MISE À JOUR 15H00 : le pont a rouvert.", marker: "MISE À JOUR 15H00"),
        Case(paragraph: "_Update:_ The bridge reopened this morning.", marker: "_Update"),
        Case(paragraph: "This article has been updated to include the council's vote.", marker: "This article has been updated"),
        Case(paragraph: "An earlier version of this story gave the wrong date for the reopening.", marker: "An earlier version of this"),
        Case(paragraph: "Cet article a été modifié pour préciser la date de réouverture.", marker: "Cet article a été modifié"),
        Case(paragraph: "Une précédente version de cet article indiquait une réouverture en juin.", marker: "Une précédente version de cet article"),
        Case(paragraph: "Note: this article was corrected after publication to fix the month.", marker: "Note"),
        Case(paragraph: "Note: The original post of this event incorrectly noted the park; the vigil is at Tilley Pond Park.",
             marker: "Note"),
        Case(paragraph: "Note: the bridge is closed to cyclists during the works, the city said.", marker: nil),
        // A weak label over the page's word that it is no longer current; not over a thing said out of date.
        Case(paragraph: "Note: This post is out of date. The settings menu has moved since the 2021 firmware.", marker: "Note"),
        Case(paragraph: "Nota : cette page n'est plus à jour, plusieurs adresses ont fermé depuis.", marker: "Nota"),
        Case(paragraph: "Note: the map in the lobby is out of date, so ask the front desk for directions.", marker: nil),
        // "Wrongly", "original" alone say nothing of the piece.
        Case(paragraph: "Note: Many people wrongly believe that soap will ruin a cast-iron pan's seasoning.", marker: nil),
        Case(paragraph: "Note: The original version of the film runs about two and a half hours.", marker: nil),
        Case(paragraph: "[Article mis à jour le 3 mars à 14h avec la réaction du maire.] Le maire confirme.", marker: "Article mis à jour"),
        Case(paragraph: "(This story has been updated with the council's vote.)", marker: "This story has been updated"),
        // A page's own word that it is no longer current; a banner's guess on any old page is none.
        Case(paragraph: "CETTE PAGE N'EST PLUS D'ACTUALITÉ! Pour une critique plus récente, voyez notre site.",
             marker: "CETTE PAGE N'EST PLUS D'ACTUALITÉ"),
        Case(paragraph: "This post is out of date: the bridge timetable has changed since it was written.",
             marker: "This post is out of date"),
        Case(paragraph: "This article may be out of date: it was published more than five years ago.", marker: nil),
        // Forms seen on other pages (docs/notice-marker-survey.md): short labels, counts, dates set off by a dash,
        // labels closed by a parenthesis or by their emphasis, labels alone on their line with the body below.
        Case(paragraph: "UPD: The council approved the budget for the repairs.", marker: "UPD"),
        Case(paragraph: "Upd.: The council approved the budget for the repairs.", marker: "Upd."),
        Case(paragraph: "Update x2: The council approved the budget for the repairs.", marker: "Update x2"),
        // Live blogs count in Roman numerals as far as they go.
        Case(paragraph: "Update II: The council approved the budget for the repairs.", marker: "Update II"),
        Case(paragraph: "Update VIII: The bridge reopened this morning.", marker: "Update VIII"),
        Case(paragraph: "UPDATE XIV: The bridge reopened this morning.", marker: "UPDATE XIV"),
        Case(paragraph: "Update I think: the bridge reopened this morning.", marker: nil),
        // Counts spelled out; not "one", nor a number that opens the note after no colon.
        Case(paragraph: "Update Two: A drop to 5.4 from 5.8 on the Richter scale is not small.", marker: "Update Two"),
        Case(paragraph: "Mise à jour trois : le pont a rouvert ce matin.", marker: "Mise à jour trois"),
        Case(paragraph: "Update three people were hurt in the crash on Main Street.", marker: nil),
        Case(paragraph: "Mise à jour deux fois par an, la carte des zones inondables reste incomplète.", marker: nil),
        // A part's title under a count in words, as a game's review heads its expansions (the session's second review).
        Case(paragraph: "Update Two: Deep Currents", marker: nil),
        Case(paragraph: "Mise à jour deux : Les Marées noires", marker: nil),
        // The label's words glued, as a tag writes them; a site's name or a hashtag over a software note is none.
        Case(paragraph: "[MiseÀJour Jeudi 27 juillet 2023 - 18h30]\nL'eau est à nouveau potable. La restriction est levée !",
             marker: "MiseÀJour Jeudi 27 juillet 2023 - 18h30"),
        Case(paragraph: "Miseajour.fr propose des pilotes pour vos imprimantes depuis 2010.", marker: nil),
        Case(paragraph: "[MiseÀJour] est aussi le nom de l'étape : entrée, puis [MiseÀJour], puis [Affichage].", marker: nil),
        Case(paragraph: "#MiseAJour disponible pour tous les abonnés : téléchargez-la depuis le menu Réglages.", marker: nil),
        // Two labels joined by a slash are one label; a label joined to another word is none.
        Case(paragraph: "CORRECTION/CLARIFICATION: An error in transcription changed the meaning of a sentence.",
             marker: "CORRECTION/CLARIFICATION"),
        Case(paragraph: "Rectificatif/Précision : une erreur de transcription a changé le sens d'une phrase.",
             marker: "Rectificatif/Précision"),
        Case(paragraph: "Correction / Clarification: An earlier version gave the wrong overtime figure.",
             marker: "Correction / Clarification"),
        Case(paragraph: "Rectificatif / Précision : une version précédente donnait un mauvais chiffre.",
             marker: "Rectificatif / Précision"),
        Case(paragraph: "Update/upgrade: which one do you need for your phone?", marker: nil),
        Case(paragraph: "Mise à jour/installation : comment faire sur votre téléphone.", marker: nil),
        // "Sept" is September's: a dated label alone on its line over no prose is a stamp, not a count's label.
        Case(paragraph: "Update Sept 3\n\nBridge", marker: nil),
        Case(paragraph: "La réactualisation du plan local est prévue en mars.", marker: nil),
        Case(paragraph: "Réactualisation des tarifs en 2024 : le conseil votera en mars.", marker: nil),
        // An earlier version of the piece, by any of its names; a rewritten story saying so at its top.
        Case(paragraph: "Une version précédente de cette histoire donnait une date erronée.", marker: "Une version précédente de cette histoire"),
        Case(paragraph: "La première version de cette dépêche citait un autre chiffre.", marker: "La première version de cette dépêche"),
        Case(paragraph: "This is an update of a story published at 10:48 a.m.", marker: "This is an update of"),
        Case(paragraph: "UPDATE — Tuesday, 10:30 a.m.: The council approved the budget.", marker: "UPDATE — Tuesday, 10:30 a.m."),
        Case(paragraph: "Update, 28 August, 4.00pm MST: The bridge reopened this morning.", marker: "Update, 28 August, 4.00pm MST"),
        Case(paragraph: "UPDATE (4:15 p.m.) The bridge reopened this morning.", marker: "UPDATE (4:15 p.m.)"),
        Case(paragraph: "**Update** The bridge reopened this morning.", marker: "**Update**"),
        Case(paragraph: "UPDATE\n\nThe council approved the budget for the repairs.", marker: "UPDATE"),
        Case(paragraph: "Update 3\n\nThe council approved the budget for the repairs.", marker: "Update 3"),
        Case(paragraph: "**Update**\n\nThe council approved the budget for the repairs.", marker: "**Update**"),
        Case(paragraph: "Update @ 2:45 p.m.\n\nTraffic is moving again on the bridge.", marker: "Update @ 2:45 p.m."),
        Case(paragraph: "Mise à jour 14h30\n\nLa circulation a repris sur le pont.", marker: "Mise à jour 14h30"),
        Case(paragraph: "Important update: The bridge is closed again.", marker: "Important update"),
        Case(paragraph: "Editor's update: The bridge is closed again.", marker: "Editor's update"),
        Case(paragraph: "Retraction: The story about the bridge's closure was wrong.", marker: "Retraction"),
        Case(paragraph: "Note to readers: An earlier version of this story gave the wrong month.", marker: "Note to readers"),
        Case(paragraph: "Added: a reader notes that the bridge was closed twice, which I had wrongly left out.", marker: "Added"),
        Case(paragraph: "Article updated on March 3 to include the council's vote.", marker: "Article updated"),
        Case(paragraph: "Mise à jour importante : le pont est de nouveau fermé.", marker: "Mise à jour importante"),
        Case(paragraph: "Mise à jour vers 14h : le pont a rouvert.", marker: "Mise à jour vers 14h"),
        Case(paragraph: "Mise à jour le 12.03.2019 : le pont a rouvert.", marker: "Mise à jour le 12.03.2019"),
        Case(paragraph: "MISE À JOUR\n\nLe conseil a voté le budget des travaux.", marker: "MISE À JOUR"),
        Case(paragraph: "Complément d'information : la mairie a répondu à nos questions.", marker: "Complément d'information"),
        Case(paragraph: "Rectif : le pont rouvrira en juillet.", marker: "Rectif"),
        Case(paragraph: "P.-S. : j'ai corrigé la date du vote après le message d'un lecteur.", marker: "P.-S."),
        Case(paragraph: "Ajout : le maire a depuis confirmé la date de réouverture.", marker: "Ajout"),
        Case(paragraph: "Mise au point : contrairement à ce que nous indiquions, le pont reste fermé.", marker: "Mise au point"),
        // Round two (docs/notice-marker-survey.md): an edit labelled by its purpose, a date then "to add", "pour
        // préciser"; a marker after a page's date stamp on the same line; a dated label glued to the sentence before.
        Case(paragraph: "[Edited 3/12/21 to add: the bridge was also closed in 2019.] The council met on Tuesday.", marker: "Edited 3/12/21"),
        Case(paragraph: "[Updated to include the council's vote on the repairs.]", marker: "Updated"),
        Case(paragraph: "Updated March 3 to include the council's vote on the repairs.", marker: "Updated March 3"),
        Case(paragraph: "Edited on March 4 to correct the month of the reopening.", marker: "Edited on March 4"),
        Case(paragraph: "[Mis à jour le 3 mars pour ajouter la réaction du maire.]", marker: "Mis à jour le 3 mars"),
        Case(paragraph: "Modifié le 3 mars pour ajouter la réaction du maire.", marker: "Modifié le 3 mars"),
        Case(paragraph: "[Modifié le 4 mars pour préciser la date de réouverture.] Le conseil s'est réuni mardi.", marker: "Modifié le 4 mars"),
        Case(paragraph: "Actualisé à 14h30 afin d'intégrer la réponse de la mairie.", marker: "Actualisé à 14h30"),
        Case(paragraph: "date 2021-03 Mise à jour 14:52 : le pont a rouvert ce matin.", marker: "Mise à jour 14:52"),
        Case(paragraph: "date 2019-05-28 This is an update of a story published at 10:48 a.m.", marker: "This is an update of"),
        // The label's emphasis after the stamp.
        Case(paragraph: "date 2026-01-10 ***Mise à jour : le courant a été rétabli vers 15h***", marker: "***Mise à jour"),
        Case(paragraph: "date 2026-01-10 **Update:** Power was restored at 3 p.m.", marker: "**Update"),
        Case(paragraph: "date 2026-01-10 *** Sponsored *** Book your crossing now.", marker: nil),
        Case(paragraph: "Publié le 3 mars 2021 MISE À JOUR : le pont a rouvert ce matin.", marker: "MISE À JOUR"),
        Case(paragraph: "March 3, 2021 Correction: An earlier version gave the wrong month for the reopening.", marker: "Correction"),
        Case(paragraph: "Le pont restera fermé tout l'été.Correctif 04/03/2021 : il rouvrira dès juillet.", marker: "Correctif 04/03/2021"),
        Case(paragraph: "The bridge stays closed all summer.Correction, March 4: it reopens in July.", marker: "Correction, March 4"),
        // Round three (docs/notice-marker-survey.md): a log's labels with their date, a dash typed as two hyphens,
        // a postscript given its hour, a page's heading when the page is one correction, a journal's retraction.
        Case(paragraph: "Most recent update, March 4 at 9:10 a.m. ET: Adds the council's vote.", marker: "Most recent update, March 4 at 9:10 a.m. ET"),
        Case(paragraph: "Updates, March 4th: The council approved the budget for the repairs.", marker: "Updates, March 4th"),
        Case(paragraph: "UPDATE 4 March 2021 -- The bridge reopened this morning.", marker: "UPDATE 4 March 2021"),
        Case(paragraph: "P.S. (à 16 h 10) : le maire vient de nous appeler pour confirmer la date.", marker: "P.S. (à 16 h 10)"),
        Case(paragraph: "Note (4:10 p.m.): The mayor called back to confirm the date.", marker: "Note (4:10 p.m.)"),
        Case(paragraph: "P.S. (à 15 heures 20) : le maire vient de nous appeler pour confirmer la date.", marker: "P.S. (à 15 heures 20)"),
        Case(paragraph: "The authors wish to retract this paper after its figures could not be reproduced.", marker: "The authors wish to retract this"),
        Case(paragraph: "This article has been retracted at the request of the editors.", marker: "This article has been retracted"),
        Case(paragraph: "This Letter has been withdrawn by the authors.", marker: "This Letter has been withdrawn"),
        // A correction's heading is the page's own, at its top (`correctionHeadings`); under a report it is a
        // subheading. News of someone else's retraction is a report; a duration is no hour of the day.
        Case(paragraph: "Rectificatif\n\nLe pont rouvrira en juillet, et non en juin comme nous l'avons écrit.", marker: nil),
        Case(paragraph: "Clarification\n\nThe repairs concern the north lane only, not the whole bridge.", marker: nil),
        Case(paragraph: "Retraction\n\nThe council withdrew the study of the bridge after two engineers found errors.", marker: nil),
        Case(paragraph: "The authors have retracted the study, citing errors in three of its tables.", marker: nil),
        Case(paragraph: "This report was withdrawn by the agency on Friday after the errors were found.", marker: nil),
        Case(paragraph: "This report has been withdrawn by the council pending a new survey of the bridge.", marker: nil),
        Case(paragraph: "Les auteurs ont retiré leur étude sur le pont, invoquant des erreurs dans deux tableaux.", marker: nil),
        Case(paragraph: "Note (72 heures de garde à vue) : le délai peut être prolongé par le parquet.", marker: nil),
        Case(paragraph: "Note (48h de garde à vue) : le juge peut prolonger la mesure.", marker: nil),
        Case(paragraph: "Note (36 hours in custody): the judge may extend the detention.", marker: nil),
        Case(paragraph: "Updates: dark mode and faster maps in the town's app.", marker: nil),
        Case(paragraph: "P.S. (2021) : pensez à réserver vos places pour la fête du pont.", marker: nil),
        Case(paragraph: "Note (page 4): the bridge is closed to trucks on weekends.", marker: nil),
        Case(paragraph: "The authors wish to thank the council for its help with the survey.", marker: nil),
        Case(paragraph: "Update\n\nThe council approved the budget for the repairs.", marker: nil),
        Case(paragraph: "Errata\n\nThe list of known mistakes in the guide to the bridge, by chapter.", marker: nil),
        // Not notices: prose, labels for anything, stamps.
        Case(paragraph: "Note: the bridge is closed to trucks on weekends.", marker: nil),
        Case(paragraph: "Update your browser to read the council's report on the repairs.", marker: nil),
        Case(paragraph: "Mettez à jour votre application pour suivre les travaux en direct.", marker: nil),
        Case(paragraph: "The article has many readers in the town, the editor said.", marker: nil),
        Case(paragraph: "The story was changed for the film, which moves it to Boston.", marker: nil),
        Case(paragraph: "L'article 12 a été modifié par le Sénat en deuxième lecture.", marker: nil),
        Case(paragraph: "Article mis à jour le 3 mars 2021 à 10h30", marker: nil),
        Case(paragraph: "[Article mis à jour le 3 mars 2021 à 10h30]", marker: nil),
        // A stamp whose date the page left out: the little word before the date, then nothing.
        Case(paragraph: "Article mis à jour le \n\nLe conseil a voté le budget des travaux du pont.", marker: nil),
        Case(paragraph: "Story updated on\n\nThe council approved the budget for the repairs.", marker: nil),
        Case(paragraph: "[Article mis à jour le ]", marker: nil),
        Case(paragraph: "Article mis à jour le matin du vote avec la réponse du maire.", marker: "Article mis à jour"),
        Case(paragraph: "This story was updated on March 3, 2021.", marker: nil),
        Case(paragraph: "ETA: 10 minutes by car from the town hall, the mayor says.", marker: nil),
        Case(paragraph: "note: this article was corrected after publication to fix the month.", marker: nil),
        Case(paragraph: "Note: error messages about the bridge appear in red on the town's site.", marker: nil),
        Case(paragraph: "Note : faites la mise à jour de l'application avant de consulter la carte.", marker: nil),
        Case(paragraph: "Note: added support for the new bridge cameras in the town's app.", marker: nil),
        Case(paragraph: "Correction of the figures took the council three weeks.", marker: nil),
        Case(paragraph: "Ajout : export des listes au format PDF depuis l'écran des travaux.", marker: nil),
        Case(paragraph: "Corrections : le bug d'affichage de la carte des travaux est corrigé.", marker: nil),
        // False friends seen on other pages: software versions and changelogs, stamps alone on their line, headings,
        // a how-to's aside, a list item.
        Case(paragraph: "Mise à jour 2.1 : corrections de bugs dans l'application de la mairie.", marker: nil),
        Case(paragraph: "Update 2.1: bug fixes for the town's app.", marker: nil),
        Case(paragraph: "Mise à jour 2.1 disponible pour l'application de la mairie.", marker: nil),
        Case(paragraph: "Added: support for the new bridge cameras in the town's app.", marker: nil),
        Case(paragraph: "Corrected: typo in the install script of the town's app.", marker: nil),
        Case(paragraph: "Correctif : le bug d'affichage de la carte est réglé.", marker: nil),
        Case(paragraph: "- Update: bumped the map library to 3.2.", marker: nil),
        Case(paragraph: "Updated 2:25 p.m. ET, November 5, 2018\n\nThe council approved the budget for the repairs.", marker: nil),
        // The newsroom's note named as such, alone on its line, any case, over its body; "Update" so is a section.
        Case(paragraph: "Editor's note\n\nThe figure comes from the state auditor's report.", marker: "Editor's note"),
        Case(paragraph: "Note de la rédaction\n\nLe chiffre figure dans le rapport de la chambre régionale des comptes.", marker: "Note de la rédaction"),
        // Over a body that speaks of no piece, the label heads a column or a tip (the twenty-third session's review).
        Case(paragraph: "Editor's Note\n\nWelcome to our spring issue, devoted to the gardens of the valley.", marker: nil),
        Case(paragraph: "Note de la rédaction\n\nNous avons testé cette recette avec du lait d'amande.", marker: nil),
        Case(paragraph: "Update\n\nThe council approved the budget for the repairs.", marker: nil),
        // An update's hour alone is a notice of its line (`NoticeBoundary.isClockStamp`); dated, the page's stamp.
        Case(paragraph: "UPDATED 2:25 PM ET\n\nThe council approved the budget for the repairs.", marker: "UPDATED 2:25 PM ET"),
        Case(paragraph: "Mise à jour le 4 mars 2021 à 10h30\n\nLe conseil a voté le budget des travaux.", marker: nil),
        Case(paragraph: "Update 2019-03-04\n\nThe council approved the budget for the repairs.", marker: nil),
        Case(paragraph: "Correction\n\nThe council approved the budget for the repairs.", marker: nil),
        Case(paragraph: "Note to readers: comments are closed for the weekend.", marker: nil),
        Case(paragraph: "PS : pensez à réserver vos places pour la fête du pont.", marker: nil),
        Case(paragraph: "Mise au point : utilisez l'autofocus pour photographier le pont de nuit.", marker: nil),
        Case(paragraph: "[Last Updated: 7/6/2012 3:38:37 PM]\n\nThe council approved the budget for the repairs.", marker: nil),
        Case(paragraph: "Windows 8.1 Update 2 is shipping to the town's computers this month.", marker: nil),
        // Round two's false friends: byline stamps and signatures, release notes with a purpose or a date, a patch in
        // software news, "correctif" in prose.
        Case(paragraph: "Mis à jour le 3 mars 2021 par la rédaction.", marker: nil),
        Case(paragraph: "Mis à jour le 4 mars 2021 à 10h30 Le conseil a voté le budget des travaux.", marker: nil),
        Case(paragraph: "Edited by Jane Doe on March 3, 2021.", marker: nil),
        Case(paragraph: "Edited by Jane Doe to add the council's figures.", marker: nil),
        Case(paragraph: "Updated to version 2.1 to fix a crash in the town's app.", marker: nil),
        Case(paragraph: "Updated March 3 to fix a crash in the town's app.", marker: nil),
        Case(paragraph: "[Updated to support the new bridge cameras]", marker: nil),
        Case(paragraph: "Version 2.1 Update: bug fixes for the town's app.", marker: nil),
        Case(paragraph: "2021-03-04 Added: support for the new bridge cameras.", marker: nil),
        Case(paragraph: "2.1.3 Update: bug fixes for the town's app.", marker: nil),
        Case(paragraph: "Correctif de sécurité : la mise à jour 2.1 de l'application de la mairie comble une faille.", marker: nil),
        Case(paragraph: "3 mars 2021 Correctif de sécurité pour l'application de la mairie.", marker: nil),
        Case(paragraph: "La mairie a publié mardi un correctif pour son application. Correctif attendu : fin mars.", marker: nil),
        Case(paragraph: "Le logiciel plantait.Correctif 2.1 : le bug d'affichage est réglé.", marker: nil),
        Case(paragraph: "3 mars 2021 Mise à jour de l'application de la mairie : elle plante encore.", marker: nil),
        // A zone or a unit glued to the time, as quick typing sets it; a size glued to a figure is no time.
        Case(paragraph: "Update 3.12.21 6:40PST: The bridge reopened this morning.", marker: "Update 3.12.21 6:40PST"),
        Case(paragraph: "UPDATE 1430hrs: Traffic resumed on the north lane.", marker: "UPDATE 1430hrs"),
        Case(paragraph: "Mise à jour 14h30GMT : le pont a rouvert ce matin.", marker: "Mise à jour 14h30GMT"),
        Case(paragraph: "Update 40MB: download it before the app stops working on Monday.", marker: nil),
        Case(paragraph: "Mise à jour 2Go : téléchargez-la avant lundi pour garder l'application.", marker: nil),
        Case(paragraph: "March 3, 2021 Update your browser to see the map of the works.", marker: nil),
        Case(paragraph: "v2.1 (3/12/21) Updated to add a dark mode to the town's app.", marker: nil),
        Case(paragraph: "1) Update: the map library of the town's app is now 3.2.", marker: nil),
    ]

    @Test(arguments: cases)
    func marker(_ c: Case) {
        let analysis = ArticleReader.analyze(Self.report + "\n\n" + c.paragraph + "\n")
        #expect(analysis.notices.map(\.marker) == (c.marker.map { [$0] } ?? []))
        #expect(analysis.claims.first?.text == Self.report)
    }

    /// A marker with nothing after it, not even a colon, ends an excerpt: neither a notice nor a claim.
    @Test(arguments: ["Mise à jour 2", "UPDATE 3", "Mise à jour du 4 mars"])
    func aBareMarkerIsNeitherNoticeNorClaim(_ line: String) {
        let analysis = ArticleReader.analyze(Self.report + "\n\n" + line + "\n")
        #expect(analysis.notices.isEmpty)
        #expect(analysis.claims.map(\.text) == [Self.report])
    }

    /// The emphasis that closes after a marker's colon is not the notice's text.
    @Test(arguments: ["_Update:_ The bridge reopened this morning.", "**Update:** The bridge reopened this morning."])
    func emphasisAfterTheColonIsNotText(_ line: String) {
        let analysis = ArticleReader.analyze(Self.report + "\n\n" + line + "\n")
        #expect(analysis.notices.map(\.text) == ["The bridge reopened this morning."])
    }

    /// What closes a label is not the notice's text: the date a dash set off, a parenthesis, the emphasis, the line end.
    @Test(arguments: [
        "UPDATE — Tuesday, 10:30 a.m. — The bridge reopened this morning.", "UPDATE (4:15 p.m.) The bridge reopened this morning.",
        "**Update** The bridge reopened this morning.", "UPDATE 2\n\nThe bridge reopened this morning.",
    ])
    func whatClosesALabelIsNotText(_ line: String) {
        let analysis = ArticleReader.analyze(Self.report + "\n\n" + line + "\n")
        #expect(analysis.notices.map(\.text) == ["The bridge reopened this morning."])
    }

    /// "Update:" and an hour alone on a line heads a log's entry, its body below, in capitals or not; a date or a
    /// label that says which update it is makes a byline's stamp of the line.
    @Test(arguments: [
        ("Update: 10:26 a.m.\n\nOne lane of the bridge has reopened.", ["Update: 10:26 a.m."]),
        ("Update: 4:50 p.m. Friday\n\nThe bridge has reopened in both directions.", ["Update: 4:50 p.m. Friday"]),
        ("UPDATE: 4:50 p.m.\n\nThe bridge has reopened in both directions.", ["UPDATE: 4:50 p.m."]),
        ("Update: March 5, 2021\n\nThe bridge has reopened in both directions.", []),
        ("Last update: 4:50 p.m.\n\nThe bridge has reopened in both directions.", []),
        ("Dernière mise à jour : 16 h 50\n\nLe pont a rouvert dans les deux sens.", []),
        ("Mise à jour : 16 h 50\n\nLe pont a rouvert dans les deux sens.", []),
    ])
    func aTimedUpdateLabelAloneOnItsLine(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(Self.report + "\n\n" + text + "\n").notices.map(\.marker) == markers)
    }

    /// A dated label in emphasis alone on its line ("***UPDATE 9/28***"), or in brackets with its time ("[Update: Sunday
    /// March 31 at 10:30 am]"): the update is the paragraph below it, not the label's date.
    @Test(arguments: [
        ("***UPDATE 9/28***\n\nThe coroner has identified the victim as Donald Allen.", "***UPDATE 9/28***",
         "The coroner has identified the victim as Donald Allen."),
        ("**MISE À JOUR 28/09**\n\nLe légiste a identifié la victime.", "**MISE À JOUR 28/09**", "Le légiste a identifié la victime."),
        ("[Update: Sunday March 31 at 10:30 am]\n\nThe deceased has been identified as Patrick Best.",
         "Update: Sunday March 31 at 10:30 am", "The deceased has been identified as Patrick Best."),
        ("[Mise à jour : dimanche 31 mars à 10 h 30]\n\nLa victime a été identifiée.", "Mise à jour : dimanche 31 mars à 10 h 30",
         "La victime a été identifiée."),
        // Two marks of emphasis and a space before the label, as a blog's editor leaves them.
        ("** Update 9:30**\n\nThe boys game has been moved to tonight at Garden Spot.", "** Update 9:30**",
         "The boys game has been moved to tonight at Garden Spot."),
        ("** Mise à jour 21h30**\n\nLe match des garçons est avancé à ce soir.", "** Mise à jour 21h30**",
         "Le match des garçons est avancé à ce soir."),
    ])
    func aDatedLabelInEmphasisOrBracketsHeadsTheParagraphBelow(_ text: String, _ marker: String, _ body: String) {
        let analysis = ArticleReader.analyze(Self.report + "\n\n" + text + "\n")
        #expect(analysis.notices.map(\.marker) == [marker])
        #expect(analysis.notices.map(\.text) == [body])
    }

    /// Lower-case timed labels stack newest first in a log; running forward they are a schedule's entries, unless the
    /// page announces a live (a "Live:" headline, "live updates").
    @Test(arguments: [
        ("Ferry strike talks resume\n\nUpdate: 1:05 p.m.\nThe union accepted the offer.\n\nUpdate: 9:15 a.m.\nTalks resumed at the port office.",
         ["Update: 1:05 p.m.", "Update: 9:15 a.m."]),
        ("Ferry strike talks resume\n\nPlan for Friday:\n\nUpdate: 9:15 a.m.\nTalks open at the port office.\n\nUpdate: 1:05 p.m.\nThe union votes on the offer.",
         []),
        ("Live: ferry strike talks resume\n\nUpdate: 9:15 a.m.\nTalks resumed at the port office.\n\nUpdate: 1:05 p.m.\nThe union accepted the offer.",
         ["Update: 9:15 a.m.", "Update: 1:05 p.m."]),
        ("Grève des ferries : reprise des discussions\n\nProgramme de vendredi :\n\nMise à jour : 9 h 15\nOuverture des discussions.\n\nMise à jour : 13 h 05\nVote du syndicat.",
         []),
        // Running forward, each entry telling what has happened: a log kept oldest first ("have been entered").
        // (Only English writes the lower-case timed label: "Mise à jour : 9 h 15" is a French byline's stamp.)
        ("Election night results\n\nResults are posted here as they arrive at Town Hall.\n\nUpdate: 11:15 p.m.\nWe have entered the machine-counted ballots.\n\nUpdate: 1:45 a.m.\nAll hand-counted ballots have been entered.",
         ["Update: 11:15 p.m.", "Update: 1:45 a.m."]),
        ("Election night plan\n\nResults are posted here as they arrive at Town Hall.\n\nUpdate: 11:15 p.m.\nWe post the machine-counted ballots.\n\nUpdate: 1:45 a.m.\nWe post the hand-counted ballots.",
         []),
        // The past in the simple form after its subject tells what happened too; in a clause of its own, or a present
        // passive, it does not.
        ("Standoff ends in north Spokane\n\nA man barricaded himself inside a home on Wednesday.\n\nUpdate: 1:10 p.m.\nPolice closed Division Street between Francis and Rowan.\n\nUpdate: 4:50 p.m.\nNegotiators reached the man by phone.",
         ["Update: 1:10 p.m.", "Update: 4:50 p.m."]),
        ("Spelling bee\n\nThe county bee opens on Saturday at the library.\n\nUpdate: 9:00 a.m.\nEach speller has two minutes per word.\n\nUpdate: 10:30 a.m.\nThe final round has ten spellers.",
         []),
        ("Marathon morning\n\nThe city marathon starts at the park on Sunday.\n\nUpdate: 6:30 a.m.\nRunners seeded in the elite corral line up.\n\nUpdate: 7:00 a.m.\nThe wheelchair race starts at the gate.",
         []),
        ("Sports day programme\n\nThe county schools meet at the stadium on Saturday.\n\nUpdate: 10:00 a.m.\nThe girls relay, which was postponed from Friday, opens the day.\n\nUpdate: 1:00 p.m.\nBallots are counted for the best athlete award.",
         []),
    ])
    func timedUpdateLabelsRunningForwardAreASchedule(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text + "\n").notices.map(\.marker) == markers)
    }

    /// "UPDATE" in capitals given its date, hour and zone, alone over a dateline's story, heads an update, as the
    /// French label in capitals does; the participle so dated is a byline's stamp, the page's furniture.
    @Test(arguments: [
        ("Shooting at the protest\n\nUPDATE: Sunday, June 28, 2020 at 2:56 p.m. EDT\n\nLOUISVILLE, Ky. (AP) – Police say a "
            + "suspect was arrested on Saturday night.\n\nThe shooting happened in the park downtown.", ["UPDATE: Sunday, June 28, 2020 at 2:56 p.m. EDT"]),
        ("Fusillade lors de la manifestation\n\nMISE À JOUR : dimanche 28 juin 2020 à 14 h 56\n\nLOUISVILLE (AP) – La police annonce "
            + "l'arrestation d'un suspect samedi soir.\n\nLa fusillade a eu lieu dans le parc du centre-ville.", ["MISE À JOUR : dimanche 28 juin 2020 à 14 h 56"]),
        ("Shooting at the protest\n\nPOSTED: Sunday, June 28, 2020 at 10:12 a.m. EDT\nUPDATE: Sunday, June 28, 2020 at 2:56 p.m. EDT\n\n"
            + "LOUISVILLE, Ky. (AP) – Police say a suspect was arrested on Saturday night.\n\nThe shooting happened in the park downtown.", []),
        ("Shooting at the protest\n\nUPDATED: Sunday, June 28, 2020 at 2:56 p.m. EDT\n\nLOUISVILLE, Ky. (AP) – Police say a "
            + "suspect was arrested on Saturday night.\n\nThe shooting happened in the park downtown.", []),
    ])
    func aCapitalLabelDatedWithItsZoneHeadsAnUpdate(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text + "\n").notices.map(\.marker) == markers)
    }

    /// A situation report's label ("Point de situation", "Situation update", "Status update") heads an update only
    /// dated or timed, as a changelog's labels do: undated, it names a summary or an app's feature.
    @Test(arguments: [
        ("Point de situation vendredi 3 novembre à 8h00\n\n523 000 clients sont encore privés d'électricité en Bretagne.\n\n"
            + "Les équipes d'Enedis sont mobilisées depuis jeudi.", ["Point de situation vendredi 3 novembre à 8h00"]),
        ("Storm Ciaran\n\nSituation update, Friday 8 a.m.:\n\n523,000 customers are still without power in Brittany.\n\n"
            + "Crews have been at work since Thursday.", ["Situation update, Friday 8 a.m."]),
        ("Budget 2024\n\nPoint de situation : les chiffres clés du budget de la commune.\n\nLe budget atteint 12 millions d'euros cette année.", []),
        ("New app\n\nStatus update: the new app lets you post photos to your timeline.\n\nThe app is free on both stores.", []),
    ])
    func aSituationReportHeadsAnUpdateWhenDated(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text + "\n").notices.map(\.marker) == markers)
    }

    /// A lower-case "Update:" given a date with its hour is a byline's stamp alone, and its body below stays the
    /// report's; stacked with another such label it is a log's dated entry, its body below (English only, as the
    /// lower-case timed label is).
    @Test(arguments: [
        ("Water main break downtown\n\nUpdate: Monday, April 8, 10:40 a.m.\n\nCrews report that water service has been restored on Troy Street.\n\n"
            + "Update: Sunday, April 7, 6:00 p.m.\n\nWater service has been restored for the time being, at reduced flow.\n\n"
            + "Original Post\n\nA water main broke overnight on Troy Street.",
         ["Update: Monday, April 8, 10:40 a.m.", "Update: Sunday, April 7, 6:00 p.m."], "Crews report that water service", false),
        ("Water main break downtown\n\nBy Jane Doe, Staff Writer\n\nUpdate: Monday, April 8, 10:40 a.m.\n\n"
            + "A water main broke overnight on Troy Street, the city said.\n\nCrews are working to restore the water service today.",
         ["Update"], "A water main broke overnight", true),
        // Oldest first, in the present: a log's entries still. Two stamps with nothing between them, or a stamp under
        // the byline: a byline's, never a dated entry (the stamp under the byline is read as it was before).
        ("Crash on Interstate 35\n\nUpdate: Monday, April 8, 10:40 a.m.\n\nTxDOT says northbound I-35 is backed up for two miles.\n\n"
            + "Update: Monday, April 8, 4:15 p.m.\n\nAll lanes are open again, TxDOT says.\n\nA truck overturned on I-35 on Monday morning.",
         ["Update: Monday, April 8, 10:40 a.m.", "Update: Monday, April 8, 4:15 p.m."], "TxDOT says northbound", false),
        ("Crash on Interstate 35\n\nBy Rachel Moreno, Central Texas Tribune\n\nUpdate: Monday, April 8, 10:40 a.m.\n\nThe Texas Department of "
            + "Transportation has closed two lanes of Interstate 35 after a crash.\n\nUpdate: Monday, April 8, 4:15 p.m.\n\nAll lanes are open again, TxDOT says.",
         ["Update", "Update: Monday, April 8, 4:15 p.m."], "Crash on Interstate 35", true),
        ("Crash on Interstate 35\n\nBy Rachel Moreno\nUpdate: Monday, April 8, 10:40 a.m.\nUpdate: Monday, April 8, 12:05 p.m.\n\n"
            + "The Texas Department of Transportation has closed two lanes of Interstate 35 after a crash.\n\nTraffic was backed up for miles.",
         nil, "The Texas Department of Transportation has closed", true),
    ] as [(String, [String]?, String, Bool)])
    func datedUpdateLabelsHeadEntriesOnlyInAStack(_ text: String, _ markers: [String]?, _ sentence: String, _ isClaim: Bool) {
        let analysis = ArticleReader.analyze(text + "\n")
        // (Nil: whatever the stamps are read as, no dated entry takes the story below.)
        if let markers { #expect(analysis.notices.map(\.marker) == markers) }
        #expect(analysis.claims.contains { $0.text.hasPrefix(sentence) } == isClaim)
    }

    /// A line at the page's top that tells what the update added ("UPDATED with …"), over the report, is a notice of
    /// that line; a release note, a participial clause, or such a line further down is none.
    @Test(arguments: [
        ("Browns close their facility\n\nUPDATED with Chris Hubbard being placed on the reserve list.\n\nThe Cleveland "
            + "Browns closed their headquarters on Friday after a player tested positive.", ["UPDATED"]),
        ("date 2020-11-11 Updated with confirmation the meetings have been rescheduled for Nov. 12.\n\nAll council "
            + "meetings scheduled for Tuesday have been postponed, the city said.", ["Updated"]),
        // In plain case, only as the page's first line.
        ("Mis à jour avec la réaction de la compagnie.\n\nLa compagnie a repris ses vols mardi matin après une panne "
            + "informatique.", ["Mis à jour"]),
        // Its participle in capitals on the page's first line, no sentence's end after it.
        ("UPDATED with end of standoff\n\nST. LOUIS — A five-hour standoff with police ended about 3 p.m. Friday, police "
            + "said.", ["UPDATED"]),
        // The wire's line in capitals, a byline between it and the report.
        ("Airline resumes flights\n\nUPDATES WITH RESUMPTION OF FLIGHTS, CHANGES IN HEADLINE, LEDE\n\nBy Jane Roe\n\n"
            + "ISTANBUL - The airline resumed service on Tuesday morning after a brief outage.", ["UPDATES"]),
        // A release note over a changelog's entries; a participial clause; the line below the report.
        ("Version 2.1\n\nUpdated with bug fixes and performance improvements.\n\nFixed a crash when opening the settings.", []),
        ("Updated with new graphics, the game runs at sixty frames per second on the new console.\n\nThe studio released "
            + "it on Friday.", []),
        // A product review's deck under its title, in plain case; a release note with a sentence before its entries
        // (the twenty-first session's review).
        ("Kindle Paperwhite review\n\nUpdated with USB-C and a bigger 6.8-inch screen.\n\nAmazon's reader is the best it "
            + "has ever been.", []),
        ("Maps 4.2\n\nUPDATED to include offline maps.\n\nVersion 4.2 is available now.\n\nFixed a crash when opening the "
            + "settings.", []),
        ("The council passed the budget on Monday night after three hours of debate.\n\nThe mayor thanked the staff for "
            + "their work on it.\n\nThe vote was seven to two, with two members absent.\n\nUpdated with the mayor's statement.", []),
    ])
    func aTopLineSayingWhatTheUpdateAdded(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text + "\n").notices.map(\.marker) == markers)
    }

    /// An edit labelled by its purpose is a sentence: all of it is the notice's text, and in brackets the article
    /// goes on after them.
    @Test(arguments: [
        ("[Edited 3/12/21 to add: the bridge was also closed in 2019.] The council met on Tuesday.",
         "Edited 3/12/21 to add: the bridge was also closed in 2019.", "The council met on Tuesday."),
        ("[Modifié le 4 mars pour préciser la date.] Le conseil s'est réuni mardi soir.",
         "Modifié le 4 mars pour préciser la date.", "Le conseil s'est réuni mardi soir."),
    ])
    func anEditLabelledByItsPurposeIsItsOwnText(_ line: String, _ text: String, _ claim: String) {
        let analysis = ArticleReader.analyze(Self.report + "\n\n" + line + "\n")
        #expect(analysis.notices.map(\.text) == [text])
        #expect(analysis.claims.map(\.text) == [Self.report, claim])
    }

    /// Closed notes in a row at a paragraph's start are a notice each; the article goes on after the last.
    @Test(arguments: [
        ("[Edited 3/12/21 to add: the bridge was also closed in 2019.] [Edited 3/10/21 to correct the month.] The council met on Tuesday.",
         ["Edited 3/12/21", "Edited 3/10/21"], "The council met on Tuesday."),
        ("[Mis à jour le 5 mars pour ajouter le vote.] (Actualisé avec la réaction du maire) Le conseil s'est réuni mardi soir.",
         ["Mis à jour le 5 mars", "Actualisé"], "Le conseil s'est réuni mardi soir."),
    ])
    func closedNotesInARow(_ line: String, _ markers: [String], _ claim: String) {
        let analysis = ArticleReader.analyze(Self.report + "\n\n" + line + "\n")
        #expect(analysis.notices.map(\.marker) == markers)
        #expect(analysis.claims.map(\.text) == [Self.report, claim])
    }

    /// An hour alone opening a line marks a live update only where the page shows it: the next hour below is earlier
    /// (a stack, newest first) or an original story's label follows before any. A schedule runs forward, past
    /// midnight too; the oldest hour of a stack with nothing under it heads the first version; an hour alone is a stamp.
    @Test(arguments: [
        ("Le pont fermé\n\n18h10 : le pont a rouvert dans les deux sens.\n\n14h05 : le pont rouvre dans un sens.\n\nArticle initial :\n\nLe pont est fermé depuis ce matin après un accident.\n",
         ["18h10", "14h05"]),
        ("Bridge closed\n\n4:10 p.m. - The bridge has reopened in both directions.\n\n2:30 p.m. - The bridge was closed this afternoon after a crash, the police said.\n",
         ["4:10 p.m."]),
        ("Bridge closed\n\n6:05 p.m. ET: The bridge has reopened in both directions.\n\n3:40 p.m. ET: One lane has reopened.\n\nOriginal story:\n\nThe bridge was closed this afternoon after a crash.\n",
         ["6:05 p.m. ET", "3:40 p.m. ET"]),
        ("Le pont fermé\n\n18 h 10 : le pont a rouvert dans les deux sens.\n\n14 h : le pont rouvre dans un sens.\n\nArticle initial :\n\nLe pont est fermé depuis ce matin.\n",
         ["18 h 10", "14 h"]),
        ("Le programme\n\n14h : ouverture des portes de la fête du pont.\n\n15h30 : concert de la fanfare sur le pont.\n\n17h : feu d'artifice au-dessus de la rivière.\n",
         []),
        ("Le conseil\n\n9h30 : le conseil se réunit à la mairie pour voter le budget.\n\nLe vote est prévu dans la matinée.\n",
         []),
        // Past midnight a schedule still runs forward; a schedule over a bare rule is no stack.
        ("La nuit du pont\n\n22h : concert de la fanfare sur le pont.\n\n23h45 : bal sur la rive gauche.\n\n0h15 : fin de la fête et nettoyage du pont.\n\nLa mairie attend 3 000 personnes.\n",
         []),
        ("Night on the bridge\n\n9 p.m. - The brass band plays on the bridge.\n\n11:40 p.m. - Dancing on the left bank.\n\n12:20 a.m. - Fireworks close the night.\n\nThe town expects 3,000 people.\n",
         []),
        ("La fête du pont\n\n15h : ouverture des stands sur le pont.\n\n18h : concert de la fanfare.\n\n* * *\n\nLe stationnement sera interdit près du pont.\n",
         []),
        ("Bridge fair\n\n3 p.m. - Stalls open on the bridge.\n\n6 p.m. - The brass band plays.\n\n---\n\nParking will be banned near the bridge.\n",
         []),
        // "Minute-by-minute updates:" announces the live it introduces, as "Live updates" does; a programme's line
        // ending with a colon introduces a list.
        ("Election night\n\nMinute-by-minute updates:\n\n6:38 p.m. — The Times calls Virginia for Biden.\n\n6:33 p.m. — Trump "
            + "is projected to win West Virginia.\n\n6:20 p.m. — Polls in Kentucky have closed.\n", ["6:38 p.m.", "6:33 p.m.", "6:20 p.m."]),
        ("Soirée électorale\n\nLe point minute par minute :\n\n20h38 : la Haute-Vienne bascule à gauche.\n\n20h33 : le "
            + "maire sortant est réélu.\n\n20h20 : les bureaux de vote ferment.\n", ["20h38", "20h33", "20h20"]),
        // The phrase inside a sentence describes a service, over a timetable; as the colon's line over dashed
        // French clocks it introduces the log.
        ("Bus app\n\nMinute-by-minute updates: turn them on in Settings.\n\n6:15 a.m. — First bus leaves the depot.\n\n"
            + "9:00 a.m. — The express starts.\n\n10:45 p.m. — Last bus leaves.\n", []),
        ("Tempête\n\nDes rafales de 200 km/h ont été enregistrées.\n\nLe point minute par minute :\n\n11h42 — Le préfet "
            + "annonce la mort d'un chauffeur.\n\n11h05 — La SNCF suspend les TER.\n\n10h30 — Les écoles restent fermées.\n",
         ["11h42", "11h05", "10h30"]),
        ("Les résultats\n\nLes meilleurs temps de la course :\n\n2h38 : Paul Martin, de Limoges.\n\n2h33 : Jean Dupont, de "
            + "Tulle.\n\n2h20 : Marc Durand, de Brive.\n", []),
        // A stack written past midnight runs backwards across it.
        ("Le pont fermé\n\n0h20 : le pont a rouvert dans les deux sens.\n\n23h50 : le pont rouvre dans un sens.\n\nArticle initial :\n\nLe pont est fermé depuis ce soir.\n",
         ["0h20", "23h50"]),
    ])
    func liveHours(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }

    /// "For the Record", a corrections column's name, heads a page alone on its first line; anywhere else, or with
    /// words after it on its line, it is the idiom. "Pour mémoire", "Pour la petite histoire" are no such name.
    @Test(arguments: [
        ("For the Record\n\nA quote in last week's story was given to the wrong council member; it was Ms. Lee's.\n", ["For the Record"]),
        ("FOR THE RECORD\n\nOur story of Monday gave the wrong month for the reopening of the bridge.\n", ["FOR THE RECORD"]),
        ("For the record: I never said the bridge would reopen in June.\n\nThe council met on Tuesday.\n", []),
        ("For the record, the vote on the bridge was close.\n", []),
        ("The bridge vote\n\nThe council voted on Tuesday to fund the repairs.\n\nFor the Record\n\nThe mayor's office kept every letter sent about the bridge.\n", []),
        ("Pour mémoire\n\nLe pont avait déjà été fermé en 2019 pour des travaux.\n", []),
        ("Pour la petite histoire\n\nLe pont a été construit en 1902 par un ingénieur de la ville.\n", []),
    ])
    func aCorrectionsColumnHeading(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }

    /// A correction's label alone on the page's first line heads the page, a correction; the same label under a
    /// report is the subheading of a feature ("Retraction" over the story of one).
    @Test(arguments: [
        ("Rectificatif\n\nLe pont rouvrira en juillet, et non en juin comme nous l'avons écrit.\n", ["Rectificatif"]),
        ("Clarification\n\nThe repairs concern the north lane only, not the whole bridge.\n", ["Clarification"]),
        ("A correction and an apology\n\nOur story of Monday gave the wrong month for the reopening.\n", ["A correction and an apology"]),
        ("Erratum\n\nLe pont rouvrira en juillet, et non en juin.\n", ["Erratum"]),
        ("How the bridge study fell apart\n\nThe 2019 study of the bridge was cited by every council report.\n\nRetraction\n\n"
            + "The journal pulled the study in March after two engineers found copied figures.\n\nClarification\n\n"
            + "The engineer's lawyer said his client would clarify the figures in a new study.\n", []),
        ("L'étude du pont en miettes\n\nL'étude de 2019 sur le pont a été citée par tous les rapports.\n\nRectificatif\n\n"
            + "La revue a retiré l'étude en mars après que deux ingénieurs ont trouvé des figures copiées.\n\nErratum\n\n"
            + "L'avocat de l'ingénieur promet de corriger les figures dans une nouvelle étude.\n", []),
    ])
    func correctionHeadings(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }

    /// An hour written as a heading ("18h10 : fin des travaux") has its update in the paragraph below; the heading is
    /// the start of the notice's text.
    @Test func aLiveHourHeadingTakesTheParagraphBelow() {
        let text = "Le pont fermé\n\n18h10 : fin des travaux\n\nLe pont a rouvert dans les deux sens.\n\n14h05 : réouverture partielle\n\n"
            + "Le pont rouvre dans un sens.\n\nArticle initial :\n\nLe pont est fermé depuis ce matin après un accident.\n"
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.map(\.text)
            == ["fin des travaux Le pont a rouvert dans les deux sens.", "réouverture partielle Le pont rouvre dans un sens."])
        #expect(analysis.claims.map(\.text) == ["Le pont fermé", "Le pont est fermé depuis ce matin après un accident."])
    }

    /// A bracketed label that opens the page's title flags the page as updated: when the page shows its update below,
    /// the title is no notice. Further down, or before a sentence, the label opens the notice.
    @Test(arguments: [
        ("[MAJ] Le pont a rouvert\n\n18h10 : fin des travaux\n\nLe pont a rouvert dans les deux sens.\n\nArticle initial :\n\n"
            + "Le pont est fermé depuis ce matin après un accident.\n", ["fin des travaux Le pont a rouvert dans les deux sens."]),
        ("[UPDATE] Bridge reopens\n\nUpdate, 6 p.m.: The bridge reopened to traffic in both directions.\n\n"
            + "The bridge was closed this morning after a crash.\n", ["The bridge reopened to traffic in both directions."]),
        ("[MAJ] Le pont a rouvert ce matin, annonce la mairie.\n\nLe pont était fermé depuis hier après un accident.\n",
            ["Le pont a rouvert ce matin, annonce la mairie."]),
        ("Le pont fermé\n\n[MAJ] LE PONT A ROUVERT\n\nLe pont est fermé depuis ce matin après un accident.\n", ["LE PONT A ROUVERT"]),
    ])
    func aTitleFlagIsNoNoticeWhenThePageShowsItsUpdate(_ text: String, _ notices: [String]) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.map(\.text) == notices)
    }

    /// A label before a title about a software update names its subject, as a section's tag does: no notice.
    @Test(arguments: [
        "[Mise à jour] Windows 11 : comment installer la version 24H2\n\nMicrosoft déploie depuis octobre la version 24H2 de Windows 11.\n",
        "[Mise à jour] Fortnite : le patch 28.10 est disponible\n\nEpic Games a publié mardi le patch de Fortnite.\n",
        "[Update] iOS 17.2 brings a new journal app\n\nApple released the update to iPhone owners on Monday.\n",
    ])
    func aSoftwareUpdateTagIsNoNotice(_ text: String) {
        #expect(ArticleReader.analyze(text).notices.isEmpty)
    }

    /// A flag opening the page's title, when the page shows no other notice, is the page's notice: the title line
    /// its extent, the title no claim (the corpus's convention; under the page's furniture and name as well).
    @Test(arguments: [
        ("[MAJ] Le pont a rouvert\n\nLe pont est fermé depuis ce matin après un accident.\n", "[MAJ] Le pont a rouvert"),
        ("[UPDATE] Bridge reopens\n\nThe bridge was closed this morning after a crash.\n", "[UPDATE] Bridge reopens"),
        ("(Mise à jour) Retour à la normale sur le pont\n\nLe pont était fermé depuis hier après un accident.\n",
            "(Mise à jour) Retour à la normale sur le pont"),
        ("Nous utilisons des cookies pour améliorer votre expérience.\n\nPontInfo\n\n[MAJ] Le pont a rouvert\n\n"
            + "Le pont est fermé depuis ce matin après un accident.\n", "[MAJ] Le pont a rouvert"),
        ("We use cookies to improve your experience on our site.\n\nBridgeWire\n\n[UPDATE] Bridge reopens\n\n"
            + "The bridge was closed this morning after a crash.\n", "[UPDATE] Bridge reopens"),
    ])
    func aTitleFlagAloneIsThePagesNotice(_ text: String, _ title: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.count == 1)
        let notice = analysis.notices.first
        #expect(notice.map { analysis.scalars.string($0.range) } == title)
        #expect(notice.map { !$0.text.isEmpty && title.hasSuffix($0.text) } == true)
        #expect(analysis.claims.map(\.text) == [text.split(separator: "\n").last.map(String.init) ?? ""])
    }

    /// A sentence that is a notice by itself counts only at the start of its paragraph.
    @Test func aNoticeSentenceInsideAParagraphIsProse() {
        let analysis = ArticleReader.analyze("The mayor spoke on Monday. This article has been updated many times since the vote.\n")
        #expect(analysis.notices.isEmpty)
    }
}

/// A note in parentheses after a paragraph's last sentence, closing the paragraph ("… (Update: the café is now
/// open.)"), is a notice, what the parentheses hold; one with the report going on after it is the report's aside, and a participle with a date
/// ("(Updated 11/15)") stamps a line of a list.
@Suite struct ParenthesisedNoteTests {
    @Test(arguments: [
        ("The café on Main Street will open in March, the owners said. (Update: The café is now open for business.)\n\nParking stays free on Sundays.\n",
         ["Update"], "Update: The café is now open for business."),
        ("Le café de la rue principale ouvrira en mars, selon ses propriétaires. (Mise à jour : le café est désormais ouvert.)\n\nLe stationnement reste gratuit le dimanche.\n",
         ["Mise à jour"], "Mise à jour : le café est désormais ouvert."),
        ("The league put the final score at 75-63. (Update: The league has corrected the score to 75-65.)\n\nBettors lost money on the spread.\n",
         ["Update"], "Update: The league has corrected the score to 75-65."),
        // Negative: the report goes on after the note; a stamp in parentheses; a note inside a sentence.
        ("The café will open in March. (Update: It is now open.) The owners plan a terrace in May.\n\nParking stays free.\n", [], ""),
        ("Results by county:\n\nIn Alameda County, Measure A1 won with 72.9% yes. (Updated 11/16 at 4:36pm)\n\nCounting goes on elsewhere.\n", [], ""),
        ("The story was still online on the site at night (Update: still unchanged this morning).\n\nIt is odd.\n", [], ""),
        // A correction's note closing the paragraph inside its last sentence; not a weak label's, nor a date.
        ("Le pont du port rouvrira en juin, selon la mairie (Rectificatif : il rouvrira en juillet, et non en juin)\n\nLes travaux ont coûté 2 millions.\n",
         ["Rectificatif"], "Rectificatif : il rouvrira en juillet, et non en juin"),
        ("The harbor bridge will reopen in June, the city said (Correction: it will reopen in July, not June)\n\nThe works cost $2 million.\n",
         ["Correction"], "Correction: it will reopen in July, not June"),
        ("Le pont rouvrira en juin (Note : le maire a démissionné depuis)\n\nLes travaux ont coûté 2 millions.\n", [], ""),
        ("The bridge will reopen in June (Correction: March 3)\n\nThe works cost $2 million.\n", [], ""),
        // A weak label closed by its colon, its note speaking of a change to the piece or the page; not an aside.
        ("The site still shows the old dates. (Note: The Web team finally updated the site with the correction.)\n\nNo one answered our calls.\n",
         ["Note"], "Note: The Web team finally updated the site with the correction."),
        ("Le site affiche toujours les anciennes dates. (Note : Le site a depuis été mis à jour avec la correction.)\n\nPersonne n'a répondu.\n",
         ["Note"], "Note : Le site a depuis été mis à jour avec la correction."),
        ("The museum opens at nine. (Note: The museum is closed on Mondays.)\n\nTickets cost $12.\n", [], ""),
        ("Le musée ouvre à neuf heures. (Note : Le musée est fermé le lundi.)\n\nL'entrée coûte 12 euros.\n", [], ""),
        // A change dated, not made since; a change by another verb (the session's second review).
        ("Our shop sells wool hats. (Note: Prices were updated in 2020.)\n\nShipping is free.\n", [], ""),
        ("Notre boutique vend des bonnets. (Note : Les prix ont été revus en 2020.)\n\nLa livraison est gratuite.\n", [], ""),
        ("The district did not answer before publication. (Note: This story was changed to include comment from the district.)\n\nClasses resume Monday.\n",
         ["Note"], "Note: This story was changed to include comment from the district."),
        ("Le district n'avait pas répondu. (Note : Cet article a été modifié pour inclure la réponse du district.)\n\nLes cours reprennent lundi.\n",
         ["Note"], "Note : Cet article a été modifié pour inclure la réponse du district."),
    ] as [(String, [String], String)])
    func aNoteClosingItsParagraph(_ text: String, _ markers: [String], _ extent: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.map(\.marker) == markers)
        if let notice = analysis.notices.first { #expect(analysis.scalars.string(notice.range) == extent) }
        // The paragraph's sentences before the note stay claims.
        #expect(!analysis.claims.isEmpty)
    }
}

/// A note that opens a paragraph with a bracket its line does not close ("[Updated, Oct. 18, 2:25 p.m.: Profit
/// increased …", the bracket closing paragraphs below) is read as the label at a paragraph's start is.
@Suite struct UnclosedBracketTests {
    @Test(arguments: [
        ("Apple misses estimates\n\nApple reported less revenue than expected.\n\n[Updated, Oct. 18, 2:25 p.m.: Profit increased to "
            + "$6.62 billion.\n\nThe stock sagged 7% after hours.]\n", "Updated, Oct. 18, 2:25 p.m."),
        ("Le pont reste fermé\n\nLe pont de la Gare est fermé depuis lundi.\n\n[Mise à jour : le pont a rouvert jeudi matin.\n\n"
            + "La circulation reste alternée.]\n", "Mise à jour"),
        // Brackets nested in it close in pairs, and a dash closes its label as a colon does.
        ("Missing boy found\n\n(Update (01-13-17 10:59 p.m.) — Police said the boy has been found.\n\n"
            + "The boy was dropped off before class on Friday.\n", "Update (01-13-17 10:59 p.m.)"),
        ("Enfant retrouvé\n\n(Mise à jour (13/01, 22h59) — La police indique que l'enfant a été retrouvé.\n\n"
            + "L'enfant avait été déposé devant l'école vendredi.\n", "Mise à jour (13/01, 22h59)"),
    ])
    func aLabelInAnUnclosedBracket(_ text: String, _ marker: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.map(\.marker).map { $0.hasPrefix("[") || $0.hasPrefix("(") ? String($0.dropFirst()) : $0 } == [marker])
    }

    @Test(arguments: [
        // Negative: no label and colon inside the bracket; a stamp.
        "The bridge is closed.\n\n[Update your browser to see the map of the closure\n\nThe detour runs through Elm Street.]\n",
        "The bridge is closed.\n\n[Photo: the bridge on Monday\n\nThe detour runs through Elm Street.]\n",
        "The bridge is closed.\n\n[Updated: 10:45 a.m.\n\nThe detour runs through Elm Street.]\n",
        // A closed note with a bracket nested in it stays a note its line closes: "(Update (Monday) — …)" is read whole.
        "The bridge is closed.\n\n(Photo (Monday) — the bridge from the east bank)\n\nThe detour runs through Elm Street.\n",
        // A dash closes a dated or timed label only: an aside's dash does not.
        "La CAF accuse du retard.\n\n(Mise à jour (logiciel de gestion) — un chantier qui devait durer six mois — la CAF a pris deux ans de retard.\n\nLa Cour des comptes s'en inquiète.\n",
    ])
    func noLabelNoNotice(_ text: String) {
        #expect(ArticleReader.analyze(text).notices.isEmpty)
    }
}
