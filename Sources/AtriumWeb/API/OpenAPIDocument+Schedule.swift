/// The OpenAPI paths and schemas of meetings, blocks, the world clock, the overlap finder, the
/// workspace, the team and retainers (the routes added after the first API).
extension OpenAPIDocument {
    /// Meetings, blocks, the world clock and the overlap finder.
    static func schedulePaths(id: Object) -> Object {
        let window: [Object] = [
            query("from", "string", "First day (inclusive, YYYY-MM-DD, on your clock)."),
            query("to", "string", "Last day (inclusive, YYYY-MM-DD)."),
        ]
        return [
            "/api/v1/schedule": [
                "get": operation("Your meetings and blocks with their rules.", response: arrayOf("ScheduleItem")),
                "post": operation(
                    "Adds a meeting or block. Rules as on the command line: every week|2 weeks|month|day|weekday, "
                        + "on Tue,Thu | 15 | 2nd Tue | last Fri; zone client|me|utc.",
                    body: ref("NewScheduleItem"),
                    response: ref("ScheduleItem"),
                    status: "201"
                ),
            ],
            "/api/v1/schedule/{id}": [
                "delete": operation(
                    "Removes a meeting or block with all its occurrences.",
                    parameters: [id],
                    status: "204"
                )
            ],
            "/api/v1/schedule/occurrences": [
                "get": operation(
                    "Occurrences in a window, on your clock and the item's; movedMinutes when a clock change moved one.",
                    parameters: window,
                    response: arrayOf("Occurrence")
                )
            ],
            "/api/v1/clock": [
                "get": operation(
                    "Your and your clients' local time now and whether each is working.",
                    response: ref("WorldClock")
                )
            ],
            "/api/v1/overlap": [
                "get": operation(
                    "Slots inside every named client's working hours (and yours).",
                    parameters: window + [
                        query("clients", "string", "Client names, comma-separated."),
                        query("min", "string", "Shortest slot, e.g. 45m (default 30m)."),
                        query("ignoreMyHours", "boolean", "Do not limit slots to your own hours."),
                    ],
                    response: ref("Overlap")
                )
            ],
        ]
    }

    static var scheduleSchemas: Object {
        let integer: Object = ["type": "integer"]
        let nullableInteger: Object = ["type": ["integer", "null"]]
        let face = object([
            "name": string, "clientId": nullableString, "zone": string, "localTime": string, "offset": string,
            "hours": string, "status": string, "changesAt": nullableString,
        ])
        return [
            "ScheduleItem": object([
                "id": string, "kind": string, "title": string, "clientId": nullableString, "client": nullableString,
                "anchor": string, "zone": string, "startDate": string, "startTime": string, "durationMinutes": integer,
                "rule": nullableString, "exceptions": stringArray, "description": string,
            ]),
            "NewScheduleItem": input(
                [
                    "kind": string, "client": string, "title": string, "at": string, "duration": string,
                    "every": string,
                    "on": string, "from": string, "count": integer, "until": string, "zone": string,
                    "except": stringArray,
                ],
                required: ["at"]
            ),
            "Occurrence": object([
                "itemId": string, "title": string, "kind": string, "start": string, "end": string,
                "yourStart": string, "theirStart": string, "zone": string, "movedMinutes": nullableInteger,
                "note": nullableString,
            ]),
            "WorldClock": object(["now": string, "me": face, "clients": ["type": "array", "items": face] as Object]),
            "Workspace": object([
                "id": string, "name": string, "baseCurrency": string, "zone": string, "weekStart": string,
                "defaultRate": ["oneOf": [ref("Money"), ["type": "null"]]] as Object, "invoiceDetails": string,
            ]),
            "Retainer": object([
                "clientId": string, "monthly": ref("Money"), "includedSeconds": ["type": "integer"],
                "periodStart": string,
                "rollover": string, "rolloverValue": ["type": ["integer", "null"]],
                "overageRate": ["oneOf": [ref("Money"), ["type": "null"]]] as Object, "startsOn": string,
                "current": object([
                    "from": string, "to": string, "includedSeconds": ["type": "integer"],
                    "rolledInSeconds": ["type": "integer"], "usedSeconds": ["type": "integer"],
                    "leftSeconds": ["type": "integer"], "overageSeconds": ["type": "integer"],
                    "rolledOutSeconds": ["type": "integer"],
                ]),
                "runsOutAt": nullableString, "alerts": ["type": "array", "items": ["type": "integer"]] as Object,
                "recordedAlerts": [
                    "type": "array",
                    "items": object(["threshold": ["type": "integer"], "reachedAt": string]),
                ] as Object,
            ]),
            "ImportResult": object([
                "format": string, "committed": boolean, "refused": boolean, "rows": ["type": "integer"],
                "created": ["type": "integer"], "alreadyImported": ["type": "integer"], "priced": ["type": "integer"],
                "overlapping": ["type": "integer"], "running": ["type": "integer"], "seconds": ["type": "integer"],
                "newPeople": stringArray, "newClients": stringArray, "newProjects": stringArray,
                "newTasks": stringArray,
                "newTags": stringArray,
                "problems": [
                    "type": "array",
                    "items": object([
                        "line": ["type": "integer"],
                        "position": ["type": "string", "enum": ["line", "frame", "interval"]] as Object,
                        "column": nullableString, "value": nullableString, "reason": string, "text": string,
                    ]),
                ] as Object,
                "problemCount": ["type": "integer"], "notes": stringArray,
            ]),
            "TeamMember": object([
                "id": string, "name": string, "email": nullableString, "role": string, "hasAccess": boolean,
                "clientIds": stringArray,
            ]),
            "CreatedInvite": object([
                "name": string, "email": string, "role": string, "expiresAt": string, "link": string,
            ]),
            "Overlap": object([
                "parties": stringArray, "includesYourHours": boolean,
                "slots": [
                    "type": "array",
                    "items": object([
                        "start": string, "end": string, "minutes": integer, "local": stringArray,
                    ]),
                ] as Object,
            ]),
        ]
    }

    static func arrayOf(_ name: String) -> Object { ["type": "array", "items": ref(name)] }

}
