@testable import FactCheckCore
import Testing

/// A later figure replaces an estimate: the actual takings replace the weekend's estimated ones, a revised time of
/// reopening replaces the estimated one, though the notice shares little more than the figure's kind with the claim.
@Suite struct NoticeEstimateTests {
    static let figureRows: [(String, [UpdateLinker.FigureKind: Set<Int>])] = [
        // Money in hundredths, times in minutes after midnight, shares in hundredths of a percent.
        ("earned an estimated $12.4 million on Sunday", [.money: [1_240_000_000]]),
        ("la reprise est estimée à 17h30, puis à 18 h", [.time: [1050, 1080]]),
        ("a 23% drop, then 9 percent, at 6:45 p.m.", [.share: [2300, 900], .time: [1125]]),
        ("une baisse de 4,5 % et 3 millions d'euros à 9 am", [.share: [450], .money: [300_000_000], .time: [540]]),
        // The same figure written two ways is one value.
        ("$2 million, or $2,000,000", [.money: [200_000_000]]),
        ("11h ou 11h00", [.time: [660]]),
        ("6 p.m., that is 6:00 p.m.", [.time: [1080]]),
        // Negative rows: a count, a year, a number inside a name say nothing of their kind; "million" without a
        // currency is a count.
        ("12 trains were cancelled in 2023 on the I-90", [:]),
        ("10 heures de bouchons sur l'A7", [:]),
        ("An estimated 2 million customers lost power", [:]),
    ]

    @Test(arguments: [
        ("Update: The studio's actual figures put the weekend at $9.8 million.", true),
        ("Mise à jour : le trafic a finalement repris à 13h30.", true),
        ("Mise à jour : le retour du tram est désormais prévu pour 16h30.", true),
        // Negative rows: a figure given for something else, with no word that it replaces one.
        ("Mise à jour : la RATP fera un point sur la reprise du trafic à 15h.", false),
        ("Update: Park won the election with 52% of the vote.", false),
        // Whole words: a "finale" is no "final", a mayor "réélu" is no "réel", "now" must say the figure is new.
        ("Mise à jour : la finale de la Coupe, prévue à 21 h, est maintenue.", false),
        ("Mise à jour : le maire, réélu en 2026, recevra les syndicats à 17 h.", false),
        ("Update: The chief will speak at 9 a.m. Wednesday; he said the road is now dry.", false),
    ])
    func aNoticeGivesRevisedFiguresWhenItSaysSo(_ text: String, _ revised: Bool) {
        let scalars = ScalarText(text)
        #expect(UpdateLinker.revisedFigures(scalars, TextRange(0, scalars.count)).isEmpty == !revised)
    }

    @Test(arguments: figureRows)
    func figuresAndTheirKinds(_ text: String, _ expected: [UpdateLinker.FigureKind: Set<Int>]) {
        let scalars = ScalarText(text)
        #expect(UpdateLinker.figures(scalars, TextRange(0, scalars.count)) == expected)
    }

    @Test(arguments: [
        ("The film earned an estimated $9 million.", true),
        ("Le retour du courant est estimé à 20h.", true),
        ("Studios overestimated the weekend.", true),
        // Negative rows: a figure given as it was counted.
        ("The film earned $9 million.", false),
        ("Le courant est revenu à 20h.", false),
    ])
    func estimates(_ text: String, _ expected: Bool) {
        let scalars = ScalarText(text)
        #expect(UpdateLinker.givesEstimate(scalars, TextRange(0, scalars.count)) == expected)
    }

    static let replacing = "gives an estimate the notice replaces with another figure"

    @Test(arguments: [
        // The actual figure replaces the estimate.
        ("The museum's new exhibition drew crowds all weekend.\n\nThe gift shop took an estimated $41,000 on Saturday, the director said.\n\nVisitors queued for an hour at the doors.\n\nUpdate: The museum now says the gift shop took $36,500 on Saturday.",
         "The gift shop took", true),
        ("La ligne 2 du tramway est coupée depuis ce matin après la chute d'un arbre.\n\nLe retour du tram est estimé à 14h, selon l'exploitant.\n\nDes bus relient les arrêts en attendant.\n\nMise à jour : le retour du tram est désormais prévu pour 16h30.",
         "Le retour du tram", true),
        // Negative rows: the notice bears the estimate out (the same figure), gives a figure of another kind, or the
        // claim gives its figure as counted, no estimate.
        ("The museum's new exhibition drew crowds all weekend.\n\nThe gift shop took an estimated $41,000 on Saturday, the director said.\n\nVisitors queued for an hour at the doors.\n\nUpdate: The museum confirms the gift shop took $41,000 on Saturday.",
         "The gift shop took", false),
        ("La ligne 2 du tramway est coupée depuis ce matin après la chute d'un arbre.\n\nLe retour du tram est estimé à 14h, selon l'exploitant.\n\nDes bus relient les arrêts en attendant.\n\nMise à jour : le retour du tram a eu lieu, avec 20 % de rames en moins.",
         "Le retour du tram", false),
        ("The museum's new exhibition drew crowds all weekend.\n\nThe gift shop took $41,000 on Saturday, the director said.\n\nVisitors queued for an hour at the doors.\n\nUpdate: The museum now says the gift shop took $36,500 on Sunday.",
         "The gift shop took", false),
    ])
    func aLaterFigureReplacesTheEstimate(text: String, claim: String, replaced: Bool) {
        let reading = NoticeReading(text)
        #expect(NoticeLinkingTests.reasons(in: reading, forClaimStarting: claim).contains(Self.replacing) == replaced)
        if replaced {
            let linked = reading.notices.first.map { $0.links.map { reading.analysis.claims[$0.claimIndex].text } } ?? []
            #expect(linked.contains { $0.hasPrefix(claim) }, "\(linked)")
        }
    }
}
