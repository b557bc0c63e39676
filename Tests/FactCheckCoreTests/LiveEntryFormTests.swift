@testable import FactCheckCore
import Testing

/// Live pages' entries written otherwise than "18h15 : …" over the next: two entries of the same minute, and the
/// forms that stay the report's (a schedule listing two events at one hour).
@Suite struct LiveEntryFormTests {
    /// Two entries of the same minute stack as a log's do under a later entry; at the top of a list, two events at
    /// one hour are a schedule's, whatever follows.
    @Test(arguments: [
        ("Soirée électorale\n\n22h05 : la participation finale atteint 58 %.\n\n21h50 : le maire sortant arrive en tête à "
            + "Pontville.\n\n21h50 : la liste écologiste devance la droite à Bourg.\n\n21h40 : les premiers bureaux sont dépouillés.\n",
         ["22h05", "21h50", "21h50", "21h40"]),
        ("Election night\n\n10:05 p.m. - Final turnout reaches 58 percent.\n\n9:50 p.m. - The mayor leads in Milltown.\n\n"
            + "9:50 p.m. - The Green list is ahead in Bridgeport.\n\n9:40 p.m. - The first precincts are counted.\n",
         ["10:05 p.m.", "9:50 p.m.", "9:50 p.m.", "9:40 p.m."]),
        // Negative: a schedule opening with two events at one hour, then running forward.
        ("Programme de la fête\n\n14h : ouverture du marché sur la place.\n\n14h : atelier de peinture à la médiathèque.\n\n"
            + "16h : concert de la fanfare.\n\nL'entrée est libre.\n", []),
        ("Fair schedule\n\n2 p.m. - The market opens on the square.\n\n2 p.m. - A painting class starts at the library.\n\n"
            + "4 p.m. - The brass band plays.\n\nEntry is free.\n", []),
        // Negative: three events at one hour; none stands under a later one.
        ("Programme de la fête\n\n14h : ouverture du marché sur la place.\n\n14h : atelier de peinture à la médiathèque.\n\n"
            + "14h : concert de la fanfare au kiosque.\n\nL'entrée est libre.\n", []),
        ("Fair schedule\n\n2 p.m. - The market opens on the square.\n\n2 p.m. - A painting class starts at the library.\n\n"
            + "2 p.m. - The brass band plays at the bandstand.\n\nEntry is free.\n", []),
        // Negative: a schedule running forward with two events at one later hour.
        ("Programme de la fête\n\n14h : ouverture du marché sur la place.\n\n16h : concert de la fanfare.\n\n"
            + "16h : atelier de peinture à la médiathèque.\n\nL'entrée est libre.\n", []),
    ] as [(String, [String])])
    func entriesOfTheSameMinute(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }
}
