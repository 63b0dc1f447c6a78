import AtriumCore
import Foundation
import GRDB

/// IDs are stored as lowercase UUID text, so every query encodes them alike.
extension ID: DatabaseValueConvertible, SQLExpressible, StatementBinding {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> ID? {
        String.fromDatabaseValue(dbValue).flatMap { ID($0) }
    }
}

extension Row {
    /// The ID in `column`, or a ``StoreError/corruptValue(table:column:value:)``.
    func id<Entity>(_ column: String, table: String) throws -> ID<Entity> {
        let text: String = self[column] ?? ""
        guard let id = ID<Entity>(text) else {
            throw StoreError.corruptValue(table: table, column: column, value: text)
        }
        return id
    }

    /// The ID at position `index` (for rows read by position).
    func id<Entity>(_ index: Int, table: String, column: String) throws -> ID<Entity> {
        let text: String = self[index] ?? ""
        guard let id = ID<Entity>(text) else {
            throw StoreError.corruptValue(table: table, column: column, value: text)
        }
        return id
    }

    /// The enum stored by raw value at position `index`.
    func stored<Value: RawRepresentable>(_ type: Value.Type, at index: Int, table: String, column: String) throws
        -> Value where Value.RawValue == String
    {
        let text: String = self[index] ?? ""
        return try Value(rawValue: text).orCorrupt(table: table, column: column, value: text)
    }

    /// The optional ID in `column`.
    func optionalID<Entity>(_ column: String, table: String) throws -> ID<Entity>? {
        guard let text: String = self[column], !text.isEmpty else { return nil }
        guard let id = ID<Entity>(text) else {
            throw StoreError.corruptValue(table: table, column: column, value: text)
        }
        return id
    }

    /// A Core value read from text with its validating initialiser, or a corrupt-value error.
    func parsed<Value>(_ column: String, table: String, _ parse: (String) throws -> Value) throws -> Value {
        let text: String = self[column] ?? ""
        do { return try parse(text) } catch { throw StoreError.corruptValue(table: table, column: column, value: text) }
    }

    func instant(_ column: String) -> Instant { Instant(secondsSinceEpoch: self[column]) }

    func optionalInstant(_ column: String) -> Instant? {
        (self[column] as Int64?).map { Instant(secondsSinceEpoch: $0) }
    }
}

extension Optional {
    /// The value, or a ``StoreError/corruptValue(table:column:value:)`` naming what was found (`value`
    /// is made only then: the row readers call this for every column of every row).
    func orCorrupt<Found: CustomStringConvertible>(
        table: String,
        column: String,
        value: @autoclosure () -> Found
    ) throws -> Wrapped {
        guard let self else { throw StoreError.corruptValue(table: table, column: column, value: value().description) }
        return self
    }
}
