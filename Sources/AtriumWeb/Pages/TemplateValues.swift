import Mustache

/// Values a template reads by name through key paths, instead of swift-mustache's `Mirror`, which
/// costs a reflection per lookup (a third of a dashboard's time when it was used).
protocol TemplateValues: MustacheParent {
    /// Every name the templates use, with the property it reads.
    static var names: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension TemplateValues {
    func child(named name: String) -> Any? {
        guard let path = Self.names[name] else { return nil }
        let value = self[keyPath: path]
        return (value as? any OptionalValue).map { $0.wrappedValue } ?? value
    }
}

/// Lets ``TemplateValues`` hand Mustache the value inside an optional (nil renders as false).
protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedValue: Any? { self.map { $0 as Any } }
}
