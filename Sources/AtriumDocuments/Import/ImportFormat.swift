import AtriumCore

/// The tools whose exports Atrium imports.
public enum ImportFormat: String, Sendable, CaseIterable {
    case toggl, clockify, harvest, kimai, watson, timewarrior

    /// The tool's name as people know it.
    public var displayName: String {
        switch self {
        case .toggl: return TogglLayout.formatName
        case .clockify: return ClockifyLayout.formatName
        case .harvest: return HarvestLayout.formatName
        case .kimai: return KimaiLayout.formatName
        case .watson: return "Watson"
        case .timewarrior: return "Timewarrior"
        }
    }

    /// Whether an entry of the tool is known by its person and start: Timewarrior's intervals never
    /// overlap, so one starting when an interval imported before did is that interval, whatever
    /// else changed (ended since, or imported with another `--client`).
    public var identifiesEntriesByStart: Bool { self == .timewarrior }

    /// Whether the tool writes every row in the zone of the person who exported the file, whoever
    /// worked (Toggl's and Clockify's reports), rather than in each worker's own.
    public var writesExportersZone: Bool { self == .toggl || self == .clockify }

    /// Whether a row's stated duration is part of what recognizes it when imported again. Kimai's
    /// rows were imported without their duration before 5 December 2026: leaving it out keeps those
    /// rows recognized.
    public var keysDuration: Bool { self != .kimai }

    /// What a reader needs beyond the file.
    public struct Options: Sendable {
        /// How Clockify's slashed dates read; nil infers it from the whole file.
        public var dateOrder: DateOrder?
        /// The client Watson and Timewarrior entries go to; nil takes the project or first tag.
        public var client: String?
        /// The currency of amounts when the file does not name one (Kimai's classic export).
        public var currency: Currency?

        public init(dateOrder: DateOrder? = nil, client: String? = nil, currency: Currency? = nil) {
            self.dateOrder = dateOrder
            self.client = client
            self.currency = currency
        }
    }

    /// A reader of the file at `path` in this format.
    ///
    /// - Throws: ``ImportFileError`` when the file cannot be opened or is not this format.
    public func reader(path: String, options: Options) throws(ImportFileError) -> any EntryReader {
        switch self {
        case .toggl: return try CSVEntryReader<TogglLayout>(ByteSource(path: path))
        case .clockify:
            return try clockify({ () throws(ImportFileError) in try ByteSource(path: path) }, order: options.dateOrder)
        case .harvest: return try CSVEntryReader<HarvestLayout>(ByteSource(path: path))
        case .kimai: return try kimai(ByteSource(path: path), currency: options.currency)
        case .watson: return try WatsonReader(path: path, client: options.client)
        case .timewarrior: return try TimewarriorReader(path: path, client: options.client)
        }
    }

    /// A reader of `bytes` (an upload) in this format; Timewarrior's folder form needs a path.
    public func reader(bytes: [UInt8], options: Options) throws(ImportFileError) -> any EntryReader {
        switch self {
        case .toggl: return try CSVEntryReader<TogglLayout>(ByteSource(bytes: bytes))
        case .clockify:
            return try clockify({ ByteSource(bytes: bytes) }, order: options.dateOrder)
        case .harvest: return try CSVEntryReader<HarvestLayout>(ByteSource(bytes: bytes))
        case .kimai: return try kimai(ByteSource(bytes: bytes), currency: options.currency)
        case .watson: return try WatsonReader(data: .init(bytes), client: options.client)
        case .timewarrior: return try TimewarriorReader(bytes: bytes, client: options.client)
        }
    }

    /// Clockify with `order`, or with the order read from a first pass over the file when nil.
    private func clockify(_ open: () throws(ImportFileError) -> ByteSource, order: DateOrder?) throws(ImportFileError)
        -> any EntryReader
    {
        var chosen = order
        if chosen == nil { chosen = try ClockifyLayout.inferOrder(open()) }
        let found = chosen ?? .monthFirst
        return try CSVEntryReader<ClockifyLayout>(open()) { $0.order = found }
    }

    private func kimai(_ source: ByteSource, currency: Currency?) throws(ImportFileError) -> any EntryReader {
        try CSVEntryReader<KimaiLayout>(source) { $0.currency = currency }
    }
}
