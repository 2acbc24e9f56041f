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
      } else if let inline = inlineArray(elements), inline.count + indent <= 80 {
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
      if let inline = inlineObject(members), inline.count + indent <= 90 {
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

  static func inlineArray(_ elements: [JSONNode]) -> String? {
    var parts: [String] = []
    for element in elements {
      switch element.value {
      case .array, .object: return nil
      default:
        var text = ""
        write(element, indent: 0, into: &text)
        parts.append(text)
      }
    }
    return "[" + parts.joined(separator: ", ") + "]"
  }

  static func inlineObject(_ members: [JSONMember]) -> String? {
    var parts: [String] = []
    for member in members {
      switch member.value.value {
      case .array, .object: return nil
      default:
        var text = ""
        write(member.value, indent: 0, into: &text)
        parts.append(quoted(member.key) + ": " + text)
      }
    }
    return "{ " + parts.joined(separator: ", ") + " }"
  }

  /// A number without a needless fraction.
  public static func format(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number.rounded() == number && abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }

  /// A JSON string literal.
  public static func quoted(_ text: String) -> String {
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
