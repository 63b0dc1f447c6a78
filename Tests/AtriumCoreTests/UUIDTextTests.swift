import Foundation
import Testing

@testable import AtriumCore

@Suite struct UUIDTextTests {
    @Test func formatsAndParsesLikeFoundationInLowerCase() {
        for _ in 0..<500 {
            let uuid = UUID()
            let text = ID<Client>(uuid).description
            #expect(text == uuid.uuidString.lowercased())
            #expect(ID<Client>(text)?.rawValue == uuid)
            #expect(ID<Client>(uuid.uuidString)?.rawValue == uuid, "upper case is read too")
        }
    }

    @Test func newIDsAreDistinctVersion4UUIDs() {
        let ids = (0..<2_000).map { _ in ID<Client>() }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let text = id.description
            #expect(text[text.index(text.startIndex, offsetBy: 14)] == "4", "version 4: \(text)")
            #expect("89ab".contains(text[text.index(text.startIndex, offsetBy: 19)]), "RFC 4122 variant: \(text)")
            #expect(ID<Client>(text) == id)
        }
    }

    @Test(arguments: [
        "", "not-a-uuid", "3f2a9c1e-0b7d-4c55-9e21-7a1d2b3c4d5", "3f2a9c1e-0b7d-4c55-9e21-7a1d2b3c4d5e0",
        "3f2a9c1e00b7d-4c55-9e21-7a1d2b3c4d5e", "3f2a9c1e-0b7d-4c55-9e21-7a1d2b3c4d5g",
        "3f2a9c1e-0b7d-4c55-9e2-17a1d2b3c4d5e",
        " 3f2a9c1e-0b7d-4c55-9e21-7a1d2b3c4d5", "3f2a9c1é-0b7d-4c55-9e21-7a1d2b3c4d5",
    ])
    func refusesAnythingElse(_ text: String) {
        #expect(ID<Client>(text) == nil)
    }
}
