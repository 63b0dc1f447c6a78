import AtriumCore
import AtriumDocuments
import Testing

/// The readers of other tools' exports, on quirky rows written by us: each quirk the migration
/// issue lists, read from bytes exactly as those tools write them.
@Suite struct ImportReaderTests: ImportReading {
    func local(_ text: String) -> ImportedTime {
        let parts = text.split(separator: " ")
        return .local(
            LocalDateTime(
                date: try! FieldReading.isoDate(String(parts[0])),
                time: try! FieldReading.time(String(parts[1]))
            )
        )
    }

    @Test("CSV: BOM, CRLF, doubled quotes, a line break inside quotes, no final line break")
    func csvQuirks() throws {
        let text = "\u{FEFF}a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\nlast,row"
        var reader = CSVReader(ByteSource(bytes: Array(text.utf8)))
        #expect(try reader.next() == ["a", "b"])
        #expect(try reader.next() == ["x, \"y\"", "two\nlines"])
        #expect(reader.line == 2)
        #expect(try reader.next() == ["last", "row"])
        #expect(reader.line == 4)
        #expect(try reader.next() == nil)
    }

    @Test("A duration column reads H:MM:SS or decimal hours in either locale; anything else is named")
    func durations() throws {
        let texts = ["1:30:00", "1:30", "1.5", "1,5", "01:30:00"]
        #expect(
            try texts.map { text throws(FieldError) in try FieldReading.duration(text) } == [
                5400, 5400, 5400, 5400, 5400,
            ]
        )
        #expect(throws: FieldError("expected a duration as H:MM:SS or hours")) { try FieldReading.duration("90 min") }
        #expect(throws: FieldError("expected a duration as H:MM:SS")) { try FieldReading.duration("1:75:00") }
        #expect(throws: FieldError("hours cannot be negative")) { try FieldReading.duration("-1.5") }
    }

    @Test("CSV: lone CR line ends (a spreadsheet saved as CSV (Macintosh)) end records; a quoted one is text")
    func csvCarriageReturns() throws {
        let text = "Date,Client,Notes\r2026-03-02,Acme,\"two\rlines\"\r2026-03-03,Bloom,x\r"
        var reader = CSVReader(ByteSource(bytes: Array(text.utf8)))
        #expect(try reader.next() == ["Date", "Client", "Notes"])
        #expect(try reader.next() == ["2026-03-02", "Acme", "two\rlines"])
        #expect(reader.line == 2)
        #expect(try reader.next() == ["2026-03-03", "Bloom", "x"])
        #expect(reader.line == 4)
        #expect(try reader.next() == nil)
        let harvest = "Date,Client,Project,Notes,Hours,First Name,Last Name\r2026-03-02,Acme,,Calls,1.5,Maria,Lopez\r"
        #expect(try entries(.harvest, harvest).map(\.durationSeconds) == [5400])
        // CR CR LF, a CRLF file saved again on a Mac, is one line end.
        var doubled = CSVReader(ByteSource(bytes: Array("a,b\r\r\nc,d\r\r\ne,f".utf8)))
        #expect(try doubled.next() == ["a", "b"])
        #expect(try doubled.next() == ["c", "d"])
        #expect(doubled.line == 2)
        #expect(try doubled.next() == ["e", "f"])
        #expect(doubled.line == 3)
    }

    @Test(
        "Numbers too large for any entry are a problem of their field, not a crash",
        arguments: [
            ("9223372036854775808", "the number is too long"), ("1300000000000000", "more hours than anything holds"),
            ("1000000", "more hours than anything holds"),
        ] as [(String, String)]
    )
    func hugeNumbers(text: String, reason: String) {
        #expect(throws: FieldError(reason)) { try FieldReading.hours(text) }
    }

    @Test("Durations and Unix seconds too large for any entry are a problem, not a crash")
    func hugeDurations() throws {
        #expect(throws: FieldError("more hours than anything holds")) {
            try FieldReading.clockDuration("2600000000000000:00:00")
        }
        #expect(throws: FieldError("expected a duration as H:MM:SS")) {
            try FieldReading.clockDuration("99999999999999999999:00:00")
        }
        let frames = #"[[1e19, 1e19, "acme", "a1", []], [-5, 10, "acme", "a2", []]]"#
        let found = try rows(.watson, frames)
        let problem = ImportProblem(
            line: 1,
            position: .frame,
            column: "start/stop",
            reason: "expected Unix seconds from 1970 to 2200"
        )
        #expect(found.first == .problem(problem))
        #expect(found.count == 2)
    }

    @Test("CSV: a semicolon separator is found from the header; Windows-1252 bytes are read as such")
    func csvSeparatorAndEncoding() throws {
        var bytes = Array("Name;Notes\nM".utf8)
        bytes += [0xFC, 0x6C, 0x6C, 0x65, 0x72]  // "Müller" in Windows-1252
        bytes += Array(";caf".utf8) + [0xE9]
        var reader = CSVReader(ByteSource(bytes: bytes))
        #expect(try reader.next() == ["Name", "Notes"])
        #expect(try reader.next() == ["Müller", "café"])
    }

    @Test("CSV: a quoted field never closed is a problem naming its line")
    func csvUnclosedQuote() throws {
        var reader = CSVReader(ByteSource(bytes: Array("a,b\n1,\"open\n".utf8)))
        _ = try reader.next()
        #expect(throws: ImportProblem.self) { try reader.next() }
    }

    @Test(
        "Numbers in either locale",
        arguments: [
            ("1,078.0", 10_780, 1), ("2.000,0", 20_000, 1), ("20,0", 200, 1), ("0,01", 1, 2), ("0.5", 5, 1),
            ("-3", -3, 0), ("1.234.567", 1_234_567, 0),
        ] as [(String, Int64, Int)]
    )
    func decimals(text: String, units: Int64, scale: Int) throws {
        let read = try FieldReading.decimal(text)
        #expect(read.units == units)
        #expect(read.scale == scale)
    }

    @Test("Amounts round half up to the currency's minor unit; hours to the second")
    func moneyAndHours() throws {
        #expect(try FieldReading.money("2.000,0", currency: Currency(code: "EUR")).minorUnits == 200_000)
        #expect(try FieldReading.money("1250.5", currency: Currency(code: "JPY")).minorUnits == 1_251)
        #expect(try FieldReading.money("15.2505", currency: Currency(code: "BHD")).minorUnits == 15_251)
        #expect(try FieldReading.hours("0,01") == 36)
        #expect(try FieldReading.hours("1.5") == 5_400)
        #expect(throws: FieldError.self) { try FieldReading.hours("-1") }
    }

    @Test(
        "12- and 24-hour times",
        arguments: [
            ("10:23:52 AM", 10, 23, 52), ("10:23 AM", 10, 23, 0), ("12:00 AM", 0, 0, 0), ("12:30 pm", 12, 30, 0),
            ("1:05 PM", 13, 5, 0), ("14:05", 14, 5, 0), ("09:00:07", 9, 0, 7),
        ] as [(String, Int, Int, Int)]
    )
    func times(text: String, hour: Int, minute: Int, second: Int) throws {
        #expect(try FieldReading.time(text) == LocalTime(hour: hour, minute: minute, second: second))
    }

    @Test("Dates: each order, dotted, ISO; a bad month is named")
    func dates() throws {
        #expect(try FieldReading.date("03/04/2024", order: .monthFirst).description == "2024-03-04")
        #expect(try FieldReading.date("03/04/2024", order: .dayFirst).description == "2024-04-03")
        #expect(try FieldReading.date("04.03.2024", order: .monthFirst).description == "2024-03-04")
        #expect(try FieldReading.date("2024-03-04", order: .dayFirst).description == "2024-03-04")
        // Dashed in the workspace's order (Clockify's DD-MM-YYYY and MM-DD-YYYY); other tools' dashes
        // are year first, and a dashed date in another order is refused rather than guessed.
        #expect(try FieldReading.date("03-04-2024", order: .monthFirst, dashes: true).description == "2024-03-04")
        #expect(try FieldReading.date("03-04-2024", order: .dayFirst, dashes: true).description == "2024-04-03")
        #expect(throws: FieldError("expected a date as YYYY-MM-DD")) {
            try FieldReading.date("03-04-2024", order: .monthFirst)
        }
        #expect(FieldReading.slashedParts("25-03-2024").map { [$0.first, $0.second] } == [25, 3])
        #expect(FieldReading.slashedParts("2024-03-25") == nil, "year first: not an order to infer")
        #expect(throws: FieldError("month 15 is not valid")) { try FieldReading.date("13/15/2024", order: .dayFirst) }
        #expect(throws: FieldError("day 30 is not in that month")) { try FieldReading.isoDate("2025-02-30") }
    }

    @Test("Yes and no in the languages seen")
    func yesNo() throws {
        for yes in ["Yes", "ja", "Oui", "Sí", "true", "Да"] { #expect(try FieldReading.yesNo(yes)) }
        for no in ["No", "Nein", "non", "Não", "false", "Нет"] { #expect(try !FieldReading.yesNo(no)) }
        #expect(throws: FieldError.self) { try FieldReading.yesNo("maybe") }
    }

    @Test("Toggl: unquoted with Amount, quoted without, H:MM:SS, tags joined by comma-space, German Ja")
    func toggl() throws {
        let withAmount = """
            \u{FEFF}User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (AUD)
            Ana,ana@x.test,Acme,Listings,Photos,Shoot,Ja,2026-03-02,09:00:00,2026-03-02,10:30:00,1:30:00,"Writing, Rush hour",67.50

            """
        let entry = try #require(try entries(.toggl, withAmount).first)
        #expect(entry.person == ImportedPerson(name: "Ana", email: "ana@x.test"))
        #expect(entry.client == "Acme")
        #expect(entry.project == "Listings")
        #expect(entry.task == "Photos")
        #expect(entry.tags == ["Writing", "Rush hour"])
        #expect(entry.billable == true)
        #expect(entry.start == local("2026-03-02 09:00:00"))
        #expect(entry.end == local("2026-03-02 10:30:00"))
        #expect(entry.durationSeconds == 5_400)
        #expect(entry.price == .fixed(Money(minorUnits: 6_750, currency: try Currency(code: "AUD"))))
        let quoted = #"""
            "User","Email","Client","Project","Task","Description","Billable","Start date","Start time","End date","End time","Duration","Tags"
            "Ana","","","Inbox","","Say ""hi""","No","2026-03-02","23:30:00","2026-03-03","00:15:00","00:45:00",""
            """#
        let second = try #require(try entries(.toggl, quoted).first)
        #expect(second.client == nil)
        #expect(second.memo == "Say \"hi\"")
        #expect(second.price == nil)
        #expect(second.end == local("2026-03-03 00:15:00"))
    }

    @Test("Toggl: a bad start date is a problem with line, column and value; a file without times is refused")
    func togglProblems() throws {
        let text = """
            User,Client,Start date,Start time,End date,End time,Duration
            Ana,Acme,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
            Ana,Acme,2026-13-02,09:00:00,2026-03-02,10:00:00,1:00:00
            """
        let found = try rows(.toggl, text)
        #expect(found.count == 2)
        #expect(
            found[1]
                == .problem(
                    ImportProblem(line: 3, column: "Start date", value: "2026-13-02", reason: "month 13 is not valid")
                )
        )
        #expect(throws: ImportFileError.self) { try rows(.toggl, "User,Client\nAna,Acme\n") }
    }

    @Test("Clockify: 21 columns, Activity, columns reordered, no Client, dotted dates, 24-hour times")
    func clockify() throws {
        let text = """
            "Start Date","Start Time","End Date","End Time","Activity","Project","Description","User","Email","Tags","Type","Billable","Invoiced","Invoice ID","Duration (h)","Duration (decimal)","Billable Rate (EUR)","Billable Amount (EUR)","Group","Date of creation","Extra"
            "02.03.2026","14:00","02.03.2026","15:30:00","Calls","Support","Weekly","Li","li@x.test","","Regular","Yes","No","","01:30:00","1.50","40.00","0.00","","02.03.2026",""
            """
        let entry = try #require(try entries(.clockify, text).first)
        #expect(entry.client == nil)
        #expect(entry.task == "Calls")
        #expect(entry.start == local("2026-03-02 14:00:00"))
        #expect(entry.end == local("2026-03-02 15:30:00"))
        #expect(entry.price == .hourly(Money(minorUnits: 4_000, currency: try Currency(code: "EUR"))))
    }

    @Test("Clockify: auto reads the date order from the whole file and refuses when no date decides")
    func clockifyDateOrder() throws {
        let header =
            "\"Project\",\"Client\",\"Description\",\"Task\",\"User\",\"Email\",\"Tags\",\"Billable\",\"Start Date\",\"Start Time\",\"End Date\",\"End Time\"\n"
        let dayFirst =
            header
            + "\"P\",\"C\",\"\",\"\",\"U\",\"\",\"\",\"Yes\",\"03/04/2024\",\"10:00 AM\",\"25/04/2024\",\"11:00 AM\"\n"
        #expect(try ClockifyLayout.inferOrder(ByteSource(bytes: Array(dayFirst.utf8))) == .dayFirst)
        let monthFirst =
            header
            + "\"P\",\"C\",\"\",\"\",\"U\",\"\",\"\",\"Yes\",\"03/04/2024\",\"10:00 AM\",\"04/25/2024\",\"11:00 AM\"\n"
        let entry = try #require(try entries(.clockify, monthFirst).first)
        #expect(entry.start == local("2024-03-04 10:00:00"))
        let ambiguous =
            header
            + "\"P\",\"C\",\"\",\"\",\"U\",\"\",\"\",\"Yes\",\"03/04/2024\",\"10:00 AM\",\"03/04/2024\",\"11:00 AM\"\n"
        #expect(throws: ImportFileError.ambiguousDates(example: "03/04/2024")) { try rows(.clockify, ambiguous) }
        let chosen = try entries(.clockify, ambiguous, options: .init(dateOrder: .dayFirst))
        #expect(chosen.first?.start == local("2024-04-03 10:00:00"))
    }

    @Test("Harvest: locale numbers, a multi-line quoted note, Hours Rounded ignored, Euro - EUR, first and last name")
    func harvest() throws {
        let text = """
            Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,Approved?,First Name,Last Name,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL
            2026-03-02,Bloom,Books,,Admin,"Two
            lines","1.078,5","1.078,5",Yes,No,No,Peter,Tester,,Yes,"100,0","107.850,0","0,0","0,0",Euro - EUR,
            2026-03-02,Bloom,Books,,,"",0.25,0.5,No,No,No,Peter,Tester,,Yes,0.0,0.0,0.0,0.0,Euro - EUR,
            """
        let found = try entries(.harvest, text)
        #expect(found.count == 2)
        #expect(found[0].memo == "Two\nlines")
        #expect(found[0].durationSeconds == 3_882_600)
        #expect(found[0].person?.name == "Peter Tester")
        #expect(found[0].start == .day(LocalDate(year: 2026, month: 3, day: 2)!))
        #expect(found[0].price == .fixed(Money(minorUnits: 10_785_000, currency: try Currency(code: "EUR"))))
        #expect(found[1].line == 4)
        #expect(found[1].durationSeconds == 900)
        #expect(found[1].price == nil)
    }

    @Test("Kimai: English headers; translated headers read by position; an end past midnight is the next day")
    func kimai() throws {
        let english = """
            Date,From,To,Duration,Rate,User,Customer,Project,Activity,Description,Exported,Tags,Hourly rate,Fixed rate
            2026-03-02,22:30,01:00,2:30,125.00,anna,Acme,Web,Support,Late fix,No,"urgent,web",50.00,
            """
        let entry = try #require(
            try entries(.kimai, english, options: .init(currency: try Currency(code: "EUR"))).first
        )
        #expect(entry.start == local("2026-03-02 22:30:00"))
        #expect(entry.end == local("2026-03-03 01:00:00"))
        #expect(entry.client == "Acme")
        #expect(entry.task == "Support")
        #expect(entry.tags == ["urgent", "web"])
        #expect(entry.price == .fixed(Money(minorUnits: 12_500, currency: try Currency(code: "EUR"))))
        let german = """
            Datum,Von,Bis,Dauer,Preis,Benutzer,Kunde,Projekt,Tätigkeit,Beschreibung,Exportiert,Schlagworte,Stundensatz,Festpreis
            2026-03-02,09:00,10:00,1:00,0,anna,Acme,Web,Support,,Nein,,50,
            """
        let translated = try #require(try entries(.kimai, german).first)
        #expect(translated.person?.name == "anna")
        #expect(translated.client == "Acme")
        #expect(translated.end == local("2026-03-02 10:00:00"))
        #expect(throws: ImportFileError.self) { try rows(.kimai, "A,B,C\n1,2,3\n") }
    }

    @Test("Watson: six- and five-field frames in any order; the project is the client unless one is given")
    func watson() throws {
        let text = """
            [[1772442000, 1772445600, "acme", "f2", ["email"], 1772445600],
             [1772438400, 1772440200, "bloom", "f1", []],
             [1772445600, 1772440000, "acme", "f3", [], 1]]
            """
        let found = try rows(.watson, text)
        guard case .entry(let first) = found[0], case .entry(let second) = found[1] else {
            Issue.record("expected two entries")
            return
        }
        #expect(first.client == "acme")
        #expect(first.tags == ["email"])
        #expect(first.sourceID == "f2")
        #expect(first.start == .instant(Instant(secondsSinceEpoch: 1_772_442_000)))
        #expect(second.client == "bloom")
        #expect(
            found[2]
                == .problem(
                    ImportProblem(line: 3, position: .frame, column: "stop", reason: "the frame ends before it starts")
                )
        )
        let given = try rows(.watson, text, options: .init(client: "Acme Realty"))
        guard case .entry(let mapped) = given[0] else {
            Issue.record("expected an entry")
            return
        }
        #expect(mapped.client == "Acme Realty")
        #expect(mapped.project == "acme")
    }

    @Test("Timewarrior: tags quoted, the annotation after a second #, a running interval, export JSON")
    func timewarrior() throws {
        let data = """
            inc 20260302T090000Z - 20260302T100000Z # acme "two words" writing # "Call \\"Bob\\""
            inc 20260302T110000Z - 20260302T113000Z # # "no tags"
            inc 20260302T120000Z # bloom

            """
        let found = try rows(.timewarrior, data)
        guard case .entry(let first) = found[0], case .entry(let running) = found[2] else {
            Issue.record("expected entries")
            return
        }
        #expect(first.client == "acme")
        #expect(first.tags == ["two words", "writing"])
        #expect(first.memo == "Call \"Bob\"")
        #expect(first.end == .instant(Instant(secondsSinceEpoch: 1_772_445_600)))
        #expect(
            found[1]
                == .problem(
                    ImportProblem(
                        line: 2,
                        reason: "the interval has no tag to name its client: give --client"
                    )
                )
        )
        #expect(running.client == "bloom")
        #expect(running.end == nil)
        let json =
            #"[{"id":1,"start":"20260302T090000Z","end":"20260302T100000Z","tags":["acme","email"],"annotation":"Inbox"}, {"id":2,"start":"20260302T110000Z","end":"20260302T100000Z","tags":["acme"]}]"#
        let intervals = try rows(.timewarrior, json)
        guard case .entry(let exported) = intervals.first, case .problem(let backwards) = intervals.last else {
            Issue.record("expected an entry and a problem")
            return
        }
        #expect(exported.client == "acme")
        #expect(exported.tags == ["email"])
        #expect(exported.memo == "Inbox")
        #expect(exported.place == "interval 1")
        // A JSON array's intervals are counted, not its lines.
        #expect(backwards.description == #"interval 2, end "20260302T100000Z": not an end after the start"#)
    }
}
