import FactCheckCore
import Foundation
let data = FileManager.default.contents(atPath: CommandLine.arguments[1])!
let d = try ArticleDecoder.decode(Array(data))
let a = ArticleReader.analyze(d.text)
print(a.language, a.paragraphs.map { $0.kind.rawValue })
for (i, c) in a.claims.enumerated() { print(i+1, c.occurrences.count, c.text.prefix(300)) }
print("Q", a.questions.map(\.text))
for n in a.notices { print("N", n.marker, "|", n.text.prefix(60), UpdateLinker.relation(of: n), UpdateLinker.issuer(of: n) ?? "-", UpdateLinker.links(for: n, in: a)) }
print("F", a.furniture.count, a.repeatedParagraphs.count)
