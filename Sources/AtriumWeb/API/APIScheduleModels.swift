import AtriumCore
import AtriumServices

extension APIModel {
    /// A meeting or block and its rule.
    struct ScheduleItem: Encodable {
        var id: String
        var kind: String
        var title: String
        var clientId: String?
        var client: String?
        /// `client`, `person` or `utc`: whose clock `startTime` is on.
        var anchor: String
        var zone: String
        var startDate: String
        var startTime: String
        var durationMinutes: Int
        /// The RFC 5545 RRULE value; null for a single occurrence.
        var rule: String?
        var exceptions: [String]
        var description: String

        init(_ entry: ScheduleEntry) {
            let item = entry.item
            id = item.id.description
            kind = item.kind.rawValue
            title = item.title
            clientId = item.clientID?.description
            client = entry.clientName
            anchor = item.anchor.rawValue
            zone = entry.zone.identifier
            startDate = item.startDate.description
            startTime = item.startTime.hourAndMinute
            durationMinutes = item.durationMinutes
            rule = item.recurrence?.description
            exceptions = item.exceptions.map(\.description)
            description = entry.repetitionText
        }
    }

    /// One occurrence: UTC instants, and the start on the caller's clock and on the item's.
    struct Occurrence: Encodable {
        var itemId: String
        var title: String
        var kind: String
        var start: String
        var end: String
        var yourStart: String
        var theirStart: String
        var zone: String
        var movedMinutes: Int?
        var note: String?

        init(_ found: ScheduledOccurrence) {
            itemId = found.entry.item.id.description
            title = found.entry.title
            kind = found.entry.item.kind.rawValue
            start = found.occurrence.start.iso8601
            end = found.occurrence.end.iso8601
            yourStart = found.viewerStart.iso8601
            theirStart = found.entry.zone.localDateTime(at: found.occurrence.start).iso8601
            zone = found.entry.zone.identifier
            movedMinutes = found.movedMinutes
            note = found.occurrence.clockChangeNote
        }
    }

    /// Someone's local time now and whether they are working.
    struct ClockFace: Encodable {
        var name: String
        var clientId: String?
        var zone: String
        var localTime: String
        var offset: String
        var hours: String
        /// `open`, `closed` or `no hours`.
        var status: String
        /// When it changes (closes or opens), UTC.
        var changesAt: String?

        init(_ face: AtriumServices.ClockFace, clientID: ID<AtriumCore.Client>?) {
            name = face.name
            clientId = clientID?.description
            zone = face.zone.identifier
            localTime = face.local.iso8601
            offset = face.offsetLabel
            hours = face.hours.description
            switch face.status {
            case .open(let until): (status, changesAt) = ("open", until.iso8601)
            case .closed(let opens): (status, changesAt) = ("closed", opens.iso8601)
            case .noHours: (status, changesAt) = ("no hours", nil)
            }
        }
    }

    struct WorldClock: Encodable {
        var now: String
        var me: ClockFace
        var clients: [ClockFace]

        init(_ clock: AtriumServices.WorldClock) {
            now = clock.now.iso8601
            me = ClockFace(clock.me, clientID: nil)
            clients = clock.clients.map { ClockFace($0.face, clientID: $0.id) }
        }
    }

    /// Common working time; each slot's start and end on every party's clock, the caller first.
    struct Overlap: Encodable {
        struct Slot: Encodable {
            var start: String
            var end: String
            var minutes: Int64
            var local: [String]
        }

        var parties: [String]
        var includesYourHours: Bool
        var slots: [Slot]

        init(_ report: OverlapReport) {
            let everyone = [report.viewer] + report.parties
            parties = everyone.map(\.name)
            includesYourHours = report.includesViewerHours
            slots = report.slots.map { slot in
                Slot(
                    start: slot.lowerBound.iso8601,
                    end: slot.upperBound.iso8601,
                    minutes: slot.lowerBound.seconds(until: slot.upperBound) / 60,
                    local: everyone.map {
                        "\($0.zone.localDateTime(at: slot.lowerBound).iso8601)/\($0.zone.localDateTime(at: slot.upperBound).iso8601)"
                    }
                )
            }
        }
    }
}
