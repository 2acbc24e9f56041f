import ConveneCore

/// Which commitments a published report may print. A commitment is free text: "As mayor I
/// (Efua Owusu) will table the plan; call me on +234 803 555 0101" names its writer whatever
/// their `publish_name` says. One that names a participant of the events (their name's words in
/// a row, either order for two words; case, accents and Arabic spelling ignored), or holds an
/// e-mail address or a telephone number (a `+` and 7 digits or more, or 9 digits or more in one
/// run of digits, spaces, dots, dashes, slashes and brackets), is withheld; the report says how
/// many were.
struct CommitmentScreen {
  /// The folded words of each participant's name of two words or more.
  let names: [[Substring]]

  init(people: [Participant]) {
    names = Set(people.map { Self.words($0.name.folded).joined(separator: " ") }).map {
      $0.split(separator: " ")
    }.filter { $0.count >= 2 }
  }

  /// True when `text` may be printed.
  func isPrintable(_ text: String) -> Bool {
    !Self.holdsAddress(text) && !Self.holdsTelephoneNumber(text) && !namesSomeone(text)
  }

  /// True when the words of a participant's name stand in `text` one after the other.
  func namesSomeone(_ text: String) -> Bool {
    let words = Self.words(text.folded)
    guard !words.isEmpty else { return false }
    return names.contains { name in
      Self.contains(words, name) || (name.count == 2 && Self.contains(words, name.reversed()))
    }
  }

  /// The runs of letters and digits of `text`.
  static func words(_ text: String) -> [Substring] {
    text.split { !($0.isLetter || $0.isNumber) }
  }

  static func contains(_ words: [Substring], _ name: [Substring]) -> Bool {
    guard words.count >= name.count else { return false }
    return (0...(words.count - name.count)).contains { start in
      name.indices.allSatisfy { words[start + $0] == name[$0] }
    }
  }

  /// True for text holding `something@domain.tld`.
  static func holdsAddress(_ text: String) -> Bool {
    text.split(whereSeparator: \.isWhitespace).contains { token in
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
      if character.isASCII && character.isNumber {
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
