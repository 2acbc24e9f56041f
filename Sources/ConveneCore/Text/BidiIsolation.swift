/// Numbers and ranges inside right-to-left text, kept left to right. In an Arabic sentence the
/// Unicode bidirectional algorithm lays out `18-24` or `2027-03-09 – 2027-03-10` in ways that
/// read backwards (`24-18`) and moves the `+` of `65+` to the front; wrapped in a LEFT-TO-RIGHT
/// ISOLATE (U+2066) and a POP DIRECTIONAL ISOLATE (U+2069), each reads as written, and the
/// text around it keeps its own direction. These are the only characters convene writes that
/// `UnsafeCharacter` refuses in what people send: they appear in outputs only, always paired.
public enum BidiIsolation {
  /// LEFT-TO-RIGHT ISOLATE.
  public static let leftToRight: Character = "\u{2066}"
  /// FIRST STRONG ISOLATE: the direction of its first letter (left to right when it has none).
  public static let firstStrong: Character = "\u{2068}"
  /// POP DIRECTIONAL ISOLATE.
  public static let pop: Character = "\u{2069}"

  /// `text` as one isolate of the direction of its first letter.
  public static func isolated(_ text: String) -> String {
    text.isEmpty ? text : String(firstStrong) + text + String(pop)
  }

  /// `text` as one left-to-right isolate (a value such as `94.4 (n=54)`).
  public static func leftToRight(_ text: String) -> String {
    text.isEmpty ? text : String(leftToRight) + text + String(pop)
  }

  /// `text` with each run of digits and the signs between them (`18-24`, `4.38`, `65+`,
  /// `<5`, `2027-03-09 – 2027-03-10`, `1-5`) in a left-to-right isolate.
  public static func isolatingNumbers(_ text: String) -> String {
    let characters = Array(text)
    var result = ""
    var index = 0
    while index < characters.count {
      guard let end = numberRun(characters, from: index) else {
        result.append(characters[index])
        index += 1
        continue
      }
      result.append(leftToRight)
      result += String(characters[index..<end])
      result.append(pop)
      index = end
    }
    return result
  }

  /// Signs that join the digits of one number, range or date.
  static let joiners: Set<Character> = [".", ",", ":", "/", "-", "\u{2013}", "+", "%", " "]

  /// Where the run that starts at `start` ends, when a number starts there (a digit, or `<`,
  /// `>`, `+` or `-` just before one).
  static func numberRun(_ characters: [Character], from start: Int) -> Int? {
    var index = start
    if "<>+-\u{2212}".contains(characters[index]), index + 1 < characters.count, characters[index + 1].isASCIIDigit {
      index += 1
    }
    guard characters[index].isASCIIDigit else { return nil }
    var end = index
    while index < characters.count, characters[index].isASCIIDigit || joiners.contains(characters[index]) {
      // A space joins only a dash between two dates or numbers (`2027-03-09 – 2027-03-10`).
      if characters[index] == " " {
        let beforeDash = index + 2 < characters.count && characters[index + 1] == "\u{2013}" && characters[index + 2] == " "
        let afterDash =
          characters[index - 1] == "\u{2013}" && index + 1 < characters.count && characters[index + 1].isASCIIDigit
        guard beforeDash || afterDash else { break }
      }
      index += 1
      if characters[index - 1].isASCIIDigit || "+%".contains(characters[index - 1]) { end = index }
    }
    return end
  }
}

extension Character {
  /// True for 0-9.
  public var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
