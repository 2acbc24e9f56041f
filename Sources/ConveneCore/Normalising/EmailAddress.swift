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

  /// True for `local@domain.tld` without spaces, commas or semicolons.
  public static func isValid(_ address: String) -> Bool {
    let parts = address.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
    let domain = parts[1]
    guard domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."),
      !domain.contains("..")
    else { return false }
    return !address.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "<" })
  }
}
