import ConveneCore

/// Header values made safe to write: text is encoded, identifiers are refused when they hold
/// anything but their own characters. No value that passes through here can end a header
/// line, so none can add a header (`Bcc:`) or start the body early, whatever the names, ids
/// and titles it was made from.
public enum MailHeader {
  /// Unstructured text (a subject): control characters, line breaks included, become spaces;
  /// text that is not printable ASCII becomes RFC 2047 encoded words (`=?UTF-8?B?...?=`),
  /// folded so that no line grows too long.
  public static func text(_ value: String) -> String {
    let flat = flattened(value)
    if flat.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) && !flat.contains("=?")
      && flat.utf8.count < 900
    {
      return flat
    }
    return encodedWords(flat)
  }

  /// `"Display Name" <address>`: the name quoted when it is printable ASCII and short, encoded
  /// (and so folded) when not; the address refused unless it is one plain address.
  public static func mailbox(name: String, address: String) throws(MailHeaderError) -> String {
    try checkAddress(address)
    let flat = flattened(name)
    if flat.isEmpty { return "<\(address)>" }
    let plain =
      flat.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) } && !flat.contains("=?")
    let quoted = "\"\(flat.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\""))\""
    guard plain, quoted.utf8.count <= longestQuotedName else {
      // The address on a line of its own: the line of the encoded name stays within 76
      // characters whatever the address's length.
      return "\(encodedWords(flat))\r\n <\(address)>"
    }
    return "\(quoted) <\(address)>"
  }

  /// The longest quoted name written as it is, quotes included: a longer one (a name of 500
  /// letters, or of 250 escaped quotes) is encoded, since a quoted string cannot be folded
  /// inside and a header line may not pass 998 characters (RFC 5322), 78 by its advice.
  static let longestQuotedName = 64

  /// A message id (`<left@right>`) from parts that must be dot-atoms: letters, digits and
  /// `!#$%&'*+-/=?^_`{|}~.`, dots neither first, last nor doubled.
  public static func messageID(left: String, right: String) throws(MailHeaderError) -> String {
    for part in [left, right] where !isDotAtom(part) {
      throw .unsafe(
        field: "Message-ID", value: part,
        reason: "only letters, digits, dots and !#$%&'*+-/=?^_`{|}~ may form a message id")
    }
    return "<\(left)@\(right)>"
  }

  /// A MIME token (a parameter value such as `REQUEST`).
  public static func token(_ value: String, field: String) throws(MailHeaderError) -> String {
    let specials = Set("()<>@,;:\\\"/[]?=")
    guard !value.isEmpty, value.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }),
      !value.contains(where: { specials.contains($0) })
    else { throw .unsafe(field: field, value: value, reason: "not a MIME token") }
    return value
  }

  /// Fails unless `address` is one plain address: an `@`, ASCII only, no spaces, control
  /// characters, quotes, brackets or separators.
  public static func checkAddress(_ address: String) throws(MailHeaderError) {
    let forbidden = Set("<>()[]\\,;:\" ")
    let at = address.filter { $0 == "@" }.count
    guard at == 1, !address.hasPrefix("@"), !address.hasSuffix("@"),
      !address.unicodeScalars.contains(where: isControl),
      !address.contains(where: { forbidden.contains($0) || $0.isWhitespace })
    else { throw .unsafe(field: "address", value: address, reason: "not a plain e-mail address") }
    // A header is ASCII: an address of other letters needs SMTPUTF8, which these messages do not use.
    guard address.unicodeScalars.allSatisfy(\.isASCII) else {
      throw .unsafe(
        field: "address", value: address,
        reason: "holds letters that are not plain ASCII, which mail without SMTPUTF8 cannot carry; give the person's plain address (a domain's xn-- form)")
    }
  }

  /// Line breaks, tabs and other control characters as single spaces, trimmed.
  static func flattened(_ value: String) -> String {
    var scalars = String.UnicodeScalarView()
    var lastWasSpace = true
    for scalar in value.unicodeScalars {
      if isControl(scalar) || scalar == " " {
        if !lastWasSpace { scalars.append(" ") }
        lastWasSpace = true
      } else {
        scalars.append(scalar)
        lastWasSpace = false
      }
    }
    var result = String(scalars)
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }

  /// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }

  /// RFC 2047 `=?UTF-8?B?...?=` words of at most 39 bytes of text each (64 characters with
  /// their markers), never splitting a character, joined by folding white space: a line that
  /// holds an encoded word may not pass 76 characters, and the first one begins with the
  /// header's name (`Subject: `, 9 characters).
  static func encodedWords(_ text: String) -> String {
    var words: [String] = []
    var chunk: [UInt8] = []
    for character in text {
      let bytes = Array(String(character).utf8)
      if chunk.count + bytes.count > 39 && !chunk.isEmpty {
        words.append("=?UTF-8?B?\(Base64.encode(chunk))?=")
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty { words.append("=?UTF-8?B?\(Base64.encode(chunk))?=") }
    return words.joined(separator: "\r\n ")
  }

  static func isDotAtom(_ text: String) -> Bool {
    let atext = Set("!#$%&'*+-/=?^_`{|}~")
    guard !text.isEmpty, !text.hasPrefix("."), !text.hasSuffix("."), !text.contains("..") else {
      return false
    }
    return text.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "."
          || atext.contains(Character(scalar)))
    }
  }
}

/// A header value that cannot be written safely.
public enum MailHeaderError: ConveneError, Equatable {
  case unsafe(field: String, value: String, reason: String)

  public var exitCode: Int32 { 1 }

  public var message: String {
    switch self {
    case .unsafe(let field, let value, let reason):
      return "\(field) \"\(QuotedValue.shown(value))\": \(reason); the e-mail was not written"
    }
  }
}
