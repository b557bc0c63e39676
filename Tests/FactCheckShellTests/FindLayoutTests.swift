import FactCheckCore
import Testing

/// `find` rows line up, and the match is always on screen, even far into a long claim.
@Suite struct FindLayoutTests {
    @Test(arguments: [50, 60, 100])
    func theMatchIsVisibleAndRowsAlign(_ width: Int) throws {
        let result = try ShellHarness().run(["find numergy"], width: width)
        let rows = result.out.split(separator: "\n").map(String.init)
        #expect(rows.count == 3, "\(rows)")
        for row in rows {
            #expect(FoldedText.fold(row).contains("numergy"), "the match is shown: \(row)")
            #expect(DisplayWidth.of(row) <= width, "fits \(width) columns: \(row)")
            // The text column starts at the same place on every row.
            #expect(row.dropFirst(2).hasPrefix("  unreviewed  "), "aligned: \(row)")
        }
    }
}
