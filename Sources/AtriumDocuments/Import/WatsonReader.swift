import AtriumCore
import Foundation

/// Watson's `frames` file: a JSON array of frames `[start, stop, project, id, tags, updated_at]`
/// (older files have five fields, without `updated_at`), in no particular order, times as Unix
/// seconds.
///
/// Watson names no client: the frame's project becomes the client, or, when `client` is given,
/// the project under that client. The frame id is the entry's source id.
public struct WatsonReader: EntryReader {
    private let frames: [Any]
    private var index = 0
    private let client: String?
    public let totalBytes: Int?

    /// Reads the whole file (a frames file is small: a frame is about 100 bytes).
    ///
    /// - Throws: ``ImportFileError`` when it cannot be read or is not a JSON array.
    public init(path: String, client: String?) throws(ImportFileError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: "no such file, or it cannot be opened")
        }
        try self.init(data: data, client: client)
    }

    public init(data: Data, client: String?) throws(ImportFileError) {
        guard let frames = (try? JSONSerialization.jsonObject(with: data)) as? [Any] else {
            throw .notFormat(format: "Watson", reason: "a frames file is a JSON array of frames")
        }
        self.frames = frames
        self.client = client
        totalBytes = data.count
    }

    public var bytesRead: Int { frames.isEmpty ? totalBytes ?? 0 : (totalBytes ?? 0) * index / frames.count }

    public mutating func next() throws -> ImportRow? {
        guard index < frames.count else { return nil }
        index += 1
        do {
            return .entry(try entry(frames[index - 1], number: index))
        } catch {
            return .problem(error)
        }
    }

    private func entry(_ value: Any, number: Int) throws(ImportProblem) -> ImportedEntry {
        guard let frame = value as? [Any], (4...7).contains(frame.count) else {
            throw ImportProblem(
                line: number,
                position: .frame,
                reason: "expected [start, stop, project, id, tags, updated_at]"
            )
        }
        guard let start = Self.seconds(frame[0]), let stop = Self.seconds(frame[1]) else {
            throw ImportProblem(
                line: number,
                position: .frame,
                column: "start/stop",
                reason: "expected Unix seconds from 1970 to 2200"
            )
        }
        guard stop >= start else {
            throw ImportProblem(
                line: number,
                position: .frame,
                column: "stop",
                reason: "the frame ends before it starts"
            )
        }
        guard let project = frame[2] as? String, !project.trimmingWhitespace().isEmpty else {
            throw ImportProblem(
                line: number,
                position: .frame,
                column: "project",
                reason: "expected the project's name"
            )
        }
        let tags = frame.count > 4 ? (frame[4] as? [String] ?? []) : []
        let note = frame.count > 6 ? (frame[6] as? String ?? "") : ""
        let name = project.trimmingWhitespace()
        return ImportedEntry(
            line: number,
            position: .frame,
            client: client ?? name,
            project: client == nil ? nil : name,
            memo: note,
            tags: tags,
            start: .instant(Instant(secondsSinceEpoch: start)),
            end: .instant(Instant(secondsSinceEpoch: stop)),
            sourceID: frame[3] as? String
        )
    }

    /// Unix seconds from 1970 until 2200 (the years imports read); nil for anything else.
    private static func seconds(_ value: Any) -> Int64? {
        guard let number = value as? NSNumber, !(value is Bool) else { return nil }
        let seconds = number.doubleValue.rounded()
        guard seconds.isFinite, (0..<7_258_118_400).contains(seconds) else { return nil }
        return Int64(seconds)
    }
}
