import AtriumCore
import AtriumDocuments
import AtriumServices
import Testing

/// The sentences of an import's report, shown alike by the command line and the import page.
@Suite struct ImportReportTextTests {
    @Test("One of anything is singular, any other count plural")
    func counts() {
        #expect(1.counting("entry", "entries") == "1 entry")
        #expect(0.counting("entry", "entries") == "0 entries")
        #expect(12.counting("row", "rows") == "12 rows")
    }

    @Test("The headline and the figures of a report, for one and for many")
    func sentences() {
        var report = ImportReport(format: .toggl)
        report.rows = 1
        report.created = 1
        report.seconds = 5400
        report.priced = 1
        report.overlapping = 1
        report.running = 1
        #expect(report.headline() == "Would import 1 entry (1:30 h) from 1 row.")
        #expect(
            report.figures == [
                "1 entry keeps the rate or amount the file states.",
                "1 entry overlaps another of the same person: kept as they were.", "1 running timer.",
            ]
        )
        report.committed = true
        (report.rows, report.created, report.alreadyImported, report.priced, report.overlapping, report.running) =
            (5, 3, 2, 3, 2, 0)
        #expect(
            report.headline(file: "toggl.csv") == "Imported 3 entries (1:30 h) from 5 rows of toggl.csv (Toggl Track)."
        )
        #expect(
            report.figures == [
                "2 already imported before: skipped.", "3 entries keep the rate or amount the file states.",
                "2 entries overlap another of the same person: kept as they were.",
            ]
        )
    }
}
