import AtriumCore
import AtriumStore
import AtriumTestSupport
import Testing

/// An entry written over a key another entry holds is refused with what the key is, not with a
/// guess; nothing of the import stays.
@Suite struct EntryConflictTests {
    @Test(
        "A repeated running timer, entry number or id is named, in a restore as an entry of the document",
        arguments: [
            (
                "second running timer",
                [Shape(number: 0, sharedID: false, running: true), Shape(number: 0, sharedID: false, running: true)],
                "A timer is already running for this person."
            ),
            (
                "repeated number of restored entries",
                [Shape(number: 5, sharedID: false, running: false), Shape(number: 5, sharedID: false, running: false)],
                "Entry #5 repeats the number or a key of an earlier entry of the document."
            ),
            (
                "repeated id of restored entries",
                [Shape(number: 7, sharedID: true, running: false), Shape(number: 8, sharedID: true, running: false)],
                "Entry #8 has the id \(Shape.sharedID) of an earlier entry of the document."
            ),
            (
                "repeated id",
                [Shape(number: 0, sharedID: true, running: false), Shape(number: 0, sharedID: true, running: false)],
                "An entry with the id \(Shape.sharedID) is already there."
            ),
        ]
    )
    func repeatedKeyIsNamed(case name: String, shapes: [Shape], message: String) async throws {
        try await withFixture { fixture in
            let acme = try await fixture.client("Acme Realty")
            let workspace = fixture.owner.workspaceID
            let now = fixture.clock.now
            let entries = shapes.enumerated().map { index, shape in
                TimeEntry(
                    id: shape.sharedID ? Shape.sharedID : ID(),
                    workspaceID: workspace,
                    number: shape.number,
                    personID: fixture.owner.personID,
                    clientID: acme.id,
                    start: now.adding(seconds: -7200 + 600 * Int64(index)),
                    end: shape.running ? nil : now.adding(seconds: -3600),
                    source: .import,
                    createdAt: now
                )
            }
            await #expect(throws: StoreError.conflict(message)) {
                let _: Int = try await fixture.store.importEntries(
                    into: workspace,
                    stamp: AuditStamp(actorID: fixture.owner.personID, at: now)
                ) { writes in
                    for entry in entries { _ = try writes.addEntry(entry) }
                    return .commit(entries.count)
                }
            }
            #expect(try await fixture.store.entries(in: workspace, matching: EntryQuery()).isEmpty, "\(name)")
        }
    }

    /// How each entry of a case is made.
    struct Shape: Sendable {
        static let sharedID = ID<TimeEntry>()
        var number: Int
        var sharedID: Bool
        var running: Bool
    }
}
