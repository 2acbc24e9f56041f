import Foundation

extension String {
  /// The text without leading and trailing white space.
  public var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }

  /// A form for comparing what people type: lower case, without accents, punctuation
  /// dropped and runs of white space made one space.
  public var folded: String {
    let simple = folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var result = ""
    var pendingSpace = false
    for scalar in simple.unicodeScalars {
      if CharacterSet.whitespacesAndNewlines.contains(scalar) || scalar == "-" || scalar == "_"
        || scalar == "/"
      {
        pendingSpace = !result.isEmpty
      } else if CharacterSet.punctuationCharacters.contains(scalar)
        || CharacterSet.symbols.contains(scalar)
      {
        continue
      } else {
        if pendingSpace { result += " " }
        pendingSpace = false
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Splits a list cell on `;` (and, when asked, on `,`), trimming each item and dropping
  /// empty ones.
  public func listItems(alsoSplittingOnCommas: Bool = false) -> [String] {
    split(whereSeparator: { $0 == ";" || (alsoSplittingOnCommas && $0 == ",") })
      .map { String($0).trimmed }
      .filter { !$0.isEmpty }
  }
}
