import FactCheckCore
import Testing

/// The first article, seeds/cloudwatt-audit.txt, read the way an editor reads it.
@Suite struct SeedArticleTests {
    static let analysis: ArticleAnalysis = {
        let path = String(#filePath.dropLast("Tests/FactCheckCoreTests/SeedArticleTests.swift".count)) + "seeds/cloudwatt-audit.txt"
        guard let bytes = try? readFile(path), let decoded = try? ArticleDecoder.decode(bytes) else {
            preconditionFailure("seed article missing at \(path)")
        }
        return ArticleReader.analyze(decoded.text)
    }()

    private static func readFile(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw CocoaLessError() }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }

    private struct CocoaLessError: Error {}

    private var analysis: ArticleAnalysis { Self.analysis }

    private func text(_ range: TextRange) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: analysis.scalars[range.start..<range.end])
        return String(view)
    }

    @Test func countsAreRight() {
        #expect(analysis.language == .french)
        #expect(analysis.claims.count == 14)
        #expect(analysis.questions.count == 1)
        #expect(analysis.notices.count == 1)
        #expect(analysis.furniture.count == 3)
        #expect(analysis.repeatedParagraphs.count == 6)
    }

    @Test func theLedeIsOneClaimOverThreeLines() throws {
        let lede = try #require(analysis.claims.first)
        #expect(lede.text == "Bercy a demandé qu'un audit soit fait sur Cloudwatt, l'un des deux services de \"cloud souverain\" financé par le Grand Emprunt, dont le président a annoncé son départ pour les prochains mois.")
        #expect(lede.occurrences == [TextRange(0, 190)])
    }

    @Test func noClaimHoldsFurnitureOrTheNotice() {
        let setApart = analysis.furniture + analysis.notices.map(\.range)
        for claim in analysis.claims {
            #expect(!claim.text.contains("MISE A JOUR"))
            #expect(!claim.text.contains("commentaire"))
            for occurrence in claim.occurrences {
                #expect(!setApart.contains { $0.start < occurrence.end && occurrence.start < $0.end }, "\(claim.text)")
            }
        }
        #expect(analysis.furniture.map(text) == [
            "Aucun commentaire:", "Enregistrer un commentaire",
            "Remarque : Seul un membre de ce blog est autorisé à enregistrer un commentaire.",
        ])
        #expect(analysis.notices.first?.marker == "MISE A JOUR")
    }

    @Test func repeatedParagraphsGiveOneClaimWithTwoOccurrences() {
        #expect(analysis.repeatedParagraphs.allSatisfy { $0.count == 2 })
        let repeated = analysis.repeatedParagraphs.flatMap { $0 }
        for claim in analysis.claims where claim.occurrences.contains(where: { o in repeated.contains { $0.start <= o.start && o.end <= $0.end } }) {
            #expect(claim.occurrences.count == 2, "\(claim.text)")
            if claim.occurrences.count == 2 {
                #expect(text(claim.occurrences[0]) == text(claim.occurrences[1]))
            }
        }
        #expect(analysis.claims.filter { $0.occurrences.count == 2 }.count == 13)
    }

    @Test func theRhetoricalQuestionIsNotAClaim() {
        let question = "La chronique d'un fiasco serait-elle en train de s'écrire ?"
        #expect(analysis.questions.map(\.text) == [question])
        #expect(analysis.questions.first?.occurrences.count == 2)
        #expect(!analysis.claims.contains { $0.text.contains("fiasco") })
    }

    @Test func everyQuotationStaysWithItsAttribution() {
        let attributed = [
            ("\"Si Numergy", "expliquait récemment Le Monde Informatique."),
            ("\"Le risque est réel", "expliquait le protocole d'accord du projet Andromède, deux ans et demi avant que n'explose le scandale PRISM et l'affaire Snowden."),
            ("\"J'avais un accord tacite", "avait-il assuré."),
            ("\"Il ne faut pas oublier", "prévenait le site économique."),
        ]
        for (start, end) in attributed {
            #expect(analysis.claims.contains { $0.text.hasPrefix(start) && $0.text.hasSuffix(end) }, "\(start) … \(end)")
        }
        // No claim starts with the attribution of a quotation cut off before it.
        for claim in analysis.claims {
            #expect(!claim.text.hasPrefix(","))
            #expect(claim.text.unicodeScalars.first.map { !$0.properties.isLowercase } ?? false)
        }
    }

    @Test func claimsCarryWhatACheckerLooksFor() throws {
        let andromede = try #require(analysis.claims.first { $0.text.hasPrefix("C'était le projet Andromède") })
        #expect(andromede.details.numbers.map(\.text) == ["285 millions d'euros", "135 millions d'euros"])
        #expect(andromede.details.numbers.first?.value == 285_000_000)
        #expect(andromede.details.numbers.first?.unit == "euros")

        let monde = try #require(analysis.claims.first { $0.text.hasSuffix("Le Monde Informatique.") })
        #expect(monde.details.attributions.map(\.source) == ["Le Monde Informatique"])
        #expect(monde.details.quotes.count == 1)

        let recruit = try #require(analysis.claims.first { $0.text.contains("500 collaborateurs") })
        #expect(recruit.details.dates.map(\.text) == ["l'an dernier", "2018"])
        #expect(recruit.details.dates.first?.isRelative == true)
        #expect(recruit.details.numbers.map(\.unit) == ["collaborateurs"])
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
