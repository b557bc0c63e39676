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
}
