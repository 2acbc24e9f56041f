extension String {
  /// The text safe inside HTML or XML (SVG) text and attribute values.
  public var htmlEscaped: String {
    var result = ""
    result.reserveCapacity(utf8.count)
    for character in self {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// The text safe inside a Markdown paragraph or table cell: markup characters and raw HTML
  /// are backslash-escaped, line breaks become spaces.
  public var markdownEscaped: String {
    // Most texts hold none of those characters (all ASCII): they are kept as they are.
    guard utf8.contains(where: { Self.markdownSpecial[Int($0)] }) else { return self }
    var result = ""
    for character in self {
      switch character {
      case "|", "*", "_", "`", "[", "]", "<", ">", "\\", "#", "&": result += "\\\(character)"
      case "\n", "\r", "\r\n": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  /// The bytes of the characters `markdownEscaped` changes: markup characters and line breaks.
  private static let markdownSpecial: [Bool] = (0..<256).map { byte in
    Array("|*_`[]<>\\#&\n\r".utf8).contains(UInt8(byte))
  }
}
