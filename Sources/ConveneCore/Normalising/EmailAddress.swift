import Foundation

/// Normalises and checks e-mail addresses as they come out of registration forms.
public enum EmailAddress {
  /// The address trimmed, without a `mailto:` prefix or angle brackets, in lower case; nil
  /// when it does not look like an address (one `@`, a dotted domain, no spaces).
  public static func normalised(_ text: String) -> String? {
    // Most cells already are an address in lower case: checked in place, returned as they are.
    if let plain = text.utf8.withContiguousStorageIfAvailable({ isPlainLowercase($0) }), plain {
      return isValid(text) ? text : nil
    }
    var address = text.trimmed
    if address.lowercased().hasPrefix("mailto:") { address = String(address.dropFirst(7)) }
    if address.hasPrefix("<") && address.hasSuffix(">") {
      address = String(address.dropFirst().dropLast())
    }
    address = lowercased(address.trimmed)
    return isValid(address) ? address : nil
  }

  /// `text` in lower case, the Turkish dotted capital `İ` as `i`: Unicode lowers it to `i`
  /// with a combining dot above (U+0307), an address that looks like the one with `i` and
  /// reaches no one.
  static func lowercased(_ text: String) -> String {
    guard text.unicodeScalars.contains("\u{130}") else { return text.lowercased() }
    return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{130}" ? "I" : $0 })).lowercased()
  }

  /// The first combining mark written over a Latin letter or another ASCII character (`i̇`,
  /// `i` and U+0307): a letter no keyboard types so, that looks like the plain one and makes
  /// another address.
  public static func markOnASCII(in address: String) -> Unicode.Scalar? {
    var previous: Unicode.Scalar = " "
    for scalar in address.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark:
        if previous.isASCII { return scalar }
      default: previous = scalar
      }
    }
    return nil
  }

  /// Looks at the bytes: one `@` with text before it, a domain with a dot that neither starts
  /// nor ends it and no empty label, and no spaces, commas, semicolons or angle brackets.
  /// Beyond ASCII, no character that cannot be seen (a space of any kind, a zero-width
  /// character, a soft hyphen: `invisibleCharacter(in:)`) is allowed: copied from a web page
  /// or a PDF, it makes an address that looks like another and reaches no one.
  public static func isValid(_ address: String) -> Bool {
    let valid =
      address.utf8.withContiguousStorageIfAvailable(isValid) ?? Array(address.utf8).withUnsafeBufferPointer(isValid)
    guard valid, address.utf8.contains(where: { $0 >= 0x80 }) else { return valid }
    return invisibleCharacter(in: address) == nil && lookAlike(in: address) == nil && otherDigit(in: address) == nil
      && markOnASCII(in: address) == nil && compatibilityForm(in: address) == nil
  }

  /// The first character that is another's compatibility form: a full-width letter or sign
  /// (`ａｎａ`, typed with a Japanese or Chinese input method left on), a ligature (`ﬁ`), a
  /// superscript (`²`) or an Arabic presentation form. It looks like the plain character and
  /// makes another address, which reaches no one. Told by its NFKC form, which differs from
  /// its NFC form; a letter that only case folding changes (`ß`, `ς`) is no such form.
  public static func compatibilityForm(in address: String) -> Unicode.Scalar? {
    address.unicodeScalars.first { scalar in
      guard !scalar.isASCII, scalar.properties.changesWhenNFKCCaseFolded else { return false }
      let text = String(scalar)
      return text.precomposedStringWithCompatibilityMapping != text.precomposedStringWithCanonicalMapping
    }
  }

  /// The first digit of a script other than Latin (`ana٥@x.org`, an Arabic-Indic five typed on
  /// an Arabic keyboard): the address is another than the one with `5`, and reaches no one.
  public static func otherDigit(in address: String) -> Unicode.Scalar? {
    address.unicodeScalars.first { !$0.isASCII && $0.properties.numericType == .decimal }
  }

  /// The first character of `address` that shows as nothing or as a space: a space or line
  /// separator of any script, a control, a format character (zero-width space and joiners,
  /// word joiner, soft hyphen, byte-order mark, direction marks), any other of Unicode's
  /// default-ignorable code points (the combining grapheme joiner U+034F, the Hangul fillers
  /// U+115F, U+1160, U+3164 and U+FFA0, variation selectors such as U+FE0F, the Khmer inherent
  /// vowels U+17B4 and U+17B5), or a character drawn blank (the Braille blank U+2800).
  public static func invisibleCharacter(in address: String) -> Unicode.Scalar? {
    address.unicodeScalars.first { scalar in
      switch scalar.properties.generalCategory {
      case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: true
      default:
        scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint || blank.contains(scalar.value)
      }
    }
  }

  /// Characters that are not default-ignorable but are drawn as nothing.
  static let blank: Set<UInt32> = [0x2800, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x17B4, 0x17B5]

  /// The first Cyrillic or Greek letter in a label of the domain that also holds Latin letters
  /// (`xа.org` with a Cyrillic `а`: it looks exactly like `xa.org` and is another domain).
  /// A label wholly in one script (`почта.рф`) is a real internationalised domain.
  public static func lookAlike(in address: String) -> Unicode.Scalar? {
    guard let at = address.lastIndex(of: "@") else { return nil }
    for label in address[address.index(after: at)...].split(separator: ".") {
      let scalars = label.unicodeScalars
      guard scalars.contains(where: { ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A }) else { continue }
      if let other = scalars.first(where: { (0x370...0x52F).contains($0.value) }) { return other }
    }
    return nil
  }

  /// True for text that normalising would leave as it is: visible ASCII without capitals, not
  /// starting with `mailto:` or `<`.
  static func isPlainLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, first != UInt8(ascii: "<"), !bytes.starts(with: "mailto:".utf8) else { return false }
    return bytes.allSatisfy { (0x21...0x7E).contains($0) && !(0x41...0x5A).contains($0) }
  }

  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0, at <= 64,
      !bytes[(at + 1)...].contains(UInt8(ascii: "@"))
    else { return false }
    let domain = bytes[(at + 1)...]
    guard let firstByte = domain.first, let lastByte = domain.last,
      firstByte != UInt8(ascii: "."), lastByte != UInt8(ascii: "."), domain.contains(UInt8(ascii: "."))
    else { return false }
    var previous: UInt8 = 0
    for byte in domain {
      if byte == UInt8(ascii: ".") && previous == UInt8(ascii: ".") { return false }
      previous = byte
    }
    return !bytes.contains { byte in
      byte <= 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "<")
        || byte == UInt8(ascii: ">")
    } && syntaxProblem(bytes, at: at) == nil
  }

  /// What breaks the rules of an address that mail servers deliver (RFC 5321's dot-atom,
  /// host names of RFC 1123) in an address with one `@` at `at`.
  public enum SyntaxProblem: Sendable, Equatable, CustomStringConvertible {
    /// A dot at the start or end of the part before `@`, or two dots in a row (`.ann@`, `ann..lee@`).
    case localDots
    /// A character no unquoted address holds before `@` (`"`, `(`, `:`, `[`, `\`).
    case localCharacter(Character)
    /// An IP address in brackets instead of a domain (`ann@[127.0.0.1]`).
    case addressLiteral
    /// A label of the domain that is empty, longer than 63 characters, starts or ends with a
    /// hyphen, or holds a character other than a letter, a digit or a hyphen (`-x.org`, `x_y.org`).
    case domainLabel(String)
    /// A domain without a dot, or with a dot at its start or end or two in a row (`localhost`, `x..org`).
    case domainDots
    /// A last label of one letter, or with a digit or a hyphen (`x.o`, `10.0.0.1`, `x.c0m`).
    case topLevel(String)
    /// More than 254 characters.
    case tooLong

    public var description: String {
      switch self {
      case .localDots: "a dot may not start or end the part before @, nor follow another dot"
      case .localCharacter(let character): "the part before @ may not hold \"\(character)\""
      case .addressLiteral: "an address in brackets is not a domain name"
      case .domainDots: "the part after @ must be a domain such as x.org: dots between its parts, none at its ends or two in a row"
      case .domainLabel(let label): "\"\(label)\" is not a domain name's part (letters, digits and inner hyphens)"
      case .topLevel(let label): "\"\(label)\" is no top-level domain"
      case .tooLong: "it is longer than 254 characters"
      }
    }
  }

  /// The first rule `address` breaks, or nil; nil too for text without one `@` (see `isValid`).
  public static func syntaxProblem(in address: String) -> SyntaxProblem? {
    var utf8 = address
    return utf8.withUTF8 { bytes in
      guard let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return nil }
      return syntaxProblem(bytes, at: at)
    }
  }

  /// `syntaxProblem(in:)` on the bytes, one pass over each part.
  static func syntaxProblem(_ bytes: UnsafeBufferPointer<UInt8>, at: Int) -> SyntaxProblem? {
    if bytes.count > 254 { return .tooLong }
    var previous = UInt8(ascii: ".")
    for byte in bytes[..<at] {
      if byte == UInt8(ascii: ".") && previous == UInt8(ascii: ".") { return .localDots }
      if isForbiddenInLocalPart(byte) { return .localCharacter(Character(Unicode.Scalar(byte))) }
      previous = byte
    }
    if previous == UInt8(ascii: ".") { return .localDots }
    let domain = bytes[(at + 1)...]
    if domain.first == UInt8(ascii: "[") { return .addressLiteral }
    guard domain.contains(UInt8(ascii: ".")) else { return .domainDots }
    var labelStart = domain.startIndex
    var lastLabel = domain
    for index in domain.startIndex...domain.endIndex where index == domain.endIndex || bytes[index] == UInt8(ascii: ".") {
      let label = bytes[labelStart..<index]
      if label.isEmpty { return .domainDots }
      if let problem = labelProblem(label) { return problem }
      lastLabel = label
      labelStart = index + 1
    }
    // A top-level domain is letters (`org`, `africa`), or a Unicode one in its ASCII form
    // (`xn--p1ai`): a digit or a hyphen in it is a typo (`example.c0m`).
    let isPunycode = lastLabel.starts(with: "xn--".utf8)
    let isLetters = lastLabel.allSatisfy { $0 >= 0x80 || (0x61...0x7A).contains($0 | 0x20) }
    if lastLabel.count < 2 || !(isLetters || isPunycode) {
      return .topLevel(String(decoding: lastLabel, as: UTF8.self))
    }
    return nil
  }

  static func labelProblem(_ label: Slice<UnsafeBufferPointer<UInt8>>) -> SyntaxProblem? {
    let text = { String(decoding: label, as: UTF8.self) }
    guard label.count <= 63, label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-") else {
      return .domainLabel(text())
    }
    for byte in label where byte < 0x80 {
      let letterOrDigit = (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)
      if !letterOrDigit && byte != UInt8(ascii: "-") { return .domainLabel(text()) }
    }
    return nil
  }

  /// True for the ASCII characters an unquoted local part may not hold (RFC 5322's specials
  /// but the dot).
  static func isForbiddenInLocalPart(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ":"),
      UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "@"), UInt8(ascii: "["),
      UInt8(ascii: "\\"), UInt8(ascii: "]"):
      true
    default: false
    }
  }
}
