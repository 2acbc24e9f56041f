/// How a value read from a file is quoted in a one-line message (a rejected reply, form or
/// row, an import's error): unsafe characters and line breaks escaped as
/// `UnsafeCharacter.escapedOnOneLine` writes them, and a long value cut to `maximumLength`
/// characters, ending with "…". However long the value (a folded address of 200 KB), the line
/// that names it stays short enough to read.
public enum QuotedValue {
  /// The most characters of a value a message shows.
  public static let maximumLength = 120

  /// `text` as a message quotes it.
  public static func shown(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > maximumLength else { return UnsafeCharacter.escapedOnOneLine(text) }
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: scalars.prefix(maximumLength))
    return UnsafeCharacter.escapedOnOneLine(String(kept)) + "…"
  }
}
