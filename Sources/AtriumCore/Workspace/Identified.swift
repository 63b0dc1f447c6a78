/// A record known by an id of its own. (Not the standard library's `Identifiable`, whose associated
/// type would be called `ID` and hide Atrium's `ID<Entity>` inside the conforming types.)
public protocol Identified {
    associatedtype Identity: Hashable
    var id: Identity { get }
}

extension Client: Identified {}
extension Project: Identified {}
extension WorkTask: Identified {}
extension Person: Identified {}
extension TimeEntry: Identified {}

extension Sequence where Element: Identified {
    /// The elements by id; of several that share an id, the first. Inlinable, so that each caller
    /// builds its dictionary for its own concrete type instead of looking up conformances at run time.
    @inlinable public func byID() -> [Element.Identity: Element] {
        Dictionary(map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
