import AtriumCore
import AtriumServices
import Hummingbird

/// `/api/v1/workspace` and `/api/v1/team…`: the settings and team pages through the API.
struct TeamAPIRoutes {
    let app: WebApp

    func register(on api: RouterGroup<AppContext>) {
        api.get("/workspace") { _, context in
            let directory = try await app.services.workspaces.directory(for: try context.apiCaller())
            return try JSONResponse.make(APIModel.Workspace(directory.workspace))
        }
        api.patch("/workspace") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            var changes = WorkspaceService.Changes()
            changes.clearsDefaultRate = body.isNull("defaultRate")
            changes.name = try body.string("name")
            changes.baseCurrency = try FieldText.currency(body.string("baseCurrency"), field: "baseCurrency")
            changes.zone = try FieldText.zone(body.string("zone"), field: "zone")
            changes.weekStart = try FieldText.weekday(body.string("weekStart"), field: "weekStart")
            changes.defaultRate = try body.string("defaultRate")
            changes.invoiceDetails = try body.string("invoiceDetails")
            try body.finish()
            let workspace = try await Problem.renamingFields(["rate": "defaultRate"]) {
                try await app.services.workspaces.edit(changes, as: caller)
            }
            return try JSONResponse.make(APIModel.Workspace(workspace))
        }
        api.get("/team") { _, context in
            let members = try await app.services.team.members(as: try context.apiCaller())
            return try JSONResponse.make(members.map(APIModel.TeamMember.init))
        }
        api.patch("/team/{id}") { request, context in
            let caller = try context.apiCaller()
            guard let person = context.parameters.get("id").flatMap(ID<Person>.init) else {
                throw Problem(.notFound, "The person was not found.")
            }
            var body = try await JSONBody.read(request, context: context)
            let role = try FieldText.choice(body.string("role"), field: "role", what: "role") as PersonRole?
            let clientIDs = try body.strings("clientIds").map { texts in
                Set(try texts.map { try ID<Client>($0).orProblem("clientIds", "client ids") })
            }
            try body.finish()
            if let role { _ = try await app.services.team.changeRole(of: person, to: role, as: caller) }
            if let clientIDs { try await app.services.team.assign(person, to: clientIDs, as: caller) }
            let members = try await app.services.team.members(as: caller)
            guard let member = members.first(where: { $0.person.id == person }) else {
                throw Problem(.notFound, "The person was not found.")
            }
            return try JSONResponse.make(APIModel.TeamMember(member))
        }
        api.post("/team/invites") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let invite = TeamService.InviteRequest(
                name: try body.requiredString("name", example: "Sam Rivera"),
                email: try body.requiredString("email", example: "sam@example.com"),
                role: try FieldText.choice(body.string("role"), field: "role", what: "role") ?? .member,
                clientIDs: Set(
                    try (body.strings("clientIds") ?? []).map {
                        try ID<Client>($0).orProblem("clientIds", "client ids")
                    }
                )
            )
            try body.finish()
            let created = try await app.services.team.invite(invite, as: caller)
            return try JSONResponse.make(APIModel.CreatedInvite(created), status: .created)
        }
    }
}

extension APIModel {
    /// Someone in the workspace, with the clients they see.
    struct TeamMember: Encodable {
        var id: String
        var name: String
        var email: String?
        var role: String
        var hasAccess: Bool
        /// Empty for owners, who see every client.
        var clientIds: [String]

        init(_ member: TeamService.Member) {
            id = member.person.id.description
            name = member.person.name
            email = member.person.email
            role = member.person.role.rawValue
            hasAccess = member.hasAccess
            clientIds = member.clients.map(\.id.description).sorted()
        }
    }

    /// An invitation; `link` (a path on this server) works once, for 7 days, and is shown only here.
    struct CreatedInvite: Encodable {
        var name: String
        var email: String
        var role: String
        var expiresAt: String
        var link: String

        init(_ created: TeamService.Created) {
            name = created.invite.name
            email = created.invite.email
            role = created.invite.role.rawValue
            expiresAt = created.invite.expiresAt.iso8601
            link = "/invite/\(created.token)"
        }
    }
}

extension APIModel.Workspace {
    init(_ workspace: AtriumCore.Workspace) {
        self.init(
            id: workspace.id.description,
            name: workspace.name,
            baseCurrency: workspace.baseCurrency.code,
            zone: workspace.zone.identifier,
            weekStart: workspace.weekStart.rawValue,
            defaultRate: workspace.defaultRate.map(APIModel.Money.init),
            invoiceDetails: workspace.invoiceDetails
        )
    }
}
