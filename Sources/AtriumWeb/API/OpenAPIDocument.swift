import Foundation

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. A test compares
/// its paths with the router's, both ways.
enum OpenAPIDocument {
    /// The document as JSON text, built once.
    static let json: String = {
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()

    typealias Object = [String: Any]

    static var document: Object {
        [
            "openapi": "3.1.0",
            "info": [
                "title": "Atrium API", "version": "1",
                "description":
                    "Clients, projects, tasks, time entries, the timer, summaries, meetings, blocks and working hours of one Atrium workspace. "
                    + "Authenticate with a bearer API token (created in Settings or with `atrium token create`). "
                    + "Instants are ISO 8601 UTC; money is {amountMinor, currency}; errors are RFC 9457 problem documents. "
                    + "Money is the owner's: a member's token gets hours without rates or amounts (those members are left out).",
            ] as Object,
            "servers": [["url": "/"]],
            "security": [["bearer": [String]()]],
            "paths": paths,
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                "schemas": schemas,
                "responses": [
                    "Problem": [
                        "description":
                            "The request was refused; `detail` says why and `field` names the field at fault.",
                        "content": ["application/problem+json": ["schema": ref("Problem")]],
                    ] as Object
                ],
            ] as Object,
        ]
    }

    private static var paths: Object {
        let id: Object = ["name": "id", "in": "path", "required": true, "schema": ["type": "string"]]
        let page: [Object] = [
            query("limit", "integer", "Items per page, 1–5000 (default 100)."),
            query("cursor", "string", "The nextCursor of the previous page."),
        ]
        let period: [Object] = [
            query("from", "string", "First day (inclusive, YYYY-MM-DD, in your zone); with to. Default: this week."),
            query("to", "string", "Last day (inclusive, YYYY-MM-DD)."),
        ]
        return [
            "/api/v1/openapi.json": [
                "get": operation("This document.", response: ["type": "object"], security: false)
            ],
            "/api/v1/me": [
                "get": operation("You and your workspace.", response: ref("Me")),
                "patch": operation(
                    "Changes your name, zone or language.",
                    body: input(["name": string, "zone": string, "language": string], required: []),
                    response: ref("Me")
                ),
            ],
            "/api/v1/clients": [
                "get": operation(
                    "Clients by name; archived ones with archived=true.",
                    parameters: page + [query("archived", "boolean", "Include archived clients.")],
                    response: pageOf("Client")
                ),
                "post": operation(
                    "Adds a client (owners).",
                    body: ref("NewClient"),
                    response: ref("Client"),
                    status: "201"
                ),
            ],
            "/api/v1/clients/{id}": [
                "get": operation("One client.", parameters: [id], response: ref("Client")),
                "patch": operation(
                    "Changes a client (owners); rate and rounding changes are audited.",
                    parameters: [id],
                    body: ref("ClientChange"),
                    response: ref("Client")
                ),
            ],
            "/api/v1/projects": [
                "get": operation("Projects by name.", parameters: page, response: pageOf("Project")),
                "post": operation(
                    "Adds a project to a client (owners).",
                    body: input(["clientId": string, "name": string, "rate": string], required: ["clientId", "name"]),
                    response: ref("Project"),
                    status: "201"
                ),
            ],
            "/api/v1/exchange-rates": [
                "get": operation(
                    "The workspace's exchange rates into its base currency, by currency then date (owners).",
                    parameters: page + [query("currency", "string", "Only this currency's rates, e.g. AUD.")],
                    response: pageOf("ExchangeRate")
                ),
                "post": operation(
                    "Records what one unit of a currency is worth in the base currency on a day (default today); a second rate of a day replaces the first (owners).",
                    body: input(["currency": string, "rate": string, "date": string], required: ["currency", "rate"]),
                    response: ref("ExchangeRate"),
                    status: "201"
                ),
            ],
            "/api/v1/tasks": [
                "get": operation(
                    "Clients' tasks by name (members: their clients', without rates); archived ones with archived=true.",
                    parameters: page + [
                        query("clientId", "string", "Only this client's tasks."),
                        query("archived", "boolean", "Include archived tasks."),
                    ],
                    response: pageOf("Task")
                ),
                "post": operation(
                    "Adds a task to a client, optionally in one of its projects (owners).",
                    body: input(
                        ["clientId": string, "projectId": string, "name": string, "rate": string],
                        required: ["clientId", "name"]
                    ),
                    response: ref("Task"),
                    status: "201"
                ),
            ],
            "/api/v1/tasks/{id}": [
                "patch": operation(
                    "Renames a task, changes its rate (audited; null removes it) or archives it (owners).",
                    parameters: [id],
                    body: input(["name": string, "rate": nullableString, "archived": boolean], required: []),
                    response: ref("Task")
                )
            ],
            "/api/v1/time-entries": [
                "get": operation(
                    "Entries starting in the period, oldest first (members: their own).",
                    parameters: period + page + [
                        query("clientId", "string", "Only this client's entries."),
                        query("projectId", "string", "Only this project's entries."),
                        query("personId", "string", "Only this person's entries."),
                        query("tag", "string", "Only entries with this tag, e.g. writing."),
                    ],
                    response: pageOf("TimeEntry")
                ),
                "post": operation(
                    "Records finished work; refused when it overlaps another entry unless allowOverlap.",
                    body: ref("NewTimeEntry"),
                    response: ref("TimeEntry"),
                    status: "201"
                ),
            ],
            "/api/v1/time-entries/{id}": [
                "get": operation("One entry by its number.", parameters: [id], response: ref("TimeEntry")),
                "patch": operation(
                    "Changes an entry (audited).",
                    parameters: [id],
                    body: ref("TimeEntryChange"),
                    response: ref("TimeEntry")
                ),
                "delete": operation("Deletes an entry (kept in the audit trail).", parameters: [id], status: "204"),
            ],
            "/api/v1/timer": ["get": operation("Your running timer, if any.", response: ref("Timer"))],
            "/api/v1/timer/start": [
                "post": operation(
                    "Starts a timer; a running one is stopped first.",
                    body: ref("TimerStart"),
                    response: ref("TimerOutcome"),
                    status: "201"
                )
            ],
            "/api/v1/timer/stop": [
                "post": operation("Stops your running timer.", body: ref("TimerStop"), response: ref("TimerOutcome"))
            ],
            "/api/v1/summary": [
                "get": operation(
                    "Hours and amounts per client or project, totals per currency (hours only for a member).",
                    parameters: period + [query("by", "string", "client (default), project, person, tag or day.")],
                    response: ref("Summary")
                )
            ],
            "/api/v1/tokens": [
                "get": operation("Your API tokens.", response: pageOf("Token")),
                "post": operation(
                    "Creates a token; its secret is in this response only.",
                    body: [
                        "type": "object", "required": ["name"], "additionalProperties": false,
                        "properties": ["name": string],
                    ] as Object,
                    response: ref("CreatedToken"),
                    status: "201"
                ),
            ],
            "/api/v1/tokens/{id}": [
                "delete": operation("Revokes one of your tokens.", parameters: [id], status: "204")
            ],
        ].merging(schedulePaths(id: id)) { first, _ in first }.merging(teamPaths(id: id)) { first, _ in first }
            .merging(invoicePaths()) { first, _ in first }
    }

    static var string: Object { ["type": "string"] }
    static var nullableString: Object { ["type": ["string", "null"]] }
    static var boolean: Object { ["type": "boolean"] }
    static var stringArray: Object { ["type": "array", "items": string] }

    private static var schemas: Object {
        let money: Object = [
            "type": "object", "required": ["amountMinor", "currency"],
            "properties": ["amountMinor": ["type": "integer"], "currency": string],
        ]
        let nullableMoney: Object = ["oneOf": [ref("Money"), ["type": "null"]]]
        let entryFields: Object = [
            "clientId": string, "projectId": nullableString, "taskId": nullableString, "memo": string,
            "tags": stringArray, "billable": boolean, "start": string, "end": nullableString, "allowOverlap": boolean,
        ]
        return [
            "Money": money,
            "Problem": object([
                "type": string, "title": string, "status": ["type": "integer"], "detail": string,
                "field": nullableString, "instance": string,
            ]),
            "Me": object([
                "id": string, "name": string, "email": nullableString, "role": string, "zone": string,
                "language": string,
                "workspace": object([
                    "id": string, "name": string, "baseCurrency": string, "zone": string, "weekStart": string,
                    "defaultRate": nullableMoney, "invoiceDetails": string,
                ]),
            ]),
            "Client": object([
                "id": string, "name": string, "zone": string, "language": string, "currency": string,
                "rate": nullableMoney, "rounding": string, "roundingScope": string, "timeLines": string,
                "status": string, "archived": boolean,
            ]),
            "ClientChange": input(
                [
                    "name": string, "zone": string, "currency": string, "rate": nullableString, "rounding": string,
                    "roundingScope": string, "timeLines": string, "language": string, "archived": boolean,
                ],
                required: []
            ),
            "NewClient": input(
                [
                    "name": string, "zone": string, "currency": string, "rate": string, "rounding": string,
                    "roundingScope": string, "timeLines": string, "language": string,
                ],
                required: ["name"]
            ),
            "Project": object([
                "id": string, "clientId": string, "name": string, "rate": nullableMoney,
                "budgetHours": nullableString, "archived": boolean,
            ]),
            "Task": object([
                "id": string, "clientId": string, "projectId": nullableString, "name": string, "rate": nullableMoney,
                "archived": boolean,
            ]),
            "TimeEntry": object([
                "id": ["type": "integer"], "personId": string, "clientId": string, "projectId": nullableString,
                "taskId": nullableString, "start": string, "end": nullableString,
                "durationSeconds": ["type": "integer"], "memo": string,
                "tags": stringArray, "billable": boolean, "source": string,
            ]),
            "NewTimeEntry": input(entryFields, required: ["clientId", "start", "end"]),
            // Only what is sent changes; `projectId: null` takes the entry off its project (`taskId: null`
            // off its task), and a finished entry keeps its end.
            "TimeEntryChange": input(entryFields.merging(["end": string]) { $1 }, required: []),
            "Timer": object(["running": ["oneOf": [ref("TimeEntry"), ["type": "null"]]]]),
            "TimerStart": input(
                [
                    "clientId": string, "projectId": string, "taskId": string, "memo": string, "tags": stringArray,
                    "billable": boolean, "at": string,
                ],
                required: ["clientId"]
            ),
            "TimerStop": input(["at": string, "memo": string], required: []),
            "TimerOutcome": object([
                "started": ["oneOf": [ref("TimeEntry"), ["type": "null"]]],
                "stopped": ["oneOf": [ref("TimeEntry"), ["type": "null"]]],
                "notes": stringArray,
            ]),
            "Summary": object([
                "from": nullableString, "to": nullableString, "by": string,
                "lines": [
                    "type": "array",
                    "items": object([
                        "clientId": string, "client": string, "projectId": nullableString, "project": string,
                        "currency": string, "rawHours": string, "billableHours": string, "amount": nullableMoney,
                        "personId": nullableString, "person": nullableString, "group": nullableString,
                    ]),
                ] as Object,
                "totals": [
                    "type": "array",
                    "items": object([
                        "currency": string, "rawHours": string, "billableHours": string, "amount": ref("Money"),
                    ]),
                ] as Object,
                "inBase": [
                    "description":
                        "The totals added up in the base currency at the latest rate on or before date; absent when all are in it. Amounts without a rate are listed in unconverted and left out.",
                    "oneOf": [
                        object([
                            "amount": ref("Money"), "date": string,
                            "rates": ["type": "array", "items": ref("ExchangeRate")] as Object,
                            "unconverted": ["type": "array", "items": ref("Money")] as Object,
                        ]),
                        ["type": "null"],
                    ],
                ] as Object,
            ]),
            "ExchangeRate": object(["currency": string, "base": string, "date": string, "rate": string]),
            "Token": object([
                "id": string, "name": string, "prefix": string, "createdAt": string, "lastUsedAt": nullableString,
                "revokedAt": nullableString,
            ]),
            "CreatedToken": object(["token": ref("Token"), "secret": string]),
        ].merging(scheduleSchemas) { first, _ in first }.merging(invoiceSchemas) { first, _ in first }
    }

    static func ref(_ name: String) -> Object { ["$ref": "#/components/schemas/\(name)"] }

    static func object(_ properties: Object) -> Object {
        ["type": "object", "properties": properties]
    }

    /// A request body: unknown fields are refused.
    static func input(_ properties: Object, required: [String]) -> Object {
        ["type": "object", "properties": properties, "required": required, "additionalProperties": false]
    }

    static func pageOf(_ name: String) -> Object {
        object(["items": ["type": "array", "items": ref(name)] as Object, "nextCursor": nullableString])
    }

    static func query(_ name: String, _ type: String, _ description: String) -> Object {
        ["name": name, "in": "query", "required": false, "schema": ["type": type], "description": description]
    }

    static func operation(
        _ summary: String,
        parameters: [Object] = [],
        body: Object? = nil,
        response: Object? = nil,
        status: String = "200",
        security: Bool = true
    ) -> Object {
        var responses: Object = [
            status: response.map { ["description": "OK", "content": ["application/json": ["schema": $0]]] as Object }
                ?? ["description": "Done"],
            "4XX": ["$ref": "#/components/responses/Problem"],
        ]
        if !security { responses["4XX"] = nil }
        var operation: Object = ["summary": summary, "responses": responses]
        if !parameters.isEmpty { operation["parameters"] = parameters }
        if let body {
            operation["requestBody"] =
                [
                    "required": true, "content": ["application/json": ["schema": body]],
                ] as Object
        }
        if !security { operation["security"] = [Object]() }
        return operation
    }
}
