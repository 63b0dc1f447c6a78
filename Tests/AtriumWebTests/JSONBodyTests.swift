import Testing

@testable import AtriumWeb

/// Fields read from a parsed body, each refusal naming its field.
@Suite struct JSONBodyTests {
    private func integerRefusal(_ value: JSONValue) -> (detail: String, field: String?)? {
        var body = JSONBody(fields: ["count": value])
        do {
            _ = try body.integer("count")
            return nil
        } catch let problem as Problem {
            return (problem.detail, problem.field)
        } catch {
            return nil
        }
    }

    @Test func wholeNumbersOutOfRangeAndFractionsAreToldApart() throws {
        var body = JSONBody(fields: ["count": .integer(12)])
        #expect(try body.integer("count") == 12)
        let large = integerRefusal(.number(1e20))
        #expect(large?.detail == "count is too large a number.")
        #expect(large?.field == "count")
        #expect(integerRefusal(.number(1.5))?.detail == "count must be a whole number, not a number.")
        #expect(integerRefusal(.string("12"))?.detail == "count must be a whole number, not a string.")
    }
}
