import Foundation
import Testing

extension CLISuite {
    /// The scheduling commands end to end on the built binary: working hours, clock, overlap,
    /// meetings across clock changes, blocks against tracked time, the calendar file and feed.
    /// The runner's clock reads Monday 2026-11-23 18:00Z; the owner lives in Mexico City (UTC-6, no DST).
    @Suite struct CLIScheduleTests {
        @Test("Hours, clock and overlap: Sydney's afternoon meets London's early morning")
        func hoursClockOverlap() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.addBloom()
                let set = try atrium.succeed("client", "edit", "acme", "--hours", "Mon-Fri 09:00-17:00")
                #expect(set.contains("Working hours: Mon-Fri 09:00-17:00 (Australia/Sydney)"))
                try atrium.succeed("client", "edit", "bloom", "--hours", "mon-fri 5:00-9:00")
                let clock = try atrium.succeed("clock", "--format", "csv")
                #expect(
                    clock.contains(
                        "Acme Realty,Australia/Sydney,Tue 05:00,UTC+11,closed,opens Tue 09:00 (in 4h),Mon-Fri 09:00-17:00"
                    )
                )
                #expect(
                    clock.contains(
                        "Bloom & Co,Europe/London,Mon 18:00,UTC,closed,opens Tue 05:00 (in 11h),Mon-Fri 05:00-09:00"
                    )
                )
                #expect(clock.contains("Maria Lopez,America/Mexico_City,Mon 12:00,UTC-6,no hours,,none"))

                let overlap = try atrium.succeed(
                    "overlap",
                    "acme",
                    "bloom",
                    "--week",
                    "2026-W48",
                    "--min",
                    "45m",
                    "--format",
                    "csv"
                )
                let rows = overlap.split(separator: "\r\n").map(String.init)
                #expect(rows.first == "start_utc,end_utc,minutes,Maria Lopez,Acme Realty,Bloom & Co")
                try #require(rows.count == 6)
                #expect(
                    rows[1]
                        == "2026-11-23T05:00:00Z,2026-11-23T06:00:00Z,60,Sun 2026-11-22 23:00-Mon 00:00,Mon 2026-11-23 16:00-17:00,Mon 2026-11-23 05:00-06:00"
                )
                let none = try atrium.succeed("overlap", "acme", "bloom", "--week", "2026-W48", "--min", "90m")
                #expect(none.contains("No common slot of at least 1h 30m from 2026-11-23 to 2026-11-29."))

                try atrium.succeed("hours", "set", "Mon-Thu 23:00-23:45")
                let mine = try atrium.succeed(
                    "overlap",
                    "acme",
                    "bloom",
                    "--week",
                    "2026-W48",
                    "--min",
                    "30m",
                    "--format",
                    "csv"
                )
                #expect(
                    mine.split(separator: "\r\n").count == 5,
                    "late evenings in Mexico City are the next morning in London: Tue-Fri, four slots"
                )
                let ignoring = try atrium.succeed(
                    "overlap",
                    "acme",
                    "bloom",
                    "--week",
                    "2026-W48",
                    "--ignore-my-hours",
                    "--format",
                    "csv"
                )
                #expect(ignoring.split(separator: "\r\n").count == 6)
            }
        }

        @Test("A Sydney meeting seen from Mexico City moves an hour when Sydney leaves summer time, and says so")
        func meetingsAcrossClockChanges() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let added = try atrium.succeed(
                    "meeting",
                    "add",
                    "acme",
                    "Check-in",
                    "--every",
                    "week",
                    "--on",
                    "Tue",
                    "--at",
                    "09:00",
                    "--duration",
                    "30m",
                    "--from",
                    "2026-03-01"
                )
                #expect(added.contains("\"Check-in\": every week on Tue from 2026-03-03, 09:00 Australia/Sydney (30m)"))
                let csv = try atrium.succeed(
                    "meetings",
                    "--from",
                    "2026-03-20",
                    "--to",
                    "2026-04-10",
                    "--format",
                    "csv"
                )
                let rows = csv.split(separator: "\r\n").map(String.init)
                try #require(rows.count == 4)
                #expect(rows[1].hasPrefix("Mon 2026-03-23,16:00,Tue 09:00,Australia/Sydney,Check-in,Acme Realty,30,,"))
                #expect(rows[2].hasPrefix("Mon 2026-03-30,16:00,Tue 09:00,Australia/Sydney,Check-in,Acme Realty,30,,"))
                #expect(
                    rows[3].hasPrefix("Mon 2026-04-06,17:00,Tue 09:00,Australia/Sydney,Check-in,Acme Realty,30,+60,")
                )
                // The first occurrence of a window is still compared with the one before it.
                let edge = try atrium.succeed(
                    "meetings",
                    "--from",
                    "2026-04-06",
                    "--to",
                    "2026-04-06",
                    "--format",
                    "csv"
                )
                #expect(edge.contains("Mon 2026-04-06,17:00,Tue 09:00,Australia/Sydney,Check-in,Acme Realty,30,+60,"))
                let id = String(rows[1].split(separator: ",", omittingEmptySubsequences: false)[8])
                try atrium.succeed("meeting", "skip", id, "2026-03-31")
                let skipped = try atrium.succeed(
                    "meetings",
                    "--from",
                    "2026-03-20",
                    "--to",
                    "2026-04-10",
                    "--format",
                    "csv"
                )
                #expect(skipped.split(separator: "\r\n").count == 3)
                let list = try atrium.succeed("meeting", "list", "--format", "csv")
                #expect(
                    list.contains(
                        "\(id),Check-in,Acme Realty,every week on Tue from 2026-03-03,09:00,Australia/Sydney,30"
                    )
                )
                try atrium.succeed("meeting", "remove", id)
                #expect(try atrium.succeed("meeting", "list").contains("No meetings yet"))
            }
        }

        @Test("Blocks planned against time tracked, and the calendar file and feed address")
        func planAndCalendar() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed(
                    "block",
                    "add",
                    "acme",
                    "--every",
                    "week",
                    "--on",
                    "Mon,Wed",
                    "--at",
                    "08:00-10:00",
                    "--from",
                    "2026-11-23"
                )
                try atrium.add("acme", on: "2026-11-23", from: "08:00", to: "09:30", "Listings")
                let plan = try atrium.succeed("plan", "--week", "--format", "csv")
                #expect(
                    plan == "client,planned_hours,tracked_hours,difference_hours\r\nAcme Realty,4.00,1.50,-2.50\r\n"
                )
                let calendar = try atrium.succeed("calendar", "export")
                #expect(calendar.contains("DTSTART;TZID=America/Mexico_City:20261123T080000\r\n"))
                #expect(calendar.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\n"))
                let file = atrium.directory.file("atrium.ics")
                try atrium.succeed("calendar", "export", "--to", file)
                #expect(try String(contentsOfFile: file, encoding: .utf8) == calendar)
                let url = try atrium.run("calendar", "url", "--base-url", "https://atrium.example.com/")
                #expect(url.status == 0)
                #expect(url.output.hasPrefix("https://atrium.example.com/calendar/cal_"))
                #expect(url.output.hasSuffix(".ics\n"))
                #expect(url.error.contains("Keep this address secret"))
                try atrium.succeed("calendar", "revoke")
                let again = try atrium.run("calendar", "revoke")
                #expect(again.status != 0)
            }
        }

        @Test("Meetings come in from an iCalendar file; what cannot be represented is named and stops the import")
        func importCalendar() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let file = atrium.directory.file("acme.ics")
                let calendar = [
                    "BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:1", "SUMMARY:Listing review",
                    "DTSTART;TZID=Australia/Sydney:20261124T090000", "DURATION:PT45M", "RRULE:FREQ=WEEKLY;BYDAY=TU",
                    "END:VEVENT", "BEGIN:VEVENT", "UID:2", "SUMMARY:Christmas", "DTSTART;VALUE=DATE:20261225",
                    "END:VEVENT",
                    "END:VCALENDAR",
                ].joined(separator: "\r\n")
                try calendar.write(toFile: file, atomically: true, encoding: .utf8)
                let refused = try atrium.run("meeting", "import", "acme", file)
                #expect(refused.status == 1)
                #expect(
                    refused.error.contains(
                        "nothing was imported: 1 event(s) cannot be represented — line 9, \"Christmas\": it is an all-day event"
                    )
                )
                #expect(try atrium.succeed("meeting", "list").contains("No meetings yet"))
                let imported = try atrium.run("meeting", "import", "acme", file, "--skip-unsupported")
                #expect(imported.status == 0)
                #expect(
                    imported.output.contains(
                        "Added \"Listing review\": every week on Tue from 2026-11-24, 09:00 Australia/Sydney"
                    )
                )
                #expect(imported.error.contains("Skipped line 9, \"Christmas\""))
                let again = try atrium.succeed("meeting", "import", "acme", file, "--skip-unsupported")
                #expect(again.contains("Already imported: \"Listing review\""))
            }
        }

        @Test(
            "Bad scheduling input is refused with the field and what is expected, and nothing is written",
            arguments: [
                (
                    ["client", "edit", "acme", "--rate", "99", "--hours", "Mon-Fri 25:00-26:00"],
                    ["--hours", "hours go from 0 to 23"]
                ),
                (["client", "edit", "acme", "--hours", "Mon 17:00-09:00"], ["--hours", "22:00-02:00+1"]),
                (["hours", "set", "Funday 09:00-10:00"], ["hours", "not a day of the week"]),
                (["hours", "set", ""], ["or none to clear them"]),
                (
                    [
                        "meeting", "add", "acme", "--every", "week", "--on", "Tue", "--at", "09:00", "--duration",
                        "30m",
                        "--count", "3", "--until", "2026-12-31",
                    ],
                    ["--until", "not both"]
                ),
                (["meeting", "add", "acme", "--at", "09:00"], ["--duration", "how long"]),
                (
                    ["meeting", "add", "acme", "--at", "09:00", "--duration", "30m", "--every", "fortnight"],
                    ["every", "not a repetition"]
                ),
                (
                    ["meeting", "add", "acme", "--at", "09:00", "--duration", "30m", "--zone", "mars"],
                    ["zone", "client, me or utc"]
                ),
                (["meeting", "add", "acme", "--at", "25:00", "--duration", "30m"], ["at", "hours go from 0 to 23"]),
                (
                    ["meeting", "add", "acme", "--at", "09:00", "--duration", "30m", "--every", "month", "--on", "32"],
                    ["on", "day of the month"]
                ),
                (["block", "add", "acme", "--at", "10:00-08:00"], ["at", "ends before it starts"]),
                (
                    ["overlap", "acme", "--from", "2026-11-30", "--to", "2026-11-23"],
                    ["to", "ends (2026-11-23) before it starts"]
                ),
                (["overlap", "acme"], ["Acme Realty has no working hours"]),
                (["overlap", "acme", "--week", "2026-W60"], ["--week", "not an ISO week"]),
                (["meeting", "skip", "zz", "2026-12-01"], ["id", "first 4 characters"]),
                (["meeting", "import", "acme", "/nonexistent/calendar.ics"], ["file", "cannot read"]),
                (
                    ["meeting", "add", "acme", "--at", "09:00", "--duration", "30m", "--on", "Tue"],
                    ["every", "need --every"]
                ),
                (
                    [
                        "retainer", "set", "acme", "--monthly", "900", "--hours", "20", "--rollover", "5h",
                        "--rollover-periods", "2",
                    ], ["rollover", "not both"]
                ),
            ]
        )
        func refused(arguments: [String], mentions: [String]) throws {
            try withRunner { atrium in
                try atrium.initialized()
                let before =
                    try atrium.succeed("client", "list", "--format", "csv")
                    + atrium.succeed("meeting", "list", "--format", "csv")
                    + atrium.succeed("clock", "--format", "csv")
                let result = try atrium.run(arguments)
                #expect(result.status != 0)
                #expect(result.output.isEmpty)
                #expect(result.error.hasPrefix("atrium: "), "\(result.error)")
                #expect(!result.error.contains("Fatal error"))
                for text in mentions { #expect(result.error.contains(text), "\"\(text)\" in: \(result.error)") }
                let after =
                    try atrium.succeed("client", "list", "--format", "csv")
                    + atrium.succeed("meeting", "list", "--format", "csv")
                    + atrium.succeed("clock", "--format", "csv")
                #expect(after == before, "the data changed")
            }
        }
    }
}
