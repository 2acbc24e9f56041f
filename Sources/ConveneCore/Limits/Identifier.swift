/// The one rule for ids that name things in files, paths and e-mail headers: event,
/// participant, session, room, venue, category, cohort, question, option and indicator ids.
///
/// An id is 1 to 64 characters among ASCII letters, digits, `-`, `_` and `.`, and does not
/// begin with `.`. So an id can never be a path (`../x`, `/etc`), carry a line break into a
/// header, hide markup, or be a hidden file's name.
public enum Identifier {
  /// The longest id.
  public static let maximumLength = 64

  /// The characters an id may hold, for messages.
  public static let rule =
    "ids are 1 to \(maximumLength) letters (a-z, A-Z), digits, '-', '_' or '.', not beginning with '.'"

  /// True when `text` is a valid id.
  public static func isValid(_ text: String) -> Bool {
    let bytes = text.utf8
    guard !bytes.isEmpty, bytes.count <= maximumLength, bytes.first != UInt8(ascii: ".") else {
      return false
    }
    return bytes.allSatisfy(isAllowed)
  }

  /// Why `text` is not a valid id, or nil when it is one.
  public static func problem(_ text: String) -> String? {
    if isValid(text) { return nil }
    return "\"\(Self.shown(text))\" is not a valid id (\(rule))"
  }

  /// The text made safe to quote in a message, as `QuotedValue` quotes a value, at most 80
  /// characters.
  public static func shown(_ text: String) -> String {
    QuotedValue.shown(text, cutAfter: 80)
  }

  static func isAllowed(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
      UInt8(ascii: "."):
      true
    default: false
    }
  }
}
