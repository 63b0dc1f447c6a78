extension Optional {
    /// The value, or a thrown `error` (a generic "not one of the allowed values" by default).
    func orThrow<Failure: Error>(_ error: @autoclosure () -> Failure) throws(Failure) -> Wrapped {
        guard let self else { throw error() }
        return self
    }

    func orThrow() throws -> Wrapped {
        guard let self else { throw FieldError("not one of the allowed values") }
        return self
    }
}
