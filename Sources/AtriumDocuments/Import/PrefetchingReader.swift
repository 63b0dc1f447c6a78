/// Reads another reader's rows ahead, on a thread of its own (``ReadAhead``), so that parsing the
/// file and writing its rows run on two cores at once. Rows, problems and the reader's error come out
/// in the order the reader gave them; at most a few batches are held, so a large file is still
/// streamed.
public final class PrefetchingReader: EntryReader {
    private let ahead: ReadAhead<ImportRow, Int>
    public var bytesRead: Int { ahead.mark }
    public let totalBytes: Int?

    /// Starts reading `reader` ahead, `batchSize` rows at a time, at most `batches` batches ahead.
    public init(_ reader: any EntryReader, batchSize: Int = 512, batches: Int = 8) {
        totalBytes = reader.totalBytes
        let source = Source(reader: reader)
        ahead = ReadAhead(
            from: 0,
            batchSize: batchSize,
            batches: batches,
            next: { try source.reader.next() },
            mark: { source.reader.bytesRead }
        )
    }

    public func next() throws -> ImportRow? { try ahead.next() }

    /// The reader, which the reading thread alone uses from the start.
    private final class Source {
        var reader: any EntryReader
        init(reader: any EntryReader) { self.reader = reader }
    }
}
