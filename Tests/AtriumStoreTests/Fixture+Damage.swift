import AtriumTestSupport
import GRDB

extension Fixture {
    /// Runs `sql` on the fixture's database through a connection of its own with foreign keys off:
    /// the damage a test then expects Atrium to report.
    func damage(_ sql: String) throws {
        let queue = try DatabaseQueue(path: directory.file("atrium.sqlite"))
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: sql)
        }
        try queue.close()
    }
}
