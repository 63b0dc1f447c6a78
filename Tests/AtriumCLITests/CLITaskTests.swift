import Foundation
import Testing

extension CLISuite {
    /// `atrium task …` and `--task` on the built binary: the task level of rates, lines per task.
    @Suite struct CLITaskTests {
        @Test("Tasks are added, tracked on, billed at their rate and listed; a summary agrees with the draft")
        func session() throws {
            try withRunner { atrium in
                try atrium.initialized()
                #expect(
                    try atrium.succeed("task", "add", "acme", "Monthly close", "--rate", "70")
                        == "Added task Acme Realty: Monthly close at AUD 70.00/h\n"
                )
                #expect(
                    try atrium.succeed("task", "add", "acme", "Photo edits", "--project", "listings")
                        == "Added task Acme Realty: Photo edits (Listings)\n"
                )
                try atrium.succeed(
                    "add",
                    "acme",
                    "--task",
                    "monthly",
                    "--date",
                    "2026-11-02",
                    "--from",
                    "09:00",
                    "--to",
                    "10:00",
                    "Reconcile"
                )
                // A task in a project puts the entry in that project.
                let photos = try atrium.succeed(
                    "add",
                    "acme",
                    "--task",
                    "photo",
                    "--date",
                    "2026-11-03",
                    "--from",
                    "09:00",
                    "--to",
                    "10:00"
                )
                #expect(photos.contains("Acme Realty / Listings: Photo edits"))
                try atrium.add("acme", on: "2026-11-04", from: "09:00", to: "10:00", "Inbox")
                let log = try atrium.succeed("log", "--all", "--format", "csv")
                #expect(log.contains("Acme Realty,,Reconcile,,yes,Maria Lopez,Monthly close"))
                #expect(log.contains("Acme Realty,Listings,,,yes,Maria Lopez,Photo edits"))
                let list = try atrium.succeed("task", "list", "--format", "csv")
                #expect(list.contains("Acme Realty,Monthly close,,AUD,70.00,no"))
                #expect(list.contains("Acme Realty,Photo edits,Listings,AUD,,no"))

                let summary = try atrium.succeed(
                    "summary",
                    "--from",
                    "2026-11-01",
                    "--to",
                    "2026-11-30",
                    "--format",
                    "csv"
                )
                // 70 + 55 + 45 for an hour each.
                #expect(summary.contains("Acme Realty,,AUD,3.00,3.00,170.00"))
                let draft = try atrium.succeed("invoice", "draft", "acme", "--month", "2026-11")
                #expect(draft.contains("Monthly close"))
                #expect(draft.contains("170.00"))

                #expect(
                    try atrium.succeed("rate", "set", "acme", "75", "--task", "monthly")
                        == "Rate of Acme Realty: Monthly close: AUD 75.00.\n"
                )
                #expect(try atrium.succeed("rate", "list", "acme").contains("Acme Realty: Monthly close"))
                #expect(try atrium.succeed("audit", "verify").contains("intact"))
            }
        }

        @Test("Entries move on and off tasks; bad names, a task of another project and duplicates are refused")
        func refusals() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.addBloom()
                try atrium.succeed("project", "add", "acme/Rentals")
                try atrium.succeed("task", "add", "acme", "Photo edits", "--project", "listings")
                try atrium.add("acme", on: "2026-11-04", from: "09:00", to: "10:00", "Inbox")

                let onTask = try atrium.succeed("edit", "1", "--task", "photo")
                #expect(onTask.contains("Acme Realty / Listings: Photo edits"))
                let off = try atrium.succeed("edit", "1", "--no-task")
                #expect(off.contains("Acme Realty / Listings") && !off.contains("Photo edits"))

                let unknown = try atrium.run("edit", "1", "--task", "zzz")
                #expect(unknown.status == 1)
                #expect(unknown.error.contains("zzz"))
                let otherProject = try atrium.run(
                    "add",
                    "acme/rentals",
                    "--task",
                    "photo",
                    "--from",
                    "9:00",
                    "--to",
                    "9:30"
                )
                #expect(otherProject.status == 1)
                #expect(otherProject.error.contains("--task: the task \"Photo edits\" is in Listings, not in Rentals"))
                let otherClient = try atrium.run("start", "bloom", "--task", "photo")
                #expect(otherClient.status == 1)
                #expect(otherClient.error.contains("No task of Bloom & Co matches \"photo\""))
                let twice = try atrium.run("task", "add", "acme", "photo EDITS")
                #expect(twice.status == 1)
                #expect(twice.error.contains("already has a task named \"Photo edits\""))
                let badRate = try atrium.run("task", "add", "acme", "Close", "--rate", "lots")
                #expect(badRate.status == 1)
                #expect(badRate.error.contains("rate"))
                let both = try atrium.run("edit", "1", "--task", "photo", "--no-task")
                #expect(both.status == 64)
                let blank = try atrium.run("edit", "1", "--task", "  ")
                #expect(blank.status == 1)
                #expect(blank.error.contains("--task: give the task's name"))
                let workspaceTask = try atrium.run("rate", "set", "--workspace", "61", "--task", "photo")
                #expect(workspaceTask.status == 64)
                let elsewhere = try atrium.run("rate", "set", "acme/rentals", "60", "--task", "photo")
                #expect(elsewhere.status == 1)
                #expect(elsewhere.error.contains("task: the task \"Photo edits\" is in Listings, not in Rentals"))
                // Out of its task's project while on the task: refused; to another client: the task goes, said.
                try atrium.succeed("edit", "1", "--task", "photo")
                let outOfProject = try atrium.run("edit", "1", "--client", "acme")
                #expect(outOfProject.status == 1)
                #expect(outOfProject.error.contains("keep that project, or take the entry off the task (--no-task)"))
                let moved = try atrium.run("edit", "1", "--client", "bloom")
                #expect(moved.status == 0)
                #expect(
                    moved.error.contains(
                        "note: The entry is no longer on the task \"Photo edits\", a task of Acme Realty."
                    )
                )
                // Nothing half-written: the refusals left one task, and the entry (now Bloom's) without a task.
                #expect(
                    try atrium.succeed("task", "list", "--format", "csv").split(whereSeparator: \.isNewline).count == 2
                )
                #expect(try atrium.succeed("log", "--all", "--format", "json").contains(#""task" : """#))

                // Archived tasks leave the list unless asked for.
                try atrium.succeed("task", "edit", "acme", "photo", "--archive")
                #expect(try atrium.succeed("task", "list").contains("No tasks yet"))
                #expect(try atrium.succeed("task", "list", "--archived").contains("Photo edits"))
            }
        }
    }
}
