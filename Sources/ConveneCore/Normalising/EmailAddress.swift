/// Normalises and checks e-mail addresses as they come out of registration forms.
public enum EmailAddress {
  /// The address trimmed, without a `mailto:` prefix or angle brackets, in lower case; nil
  /// when it does not look like an address (one `@`, a dotted domain, no spaces).
  public static func normalised(_ text: String) -> String? {
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

  public static func isValid(_ address: String) -> Bool {
    let bytes = Array(address.utf8)
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
