#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes read from a file in large chunks, or held in memory: what the streaming readers pull from.
///
/// A file is never loaded whole: a reader sees one chunk at a time, so memory stays flat however
/// long the file is.
public final class ByteSource {
    private let file: UnsafeMutablePointer<FILE>?
    private var chunk: [UInt8]
    private var start = 0
    private var end: Int
    /// The bytes handed out so far.
    public private(set) var consumed = 0
    /// The file's size when known: the denominator of a progress bar.
    public let totalBytes: Int?

    /// Opens `path` for reading.
    ///
    /// - Throws: ``ImportFileError/unreadable(path:reason:)`` when it cannot be opened.
    public init(path: String, chunkSize: Int = 1 << 18) throws(ImportFileError) {
        guard let file = fopen(path, "rb") else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        var status = stat()
        if fstat(fileno(file), &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            fclose(file)
            throw .unreadable(path: path, reason: "it is a folder, not a file")
        }
        self.file = file
        chunk = [UInt8](repeating: 0, count: chunkSize)
        end = 0
        totalBytes = fstat(fileno(file), &status) == 0 ? Int(status.st_size) : nil
    }

    /// Serves `bytes` from memory (an upload, a test).
    public init(bytes: [UInt8]) {
        file = nil
        chunk = bytes
        end = bytes.count
        totalBytes = bytes.count
    }

    deinit { if let file { fclose(file) } }

    /// The next byte; nil at the end.
    @inline(__always)
    public func next() -> UInt8? {
        if start == end, !refill() { return nil }
        let byte = chunk[start]
        start += 1
        consumed += 1
        return byte
    }

    /// The next byte without taking it; nil at the end.
    @inline(__always)
    public func peek() -> UInt8? {
        if start == end, !refill() { return nil }
        return chunk[start]
    }

    /// The byte after the next, when already read (after ``peek()`` at the start of a file it is,
    /// unless the file is that short); nil otherwise.
    public func peekSecond() -> UInt8? {
        start + 1 < end ? chunk[start + 1] : nil
    }

    private func refill() -> Bool {
        guard let file else { return false }
        let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        start = 0
        end = count
        return count > 0
    }
}
