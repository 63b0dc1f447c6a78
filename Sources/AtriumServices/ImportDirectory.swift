import AtriumCore
import AtriumDocuments
import AtriumStore

/// The people, clients, projects and tasks an import matches rows to by name, creating those it does
/// not find inside the import's transaction. Names are matched as they are told apart everywhere
/// (case, accents and extra spaces aside, ``NameLookup/nameKey(_:)``): `Jose  garcia` in a file is
/// José García here. Emails are matched without case.
final class ImportDirectory {
    private let writer: any EntryImport
    private let caller: Caller
    private let at: Instant
    private var peopleByEmail: [String: Person] = [:]
    /// People by the name key of their name; more than one where names read alike (an earlier
    /// import may have made a second).
    private var peopleByName: [String: [Person]] = [:]
    private var clientsByName: [String: Client] = [:]
    private var projectsByKey: [NameInClient: Project] = [:]
    private var tasksByKey: [NameInClient: WorkTask] = [:]
    private var nameKeys: [String: String] = [:]
    /// The tasks this import made, which it may take out of their project.
    private var madeTasks: Set<ID<WorkTask>> = []
    private var knownTags: Set<String>
    private(set) var newPeople: [String] = []
    private(set) var newClients: [String] = []
    private(set) var newProjects: [String] = []
    private(set) var newTasks: [String] = []
    private(set) var newTags: [String] = []
    /// Who rows without a person belong to, and the zone new people get.
    let me: Person
    /// People of the file put on people of the workspace, by the name key of their name or email.
    private var mapped: [String: Person] = [:]
    /// The names (or emails) of the file the person map names, until a row names them.
    private var unmatchedMappings: [String: String] = [:]
    /// The person map's names (or emails) that no row of the file named, as the map gives them.
    var unusedMappings: [String] { unmatchedMappings.values.sorted() }

    init(_ writer: any EntryImport, caller: Caller, at: Instant, personMap: [String: String] = [:]) throws {
        self.writer = writer
        self.caller = caller
        self.at = at
        knownTags = writer.tagNames
        guard let me = writer.people.first(where: { $0.id == caller.personID }) else {
            throw StoreError.notFound("The person")
        }
        self.me = me
        for person in writer.people {
            if let email = person.email, peopleByEmail[email.lowercased()] == nil {
                peopleByEmail[email.lowercased()] = person
            }
            peopleByName[nameKey(person.name), default: []].append(person)
        }
        for client in writer.clients { clientsByName[nameKey(client.name)] = client }
        for project in writer.projects { projectsByKey[key(project.clientID, project.name)] = project }
        for task in writer.tasks { tasksByKey[key(task.clientID, task.name)] = task }
        for (from, to) in personMap {
            unmatchedMappings[nameKey(from)] = from
            do { mapped[nameKey(from)] = try existingPerson(to) } catch let refused as InvalidInput {
                throw InvalidInput("\(from)=\(to): " + refused.message, field: "map")
            }
        }
    }

    /// The person `named`: matched by email, then by name; created as a member when not found.
    ///
    /// - Throws: ``InvalidInput`` when a name to create is not one Atrium takes (see ``NameCharacters``),
    ///   as ``client(_:currency:)`` and ``project(_:of:)`` do.
    func person(_ named: ImportedPerson?) throws -> Person {
        guard let named else { return me }
        if !mapped.isEmpty, let found = mappedPerson(named) { return found }
        if let email = named.email?.lowercased(), let found = peopleByEmail[email] { return found }
        if let found = person(named: named.name) { return found }
        try NameCharacters.requireName(named.name, of: "person")
        let person = Person(
            workspaceID: caller.workspaceID,
            name: named.name,
            email: named.email,
            role: .member,
            zone: me.zone,
            language: me.language,
            createdAt: at
        )
        try writer.addPerson(person)
        if let email = person.email { peopleByEmail[email.lowercased()] = person }
        peopleByName[nameKey(person.name), default: []].append(person)
        newPeople.append(person.name)
        return person
    }

    /// The person named `name`, as names are told apart; of people whose names read alike, the one
    /// written the same but for case, else the first made.
    private func person(named name: String) -> Person? {
        guard let alike = peopleByName[nameKey(name)] else { return nil }
        guard alike.count > 1 else { return alike.first }
        let lowered = name.lowercased()
        return alike.first { $0.name.lowercased() == lowered } ?? alike.first
    }

    /// The person the person map puts `named` on, by name or email; the mapping is then used.
    private func mappedPerson(_ named: ImportedPerson) -> Person? {
        let keys = [nameKey(named.name)] + (named.email.map { [nameKey($0)] } ?? [])
        guard let key = keys.first(where: { mapped[$0] != nil }) else { return nil }
        unmatchedMappings[key] = nil
        return mapped[key]
    }

    /// The person a `--person` option names, by name or email; never created.
    ///
    /// - Throws: ``InvalidInput`` on `person` when no one in the workspace has that name or email.
    func existingPerson(_ text: String) throws -> Person {
        let text = text.trimmingWhitespace()
        if let found = peopleByEmail[text.lowercased()] ?? person(named: text) { return found }
        let names = writer.people.map(\.name).sorted().joined(separator: ", ")
        throw InvalidInput("no one in this workspace is named \"\(text)\" (people: \(names))", field: "person")
    }

    /// The client `name`: matched, or created in `currency` (else the workspace's) and the workspace's zone.
    func client(_ name: String, currency: Currency?) throws -> Client {
        if let found = clientsByName[nameKey(name)] { return found }
        try Client.validateName(name)
        let client = Client(
            workspaceID: caller.workspaceID,
            name: name,
            zone: writer.workspace.zone,
            language: me.language,
            currency: currency ?? writer.workspace.baseCurrency,
            createdAt: at
        )
        try writer.addClient(client)
        clientsByName[nameKey(name)] = client
        newClients.append(name)
        return client
    }

    /// The project `name` of `client`: matched, or created.
    func project(_ name: String, of client: Client) throws -> Project {
        let key = key(client.id, name)
        if let found = projectsByKey[key] { return found }
        try NameCharacters.requireName(name, of: "project")
        let project = Project(workspaceID: caller.workspaceID, clientID: client.id, name: name, createdAt: at)
        try writer.addProject(project)
        projectsByKey[key] = project
        newProjects.append("\(client.name)/\(name)")
        return project
    }

    /// The task `name` of `client` for an entry in `project`: matched, or created in that project.
    ///
    /// Other tools name tasks per project, Atrium per client: when a task this import made in one
    /// project comes again in another, it is taken out of its project so that both entries can be on
    /// it.
    ///
    /// - Throws: ``TaskKeptInMemo`` when the workspace already had a task of that name in another
    ///   project, or the name is not one a task can have: the caller keeps the name in the memo.
    func task(_ name: String, of client: Client, in project: Project?) throws -> WorkTask {
        let key = key(client.id, name)
        if var found = tasksByKey[key] {
            guard let home = found.projectID, let project, home != project.id else { return found }
            guard madeTasks.contains(found.id) else {
                let homeName = projectsByKey.values.first { $0.id == home }?.name ?? "another project"
                throw TaskKeptInMemo(reason: "\(client.name) has a task of that name in \(homeName)")
            }
            try writer.releaseTaskFromProject(found.id)
            found.projectID = nil
            tasksByKey[key] = found
            return found
        }
        let task = WorkTask(
            workspaceID: caller.workspaceID,
            clientID: client.id,
            projectID: project?.id,
            name: name,
            createdAt: at
        )
        do {
            try task.validate(for: client)
        } catch {
            throw TaskKeptInMemo(reason: error.message)
        }
        try writer.addTask(task)
        tasksByKey[key] = task
        madeTasks.insert(task.id)
        newTasks.append("\(client.name)/\(name)")
        return task
    }

    /// Notes a tag as used, for the report of new ones.
    func use(_ tag: TagName) {
        if knownTags.insert(tag.name).inserted { newTags.append(tag.name) }
    }

    private func key(_ client: ID<Client>, _ name: String) -> NameInClient {
        NameInClient(client: client, name: nameKey(name))
    }

    /// A project's or task's name key within its client.
    private struct NameInClient: Hashable {
        let client: ID<Client>
        let name: String
    }

    /// ``NameLookup/nameKey(_:)`` of `name`, worked out once per spelling: a file repeats its names
    /// on every row.
    private func nameKey(_ name: String) -> String {
        if let known = nameKeys[name] { return known }
        let key = NameLookup.nameKey(name)
        nameKeys[name] = key
        return key
    }
}

/// Why an imported row's task stays a word of its memo instead of a task.
struct TaskKeptInMemo: Error {
    let reason: String
}
