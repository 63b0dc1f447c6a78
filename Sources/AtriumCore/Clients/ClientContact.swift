/// A person at a client: who to write to, who approves, who pays.
public struct ClientContact: Sendable, Equatable {
    public var id: ID<ClientContact>
    public var clientID: ID<Client>
    public var name: String
    public var email: String?
    public var phone: String?
    /// Their part in the relationship: `CEO`, `accounts payable`.
    public var role: String?
    public var isPrimary: Bool

    public init(
        id: ID<ClientContact> = ID(),
        clientID: ID<Client>,
        name: String,
        email: String? = nil,
        phone: String? = nil,
        role: String? = nil,
        isPrimary: Bool = false
    ) {
        self.id = id
        self.clientID = clientID
        self.name = name
        self.email = email
        self.phone = phone
        self.role = role
        self.isPrimary = isPrimary
    }

    /// Reads `Jane Doe <jane@acme.com>` or `Jane Doe`.
    ///
    /// - Throws: ``InvalidInput`` for an empty name or an address without `@`.
    public static func parse(_ text: String, clientID: ID<Client>) throws(InvalidInput) -> ClientContact {
        let trimmed = text.trimmingWhitespace()
        var name = trimmed
        var email: String?
        if let open = trimmed.firstIndex(of: "<"), trimmed.hasSuffix(">") {
            name = trimmed[..<open].trimmingWhitespace()
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            guard address.contains("@"), !address.contains(" ") else {
                throw InvalidInput("\"\(address)\" is not an email address", field: "contact")
            }
            email = address
        }
        guard !name.isEmpty else {
            throw InvalidInput("\"\(text)\" has no name: use e.g. \"Jane Doe <jane@acme.com>\"", field: "contact")
        }
        return ClientContact(clientID: clientID, name: name, email: email)
    }
}
