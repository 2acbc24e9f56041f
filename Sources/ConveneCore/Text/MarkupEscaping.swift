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
}
