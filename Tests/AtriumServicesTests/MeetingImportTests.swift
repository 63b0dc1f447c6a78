import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// Reading meetings from iCalendar files in the shapes real exporters write them (fixtures written
/// here, modelled on Google, Exchange, Thunderbird and Android exports).
@Suite struct MeetingImportTests {
    /// A Google-style export: LF line ends, a VTIMEZONE, a folded non-ASCII SUMMARY, an alarm whose
    /// DURATION and DESCRIPTION must not leak into the event, EXDATEs on two lines, UNTIL in UTC.
    static let google = [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Europe/Zurich", "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", "DTSTART;TZID=Europe/Zurich:20261028T140000", "DTEND;TZID=Europe/Zurich:20261028T143000",
        "RRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20261127T125959Z;BYDAY=MO,TU,WE,TH,FR",
        "EXDATE;TZID=Europe/Zurich:20261102T140000,20261103T140000", "EXDATE;TZID=Europe/Zurich:20261030T140000",
        "UID:sync@example.com", "SUMMARY:Tägliche Abstimmung\\, Team Zürich — kurz und knapp\\; bitte pünktlich ",
        " sein", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT10M", "DURATION:PT5M",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR",
    ].joined(separator: "\n")

    @Test("A Google export reads as the meeting it is: zone, length, rule, exceptions, UTC end, unfolded title")
    func googleExport() throws {
        let read = try ICSReader.read(Self.google)
        #expect(read.rejected.isEmpty)
        let event = try #require(read.events.first)
        #expect(event.zone?.identifier == "Europe/Zurich")
        #expect(event.start.description == "2026-10-28 14:00")
        #expect(event.durationMinutes == 30)
        #expect(event.summary == "Tägliche Abstimmung, Team Zürich — kurz und knapp; bitte pünktlich sein")
        // 2026-11-27T12:59:59Z is 13:59:59 in Zurich, before the 14:00 start: the 26th is the last day.
        #expect(event.rule?.description == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261126")
        #expect(event.exceptions.map(\.description) == ["2026-10-30", "2026-11-02", "2026-11-03"])
    }

    @Test(
        "What Atrium cannot represent is rejected per event with the reason",
        arguments: [
            ("DTSTART;VALUE=DATE:20261124", "all-day event"),
            ("DTSTART;TZID=\"GMT +0100 (Standard) / GMT +0200 (Daylight)\":20261124T100000", "not an IANA name"),
            ("DTSTART;TZID=/Europe/CUSTOM:20261124T100000", "not an IANA name"),
            ("DTSTART:20261124T100000Z\nRDATE:20261201T100000Z", "RDATE"),
            ("DTSTART:20261124T100000Z\nRECURRENCE-ID:20261124T100000Z", "RECURRENCE-ID"),
            ("DTSTART:20261124T100000Z\nRRULE:FREQ=YEARLY", "FREQ=YEARLY is not supported"),
            ("DTSTART:20261124T100000Z\nRRULE:FREQ=MONTHLY;BYMONTH=1,7", "BYMONTH"),
            ("DTSTART:20261124T100000Z\nDTEND:20261124T090000Z", "a meeting lasts 1 minute to 24 hours"),
            ("DTSTART:20261124T100000Z\nDTSTART:20261125T100000Z", "more than one DTSTART"),
            ("DTSTART:20261124T100000Z\nLOCATION:Room\u{0}B", "LOCATION on line 5 holds a NUL character"),
        ]
    )
    func rejected(lines: String, reason: String) throws {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Odd one\r\n\(lines)\r\nEND:VEVENT\r\nEND:VCALENDAR"
        let read = try ICSReader.read(
            text.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "\r\r\n", with: "\r\n")
        )
        #expect(read.events.isEmpty)
        #expect(read.rejected.first?.reason.contains(reason) == true, "\(read.rejected)")
        #expect(read.rejected.first?.description.hasPrefix("line 2, \"Odd one\"") == true)
    }

    @Test(
        "Exchange's daily-on-weekdays rule with spaces becomes the weekly rule it means; an Android DTEND in UTC gives the length"
    )
    func exporterQuirks() throws {
        let text = [
            "BEGIN:VEVENT", "SUMMARY:Standup", "DTSTART;TZID=America/New_York:20261102T093000",
            "DTEND:20261102T144500Z", "RRULE:FREQ=DAILY;UNTIL=20261120T143000Z;INTERVAL=1;BYDAY=MO, TU, WE,",
            "  TH, FR", "END:VEVENT",
        ].joined(separator: "\r\n")
        let event = try #require(try ICSReader.read(text).events.first)
        #expect(event.durationMinutes == 15)
        #expect(event.rule?.description == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261120")
        #expect(throws: InvalidInput.self) { try ICSReader.read("BEGIN:VCALENDAR\nEND:VCALENDAR") }
    }

    @Test("Importing for a client: all or nothing, dry runs write nothing, a second import adds nothing")
    func importIntoWorkspace() async throws {
        try await withFixture(zone: "America/Mexico_City") { fixture in
            try await fixture.client("Zurich Bank", zone: "Europe/Zurich", currency: "CHF")
            let mixed = Self.google.replacingOccurrences(
                of: "END:VCALENDAR",
                with: "BEGIN:VEVENT\nSUMMARY:All day\nDTSTART;VALUE=DATE:20261124\nEND:VEVENT\nEND:VCALENDAR"
            )
            let schedule = fixture.services.schedule
            await #expect(throws: InvalidInput.self) {
                try await schedule.importMeetings(
                    mixed,
                    client: "zurich",
                    dryRun: false,
                    skipUnsupported: false,
                    as: fixture.owner
                )
            }
            #expect(try await schedule.list(as: fixture.owner).isEmpty)
            let dry = try await schedule.importMeetings(
                mixed,
                client: "zurich",
                dryRun: true,
                skipUnsupported: true,
                as: fixture.owner
            )
            #expect(dry.added.count == 1)
            #expect(!dry.written)
            #expect(try await schedule.list(as: fixture.owner).isEmpty)
            let real = try await schedule.importMeetings(
                mixed,
                client: "zurich",
                dryRun: false,
                skipUnsupported: true,
                as: fixture.owner
            )
            #expect(real.written)
            #expect(real.rejected.count == 1)
            let entries = try await schedule.list(as: fixture.owner)
            #expect(entries.map(\.item.anchor) == [.client])
            #expect(entries.first?.repetitionText == "every week on Mon-Fri from 2026-10-28 until 2026-11-26")
            let again = try await schedule.importMeetings(
                mixed,
                client: "zurich",
                dryRun: false,
                skipUnsupported: true,
                as: fixture.owner
            )
            #expect(again.added.isEmpty)
            #expect(again.alreadyThere.count == 1)
            #expect(try await schedule.list(as: fixture.owner).count == 1)
        }
    }
}
