/// Writes JSON with two-space indentation, members in their given order, and short lists of
/// plain values on one line, so that files written by convene diff well.
public enum JSONWriter {
  /// The document as text, ending with a line break.
  public static func string(_ node: JSONNode) -> String {
    var output = ""
    write(node, indent: 0, into: &output)
    output += "\n"
    return output
  }

  static func write(_ node: JSONNode, indent: Int, into output: inout String) {
    switch node.value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let number): output += format(number)
    case .string(let text): output += quoted(text)
    case .array(let elements):
      if elements.isEmpty {
        output += "[]"
      } else if let inline = inlineArray(elements, within: 80 - indent) {
        output += inline
      } else {
        output += "[\n"
        for (offset, element) in elements.enumerated() {
          output += String(repeating: " ", count: indent + 2)
          write(element, indent: indent + 2, into: &output)
          output += offset == elements.count - 1 ? "\n" : ",\n"
        }
        output += String(repeating: " ", count: indent) + "]"
      }
    case .object(let members):
      if members.isEmpty {
        output += "{}"
        return
      }
      if let inline = inlineObject(members, within: 90 - indent) {
        output += inline
        return
      }
      output += "{\n"
      for (offset, member) in members.enumerated() {
        output += String(repeating: " ", count: indent + 2) + quoted(member.key) + ": "
        write(member.value, indent: indent + 2, into: &output)
        output += offset == members.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: " ", count: indent) + "}"
    }
  }

  /// The elements on one line, when they are plain values and it holds at most `limit`
  /// characters.
  static func inlineArray(_ elements: [JSONNode], within limit: Int) -> String? {
    var line = InlineLine(limit: limit, opening: "[")
    for element in elements {
      switch element.value {
      case .array, .object: return nil
      default:
        var text = ""
        write(element, indent: 0, into: &text)
        guard line.append(text) else { return nil }
      }
    }
    return line.closed("]")
  }

  /// The members on one line, when their values are plain and it holds at most `limit`
  /// characters.
  static func inlineObject(_ members: [JSONMember], within limit: Int) -> String? {
    // Each member takes at least its key's characters and five more (the quotes, ": " and a
    // value), and the braces and separators 2 each: a line surely too long is not built.
    var least = 2 * members.count + 2
    for member in members {
      least += member.key.count + 5
      if least > limit { return nil }
    }
    var line = InlineLine(limit: limit, opening: "{ ")
    for member in members {
      switch member.value.value {
      case .array, .object: return nil
      default:
        var text = quoted(member.key) + ": "
        write(member.value, indent: 0, into: &text)
        guard line.append(text) else { return nil }
      }
    }
    return line.closed(" }")
  }

  /// A one-line list being built, given up as soon as it is surely longer than its limit: its
  /// length is counted in characters, and a part of ASCII bytes has as many characters as
  /// bytes (parts are joined by ASCII, so characters never straddle them).
  struct InlineLine {
    let limit: Int
    var text: String
    /// Whether every part so far was ASCII, and whether there is none yet.
    var allASCII = true
    var empty = true

    init(limit: Int, opening: String) {
      self.limit = limit
      text = opening
    }

    /// Adds a part; false when the line is already over its limit.
    mutating func append(_ part: String) -> Bool {
      if !empty { text += ", " }
      empty = false
      text += part
      if allASCII, part.utf8.allSatisfy({ $0 < 0x80 }) {
        return text.utf8.count <= limit
      }
      allASCII = false
      return true
    }

    /// The line with its closing, or nil when it is longer than the limit.
    func closed(_ closing: String) -> String? {
      let line = text + closing
      return (allASCII ? line.utf8.count : line.count) <= limit ? line : nil
    }
  }

  /// A number without a needless fraction.
  public static func format(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number.rounded() == number && abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }

  /// A JSON string literal.
  public static func quoted(_ text: String) -> String {
    // Most texts need no escape (no quote, backslash, control character, U+2028 or U+2029,
    // whose UTF-8 starts with E2).
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
      return "\"" + text + "\""
    }
    return escaped(text)
  }

  /// A JSON string literal, each scalar escaped or copied one by one.
  static func escaped(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}": output += "\\u2028"
      case "\u{2029}": output += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output + "\""
  }
}
