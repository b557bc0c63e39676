@testable import FactCheckCore
import Testing

/// The one reader of clocks (`TimeOfDay`), and how its three callers tell a clock from a duration, a score, a date or
/// a decimal number around it.
@Suite struct TimeOfDayTests {
    /// The time at the start of `text`: its minutes after midnight and the text it spans.
    static func reading(_ text: String) -> (Int, String)? {
        let scalars = ScalarText(text)
        guard let time = TimeOfDay.read(scalars, at: 0, limit: scalars.count) else { return nil }
        return (time.minutes, String(String.UnicodeScalarView(scalars[0..<time.end])))
    }

    @Test(arguments: [
        // French: an "h", set tight or between spaces (plain or no-break), with its minutes or without.
        ("14h30", 870, "14h30"),
        ("18h15 : fin de la perturbation", 1095, "18h15"),
        ("14 h 30 : reprise du trafic", 870, "14 h 30"),
        ("14\u{A0}h\u{A0}30 : reprise", 870, "14\u{A0}h\u{A0}30"),
        ("21 h", 1260, "21 h"),
        ("9h : ouverture des portes", 540, "9h"),
        ("18H15", 1095, "18H15"),
        ("0h30", 30, "0h30"),
        ("22:03 - fin", 1323, "22:03"),
        ("10h12 CET", 612, "10h12 CET"),
        ("18 h 5 personnes", 1080, "18 h"),  // figures that are no minutes end a spaced hour at its "h"
        // A heading's hour in capitals: "H" between spaces, or the word "HEURES".
        ("13 H 50 : D'après nos informations", 830, "13 H 50"),
        ("17 HEURES : Les plongeurs", 1020, "17 HEURES"),
        ("10 HEURES 30 : reprise", 630, "10 HEURES 30"),
        // English: a colon or a dot, the half of the day spaced or glued, a time zone.
        ("9:40 a.m.", 580, "9:40 a.m."),
        ("9.40pm", 1300, "9.40pm"),
        ("9:40pm - Update", 1300, "9:40pm"),
        ("4:10 p.m. ET - The bridge reopened.", 970, "4:10 p.m. ET"),
        ("10 am", 600, "10 am"),
        ("10am", 600, "10am"),
        ("10 AM EST", 600, "10 AM EST"),
        ("12 pm", 720, "12 pm"),
        ("12:30 a.m.", 30, "12:30 a.m."),
        ("9.45", 585, "9.45"),
        ("10:12:30 UTC", 612, "10:12:30 UTC"),
        ("4:10 p.m", 250, "4:10"),  // "p.m" without its last dot is no half of the day
    ])
    func readsATimeOfDay(_ text: String, _ minutes: Int, _ span: String) {
        let found = Self.reading(text)
        #expect(found?.0 == minutes)
        #expect(found?.1 == span)
    }

    @Test(arguments: [
        "2014", "3-2", "25:00", "24h", "14h5", "18h75", "9:4", "9:75", "18hr", "9h30min", "10 heures", "10 Heures", "10 HEURESX", "10 amis", "10 :",
        "123:45", "noon", "midi", "h30", "", "7", "10 a.m",
    ])
    func readsNoTimeOfDay(_ text: String) {
        #expect(Self.reading(text) == nil)
    }

    @Test(arguments: [
        ("14h30", true), ("22h38", true), ("11:32", true), ("10:12:30", true), ("9:40pm", true), ("14h", false),
        ("4pm", false),
    ])
    func readsAWordWhole(_ word: String, _ hasMinutes: Bool) {
        #expect(TimeOfDay.read(FoldedKey(word))?.hasMinutes == hasMinutes)
    }

    /// Words that are no time of day, whole: a decimal or a date with a dot, a number, a year, a clock with more after it.
    @Test(arguments: ["12.05", "9.40pm", "2014", "3", "1h5", "99:99", "14h30:", "3-2", "14h30h", "1:2:3", "heure"])
    func readsNoWordAsATime(_ word: String) {
        #expect(TimeOfDay.read(FoldedKey(word)) == nil)
    }

    @Test(arguments: [
        ("03/03/2014", DateLine.NumberKind.date), ("2014", .year), ("2014:", .other), ("14h30", .other),
        ("14h30:", .other), ("10:12", .other), ("10am", .other), ("1er", .other), ("7th", .other), ("3", .other),
    ])
    func dateLinesReadTimesAndNumbers(_ word: String, _ kind: DateLine.NumberKind) {
        #expect(DateLine.timeOrNumber(FoldedKey(word)) == kind)
    }

    @Test(arguments: ["mars", "99:99", "1h2h3", "12.05", "3/3h", ""])
    func dateLinesReadNoOtherWord(_ word: String) {
        #expect(DateLine.timeOrNumber(FoldedKey(word)) == nil)
    }

    /// A live page's hour opens a line and is followed by a colon or a dash and its update: a duration ("2h de route"),
    /// a date ("12.05.2014") or a score ("3-2") opening a line is none, nor a bare figure before a dash.
    @Test(arguments: [
        ("18h15 : fin de la perturbation", 1095 as Int?),
        ("4:10 p.m. - The bridge reopened.", 970),
        ("9.40pm - The road reopened.", 1300),
        ("2h de route pour rejoindre la ville.", nil),
        ("1h de queue devant le magasin.", nil),
        ("12.05.2014 : la décision est tombée.", nil),
        ("3-2 : le score final.", nil),
        ("2014 : une année noire.", nil),
        // A bare figure before a dash heads a list's item: a price, a duration, a race time. With its half of the
        // day, its zone or a colon, an hour is a live page's.
        ("14.90 - A linen scarf from a local weaver.", nil),
        ("8.25 - Leather gloves, lined with fleece.", nil),
        ("3h15 - C'est la durée du trajet en car jusqu'à la côte.", nil),
        ("1h50 - Le temps du même trajet en train.", nil),
        ("2:31:07 - La gagnante, partie en tête dès le départ.", nil),
        ("18h15 - fin de la perturbation", nil),
        ("7.15am - The ferry has resumed service.", 435),
        ("6:05 p.m. ET - The ferry has resumed service.", 1085),
        ("21 h 10 : le bac a repris son service.", 1270),
        ("14.50 : le bac a repris son service.", 890),
    ])
    func liveHoursNeedTheirUpdateAfterThem(_ line: String, _ minutes: Int?) {
        let scalars = ScalarText(line)
        #expect(UpdateMarker.liveTime(in: scalars, at: 0, limit: scalars.count, dashes: false)?.minutes == minutes)
    }

    /// Read with `dashes` (the default), a French clock with its minutes before a dash heads an entry when the entry
    /// opens with a capital: the line alone cannot tell it from a duration's, which the page does (`DashedLiveLogTests`).
    @Test(arguments: [
        ("18h15 - Les pompiers ont fixé le feu.", 1095 as Int?),
        ("9h05 – La route est rouverte.", 545),
        ("21h40 - Firefighters say the blaze is under control.", 1300),
        ("3h15 - C'est la durée du trajet en car jusqu'à la côte.", 195),
        // An entry opens as the colon's does: a figure or a quotation mark too. A whole hour is read; only a log
        // around it makes it an entry (`DashedLiveLogTests`).
        ("20h10 - 340 foyers sont encore privés de courant.", 1210),
        ("20h10 - « Nous tenons la digue », assure le maire.", 1210),
        ("8h50 - \"The levee is holding,\" the mayor says.", 530),
        ("18h - Les pompiers ont fixé le feu.", 1080),
        // A French clock set off by a full stop or a space alone, before a capital, is read as the dash is.
        ("22h39. A Montpellier, le maire sortant arrive en tête.", 1359),
        ("23h. Des rafales à 150 km/h attendues dans les Hauts", 1380),
        ("23h52 Marine Dupont dépasse le record du parti", 1432),
        // So is a clock with a colon set off by a full stop ("22:00. Perquisitions …"); a space alone after it is not.
        ("9:40. The road reopens.", 580),
        ("9:40 The road reopens.", nil),
        // Negative: an entry in lower case, an hour spaced, a price, a race time; a full stop or a space before a
        // word in lower case, or after a clock that is neither French nor written with a colon.
        ("22h39. la route est rouverte.", nil),
        ("23h52 heure de Paris, la route est rouverte.", nil),
        ("9.40pm The road reopens.", nil),
        ("18h15 - fin de la perturbation", nil),
        ("18h - fin de la perturbation", nil),
        ("18 h 15 - Les pompiers ont fixé le feu.", nil),
        ("12.50 - A wool beanie in four colours.", nil),
        ("2:15:40 - The winner, who led from the start.", nil),
    ])
    func dashedFrenchClocks(_ line: String, _ minutes: Int?) {
        let scalars = ScalarText(line)
        #expect(UpdateMarker.liveTime(in: scalars, at: 0, limit: scalars.count)?.minutes == minutes)
    }

    /// A byline's clock has its minutes: an hour alone ends a sentence as often ("à 14h"), and a decimal number too.
    @Test(arguments: [
        ("Posted at 11:32 pm in News", true),
        ("Posted at 9:40pm in News", true),
        ("par Jean Dupont 22h38", true),
        ("Par ailleurs la réunion commence à 14h", false),
        ("By comparison the index closed at 12.05", false),
        ("Par ailleurs le trajet dure 2h", false),
    ])
    func bylinesTakeClocksWithTheirMinutes(_ line: String, _ expected: Bool) {
        let folded = FoldedText.bytes(line)
        #expect(folded.withUnsafeBufferPointer(PublicationStamp.isDatedByline) == expected)
    }
}

/// A list of prices or durations set as figures before a dash stacks no live page's hours, whatever their order.
@Suite struct FigureListTests {
    @Test(arguments: [
        "Winter picks\n\n14.90 - A linen scarf from a local weaver.\n\n8.25 - Leather gloves, lined with fleece.\n\n"
            + "3.10 - Cotton socks in three colours.\n\nThe sale ends on Sunday.\n",
        "Trajets vers la côte\n\n3h15 - C'est la durée du trajet en car.\n\n1h50 - C'est celle du même trajet en train.\n\n"
            + "Les travaux dureront jusqu'en juin.\n",
    ])
    func aListOfFiguresIsNoLiveLog(_ text: String) {
        #expect(ArticleReader.analyze(text).notices.isEmpty)
    }
}

/// French clocks before a dash ("18h15 - Les pompiers …") head a live log's entries only on a page that announces a
/// live, stacked newest first, two at least, or one over the original story's label: a list of durations (under a
/// line that introduces it with a colon), a schedule running forward, a single line, or a log on a page that
/// announces none is no live log. A whole hour ("19h - …") is an entry between two others only.
@Suite struct DashedLiveLogTests {
    @Test(arguments: [
        ("EN DIRECT - Crue de la Loire\n\nLa Loire a atteint 4 mètres à Orléans.\n\n19h20 - Les digues tiennent, selon la "
            + "préfecture.\n\n18h45 - Deux quartiers sont évacués par précaution.\n\nLe pic de crue est attendu mardi.\n", 2),
        ("Live updates: flooding on the Loire\n\nThe river reached 4 metres in Orléans.\n\n19h20 - The levees are "
            + "holding, officials say.\n\n18h45 - Two districts are evacuated as a precaution.\n\nThe crest is expected Tuesday.\n", 2),
        // Negative: the same log on a page that announces no live.
        ("Crue de la Loire\n\nLa Loire a atteint 4 mètres à Orléans.\n\n19h20 - Les digues tiennent, selon la "
            + "préfecture.\n\n18h45 - Deux quartiers sont évacués par précaution.\n\nLe pic de crue est attendu mardi.\n", 0),
        // Negative: a schedule running forward, on a live page too.
        ("EN DIRECT - Fête de la musique\n\nLe programme de la soirée :\n\n18h30 - Ouverture de la scène du port.\n\n"
            + "20h15 - Concert de l'harmonie municipale.\n\nL'entrée est libre.\n", 0),
        ("Live: the county fair\n\nTonight's schedule:\n\n18h30 - Gates open at the north entrance.\n\n"
            + "20h15 - Fireworks over the lake.\n\nEntry is free.\n", 0),
        // Negative: a single line on a live page.
        ("EN DIRECT - Crue de la Loire\n\n19h20 - Les digues tiennent, selon la préfecture.\n\nLe pic de crue est "
            + "attendu mardi.\n", 0),
        // Entries that open with a quotation or a figure, as the colon's may.
        ("EN DIRECT - Crue de la Loire\n\n19h20 - « Les digues tiennent », assure le préfet.\n\n18h45 - 300 habitants "
            + "sont évacués par précaution.\n\nLe pic de crue est attendu mardi.\n", 2),
        ("Live updates: flooding on the Loire\n\n19h20 - \"The levees are holding,\" the prefect says.\n\n18h45 - 300 "
            + "residents are evacuated as a precaution.\n\nThe crest is expected Tuesday.\n", 2),
        // A whole hour between two entries of the log, the one above later, the one below earlier.
        ("EN DIRECT - Crue de la Loire\n\n19h20 - Les digues tiennent.\n\n19h - Le préfet s'exprime à Orléans.\n\n"
            + "18h45 - Deux quartiers sont évacués.\n\nLe pic de crue est attendu mardi.\n", 3),
        ("Live updates: flooding on the Loire\n\n19h20 - The levees are holding.\n\n19h - The prefect speaks in "
            + "Orléans.\n\n18h45 - Two districts are evacuated.\n\nThe crest is expected Tuesday.\n", 3),
        // Negative: a whole hour heading the log, or under an earlier entry; nothing confirms it.
        ("EN DIRECT - Crue de la Loire\n\n20h - Les digues tiennent.\n\n19h20 - Le préfet s'exprime à Orléans.\n\n"
            + "18h45 - Deux quartiers sont évacués.\n\nLe pic de crue est attendu mardi.\n", 2),
        // One entry over the original story's label, on a live page.
        ("EN DIRECT - Crue de la Loire\n\n19h20 - Les digues tiennent, selon la préfecture.\n\nArticle initial :\n\n"
            + "La Loire a atteint 4 mètres à Orléans mardi.\n", 1),
        ("Live updates: flooding on the Loire\n\n19h20 - The levees are holding, officials say.\n\nOriginal story:\n\n"
            + "The river reached 4 metres in Orléans on Tuesday.\n", 1),
        // A line that announces the live introduces its log, colon or not.
        ("EN DIRECT - Crue de la Loire\n\nSuivez la soirée en direct :\n\n19h20 - Les digues tiennent.\n\n"
            + "18h45 - Deux quartiers sont évacués.\n\nLe pic de crue est attendu mardi.\n", 2),
        ("Flooding on the Loire: live updates\n\nThe latest:\n\n19h20 - The levees are holding.\n\n"
            + "18h45 - Two districts are evacuated.\n\nThe crest is expected Tuesday.\n", 2),
        // Negative: durations or times listed under a line that introduces them with a colon, on a live page too,
        // longest first as a log's hours run.
        ("EN DIRECT - Semi-marathon de Nantes\n\nLes records des favoris, du plus lent au plus rapide :\n\n1h04 - Le "
            + "Breton, vainqueur l'an dernier.\n\n1h02 - Le Kényan, tenant du titre.\n\n1h01 - L'Ougandais, le plus "
            + "rapide des engagés.\n\nLe départ sera donné à 9 heures.\n", 0),
        ("Live: the city half marathon\n\nThe entrants' best times, slowest first:\n\n1h04 - The local runner, "
            + "winner last year.\n\n1h02 - The Kenyan holder of the title.\n\n1h01 - The Ugandan, fastest of the "
            + "field.\n\nThe start is at 9 a.m.\n", 0),
        // The same log with its hours set off by a full stop, or by a space before the entry's heading.
        ("Bienvenue sur le live de la soirée électorale.\n22h39. A Pontville, le maire sortant arrive en tête.\n"
            + "21h44. Vague verte à Bourg. La liste écologiste devance la droite.\n21h40. A Villeneuve, la gauche l'emporte.\n", 3),
        ("EN DIRECT. Crue de la Loire\n\n23h52 Les digues tiennent à Orléans\n\nLa préfecture l'a confirmé ce soir.\n\n"
            + "23h45 Deux quartiers évacués\n\nLes habitants sont accueillis au gymnase.\n", 2),
        ("Suivez ici notre direct sur la crue :\n23h15. Les digues tiennent à Orléans\nLa préfecture l'a confirmé.\n"
            + "23h. Deux quartiers évacués\nLes habitants sont accueillis au gymnase.\n22h40. La Loire monte encore\n"
            + "Elle atteint 4 mètres.\n", 3),
        // Hours set off by a space before whole sentences, under a title that announces the live.
        ("Municipales : suivez la soirée électorale en direct\n\nLes bureaux ont fermé à 20h.\n\n22h41 Le maire sortant reconnaît sa défaite.\n\n"
            + "22h05 La liste écologiste arrive en tête avec 51 % des voix.\n\n21h30 La participation s'établit à 48 %.\n", 3),
        ("Municipales : suivez la soirée électorale en direct\n\n22h41 « Nous avons perdu », reconnaît le maire\n\nIl félicite son adversaire.\n\n"
            + "22h05 Pourquoi les estimations diffèrent-elles ?\n\nLes instituts n'ont pas les mêmes bureaux.\n", 2),
        // Negative: a listing whose standfirst, not its title, speaks of a broadcast "en direct".
        ("Ce soir à la télé : nos coups de cœur\n\nLe match des Bleus est à suivre en direct sur TF1.\n\n21h10 Koh-Lanta, la nouvelle "
            + "saison. TF1.\n\n21h05 Envoyé spécial. Une enquête sur l'électricité. France 2.\n\n20h55 Thalassa. Le magazine de la mer. France 3.\n", 0),
        // Negative: the same hours on a page that announces no live; a programme running forward on a live page.
        ("Soirée électorale\n22h39. A Pontville, le maire sortant arrive en tête.\n"
            + "21h44. Vague verte à Bourg. La liste écologiste devance la droite.\n", 0),
        ("EN DIRECT. Fête de la musique\n\n18h30 Ouverture de la scène du port\n\nLe maire lance la soirée.\n\n"
            + "20h15 Concert de l'harmonie\n\nL'entrée est libre.\n", 0),
        // Negative: durations in a list, longest first.
        ("Trajets vers la côte\n\n3h15 - C'est la durée du trajet en car.\n\n1h50 - C'est celle du train.\n\n"
            + "0h55 - Le vol est plus court.\n\nLes travaux dureront jusqu'en juin.\n", 0),
    ])
    func dashedLog(_ text: String, _ notices: Int) {
        #expect(ArticleReader.analyze(text).notices.count == notices)
    }
}
