import Foundation

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
  /// dropped, and runs of white space, `-`, `_` and `/` made one space. Arabic script is folded
  /// the way Arabic spellings vary: hamza and madda forms of alef (أ إ آ ٱ) are alef, ؤ is و,
  /// ئ is ي, a standalone ء is dropped, ة is ه, ى is ي, tatweel and harakat are dropped, and the
  /// Persian ی and ک are ي and ك. Arabic-Indic and Eastern Arabic-Indic digits are ASCII digits.
  public var folded: String { folded(upTo: .max) }

  /// The first `limit` characters of `folded`, found without folding the rest of the text
  /// (folding a beginning gives the beginning of the folded text).
  public func folded(upTo limit: Int) -> String {
    var result = String.UnicodeScalarView()
    var count = 0
    forEachFoldedScalar { scalar in
      guard count < limit else { return false }
      result.append(scalar)
      count += 1
      return count < limit
    }
    return String(result)
  }

  /// The first two scalars of `folded` as one number (the first in the high half), nil when
  /// the text folds to fewer: a key for a set of beginnings, found without making a string.
  public var foldedFirstTwo: UInt64? {
    var key: UInt64 = 0
    var count = 0
    forEachFoldedScalar { scalar in
      key = key << 32 | UInt64(scalar.value)
      count += 1
      return count < 2
    }
    return count == 2 ? key : nil
  }

  /// Gives each scalar of `folded` in order to `emit`, until `emit` returns false.
  func forEachFoldedScalar(_ emit: (Unicode.Scalar) -> Bool) {
    var pendingSpace = false
    var emitted = false
    var going = true
    func append(_ scalar: Unicode.Scalar) {
      guard going else { return }
      if pendingSpace && emitted {
        going = emit(" ")
        guard going else { return }
      }
      pendingSpace = false
      going = emit(scalar)
      emitted = true
    }
    for scalar in unicodeScalars {
      if !going { break }
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
      if (0x0600...0x06FF).contains(scalar.value) {
        if let folded = Self.arabicFolding(scalar) { append(folded) }
        continue
      }
      if scalar.isArabicPresentationForm {
        // Arabic presentation forms (text copied from a PDF): their letters, folded. A form
        // without a decomposition (an unassigned point, an ornate sign) is dropped.
        let letters = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
          .filter { !$0.isArabicPresentationForm }
        for letter in String(String.UnicodeScalarView(letters)).folded.unicodeScalars {
          append(letter)
        }
        continue
      }
      if let base = Self.latinBase[scalar] {
        for letter in base.unicodeScalars { append(letter) }
        continue
      }
      // Latin letters with accents beyond the table (Vietnamese `ư`, `ơ` in Latin Extended-B,
      // `ễ`, `ạ` in Latin Extended Additional): their base letter; a letter of its own there
      // (`ɓ`, `ƙ`) has no base and stays.
      // Greek letters (and Greek Extended) too: without tonos and dialytika, the final sigma
      // as any sigma (`Νίκος`, `ΝΙΚΟΣ` and `Νικος` fold alike).
      if (0x0180...0x024F).contains(scalar.value) || (0x1E00...0x1FFF).contains(scalar.value)
        || (0x0370...0x03FF).contains(scalar.value)
      {
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter {
          $0.properties.generalCategory != .nonspacingMark
        }
        for letter in String(String.UnicodeScalarView(base)).lowercased().unicodeScalars {
          append(letter == "\u{03C2}" ? "\u{03C3}" : letter)
        }
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
  }

  /// The folded form of a scalar of the Arabic block, nil for one that is dropped.
  static func arabicFolding(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: "\u{0627}"  // آ أ إ ٱ → ا
    case 0x0624: "\u{0648}"  // ؤ → و
    case 0x0626, 0x0649, 0x06CC, 0x06D0: "\u{064A}"  // ئ ى ی → ي
    case 0x0629, 0x06C0, 0x06C1: "\u{0647}"  // ة ۀ ہ → ه
    case 0x06A9, 0x06AA: "\u{0643}"  // ک → ك
    case 0x0660...0x0669: Unicode.Scalar(scalar.value - 0x0660 + 0x30)  // ٠-٩
    case 0x06F0...0x06F9: Unicode.Scalar(scalar.value - 0x06F0 + 0x30)  // ۰-۹
    case 0x0621, 0x0640: nil  // standalone hamza, tatweel
    case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: nil  // harakat and marks
    case 0x0600...0x060F, 0x061B...0x061F, 0x066A...0x066D, 0x06D4: nil  // signs and punctuation
    default: scalar
    }
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

  /// Splits a list cell on `;` and the Arabic semicolon `؛` (and, when asked, on `,` and the
  /// Arabic comma `،`, and on line breaks: a form's answer typed one item a line), trimming each
  /// item and dropping empty ones. A workspace file's cell is not split on line breaks: one
  /// there is an error its reader names.
  public func listItems(alsoSplittingOnCommas: Bool = false, alsoSplittingOnLineBreaks: Bool = false) -> [String] {
    split(whereSeparator: {
      $0 == ";" || $0 == "؛" || (alsoSplittingOnCommas && ($0 == "," || $0 == "،"))
        || (alsoSplittingOnLineBreaks && $0.isNewline)
    })
      .map { String($0).trimmed }
      .filter { !$0.isEmpty }
  }

  /// The text with Arabic-Indic (`٠`-`٩`) and Eastern Arabic-Indic (`۰`-`۹`) digits written as
  /// ASCII digits and the Arabic decimal separator `٫` as `.`, for reading numbers, dates and
  /// times; the text itself when it has none.
  public var asciiDigits: String {
    guard utf8.contains(where: { $0 >= 0xD9 && $0 <= 0xDB }) else { return self }  // no Arabic-block lead byte
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      switch scalar.value {
      case 0x0660...0x0669: result.append(Unicode.Scalar(scalar.value - 0x0660 + 0x30)!)
      case 0x06F0...0x06F9: result.append(Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!)
      case 0x066B: result.append(".")
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}

extension Unicode.Scalar {
  /// True for the Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF).
  fileprivate var isArabicPresentationForm: Bool {
    (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value) && value != 0xFEFF
  }

  fileprivate var isTrimmable: Bool {
    switch value {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0xFEFF, 0x2000...0x200B, 0x202F, 0x205F, 0x3000:
      true
    default: false
    }
  }
}
