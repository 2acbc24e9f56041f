import ConveneCore
import ConveneJSON

/// Reads the members of a JSON document and collects a finding, with file, line and field
/// path, for every member that is missing, of the wrong type or out of range.
struct JSONFileReader {
  let file: String
  var findings: [Finding] = []

  init(file: String) { self.file = file }

  /// The document, or nil with a finding when the text is not JSON.
  mutating func parse(_ bytes: [UInt8]) -> JSONNode? {
    do {
      let node = try JSONParser.parse(utf8: bytes)
      guard node.members != nil else {
        error("", node.line, "must be a JSON object")
        return nil
      }
      return node
    } catch {
      findings.append(
        .error(file, line: error.line, "not valid JSON: \(error.reason) (column \(error.column))"))
      return nil
    }
  }

  mutating func error(_ path: String, _ line: Int, _ message: String, hint: String? = nil) {
    findings.append(.error(file, line: line, field: path.isEmpty ? nil : path, message, hint: hint))
  }

  mutating func warning(_ path: String, _ line: Int, _ message: String, hint: String? = nil) {
    findings.append(
      .warning(file, line: line, field: path.isEmpty ? nil : path, message, hint: hint))
  }

  static func join(_ parent: String, _ key: String) -> String {
    parent.isEmpty ? key : "\(parent).\(key)"
  }

  /// A warning for each member of `object` not in `known` (a typo would otherwise go unseen).
  mutating func unknownMembers(_ object: JSONNode, _ path: String, known: [String]) {
    for (key, value) in object.members ?? [] where !known.contains(key) {
      warning(
        Self.join(path, key), value.line, "unknown field, ignored",
        hint: "the fields are \(known.joined(separator: ", "))")
    }
  }

  /// The member `key`, or nil (with an error when `required`).
  mutating func member(_ object: JSONNode, _ path: String, _ key: String, required: Bool = false)
    -> JSONNode?
  {
    guard let value = object[key], value.value != .null else {
      if required { error(Self.join(path, key), object.line, "is missing") }
      return nil
    }
    return value
  }

  mutating func string(_ object: JSONNode, _ path: String, _ key: String, required: Bool = false)
    -> String?
  {
    guard let value = member(object, path, key, required: required) else { return nil }
    guard let text = value.string else {
      error(Self.join(path, key), value.line, "must be text, not \(value.typeName)")
      return nil
    }
    if required && text.trimmed.isEmpty {
      error(Self.join(path, key), value.line, "is empty")
      return nil
    }
    return text
  }

  /// A required id that follows the id rule.
  mutating func identifier(_ object: JSONNode, _ path: String, _ key: String) -> String? {
    guard let text = string(object, path, key, required: true) else { return nil }
    if let problem = Identifier.problem(text) {
      error(Self.join(path, key), object[key]?.line ?? object.line, problem)
      return nil
    }
    return text
  }

  mutating func integer(
    _ object: JSONNode, _ path: String, _ key: String, in range: ClosedRange<Int>,
    required: Bool = false
  ) -> Int? {
    guard let value = member(object, path, key, required: required) else { return nil }
    guard let number = value.integer, range.contains(number) else {
      error(Self.join(path, key), value.line, "must be a whole number from \(range.described)")
      return nil
    }
    return number
  }

  mutating func number(
    _ value: JSONNode, _ path: String, in range: ClosedRange<Double>
  ) -> Double? {
    guard let number = value.number, range.contains(number) else {
      error(
        path, value.line,
        "must be a number from \(Int(range.lowerBound).grouped) to \(Int(range.upperBound).grouped)")
      return nil
    }
    return number
  }

  /// The elements of an array member (empty, with an error, when it is not an array).
  mutating func array(_ object: JSONNode, _ path: String, _ key: String, required: Bool = false)
    -> [JSONNode]
  {
    guard let value = member(object, path, key, required: required) else { return [] }
    guard let elements = value.array else {
      error(Self.join(path, key), value.line, "must be a list")
      return []
    }
    return elements
  }

  /// A text by language: one string (English) or an object of texts by language code.
  mutating func localized(_ object: JSONNode, _ path: String, _ key: String) -> [String: String] {
    guard let value = member(object, path, key) else { return [:] }
    guard let (texts, notText) = value.textsByLanguage else {
      error(
        Self.join(path, key), value.line,
        "must be text or an object of texts by language (\"en\", \"fr\")")
      return [:]
    }
    for member in notText { error(Self.join(Self.join(path, key), member.key), member.line, "must be text") }
    // A label goes into every report: no control character, direction override or line break.
    for (language, text) in texts.sorted(by: { $0.key < $1.key }) {
      let field = value.string == nil ? Self.join(Self.join(path, key), language) : Self.join(path, key)
      if let scalar = UnsafeCharacter.first(in: text) {
        error(field, value.line, UnsafeCharacter.problem(scalar))
      } else if UnsafeCharacter.holdsLineBreak(text) {
        error(field, value.line, "holds a line break (CR, LF or a line separator); write it on one line")
      }
    }
    return texts
  }
}
