import FactCheckCore
import Testing

/// A page's date stamp is furniture, not a claim, even where a lost line break glued it to the report; a sentence
/// that states something with a date in it stays a claim.
@Suite struct ClaimStampTests {
    @Test(arguments: [
        ("date 2020-05\n\nLa PS5 sortira fin 2020 selon Sony.", ["La PS5 sortira fin 2020 selon Sony."]),
        ("jeudi 30 août 2018 à 14:31\n\nLe maire a signé le décret hier soir.", ["Le maire a signé le décret hier soir."]),
        ("Updated: 2012-11-27 04:03\n\nThe company denied the report on Monday.", ["The company denied the report on Monday."]),
        ("• 11/08/2020 à 00:39\n\nLe pont rouvrira en juin après les travaux.", ["Le pont rouvrira en juin après les travaux."]),
        ("Mis à jour le 3 mars 2021 à 10h30\n\nLe pont rouvrira en juin après les travaux.", ["Le pont rouvrira en juin après les travaux."]),
        // A date inside a statement is not a stamp.
        ("The vote is set for March 3, 2021.\n\nThe council approved the budget.", ["The vote is set for March 3, 2021.", "The council approved the budget."]),
        ("Le 3 mars 2021, le pont a rouvert.", ["Le 3 mars 2021, le pont a rouvert."]),
    ])
    func stampsAreNotClaims(_ text: String, _ claims: [String]) {
        #expect(ArticleReader.analyze(text).claims.map(\.text) == claims)
    }
}
