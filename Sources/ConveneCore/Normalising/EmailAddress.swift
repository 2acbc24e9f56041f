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
    address = address.trimmed.lowercased()
    return isValid(address) ? address : nil
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
    return invisibleCharacter(in: address) == nil && lookAlike(in: address) == nil
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
    }
  }
}
