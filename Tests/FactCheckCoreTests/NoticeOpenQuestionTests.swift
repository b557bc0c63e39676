@testable import FactCheckCore
import Testing

/// News answers the open questions of its story ("the cause is still unknown", "on ignore encore pourquoi"): the
/// answer often names no more than the question's subject, one word, yet settles the sentence that asked it.
@Suite struct NoticeOpenQuestionTests {
    @Test(arguments: [
        ("Why the pipe burst is still unknown.", true),
        ("It is unclear when the ferry will sail again.", true),
        ("Le nombre de blessés reste inconnu pour l'instant.", true),
        ("On ignore encore l'origine de la panne.", true),
        // Negative rows: a known cause, a plain fact, something clear.
        ("The cause was a worn cable, the engineers said.", false),
        ("La cause de la panne est connue depuis mardi.", false),
        ("It is clear that the bridge needs repairs.", false),
    ])
    func openQuestions(_ text: String, _ expected: Bool) {
        let scalars = ScalarText(text)
        #expect(NoticeReferences.asksOpenQuestion(scalars, TextRange(0, scalars.count)) == expected)
    }

    @Test(arguments: [
        // News below the story names the question's subject (the cause, the injured).
        ("The market hall lost power on Saturday morning, and the stalls closed early.\n\nThe cause is still unknown.\n\nTraders moved their goods to the square outside.\n\nUpdate: The utility says the cause was a flooded substation near the river.",
         "The cause is still unknown", true),
        ("Un car scolaire a quitté la route jeudi matin près du col, sans faire de victime grave.\n\nLe nombre exact de blessés reste inconnu pour le moment.\n\nLa route a été fermée pendant deux heures.\n\nMise à jour : la préfecture compte finalement trois blessés légers, tous sortis de l'hôpital.",
         "Le nombre exact de blessés", true),
        // News above the story it heads answers the questions below it.
        ("Update: The utility says the cause was a flooded substation near the river.\n\nThe market hall lost power on Saturday morning, and the stalls closed early.\n\nThe cause is still unknown.",
         "The cause is still unknown", true),
        // Negative rows: news that shares nothing with the question does not answer it.
        ("The market hall lost power on Saturday morning, and the stalls closed early.\n\nThere is no word on when the lights will come back.\n\nTraders moved their goods to the square outside.\n\nUpdate: The utility says a flooded substation near the river was to blame.",
         "There is no word", false),
        ("Un car scolaire a quitté la route jeudi matin près du col.\n\nOn ignore encore pourquoi le conducteur a perdu le contrôle.\n\nLa route a été fermée pendant deux heures.\n\nMise à jour : la préfecture annonce la réouverture de la route du col.",
         "On ignore encore pourquoi", false),
        // A question asked below news set further down the page, which the news does not head, is not one it
        // answers.
        ("The market stalls closed early on Saturday morning.\n\nSome traders said they lost a day of sales.\n\nThe mayor visited the stalls at noon and spoke to the traders.\n\nTraders moved their goods to the square outside. Update: The utility says it restored power at noon.\n\nThe cause of the cut is still unknown, a power engineer told us.\n\nThe market opens again next Saturday.",
         "The cause of the cut", false),
    ])
    func newsAnswersTheOpenQuestionOfItsStory(text: String, question: String, answered: Bool) {
        let (reading, linked) = NoticeLinkingTests.link(text)
        #expect(linked.contains { $0.hasPrefix(question) } == answered, "\(linked)")
        if answered {
            #expect(NoticeLinkingTests.reasons(in: reading, forClaimStarting: question)
                .contains("an open question of the story the news answers"))
        }
    }

    @Test(arguments: [
        // The question's subject named, whoever said it: answered.
        ("A lorry left the road on Route 7 overnight.\n\nThe cause of the crash is unknown, state police said.\n\nThe road reopened at dawn.\n\nUpdate: State police said the crash was caused by black ice.",
         "The cause of the crash", true),
        // Negative rows: one ordinary word of an embedded question; only the attribution shared; news that says the
        // question is still open; "unknown" describing a thing.
        ("A cyclist was hurt on Main Street on Saturday.\n\nIt is unclear whether the cyclist was wearing a helmet.\n\nThe street reopened an hour later.\n\nUpdate: Police named the cyclist as Ana Ruiz; she left the hospital on Sunday.",
         "It is unclear whether", false),
        ("Un mur s'est effondré rue des Tanneurs mardi soir.\n\nLa cause de l'effondrement reste à déterminer, selon la mairie.\n\nLa rue est fermée.\n\nMise à jour : deux blessés ont été hospitalisés, a indiqué la mairie.",
         "La cause de l'effondrement", false),
        ("A barn burned down near the county fairground on Friday.\n\nThe cause of the blaze is unknown.\n\nNo animals were hurt.\n\nUpdate: The cause of the blaze remains under investigation, fire officials said.",
         "The cause of the blaze", false),
        ("Un hangar a brûlé près du port samedi soir.\n\nL'origine de l'incendie est encore inconnue.\n\nLa route du port est fermée.\n\nMise à jour : l'origine de l'incendie n'est toujours pas déterminée, selon les pompiers.",
         "L'origine de l'incendie", false),
        ("Thieves broke into the town museum on Monday night.\n\nThey took a portrait by an unknown painter.\n\nThe museum is closed.\n\nUpdate: Police recovered the portrait on Tuesday.",
         "They took a portrait", false),
    ])
    func anAnswerNamesTheQuestionNotItsSource(text: String, question: String, answered: Bool) {
        let (reading, _) = NoticeLinkingTests.link(text)
        #expect(NoticeLinkingTests.reasons(in: reading, forClaimStarting: question)
            .contains("an open question of the story the news answers") == answered)
    }
}

