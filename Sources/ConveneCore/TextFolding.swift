extension String {
  /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break
  /// spaces, byte-order marks).
  public var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isTrimmable }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.isTrimmable })!
    if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
    return String(scalars[first...last])
  }

  /// A form for comparing what people type: lower case, without accents, punctuation
  /// dropped, and runs of white space, `-`, `_` and `/` made one space.
  public var folded: String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    func append(_ scalar: Unicode.Scalar) {
      if pendingSpace && !result.isEmpty { result.append(" ") }
      pendingSpace = false
      result.append(scalar)
    }
    for scalar in unicodeScalars {
      if scalar.isASCII {
        switch scalar {
        case "A"..."Z": append(Unicode.Scalar(scalar.value + 32)!)
        case "a"..."z", "0"..."9": append(scalar)
        case " ", "\t", "\n", "\r", "-", "_", "/": pendingSpace = true
        case "+", "<", ">": append(scalar)
        default: continue  // other punctuation and symbols
        }
        continue
      }
      if let base = Self.latinBase[scalar] {
        for letter in base.unicodeScalars { append(letter) }
        continue
      }
      let properties = scalar.properties
      switch properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark, .format: continue
      case .spaceSeparator, .lineSeparator, .paragraphSeparator, .dashPunctuation: pendingSpace = true
      case .connectorPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
        .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol,
        .otherSymbol, .control:
        continue
      default:
        for letter in properties.lowercaseMapping.unicodeScalars { append(letter) }
      }
    }
    return String(result)
  }

  /// Latin letters with accents (and ligatures) by their plain lower-case spelling.
  static let latinBase: [Unicode.Scalar: String] = {
    let groups: [(String, String)] = [
      ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"),
      ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
      ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
      ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
      ("ŚśŜŝŞşŠšȘș", "s"), ("ŢţŤťŦŧȚț", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"),
      ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("ÆæǼǽ", "ae"), ("Œœ", "oe"), ("ß", "ss"),
      ("Ðð", "d"), ("Þþ", "th"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (letters, base) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = base }
    }
    return table
  }()

  /// Splits a list cell on `;` (and, when asked, on `,`), trimming each item and dropping
  /// empty ones.
  public func listItems(alsoSplittingOnCommas: Bool = false) -> [String] {
    split(whereSeparator: { $0 == ";" || (alsoSplittingOnCommas && $0 == ",") })
      .map { String($0).trimmed }
      .filter { !$0.isEmpty }
  }
}

extension Unicode.Scalar {
  fileprivate var isTrimmable: Bool {
    switch value {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0xFEFF, 0x2000...0x200B, 0x202F, 0x205F, 0x3000:
      true
    default: false
    }
  }
}
