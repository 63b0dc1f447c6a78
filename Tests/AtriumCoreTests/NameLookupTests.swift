import Foundation
import Testing

@testable import AtriumCore

@Suite struct NameLookupTests {
    static let clients = ["Acme Realty", "Acme Legal", "Acme", "Bright Dental", "Café Nord", "Zoë Studio"]

    static func find(_ query: String, in names: [String] = clients) throws(LookupError) -> String {
        try NameLookup.find(query, in: names, kind: "client") { $0 }
    }

    @Test(
        "Names are found exactly or by a unique prefix, ignoring case and accents",
        arguments: [
            ("Acme Realty", "Acme Realty"),
            ("acme realty", "Acme Realty"),
            ("ACME LEGAL", "Acme Legal"),
            ("acme r", "Acme Realty"),
            ("bri", "Bright Dental"),
            ("b", "Bright Dental"),
            ("cafe", "Café Nord"),
            ("CAFÉ N", "Café Nord"),
            ("zoe", "Zoë Studio"),
            ("  bright dental  ", "Bright Dental"),
        ]
    )
    func found(query: String, name: String) throws {
        #expect(try Self.find(query) == name)
    }

    @Test(
        "ASCII text folds as Foundation folds it, and other text through Foundation",
        arguments: ["Acme Realty", "  MIXED case  ", "x-Y_z 09 !?", "", "Café Nord", "ZOË", "Straße", "İstanbul"]
    )
    func folding(text: String) {
        let foundation = text.trimmingWhitespace().folding(
            options: [.caseInsensitive, .diacriticInsensitive],
            locale: nil
        )
        #expect(NameLookup.fold(text) == foundation)
    }

    @Test("An exact match beats longer names it is a prefix of")
    func exactBeatsPrefix() throws {
        #expect(try Self.find("acme") == "Acme")
        #expect(try Self.find("ACME") == "Acme")
    }

    @Test("A prefix shared by several names is ambiguous and lists them")
    func ambiguous() {
        let names = ["Acme Realty", "Acme Legal", "Bright Dental"]
        let error = #expect(throws: LookupError.self) { try Self.find("acme", in: names) }
        #expect(error == .ambiguous(kind: "client", query: "acme", candidates: ["Acme Realty", "Acme Legal"]))
        #expect(
            error?.userMessage
                == "\"acme\" matches more than one client: Acme Legal, Acme Realty. Type more of the name."
        )
        #expect(error?.kind == .invalidInput)
    }

    @Test("Accents do not split an ambiguous match")
    func ambiguousAcrossAccents() {
        let error = #expect(throws: LookupError.self) { try Self.find("cafe", in: ["Café Nord", "Cafe Sud"]) }
        #expect(error == .ambiguous(kind: "client", query: "cafe", candidates: ["Café Nord", "Cafe Sud"]))
    }

    @Test("A name that matches nothing is unknown and lists every name")
    func unknown() {
        let names = ["Bright Dental", "Acme Realty"]
        let error = #expect(throws: LookupError.self) { try Self.find("zen", in: names) }
        #expect(error == .unknown(kind: "client", query: "zen", candidates: ["Bright Dental", "Acme Realty"]))
        #expect(error?.userMessage == "No client matches \"zen\". Known: Acme Realty, Bright Dental.")
        #expect(error?.kind == .notFound)
    }

    @Test("A prefix is matched at the start of the name only")
    func notASubstring() {
        let error = #expect(throws: LookupError.self) { try Self.find("realty") }
        #expect(error == .unknown(kind: "client", query: "realty", candidates: Self.clients))
    }

    @Test("An empty query matches nothing")
    func emptyQuery() {
        let error = #expect(throws: LookupError.self) { try Self.find("   ") }
        #expect(error == .unknown(kind: "client", query: "   ", candidates: Self.clients))
    }

    @Test("Looking up among no names says there are none yet")
    func noNames() {
        let error = #expect(throws: LookupError.self) { try Self.find("acme", in: []) }
        #expect(error?.userMessage == "No client matches \"acme\". There is none yet.")
    }

    @Test("A long list of known names is cut after twelve")
    func longList() {
        let names = (1...15).map { "Client \($0 < 10 ? "0" : "")\($0)" }
        let error = #expect(throws: LookupError.self) { try Self.find("zen", in: names) }
        let expected = names.prefix(12).joined(separator: ", ")
        #expect(error?.userMessage == "No client matches \"zen\". Known: \(expected), ….")
    }

    // MARK: Preferring

    static let active = ["Acme Realty", "Bright Dental"]
    static let everyone = ["Acme Realty", "Bright Dental", "Archived Co", "Acme Legal"]

    static func findPreferring(_ query: String) throws(LookupError) -> String {
        try NameLookup.find(query, preferring: active, in: everyone, kind: "client") { $0 }
    }

    @Test("A match among the preferred names wins over the others")
    func preferred() throws {
        // "acme" is ambiguous among everyone but unique among the active names.
        #expect(try Self.findPreferring("acme") == "Acme Realty")
    }

    @Test("A name only the others have is found among them")
    func fallback() throws {
        #expect(try Self.findPreferring("archived") == "Archived Co")
        #expect(try Self.findPreferring("acme legal") == "Acme Legal")
    }

    @Test("When nothing matches anywhere, the preferred names are listed")
    func fallbackUnknown() {
        let error = #expect(throws: LookupError.self) { try Self.findPreferring("zen") }
        #expect(error == .unknown(kind: "client", query: "zen", candidates: Self.active))
    }

    @Test("An ambiguous match among the preferred names is not resolved by the others")
    func preferredAmbiguous() {
        let error = #expect(throws: LookupError.self) {
            try NameLookup.find("acme", preferring: ["Acme Realty", "Acme Legal"], in: ["Acme"], kind: "client") { $0 }
        }
        #expect(error == .ambiguous(kind: "client", query: "acme", candidates: ["Acme Realty", "Acme Legal"]))
    }

    @Test("Items are returned whole, not just their names")
    func returnsItem() throws {
        let items = [(1, "Acme Realty"), (2, "Bright Dental")]
        let found = try NameLookup.find("bright", in: items, kind: "client") { $0.1 }
        #expect(found.0 == 2)
    }
}
