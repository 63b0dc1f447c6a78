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
                            "defaultRate": nullableString, "invoiceDetails": string,
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
            "/api/v1/imports": [
                "post": importOperation
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

    /// `POST /api/v1/imports`: the file is the body, the options are query parameters.
    private static var importOperation: Object {
        var operation = operation(
            "Imports another tool's export (owners): one transaction, refused (422, with the report) while rows "
                + "cannot be read unless skipBadRows; importing the same file again adds nothing.",
            parameters: [
                required(query("format", "string", "toggl, clockify, harvest, kimai, watson or timewarrior")),
                query("zone", "string", "the zone of the file's times; each person's when absent"),
                query("person", "string", "put every entry on this person (name or email)"),
                query(
                    "map",
                    "string",
                    "people of the file on people here: Peter Tester=Maria Lopez;ana@old.test=Ana Cruz"
                ),
                query("client", "string", "Watson/Timewarrior: every entry's client; CSV: for rows without one"),
                query("dateFormat", "string", "Clockify: MM/DD/YYYY or DD/MM/YYYY; read from the file when absent"),
                query("currency", "string", "Kimai: the currency of the amounts"),
                query("dryRun", "boolean", "true reports and writes nothing"),
                query("skipBadRows", "boolean", "true imports the good rows when some cannot be read"),
            ],
            response: ref("ImportResult")
        )
        operation["requestBody"] =
            [
                "required": true,
                "content": ["application/octet-stream": ["schema": ["type": "string", "format": "binary"]]],
            ] as Object
        // Refused for rows that cannot be read: the report itself, not a problem document.
        var responses = operation["responses"] as? Object ?? [:]
        responses["422"] =
            [
                "description": "Rows cannot be read: the report, with its problems",
                "content": ["application/json": ["schema": ref("ImportResult")]],
            ] as Object
        operation["responses"] = responses
        return operation
    }

    /// `parameter` marked as one the request must give.
    private static func required(_ parameter: Object) -> Object {
        var parameter = parameter
        parameter["required"] = true
        return parameter
    }
}
