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

    /// Elements of the list read together, and the problem that ended the list's reading, if one did.
    struct Batch {
        /// Each with its index in the list.
        var elements: [(index: Int, value: Any)]
        /// The batch's text, for checks that scan bytes (a NUL).
        var text: Data
        /// What is wrong just after ``elements``: an element that is not valid JSON, the list's text
        /// broken, or the file unreadable. It comes after them in the list, so it is reported only
        /// once they have been handed out and checked: the first problem in the file is the one named.
        var problem: ImportFileError?
    }

    /// The next elements, as many as a batch holds; none after the last. A batch with a
    /// ``Batch/problem`` is the last.
    mutating func nextBatch() -> Batch {
        guard !finished else { return Batch(elements: [], text: Data(), problem: nil) }
        var text: [UInt8]? = [UInt8(ascii: "[")]
        var ends: [Int] = []
        var problem: ImportFileError?
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
            finished = true
            if let path = reader.path, reader.failed {
                problem = .unreadable(path: path, reason: "it cannot be read to its end")
            } else {
                problem = .notFormat(format: format, reason: error.reason)
            }
        }
        // The elements read whole; an element cut short by a problem is not among them.
        let data = Data((text ?? []).prefix(ends.last ?? 1) + [UInt8(ascii: "]")])
        let first = count
        count += ends.count
        if let values = try? JSONSerialization.jsonObject(with: data) as? [Any] {
            return Batch(
                elements: values.enumerated().map { (first + $0.offset, $0.element) },
                text: data,
                problem: problem
            )
        }
        let (values, invalid) = parsedOneByOne(data, ends: ends)
        let elements = values.enumerated().map { (first + $0.offset, $0.element) }
        // Every element read alone (the batch whole was too deep for Foundation's parser): no problem.
        guard invalid < ends.count else { return Batch(elements: elements, text: data, problem: problem) }
        finished = true
        return Batch(
            elements: elements,
            text: data,
            problem: .notFormat(format: format, reason: "\(name)[\(first + invalid)] is not valid JSON")
        )
    }

    /// The elements of a batch Foundation cannot parse whole, parsed one by one up to the first it
    /// cannot parse, and that one's offset in the batch.
    private func parsedOneByOne(_ batch: Data, ends: [Int]) -> (values: [Any], invalid: Int) {
        var values: [Any] = []
        var start = 1
        for end in ends {
            guard
                let value = try? JSONSerialization.jsonObject(
                    with: batch.subdata(in: start..<end),
                    options: .fragmentsAllowed
                )
            else { break }
            values.append(value)
            start = end + 1
        }
        return (values, values.count)
    }
}
