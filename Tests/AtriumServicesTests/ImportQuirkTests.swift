import AtriumCore
import AtriumDocuments
import Testing

/// The readers on the layouts and quirks ``ImportReaderTests`` leaves out: Clockify's 17-column
/// export and its date order read from a later row, Toggl's clock durations, Harvest's numbers in
/// either locale, Kimai's translated and Kimai 2 headers, and bad rows that name line and column.
@Suite struct ImportQuirkTests: ImportReading {
    func local(_ dateText: String, _ timeText: String) throws -> ImportedTime {
        try ImportedTime.local(LocalDateTime(date: FieldReading.isoDate(dateText), time: FieldReading.time(timeText)))
    }

    func day(_ text: String) throws -> ImportedTime { try ImportedTime.day(FieldReading.isoDate(text)) }

    func money(_ minorUnits: Int64, _ code: String) throws -> Money {
        try Money(minorUnits: minorUnits, currency: Currency(code: code))
    }

    @Test("Clockify: the 17-column export (Group, Billable, rate and amount, no Type or Invoiced) is read in full")
    func clockifySeventeenColumns() throws {
        let text = """
            "Project","Client","Description","Task","User","Group","Email","Tags","Billable","Start Date","Start Time","End Date","End Time","Duration (h)","Duration (decimal)","Billable Rate (USD)","Billable Amount (USD)"
            "Website","Acme Realty","Listing photos","Photos","Maria Lopez","Assistants","maria@acme.test","Rush, Photos","Yes","03/16/2026","09:15:00 AM","03/16/2026","11:45:00 AM","02:30:00","2.50","40.00","100.00"
            "Shop","Bloom Florist","","","Maria Lopez","Assistants","maria@acme.test","","No","03/17/2026","12:30 PM","03/17/2026","01:00 PM","00:30:00","0.50","40.00","0.00"
            """
        let found = try entries(.clockify, text)
        try #require(found.count == 2)
        let first = found[0]
        #expect(first.line == 2)
        #expect(first.client == "Acme Realty")
        #expect(first.project == "Website")
        #expect(first.task == "Photos")
        #expect(first.memo == "Listing photos")
        #expect(first.person == ImportedPerson(name: "Maria Lopez", email: "maria@acme.test"))
        #expect(first.tags == ["Rush", "Photos"])
        #expect(first.billable == true)
        #expect(try first.start == local("2026-03-16", "09:15:00"))
        #expect(try first.end == local("2026-03-16", "11:45:00"))
        #expect(first.durationSeconds == 9_000)
        #expect(try first.price == .fixed(money(10_000, "USD")), "the amount, when not zero, is the price")
        let second = found[1]
        #expect(second.line == 3)
        #expect(second.client == "Bloom Florist")
        #expect(second.project == "Shop")
        #expect(second.task == nil)
        #expect(second.memo == "")
        #expect(second.tags == [])
        #expect(second.billable == false)
        #expect(try second.start == local("2026-03-17", "12:30:00"))
        #expect(try second.end == local("2026-03-17", "13:00:00"))
        #expect(second.durationSeconds == 1_800)
        #expect(try second.price == .hourly(money(4_000, "USD")), "a zero amount leaves the rate")
    }

    @Test(
        "Clockify: a Task or Activity column is read as the entry's task, trimmed; a blank one as none",
        arguments: ["Task", "Activity"]
    )
    func clockifyTask(column: String) throws {
        let text = """
            Project,Client,Description,\(column),User,Start Date,Start Time,End Date,End Time
            Website,Acme Realty,Call notes," Phone calls ",Maria Lopez,03/16/2026,09:00 AM,03/16/2026,10:00 AM
            Website,Acme Realty,Inbox,,Maria Lopez,03/17/2026,09:00 AM,03/17/2026,10:00 AM
            """
        let found = try entries(.clockify, text)
        try #require(found.count == 2)
        #expect(found[0].task == "Phone calls")
        #expect(found[0].memo == "Call notes", "the reader does not copy the task into the memo")
        #expect(found[1].task == nil)
    }

    static let clockifyDates = "Project,Client,Description,User,Start Date,Start Time,End Date,End Time\n"

    static func clockifyRow(_ date: String) -> String { "Web,Acme Realty,,Maria Lopez,\(date),09:00,\(date),10:00\n" }

    @Test("Clockify auto: a later row with a day over 12 decides the order for the ambiguous rows before it")
    func clockifyOrderDecidedLater() throws {
        let monthFirst = Self.clockifyDates + ["03/04/2026", "05/06/2026", "03/25/2026"].map(Self.clockifyRow).joined()
        #expect(try ClockifyLayout.inferOrder(ByteSource(bytes: Array(monthFirst.utf8))) == .monthFirst)
        let monthStarts: [ImportedTime] = try [
            local("2026-03-04", "09:00"), local("2026-05-06", "09:00"), local("2026-03-25", "09:00"),
        ]
        #expect(try entries(.clockify, monthFirst).map(\.start) == monthStarts)
        let dayFirst = Self.clockifyDates + ["03/04/2026", "05/06/2026", "25/03/2026"].map(Self.clockifyRow).joined()
        #expect(try ClockifyLayout.inferOrder(ByteSource(bytes: Array(dayFirst.utf8))) == .dayFirst)
        let days = try entries(.clockify, dayFirst)
        let dayStarts: [ImportedTime] = try [
            local("2026-04-03", "09:00"), local("2026-06-05", "09:00"), local("2026-03-25", "09:00"),
        ]
        let dayEnds: [ImportedTime?] = try [
            local("2026-04-03", "10:00"), local("2026-06-05", "10:00"), local("2026-03-25", "10:00"),
        ]
        #expect(days.map(\.start) == dayStarts)
        #expect(days.map(\.end) == dayEnds)
    }

    @Test("Clockify auto: a file with one date only month-first and another only day-first is refused")
    func clockifyMixedOrders() throws {
        let mixed = Self.clockifyDates + ["03/04/2026", "03/25/2026", "25/03/2026"].map(Self.clockifyRow).joined()
        let reason = "its dates mix day-first and month-first orders: choose one with --date-format"
        let error = #expect(throws: ImportFileError.self) { try rows(.clockify, mixed) }
        #expect(error == .notFormat(format: "Clockify", reason: reason))
        #expect(
            error?.userMessage
                == "This is not a Clockify export: its dates mix day-first and month-first orders: "
                + "choose one with --date-format."
        )
        let chosen = try problems(.clockify, mixed, options: .init(dateOrder: .monthFirst))
        #expect(chosen == [#"line 4, Start Date "25/03/2026": month 25 is not valid"#])
    }

    @Test("Toggl: durations as HH:MM:SS, H:MM:SS and past 24 hours; a duration alone; none, or a bad one, is named")
    func togglDurations() throws {
        let text = """
            User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags
            Maria Lopez,,Acme Realty,Website,,Two digits,Yes,2026-03-02,09:00:00,2026-03-02,10:45:00,01:45:00,
            Maria Lopez,,Acme Realty,Website,,One digit,Yes,2026-03-02,11:00:00,2026-03-02,12:45:00,1:45:00,
            Maria Lopez,,Acme Realty,Website,,Long,Yes,2026-03-02,09:00:00,2026-03-03,10:00:00,25:00:00,
            Maria Lopez,,Acme Realty,Website,,No end,Yes,2026-03-04,14:00:00,,,0:30:15,
            Maria Lopez,,Acme Realty,Website,,Nothing,Yes,2026-03-04,15:00:00,,,,
            Maria Lopez,,Acme Realty,Website,,Bad,Yes,2026-03-04,16:00:00,2026-03-04,17:00:00,1:75:00,
            """
        let found = try rows(.toggl, text)
        let read = found.compactMap { row -> ImportedEntry? in
            guard case .entry(let entry) = row else { return nil }
            return entry
        }
        #expect(read.map(\.memo) == ["Two digits", "One digit", "Long", "No end"])
        #expect(read.map(\.durationSeconds) == [6_300, 6_300, 90_000, 1_815])
        let ends: [ImportedTime?] = try [
            local("2026-03-02", "10:45:00"), local("2026-03-02", "12:45:00"), local("2026-03-03", "10:00:00"), nil,
        ]
        #expect(read.map(\.end) == ends)
        #expect(
            try problems(.toggl, text) == [
                "line 6, End time: the entry has no end and no duration",
                #"line 7, Duration "1:75:00": expected a duration as H:MM:SS"#,
            ]
        )
    }

    @Test("Harvest: 1,078.50 and 2.000,0 in rate and amount, 1.5 and 1,5 hours, in full rows of each locale")
    func harvestLocaleNumbers() throws {
        let text = """
            Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,Approved?,First Name,Last Name,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL
            2026-03-02,Acme Realty,Listings,AR-1,Admin,Invoices,1.5,1.5,Yes,No,No,Maria,Lopez,Assistant,Yes,"1,078.50","1,617.75",20.00,30.00,US Dollar - USD,
            03/12/2026,Acme Realty,Listings,AR-1,Admin,Calls,0.25,0.5,Yes,No,No,Maria,Lopez,Assistant,Yes,"1,078.50",0.00,20.00,5.00,US Dollar - USD,
            2026-03-04,Bloom Florist,Shop,,Design,Banner,"1,5","1,5",Ja,Nein,Nein,Maria,Lopez,,Ja,"2.000,0","3.000,0","0,0","0,0",Euro - EUR,
            2026-03-05,Bloom Florist,Shop,,Design,Flyer,"0,75","1,0",Nein,Nein,Nein,Maria,Lopez,,Ja,"2.000,0","0,0","0,0","0,0",Euro - EUR,
            """
        let found = try entries(.harvest, text)
        try #require(found.count == 4)
        let us = found[0]
        #expect(us.person == ImportedPerson(name: "Maria Lopez"))
        #expect(us.client == "Acme Realty")
        #expect(us.project == "Listings")
        #expect(us.task == "Admin")
        #expect(us.memo == "Invoices")
        #expect(us.billable == true)
        #expect(try us.start == day("2026-03-02"))
        #expect(us.end == nil)
        #expect(found.map(\.durationSeconds) == [5_400, 900, 5_400, 2_700], "Hours, never Hours Rounded")
        let starts: [ImportedTime] = try [
            day("2026-03-02"), day("2026-03-12"), day("2026-03-04"), day("2026-03-05"),
        ]
        #expect(found.map(\.start) == starts, "a slashed Harvest date is month first")
        #expect(found.map(\.billable) == [true, true, true, false])
        let prices: [EntryPrice?] = try [
            .fixed(money(161_775, "USD")), .hourly(money(107_850, "USD")),
            .fixed(money(300_000, "EUR")), .hourly(money(200_000, "EUR")),
        ]
        #expect(found.map(\.price) == prices)
    }

    @Test("Kimai: the 11-column classic export with translated headers, by position, without a rate")
    func kimaiElevenColumns() throws {
        let text = """
            Fecha,Desde,Hasta,Duración,Usuario,Cliente,Proyecto,Actividad,Descripción,Exportado,Etiquetas
            2026-03-03,23:15,00:45,1:30,Maria Lopez,Bloom Florist,Shop,Design,Spring banner,No,"print,web"
            """
        let options = ImportFormat.Options(currency: try Currency(code: "EUR"))
        let entry = try #require(try entries(.kimai, text, options: options).first)
        #expect(entry.person == ImportedPerson(name: "Maria Lopez"))
        #expect(entry.client == "Bloom Florist")
        #expect(entry.project == "Shop")
        #expect(entry.task == "Design")
        #expect(entry.memo == "Spring banner")
        #expect(entry.tags == ["print", "web"])
        #expect(entry.billable == nil)
        #expect(try entry.start == local("2026-03-03", "23:15"))
        #expect(try entry.end == local("2026-03-04", "00:45"))
        #expect(entry.price == nil, "11 columns have no rate, even with a currency given")
    }

    @Test("Kimai 2: 25 translated columns by position, semicolons, dotted date, currency and billable read")
    func kimaiTwentyFiveColumns() throws {
        let text = """
            Datum;Beginn;Ende;Dauer;Währung;Preis;Interner Preis;Stundenpreis;Festpreis;Alias;Name;E-Mail;Kontonummer;Kunde;Projekt;Tätigkeit;Beschreibung;Abrechenbar;Schlagworte;Typ;Kategorie;Kundennummer;Projektnummer;Auftragsnummer;Tätigkeitsnummer
            04.03.2026;08:30;10:00;1:30;EUR;90,00;45,00;60,00;;mlopez;Maria Lopez;maria@acme.test;K-7;Acme Realty;Website;Support;Kontaktformular;Ja;dringend,web;work;;;;;
            """
        let entry = try #require(try entries(.kimai, text).first)
        #expect(entry.person == ImportedPerson(name: "Maria Lopez", email: "maria@acme.test"))
        #expect(entry.client == "Acme Realty")
        #expect(entry.project == "Website")
        #expect(entry.task == "Support")
        #expect(entry.memo == "Kontaktformular")
        #expect(entry.tags == ["dringend", "web"])
        #expect(entry.billable == true)
        #expect(try entry.start == local("2026-03-04", "08:30"))
        #expect(try entry.end == local("2026-03-04", "10:00"))
        #expect(try entry.price == .fixed(money(9_000, "EUR")), "the Preis column, in the row's currency")
    }

    @Test("Kimai 2 without its rate columns (a user who may not see rates): 20 translated columns by position")
    func kimaiTwentyColumns() throws {
        let text = """
            Datum;Beginn;Ende;Dauer;Alias;Name;E-Mail;Kontonummer;Kunde;Projekt;Tätigkeit;Beschreibung;Abrechenbar;Schlagworte;Typ;Kategorie;Kundennummer;Projektnummer;USt-ID;Auftragsnummer
            04.03.2026;08:30;10:00;1,50;mlopez;Maria Lopez;maria@acme.test;K-7;Acme Realty;Website;Support;Kontaktformular;Ja;dringend;work;;;;;
            04.03.2026;23:00;00:30;1,50;mlopez;Maria Lopez;maria@acme.test;K-7;Acme Realty;Website;Support;Spät;Nein;;work;;;;;
            """
        let options = ImportFormat.Options(currency: try Currency(code: "EUR"))
        let found = try entries(.kimai, text, options: options)
        try #require(found.count == 2)
        let entry = found[0]
        #expect(entry.person == ImportedPerson(name: "Maria Lopez", email: "maria@acme.test"))
        #expect(entry.client == "Acme Realty")
        #expect(entry.project == "Website")
        #expect(entry.task == "Support")
        #expect(entry.memo == "Kontaktformular")
        #expect(entry.tags == ["dringend"])
        #expect(entry.billable == true)
        #expect(entry.price == nil, "no rate column, even with a currency given")
        #expect(entry.durationSeconds == 5400, "decimal hours")
        #expect(try found[1].end == local("2026-03-05", "00:30"), "past midnight")
        #expect(found[1].billable == false)
        // Past midnight with a break (the duration shorter than the clocks): still the next day.
        let withBreak = text.replacingOccurrences(
            of: "04.03.2026;23:00;00:30;1,50",
            with: "04.03.2026;23:00;00:30;1,25"
        )
        #expect(try entries(.kimai, withBreak, options: options)[1].end == local("2026-03-05", "00:30"))
        // Decimal hours an hour longer than the clocks say: the hour a fall-back night repeats.
        let fallBack = text.replacingOccurrences(of: "04.03.2026;23:00;00:30;1,50", with: "25.10.2026;02:30;02:15;0,75")
        let repeated = try entries(.kimai, fallBack, options: options)[1]
        #expect(try repeated.end == local("2026-10-25", "02:15"))
        #expect(repeated.durationSeconds == 2700)
    }

    @Test("Kimai 2: English headers Begin, End, Currency, Name, E-mail; full date-times; the file's currency wins")
    func kimaiTwoEnglish() throws {
        let text = """
            Date,Begin,End,Duration,Currency,Rate,Internal rate,Hourly rate,Fixed rate,Alias,Name,E-mail,Account number,Customer,Project,Activity,Description,Billable,Tags
            2026-03-05,2026-03-05 09:00:00,2026-03-05 11:30:00,2:30,USD,125.00,60.00,50.00,,mlopez,Maria Lopez,maria@acme.test,A-100,Acme Realty,Website,Support,Listing fixes,No,"urgent, web"
            """
        let options = ImportFormat.Options(currency: try Currency(code: "EUR"))
        let entry = try #require(try entries(.kimai, text, options: options).first)
        #expect(entry.person == ImportedPerson(name: "Maria Lopez", email: "maria@acme.test"), "Name, not Alias")
        #expect(entry.client == "Acme Realty")
        #expect(entry.project == "Website")
        #expect(entry.task == "Support")
        #expect(entry.memo == "Listing fixes")
        #expect(entry.tags == ["urgent", "web"])
        #expect(entry.billable == false)
        #expect(try entry.start == local("2026-03-05", "09:00:00"))
        #expect(try entry.end == local("2026-03-05", "11:30:00"))
        #expect(try entry.price == .fixed(money(12_500, "USD")), "Rate is the amount, not Hourly rate")
    }

    @Test("Harvest: bad hours, a bad date, currency or amount are problems naming line, column, value and reason")
    func harvestBadRows() throws {
        let text = """
            Date,Client,Project,Notes,Hours,First Name,Last Name,Billable Amount,Currency
            2026-03-02,Acme Realty,Listings,Good,1.5,Maria,Lopez,0,US Dollar - USD
            2026-03-03,Acme Realty,Listings,Words,lots,Maria,Lopez,0,US Dollar - USD
            2026-03-04,Acme Realty,Listings,Negative,"-1,5",Maria,Lopez,0,US Dollar - USD
            02/30/2026,Acme Realty,Listings,No such day,1.0,Maria,Lopez,0,US Dollar - USD
            2026-03-06,Acme Realty,Listings,Currency,1.0,Maria,Lopez,10.00,Dollars
            2026-03-07,Acme Realty,Listings,Refund,1.0,Maria,Lopez,-5.00,US Dollar - USD
            2026-03-08,Acme Realty,Listings,Also good,"2,0",Maria,Lopez,,
            """
        let found = try rows(.harvest, text)
        try #require(found.count == 7, "a bad row does not stop the reader")
        #expect(
            try problems(.harvest, text) == [
                #"line 3, Hours "lots": expected a number"#,
                #"line 4, Hours "-1,5": hours cannot be negative"#,
                #"line 5, Date "02/30/2026": day 30 is not in that month"#,
                #"line 6, Currency "Dollars": expected a currency such as Euro - EUR"#,
                #"line 7, Billable Amount "-5.00": "-5.00" is negative: time is not billed below zero"#,
            ]
        )
        #expect(
            found[2]
                == .problem(ImportProblem(line: 4, column: "Hours", value: "-1,5", reason: "hours cannot be negative"))
        )
        guard case .entry(let last) = found[6] else {
            Issue.record("expected the last row to be read")
            return
        }
        #expect(last.durationSeconds == 7_200)
        #expect(last.price == nil)
    }

    @Test("Kimai: bad times, dates, amounts and yes/no name line and column; a translated header by its own name")
    func kimaiBadRows() throws {
        let english = """
            Date,From,To,Duration,Rate,User,Customer,Project,Activity,Description,Exported,Tags,Billable
            2026-03-02,09:00,10:00,1:00,50.00,Maria Lopez,Acme Realty,Website,Support,,No,,Yes
            2026-03-03,25:00,26:00,1:00,50.00,Maria Lopez,Acme Realty,Website,Support,,No,,Yes
            2026-02-30,09:00,10:00,1:00,50.00,Maria Lopez,Acme Realty,Website,Support,,No,,Yes
            2026-03-05,09:00,10:00,1:00,fifty,Maria Lopez,Acme Realty,Website,Support,,No,,Yes
            2026-03-06,09:00,9h30,0:30,50.00,Maria Lopez,Acme Realty,Website,Support,,No,,Yes
            2026-03-07,09:00,10:00,1:00,50.00,Maria Lopez,Acme Realty,Website,Support,,No,,maybe
            """
        let options = ImportFormat.Options(currency: try Currency(code: "EUR"))
        let found = try rows(.kimai, english, options: options)
        try #require(found.count == 6)
        guard case .entry(let good) = found[0] else {
            Issue.record("expected the first row to be read")
            return
        }
        #expect(try good.price == .fixed(money(5_000, "EUR")))
        #expect(
            try problems(.kimai, english, options: options) == [
                #"line 3, From "25:00": not a time of day"#,
                #"line 4, Date "2026-02-30": day 30 is not in that month"#,
                #"line 5, Rate "fifty": expected a number"#,
                #"line 6, To "9h30": expected a time as HH:MM, HH:MM:SS or with AM/PM"#,
                #"line 7, Billable "maybe": expected Yes or No"#,
            ]
        )
        let german = """
            Datum,Von,Bis,Dauer,Preis,Benutzer,Kunde,Projekt,Tätigkeit,Beschreibung,Exportiert,Schlagworte,Stundensatz,Festpreis
            2026-03-02,9h30,10:00,0:30,0,Maria Lopez,Acme Realty,Website,Support,,Nein,,50,
            """
        #expect(
            try problems(.kimai, german) == [
                #"line 2, Von "9h30": expected a time as HH:MM, HH:MM:SS or with AM/PM"#
            ]
        )
    }
}
