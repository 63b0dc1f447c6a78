import Foundation

/// The elements of a JSON list, read from its `[` a batch at a time and parsed by Foundation: the
/// memory a list of a million objects takes is that of one batch.
struct JSONListElements {
    private let reader: JSONByteReader
    private let name: String
    private let format: String
    private let batchSize: Int
    /// How many elements the batches so far held.
    private(set) var count = 0
    /// How far into the text the batches so far reached, and its size when known.
    var bytesRead: Int { reader.offset }
    var totalBytes: Int? { reader.totalBytes }
    private var finished = false

    /// Starts reading the list at `reader`'s position (its `[`).
    ///
    /// - Parameter name: The list's name in messages (`entries[12]`).
    init(_ reader: JSONByteReader, name: String, format: String, batchSize: Int = 1000) throws(ImportFileError) {
        self.reader = reader
        self.name = name
        self.format = format
        self.batchSize = max(1, batchSize)
        guard let hasElements = reader.openList() else {
            throw .notFormat(format: format, reason: "\(name) is not a list")
        }
        finished = !hasElements
    }

    /// The next elements, as many as a batch holds, each with its index in the list; empty after the
    /// last. Also returns the batch's text, for checks that scan bytes (a NUL).
    ///
    /// - Throws: ``ImportFileError/notFormat(format:reason:)`` naming the first element that is not
    ///   valid JSON, or where the list's text is broken.
    mutating func nextBatch() throws(ImportFileError) -> (elements: [(index: Int, value: Any)], text: Data) {
        guard !finished else { return ([], Data()) }
        var text: [UInt8]? = [UInt8(ascii: "[")]
        var ends: [Int] = []
        do throws(JSONTextError) {
            while ends.count < batchSize {
                if !ends.isEmpty { text?.append(UInt8(ascii: ",")) }
                let more = try reader.nextListElement(into: &text, of: name, index: count + ends.count)
                ends.append(text?.count ?? 0)
                if !more {
                    finished = true
                    break
                }
            }
        } catch {
            if let path = reader.path, reader.failed {
                throw .unreadable(path: path, reason: "it cannot be read to its end")
            }
            throw .notFormat(format: format, reason: error.reason)
        }
        text?.append(UInt8(ascii: "]"))
        let data = Data(text ?? [])
        let first = count
        count += ends.count
        guard let values = try? JSONSerialization.jsonObject(with: data) as? [Any] else {
            throw .notFormat(format: format, reason: firstInvalid(in: data, ends: ends, first: first))
        }
        return (values.enumerated().map { (first + $0.offset, $0.element) }, data)
    }

    /// Which element of a batch Foundation could not parse, found by parsing them one by one.
    private func firstInvalid(in batch: Data, ends: [Int], first: Int) -> String {
        var start = 1
        for (offset, end) in ends.enumerated() {
            let element = batch.subdata(in: start..<end)
            if (try? JSONSerialization.jsonObject(with: element, options: .fragmentsAllowed)) == nil {
                return "\(name)[\(first + offset)] is not valid JSON"
            }
            start = end + 1
        }
        return "\(name) is not valid JSON"
    }
}
