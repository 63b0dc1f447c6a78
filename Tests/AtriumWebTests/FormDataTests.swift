import Testing

@testable import AtriumWeb

/// Form bodies as browsers encode them.
@Suite struct FormDataTests {
    @Test func decodesFieldsAndLeavesOutNUL() {
        let form = FormData(encoded: "memo=ab%00cd&name=Acme+Realty&city=S%C3%A3o+Paulo&empty=&%00=x")
        #expect(form["memo"] == "abcd", "SQLite would cut a text at a NUL")
        #expect(form["name"] == "Acme Realty")
        #expect(form["city"] == "São Paulo")
        #expect(form["empty"] == "")
        #expect(form.fields.count == 4, "a name that is only a NUL is no name")
    }
}
