@testable import FactCheckCore
import Testing

/// A live page's entries, stacked newest first, each marked by its hour: one-line entries, and the oldest entry of a
/// log.
extension NoticeExtentTests {
    static let liveLogCases: [Case] = [
        // A heading hour with nothing under it before the next hour is an entry of one line.
        Case(name: "fr: des heures-titres empilées sans corps sont des entrées d'une ligne", text: """
            Crue de la rivière

            21h10 : la décrue commence à Pontville

            19h45 : deux villages évacués dans la vallée

            18h : la rivière déborde à Pontville, selon la préfecture.

            Article initial :

            La rivière est en crue depuis la nuit dernière.
            """, notices: ["21h10 : la décrue commence à Pontville", "19h45 : deux villages évacués dans la vallée",
                           "18h : la rivière déborde à Pontville, selon la préfecture."],
            claims: ["La rivière est en crue depuis la nuit dernière."]),
        Case(name: "en: heading hours stacked with no body are one-line entries", text: """
            River flooding

            9:10 p.m. - Water levels start to fall in Milltown

            7:45 p.m. - Two villages evacuated in the valley

            6 p.m. - The river bursts its banks in Milltown, officials said.

            Original story:

            The river has been rising since last night.
            """, notices: ["9:10 p.m. - Water levels start to fall in Milltown", "7:45 p.m. - Two villages evacuated in the valley",
                           "6 p.m. - The river bursts its banks in Milltown, officials said."],
            claims: ["The river has been rising since last night."]),
    ]

    @Test(arguments: liveLogCases)
    func liveLog(_ c: Case) {
        extent(c)
    }

    /// The oldest hour of a stack with nothing under it is an entry when the page is a live log: three hours or more,
    /// or a page that announces a live. Two hours under a page that only names a product "Live" stay an update over
    /// the first version.
    @Test(arguments: [
        ("Crue de la rivière\n\n21h : la décrue commence à Pontville.\n\n19h45 : deux villages sont évacués.\n\n18h : la rivière déborde à Pontville.\n",
         ["21h", "19h45", "18h"]),
        ("River flooding\n\n9 p.m. - Water levels start to fall.\n\n7:45 p.m. - Two villages are evacuated.\n\n6 p.m. - The river bursts its banks.\n",
         ["9 p.m.", "7:45 p.m.", "6 p.m."]),
        ("Live updates: storm on the coast\n\n9:40 p.m. - Power is back in the harbour.\n\n8:15 p.m. - The storm reached the coast, the weather office said.\n",
         ["9:40 p.m.", "8:15 p.m."]),
        ("EN DIRECT. Tempête sur la côte\n\n21h40 : le courant est rétabli au port.\n\n20h15 : la tempête atteint la côte, selon Météo-France.\n",
         ["21h40", "20h15"]),
        ("Game Live is down\n\n4:10 p.m. - Game Live is back for most players.\n\n2:30 p.m. - Game Live went down this afternoon, players said.\n",
         ["4:10 p.m."]),
        ("Panne du service Live\n\n16h10 : le service Live est rétabli.\n\n14h30 : le service Live est en panne depuis midi, selon les joueurs.\n",
         ["16h10"]),
    ] as [(String, [String])])
    func oldestEntryOfALiveLog(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }
}
