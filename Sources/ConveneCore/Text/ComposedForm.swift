import Foundation

extension String {
  /// The text in Unicode's composed form (NFC): `é` as one character, as keyboards type it.
  /// A Mac's file names, a copy from some PDFs and some exports give instead `e` followed by a
  /// combining acute accent (NFD). The two look alike and compare equal in Swift, but their
  /// bytes differ: a file holding the decomposed form is not found by a search for the name as
  /// typed, and a program that compares bytes takes them for two names. Text with no
  /// combining mark and no Hangul vowel or final consonant is returned as it is.
  public var composed: String {
    guard unicodeScalars.contains(where: Self.mayCompose) else { return self }
    return precomposedStringWithCanonicalMapping
  }

  /// True for a character that canonical composition may join to the one before it: a
  /// combining mark, or a Hangul vowel or final consonant written as a separate jamo.
  private static func mayCompose(_ scalar: Unicode.Scalar) -> Bool {
    guard !scalar.isASCII else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return (0x1161...0x11C2).contains(scalar.value)
    }
  }
}
