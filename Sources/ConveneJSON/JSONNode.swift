/// A JSON value together with where it was written, so that a problem in a field can be
/// reported with its line.
public struct JSONNode: Sendable, Equatable {
  /// The value.
  public var value: JSONValue
  /// The 1-based line where the value starts (0 for values built in code).
  public var line: Int

  /// Creates a node.
  public init(_ value: JSONValue, line: Int = 0) {
    self.value = value
    self.line = line
  }

  /// The member `key` of an object, or nil.
  public subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The string, when the value is one.
  public var string: String? {
    if case .string(let text) = value { return text }
    return nil
  }

  /// The number, when the value is one.
  public var number: Double? {
    if case .number(let number) = value { return number }
    return nil
  }

  /// The whole number, when the value is a number without a fraction.
  public var integer: Int? {
    guard let number, number.rounded() == number, abs(number) < 1e15 else { return nil }
    return Int(number)
  }

  /// The Boolean, when the value is one.
  public var bool: Bool? {
    if case .bool(let flag) = value { return flag }
    return nil
  }

  /// The elements, when the value is an array.
  public var array: [JSONNode]? {
    if case .array(let elements) = value { return elements }
    return nil
  }

  /// The members in file order, when the value is an object.
  public var members: [(key: String, value: JSONNode)]? {
    if case .object(let members) = value { return members.map { ($0.key, $0.value) } }
    return nil
  }

  /// A short name for the value's type, for error messages.
  public var typeName: String {
    switch value {
    case .null: "null"
    case .bool: "true or false"
    case .number: "a number"
    case .string: "text"
    case .array: "a list"
    case .object: "an object"
    }
  }
}

/// A JSON value; objects keep their members in order.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  case object([JSONMember])
}

/// One member of a JSON object.
public struct JSONMember: Sendable, Equatable {
  /// The key.
  public var key: String
  /// The value.
  public var value: JSONNode

  /// Creates a member.
  public init(_ key: String, _ value: JSONNode) {
    self.key = key
    self.value = value
  }
}

extension JSONNode {
  /// An object node from key-value pairs, in order; nil values are left out.
  public static func object(_ pairs: [(String, JSONNode?)]) -> JSONNode {
    JSONNode(.object(pairs.compactMap { key, value in value.map { JSONMember(key, $0) } }))
  }

  /// A string node.
  public static func string(_ text: String) -> JSONNode { JSONNode(.string(text)) }

  /// A number node.
  public static func number(_ number: Int) -> JSONNode { JSONNode(.number(Double(number))) }

  /// A number node.
  public static func number(_ number: Double) -> JSONNode { JSONNode(.number(number)) }

  /// A Boolean node.
  public static func bool(_ flag: Bool) -> JSONNode { JSONNode(.bool(flag)) }

  /// An array node.
  public static func array(_ elements: [JSONNode]) -> JSONNode { JSONNode(.array(elements)) }

  /// An array of strings.
  public static func strings(_ texts: [String]) -> JSONNode { .array(texts.map(JSONNode.string)) }

  /// The null node.
  public static let null = JSONNode(.null)
}
