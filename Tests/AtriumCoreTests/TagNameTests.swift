import AtriumCore
import Foundation
import Testing

@Suite struct TagNameTests {
    @Test(
        "Tags are stored without the plus, in lower case",
        arguments: [
            ("+writing", "writing"), ("writing", "writing"), ("Follow-up", "follow-up"), (" +Rush ", "rush"),
            ("q4_2026.v2", "q4_2026.v2"), ("café", "café"),
            (String(repeating: "a", count: 40), String(repeating: "a", count: 40)),
        ]
    )
    func valid(text: String, name: String) throws {
        let tag = try TagName(text)
        #expect(tag.name == name)
        #expect(tag.description == "+\(name)")
    }

    @Test(
        "Tags that are empty, too long or contain other characters are refused",
        arguments: ["", "+", "two words", "a/b", "#tag", "++x", String(repeating: "a", count: 41)]
    )
    func invalid(text: String) {
        let error = #expect(throws: InvalidInput.self) { try TagName(text) }
        #expect(error?.field == "tag")
        #expect(error?.message.contains("is not a tag") == true)
    }

    @Test("Tags order by name")
    func ordering() throws {
        #expect(try TagName("admin") < TagName("rush"))
        #expect(try [TagName("b"), TagName("a")].sorted().map(\.name) == ["a", "b"])
    }

    @Test("A tag encodes as its bare name and decodes back")
    func codable() throws {
        let data = try JSONEncoder().encode([try TagName("+Rush")])
        #expect(String(decoding: data, as: UTF8.self) == "[\"rush\"]")
        #expect(try JSONDecoder().decode([TagName].self, from: data) == [try TagName("rush")])
    }
}
