extension BinaryInteger {
    /// The count with its noun, singular for one: `1 entry`, `3 entries`, `0 entries`.
    public func counting(_ singular: String, _ plural: String) -> String {
        "\(self) \(self == 1 ? singular : plural)"
    }
}
