/// Characters no one types into a form and that must never reach a terminal as they are: the
/// C0 controls but tab and the line breaks (NUL, BEL, BS, ESC, ...), DEL, the C1 controls
/// (NEL among them), and the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
/// U+2066-U+2069), which reorder what a terminal or a spreadsheet shows. The import refuses
/// cells holding them, `check` reports them in every workspace CSV, and the command line
/// writes them escaped (`\u001B`).
public enum UnsafeCharacter {
  /// True for a character of the list above.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// True when valid UTF-8 bytes hold an unsafe character, judged on the bytes without
  /// making a string: a control byte, a C1 control (C2 80-9F) or a bidirectional control
  /// (E2 80 AA-AE, E2 81 A6-A9).
  public static func occurs(in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = utf8.count
    var index = 0
    while index < count {
      let byte = utf8[index]
      index += 1
      // Printable ASCII and every other lead or continuation byte start nothing unsafe.
      if byte >= 0x20 && byte != 0x7F && byte != 0xC2 && byte != 0xE2 { continue }
      let next = index < count ? utf8[index] : 0
      let third = index + 1 < count ? utf8[index + 1] : 0
      switch byte {
      case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: return true
      case 0xC2 where (0x80...0x9F).contains(next): return true
      case 0xE2 where next == 0x80 && (0xAA...0xAE).contains(third) || next == 0x81 && (0xA6...0xA9).contains(third):
        return true
      default: continue
      }
    }
    return false
  }

  /// True when `text` holds a line break (CR, LF, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH
  /// SEPARATOR): the cells of a workspace file that must fit on one line (a name, a title, an
  /// organisation, a city) refuse them.
  public static func holdsLineBreak(_ text: String) -> Bool {
    // Every line break starts with one of three bytes; most cells hold none of them.
    guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0xE2 }) else { return false }
    return text.unicodeScalars.contains { ["\n", "\r", "\u{2028}", "\u{2029}"].contains($0) }
  }

  /// The first unsafe character of `text`, if any.
  public static func first(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: isUnsafe)
  }

  /// The character as a message names it: `U+001B (ESC)`, `U+202E (RIGHT-TO-LEFT OVERRIDE)`.
  public static func named(_ scalar: Unicode.Scalar) -> String {
    let code = "U+" + hex(scalar.value)
    if let name = names[scalar.value] { return "\(code) (\(name))" }
    return (0x80...0x9F).contains(scalar.value) ? "\(code) (a C1 control)" : code
  }

  /// Why the character is refused, as the end of a message ("holds ...").
  public static func problem(_ scalar: Unicode.Scalar) -> String {
    (0x202A...0x2069).contains(scalar.value)
      ? "holds \(named(scalar)), an invisible control that reorders how the text is shown"
      : "holds \(named(scalar)), a control character that no one types and a terminal obeys"
  }

  /// `text` with every unsafe character, and every carriage return not ending a line, written
  /// as `\uXXXX` (tab and line breaks kept): what a terminal may be given. Inside a JSON
  /// string the escape means the same character.
  public static func escaped(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    func escapes(_ index: Int) -> Bool {
      isUnsafe(scalars[index]) || scalars[index] == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n")
    }
    guard scalars.indices.contains(where: escapes) else { return text }
    var result = String.UnicodeScalarView()
    for index in scalars.indices {
      if escapes(index) {
        result.append(contentsOf: ("\\u" + hex(scalars[index].value)).unicodeScalars)
      } else {
        result.append(scalars[index])
      }
    }
    return String(result)
  }

  /// `text` as `escaped` gives it, and its line breaks and tabs too (`\n`, `\r`, `\u2028`,
  /// `\u2029`, `\t`): a value quoted in a one-line message (a finding) stays on that line, and
  /// a tab in it is not taken for spaces.
  public static func escapedOnOneLine(_ text: String) -> String {
    let escaped = escaped(text)
    guard holdsLineBreak(escaped) || escaped.utf8.contains(0x09) else { return escaped }
    var result = ""
    for scalar in escaped.unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{2028}", "\u{2029}": result += "\\u" + hex(scalar.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  static let names: [UInt32: String] = [
    0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL", 0x85: "NEL",
    0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING",
    0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2066: "LEFT-TO-RIGHT ISOLATE",
    0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE",
  ]
}
