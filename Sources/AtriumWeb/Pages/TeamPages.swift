import AtriumCore
import AtriumServices
import Hummingbird

/// The owner's team page (invitations, client assignments) and accepting an invitation.
struct TeamPages {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/team") { _, context in try await page(try context.signedInBrowser(), notice: nil) }
        router.post("/team/invites") { request, context in try await invite(request, context) }
        router.post("/team/{person}/clients") { request, context in try await assign(request, context) }
        router.post("/team/{person}/remove") { request, context in
            let signed = try context.signedInBrowser()
            try signed.requireCSRF(in: try await FormData.read(request, context: context))
            guard let person = context.parameters.get("person").flatMap(ID<Person>.init) else {
                throw Problem(.notFound, "The person was not found.")
            }
            try await app.services.team.removeAccess(of: person, as: signed.caller)
            return try await page(signed, notice: "Access removed; their entries stay.")
        }
        router.post("/team/{person}/role") { request, context in
            let signed = try context.signedInBrowser()
            let form = try await FormData.read(request, context: context)
            try signed.requireCSRF(in: form)
            guard let person = context.parameters.get("person").flatMap(ID<Person>.init) else {
                throw Problem(.notFound, "The person was not found.")
            }
            let role = try FieldText.choice(form.text("role"), field: "role", what: "role") ?? PersonRole.member
            let changed = try await app.services.team.changeRole(of: person, to: role, as: signed.caller)
            return try await page(signed, notice: "\(changed.name) is now \(role == .owner ? "an owner" : "a member").")
        }
        router.post("/team/invites/{hash}/revoke") { request, context in
            let signed = try context.signedInBrowser()
            try signed.requireCSRF(in: try await FormData.read(request, context: context))
            try await app.services.team.revokeInvite(
                tokenHash: try context.parameters.require("hash"),
                as: signed.caller
            )
            return try await page(signed, notice: "Invitation withdrawn.")
        }
        router.get("/invite/{token}") { request, context in try await showInvite(request, context) }
        router.post("/invite/{token}") { request, context in try await acceptInvite(request, context) }
    }

    private func invite(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        do {
            let role = try PersonRole.parse(form["role"] ?? "member", what: "role")
            let created = try await app.services.team.invite(
                TeamService.InviteRequest(
                    name: form["name"] ?? "",
                    email: form["email"] ?? "",
                    role: role,
                    clientIDs: Self.checkedClients(form)
                ),
                as: signed.caller
            )
            let host = request.head.authority ?? "\(app.configuration.host):\(app.configuration.port)"
            let scheme = app.configuration.secureCookies ? "https" : "http"
            return try await page(
                signed,
                notice: "Invitation for \(created.invite.name) created.",
                link: (created.invite.name, "\(scheme)://\(host)/invite/\(created.token)")
            )
        } catch let error as any UserFacingError {
            return try await page(signed, notice: nil, form: form, error: error)
        }
    }

    private func assign(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        guard let person = context.parameters.get("person").flatMap(ID<Person>.init) else {
            throw Problem(.notFound, "The person was not found.")
        }
        try await app.services.team.assign(person, to: Self.checkedClients(form), as: signed.caller)
        return try await page(signed, notice: "Clients saved.")
    }

    private func page(
        _ signed: Signed,
        notice: String?,
        link: (name: String, url: String)? = nil,
        form: FormData = FormData(),
        error: (any UserFacingError)? = nil
    ) async throws -> Response {
        let members = try await app.services.team.members(as: signed.caller)
        let invites = try await app.services.team.openInvites(as: signed.caller)
        let clients = try await app.services.clients.list(includeArchived: false, as: signed.caller)
        let directory = try await app.services.workspaces.directory(for: signed.caller)
        let csrf = signed.session?.csrfToken ?? ""
        let fields = FormValues(
            fields: [
                FieldView(name: "name", label: "Name", value: form["name"] ?? "", required: true),
                FieldView(name: "email", label: "Email", type: "email", value: form["email"] ?? "", required: true),
            ],
            error: error,
            csrf: csrf
        )
        let values = TeamValues(
            csrf: csrf,
            people: members.map { member in
                let seen = Set(member.clients.map(\.id))
                return TeamValues.PersonRow(
                    id: member.person.id.description,
                    name: member.person.name,
                    email: member.person.email ?? "",
                    role: member.person.role.rawValue,
                    isOwner: member.person.role == .owner,
                    hasAccess: member.hasAccess,
                    canRemove: member.hasAccess && member.person.id != signed.caller.personID,
                    canChangeRole: member.person.id != signed.caller.personID,
                    otherRole: member.person.role == .owner ? "member" : "owner",
                    csrf: csrf,
                    clients: clients.map { .init(id: $0.id.description, name: $0.name, checked: seen.contains($0.id)) }
                )
            },
            link: link?.url,
            linkName: link?.name,
            fields: fields.fields,
            formError: fields.formError,
            inviteClients: clients.map { .init(id: $0.id.description, name: $0.name, checked: false) },
            invites: invites.map { invite in
                TeamValues.InviteRow(
                    hash: invite.tokenHash,
                    csrf: csrf,
                    name: invite.name,
                    email: invite.email,
                    role: invite.role.rawValue,
                    expires: directory.person.zone.localDateTime(at: invite.expiresAt).description
                )
            },
            hasInvites: !invites.isEmpty
        )
        return app.pages.page(
            "team",
            title: "Team",
            values: values,
            chrome: try await app.chrome(signed, section: "team", notice: notice),
            status: Problem.formStatus(error) ?? .ok
        )
    }

    // MARK: Accepting

    private func showInvite(_ request: Request, _ context: AppContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let invite = try await app.services.accounts.invite(token: token)
        return try await PreSessionForm.show(request, configuration: app.configuration) { csrf in
            try await invitePage(invite, token: token, csrf: csrf, form: FormData(), error: nil)
        }
    }

    private func acceptInvite(_ request: Request, _ context: AppContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let (form, csrf) = try await PreSessionForm.read(request, context: context)
        let invite = try await app.services.accounts.invite(token: token)
        do {
            let zone = try FieldText.zone(form.text("zone"), field: "zone")
            let signedIn = try await app.services.accounts.acceptInvite(
                token: token,
                password: form["password"] ?? "",
                zone: zone
            )
            var response = PageRenderer.redirect(to: "/")
            response.setCookie(SessionCookie.session(signedIn.token, configuration: app.configuration))
            return response
        } catch let error as any UserFacingError {
            return try await invitePage(invite, token: token, csrf: csrf, form: form, error: error)
        }
    }

    private func invitePage(
        _ invite: Invite,
        token: String,
        csrf: String,
        form: FormData,
        error: (any UserFacingError)?
    )
        async throws -> Response
    {
        let workspace = try await app.services.workspaces.workspaceName(invite.workspaceID)
        let fields = FormValues(
            fields: [
                FieldView(
                    name: "password",
                    label: "Password",
                    type: "password",
                    required: true,
                    autocomplete: "new-password",
                    hint: "At least 8 characters"
                ),
                FieldView(
                    name: "zone",
                    label: "Your time zone",
                    value: form["zone"] ?? "",
                    hint: "IANA name, e.g. Europe/London; the workspace's when empty"
                ),
            ],
            error: error,
            csrf: csrf
        )
        let values: [String: Any] = [
            "workspaceName": workspace, "name": invite.name, "email": invite.email, "token": token, "csrf": csrf,
            "fields": fields.fields, "formError": fields.formError as Any,
        ]
        return app.pages.page(
            "invite",
            title: "Join \(workspace)",
            values: values,
            chrome: .signedOut(),
            status: Problem.formStatus(error) ?? .ok
        )
    }

    /// The client ids of the checked `client_<id>` boxes.
    private static func checkedClients(_ form: FormData) -> Set<ID<Client>> {
        Set(
            form.fields.keys.compactMap { name in
                guard name.hasPrefix("client_"), form[name] == "on" else { return nil }
                return ID<Client>(String(name.dropFirst("client_".count)))
            }
        )
    }
}

/// What the team template shows.
private struct TeamValues {
    struct ClientBox {
        var id: String
        var name: String
        var checked: Bool
    }

    struct PersonRow {
        var id: String
        var name: String
        var email: String
        var role: String
        var isOwner: Bool
        var hasAccess: Bool
        var canRemove: Bool
        /// Not for oneself: another owner changes an owner's role, so one always remains.
        var canChangeRole: Bool
        var otherRole: String
        var csrf: String
        var clients: [ClientBox]
    }

    struct InviteRow {
        /// The SHA-256 of the link's token (not the token): names the invitation in forms.
        var hash: String
        var csrf: String
        var name: String
        var email: String
        var role: String
        var expires: String
    }

    var csrf: String
    var people: [PersonRow]
    var link: String?
    var linkName: String?
    var fields: [FieldView]
    var formError: String?
    var inviteClients: [ClientBox]
    var invites: [InviteRow]
    var hasInvites: Bool
}
