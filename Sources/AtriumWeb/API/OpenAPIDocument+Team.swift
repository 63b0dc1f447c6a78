/// The OpenAPI paths of workspace settings, the team and retainers.
extension OpenAPIDocument {
    /// Workspace settings and the team (owners change them).
    static func teamPaths(id: Object) -> Object {
        [
            "/api/v1/workspace": [
                "get": operation("The workspace's settings.", response: ref("Workspace")),
                "patch": operation(
                    "Changes the workspace (owners); defaultRate null removes it; a default-rate change is audited.",
                    body: input(
                        [
                            "name": string, "baseCurrency": string, "zone": string, "weekStart": string,
                            "defaultRate": nullableString,
                        ],
                        required: []
                    ),
                    response: ref("Workspace")
                ),
            ],
            "/api/v1/team": [
                "get": operation(
                    "The workspace's people and the clients each sees (owners).",
                    response: arrayOf("TeamMember")
                )
            ],
            "/api/v1/team/{id}": [
                "patch": operation(
                    "Changes someone's role or the clients they see (owners; not your own role).",
                    parameters: [id],
                    body: input(["role": string, "clientIds": stringArray], required: []),
                    response: ref("TeamMember")
                )
            ],
            "/api/v1/clients/{id}/retainer": [
                "get": operation(
                    "The client's retainer and its current period.",
                    parameters: [id],
                    response: ref("Retainer")
                ),
                "put": operation(
                    "Sets or replaces the client's retainer (owners); amounts in the client's currency.",
                    parameters: [id],
                    body: input(
                        [
                            "monthly": string, "hours": string, "rollover": string,
                            "rolloverPeriods": ["type": "integer"],
                            "overageRate": string, "startDay": ["type": "integer"], "currency": string, "from": string,
                        ],
                        required: ["monthly", "hours"]
                    ),
                    response: ref("Retainer")
                ),
                "delete": operation("Removes the client's retainer (owners).", parameters: [id], status: "204"),
            ],
            "/api/v1/team/invites": [
                "post": operation(
                    "Invites someone; the link in the response works once, for 7 days (owners).",
                    body: input(
                        ["name": string, "email": string, "role": string, "clientIds": stringArray],
                        required: ["name", "email"]
                    ),
                    response: ref("CreatedInvite"),
                    status: "201"
                )
            ],
        ]
    }

}
