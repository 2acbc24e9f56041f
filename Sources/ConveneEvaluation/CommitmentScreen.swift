import ConveneCore
import Foundation

/// Which commitments a published report may print. A commitment is free text: "As mayor I
/// (Efua Owusu) will table the plan; call me on +234 803 555 0101" names its writer whatever
/// their `publish_name` says. One that names a participant of the events (their name's words in
/// a row, either order for two words, or written together as `عبدالله` for `عبد الله`; case,
/// accents, width, invisible characters and Arabic spelling ignored), or holds an e-mail address
/// (also written `name(at)host(dot)org`) or a telephone number (a `+` and 7 digits or more, or
/// 9 digits or more in one run of digits of any script, spaces, dots, dashes, slashes and
/// brackets), is withheld; the report says how many were.
struct CommitmentScreen {
  /// The folded words of each participant's name of two words or more.
  let names: [[String]]

  init(people: [Participant]) {
    names = Set(people.map { Self.words($0.name).joined(separator: " ") }).map {
      $0.split(separator: " ").map(String.init)
    }.filter { $0.count >= 2 }
  }

  /// True when `text` may be printed.
  func isPrintable(_ text: String) -> Bool {
    let plain = text.precomposedStringWithCompatibilityMapping
    return !Self.holdsAddress(plain) && !Self.holdsTelephoneNumber(plain) && !namesSomeone(plain)
  }

  /// True when the words of a participant's name stand in `text` one after the other (or
  /// turned round, for two words), written apart or together.
  func namesSomeone(_ text: String) -> Bool {
    let words = Self.words(text)
    guard !words.isEmpty else { return false }
    return names.contains { name in
      Self.contains(words, name) || (name.count == 2 && Self.contains(words, name.reversed()))
    }
  }

  /// The folded words of `text`: letters and digits, anything else (an apostrophe, a
  /// zero-width space, a hyphen) between words.
  static func words(_ text: String) -> [String] {
    let spaced = String(text.precomposedStringWithCompatibilityMapping.map { $0.isLetter || $0.isNumber ? $0 : " " })
    return spaced.split(separator: " ").map { String($0).folded }.filter { !$0.isEmpty }
  }

  /// True when a run of `words` spells `name` word for word, or the same letters with the
  /// spaces between some of its words left out.
  static func contains(_ words: [String], _ name: [String]) -> Bool {
    let joined = name.joined()
    for start in words.indices {
      var spelled = ""
      for word in words[start...] {
        spelled += word
        if spelled == joined { return true }
        guard joined.hasPrefix(spelled) else { break }
      }
    }
    return false
  }

  /// True for text holding `something@domain.tld`, or `(at)` and `(dot)` written for them.
  static func holdsAddress(_ text: String) -> Bool {
    let lower = text.lowercased().replacingOccurrences(of: " ", with: "")
    if ["(at)", "[at]", "{at}"].contains(where: lower.contains) && ["(dot)", "[dot]", "{dot}"].contains(where: lower.contains) {
      return true
    }
    return text.split(whereSeparator: \.isWhitespace).contains { token in
      guard let at = token.firstIndex(of: "@"), at > token.startIndex else { return false }
      let domain = token[token.index(after: at)...]
      return domain.dropLast().contains(".") && domain.first?.isLetter == true
    }
  }

  /// True for text holding a telephone number.
  static func holdsTelephoneNumber(_ text: String) -> Bool {
    let joining: Set<Character> = [" ", ".", "-", "/", "(", ")", "\u{00A0}"]
    var digits = 0
    var plus = false
    for character in text + "\n" {
      if character.wholeNumberValue != nil && character.unicodeScalars.count == 1 {
        digits += 1
      } else if character == "+" && digits == 0 {
        plus = true
      } else if joining.contains(character) {
        continue
      } else {
        if digits >= 9 || (plus && digits >= 7) { return true }
        digits = 0
        plus = false
      }
    }
    return false
  }
}
