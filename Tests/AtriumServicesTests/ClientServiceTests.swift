import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

@Suite struct ClientServiceTests {
    @Test("A client defaults to the workspace's zone and currency")
    func defaults() async throws {
        try await withFixture { fixture in
            var input = ClientInput()
            input.name = "Local Bakery"
            let client = try await fixture.services.clients.add(input, as: fixture.owner)
            #expect(client.zone.identifier == "America/Mexico_City")
            #expect(client.currency == .usd)
            #expect(client.rounding == .none)
            #expect(client.status == .active)
        }
    }

    @Test(
        "A taken name is refused, whatever its case, accents or spaces",
        arguments: ["ACME realty", "Acmé Realty", "acme  realty", " Acme Realty "]
    )
    func duplicateName(name: String) async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let taken = StoreError.conflict(
                "There is already a client named \"Acme Realty\"; names are told apart without case, accents or extra spaces."
            )
            await #expect(throws: taken) { try await fixture.client(name) }
            let bloom = try await fixture.client("Bloom & Co")
            var rename = ClientInput()
            rename.name = name
            await #expect(throws: taken) {
                try await fixture.services.clients.edit(bloom.id, with: rename, as: fixture.owner)
            }
            #expect(try await fixture.services.clients.list(includeArchived: true, as: fixture.owner).count == 2)
        }
    }

    @Test("A project name that reads as another of the same client's is refused; another client's may match")
    func duplicateProjectName() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.client("Bloom & Co")
            let projects = fixture.services.projects
            _ = try await projects.add("acme/Listings", .init(), as: fixture.owner)
            let taken = StoreError.conflict(
                "Acme Realty already has a project named \"Listings\"; names are told apart without case, accents or extra spaces."
            )
            await #expect(throws: taken) { try await projects.add("acme/Lístings", .init(), as: fixture.owner) }
            _ = try await projects.add("acme/Social", .init(), as: fixture.owner)
            await #expect(throws: taken) {
                try await projects.edit("acme/social", .init(name: "LISTINGS"), as: fixture.owner)
            }
            _ = try await projects.add("bloom/Listings", .init(), as: fixture.owner)
            #expect(try await projects.list(client: nil, includeArchived: true, as: fixture.owner).count == 3)
        }
    }

    @Test("A client may be renamed to another spelling of its own name")
    func renameItself() async throws {
        try await withFixture { fixture in
            let acme = try await fixture.client("Acme Realty")
            var rename = ClientInput()
            rename.name = "ACME Realty"
            #expect(
                try await fixture.services.clients.edit(acme.id, with: rename, as: fixture.owner).name == "ACME Realty"
            )
        }
    }

    @Test(
        "Bad fields are refused with the field named",
        arguments: [
            ("A/B", "name"), ("", "name"), ("null\u{0}byte", "name"), ("Line\nbreak", "name"), ("Tab\there", "name"),
            ("evil\u{202E}gnp.exe", "name"), ("hidden\u{2066}mark", "name"),
        ]
    )
    func badName(name: String, field: String) async throws {
        try await withFixture { fixture in
            await #expect {
                try await fixture.client(name)
            } throws: { error in
                (error as? any UserFacingError)?.field == field
            }
            let clients = try await fixture.services.clients.list(includeArchived: true, as: fixture.owner)
            #expect(clients.isEmpty)
        }
    }

    @Test("A rate change is audited with the old and new rate")
    func rateChangeAudited() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty", rate: "45")
            var input = ClientInput()
            input.rate = "50"
            let client = try await fixture.services.clients.edit("acme", with: input, as: fixture.owner)
            #expect(client.rate?.decimalString == "50.00")
            let record = try #require(try await fixture.services.audit.recent(limit: 1, as: fixture.owner).first)
            #expect(record.action == .rateChanged)
            #expect(record.before?.contains("\"rate\":\"45.00\"") == true)
            #expect(record.after?.contains("\"rate\":\"50.00\"") == true)
        }
    }

    @Test("Changing the currency without a new rate is refused; with one it is accepted")
    func currencyNeedsRate() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty", rate: "45")
            var input = ClientInput()
            input.currency = try Currency(code: "NZD")
            await #expect {
                _ = try await fixture.services.clients.edit("acme", with: input, as: fixture.owner)
            } throws: {
                let refusal = $0 as? InvalidInput
                return refusal?.field == "rate" && refusal?.neutralMessage.contains("--") == false
            }
            input.rate = "49.50"
            let client = try await fixture.services.clients.edit("acme", with: input, as: fixture.owner)
            #expect(client.rate == Money(minorUnits: 4950, currency: try Currency(code: "NZD")))
        }
    }

    @Test("Archived clients leave the list and come back when unarchived")
    func archive() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.clients.archive("acme", as: fixture.owner)
            #expect(try await fixture.services.clients.list(includeArchived: false, as: fixture.owner).isEmpty)
            var input = ClientInput()
            input.archived = false
            _ = try await fixture.services.clients.edit("acme", with: input, as: fixture.owner)
            #expect(try await fixture.services.clients.list(includeArchived: false, as: fixture.owner).count == 1)
        }
    }

    @Test("A member may not manage clients and sees only their own entries")
    func memberPermissions() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:00")
            let caller = try await fixture.member()
            await #expect(throws: ServiceError.self) { try await fixture.services.clients.archive("acme", as: caller) }
            #expect(try await fixture.services.entries.list(.all, as: caller).entries.isEmpty)
            await #expect(throws: EntryError.notFound(number: 1)) {
                _ = try await fixture.services.entries.delete(1, as: caller)
            }
            await #expect(throws: EntryError.notFound(number: 1)) {
                _ = try await fixture.services.entries.edit(1, with: EntryInput(memo: "mine now"), as: caller)
            }
            let summary = try await fixture.services.summaries.summary(.all, by: .client, as: caller)
            #expect(summary.summary.lines.isEmpty)
        }
    }
}

@Suite struct WorkspaceServiceTests {
    @Test("Only an owner may change the workspace; a bad name is refused")
    func permissionsAndValidation() async throws {
        try await withFixture { fixture in
            let caller = try await fixture.member()
            var changes = WorkspaceService.Changes()
            changes.defaultRate = "1"
            await #expect(throws: ServiceError.self) {
                _ = try await fixture.services.workspaces.edit(changes, as: caller)
            }
            changes.name = " "
            await #expect { _ = try await fixture.services.workspaces.edit(changes, as: fixture.owner) } throws: {
                ($0 as? InvalidInput)?.field == "name"
            }
            let workspace = try await fixture.store.workspace(fixture.owner.workspaceID)
            #expect(workspace.defaultRate?.decimalString == "40.00")
        }
    }

    @Test("A control or invisible character is named by its code point, in a client's or a project's name")
    func invisibleCharacters() async throws {
        try await withFixture { fixture in
            let error = await #expect(throws: InvalidInput.self) { try await fixture.client("Acme\u{202E}Realty") }
            #expect(error?.message == "a name cannot hold control or invisible characters (it has U+202E)")
            try await fixture.client("Acme Realty")
            let project = await #expect(throws: InvalidInput.self) {
                try await fixture.services.projects.add("acme/List\u{7}ings", .init(), as: fixture.owner)
            }
            #expect(project?.message == "a name cannot hold control or invisible characters (it has U+0007)")
        }
    }
}
