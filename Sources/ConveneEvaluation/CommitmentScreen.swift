import ConveneCore
import Foundation

/// Which commitments a published report may print. A commitment is free text: "As mayor I
/// (Efua Owusu) will table the plan; call me on +234 803 555 0101" names its writer whatever
/// their `publish_name` says. One that names a participant of the events (their name's words in
/// a row, either order for two words, or written together as `عبدالله` for `عبد الله`; or their
/// family name alone, or their given name alone, written with a capital in a script that has
/// them: "Contact Owusu later", "Voir Cheikh C. à Abidjan", "Appeler HAMZA";
/// case, accents, width, invisible characters and Arabic spelling ignored), or holds an e-mail
/// address (also written `name(at)host(dot)org`, `name at host dot org`, `nom arobase hôte
/// point org`), or a telephone number (a `+` and 7 digits or more, or 9 digits or more in one
/// run of digits of any script, spaces, dots, dashes, slashes and brackets), is withheld; the
/// report says how many were.
struct CommitmentScreen {
  /// The folded words of each participant's name of two words or more.
  let names: [[String]]
  /// The family names of those names (`FamilyName.words(of:)`), by their folded last word (and
  /// those of two words or more also written together, `Abdallah` for `Abd Allah`).
  let familyNames: [String: [[String]]]
  /// The first words of those names, of three letters or more (`efua`, `cheikh`): a given
  /// name, with the event's other clues (an initial, a city, a title), picks out its person.
  let givenNames: Set<String>

  init(people: [Participant]) {
    names = Set(people.map { Self.words($0.name).joined(separator: " ") }).map {
      $0.split(separator: " ").map(String.init)
    }.filter { $0.count >= 2 }
    var family: [String: Set<[String]>] = [:]
    for name in names {
      let words = FamilyName.words(of: name)
      guard let last = words.last, last.count >= 3 else { continue }
      family[last, default: []].insert(words)
      if words.count > 1 { family[words.joined(), default: []].insert([words.joined()]) }
    }
    familyNames = family.mapValues { Array($0) }
    givenNames = Set(names.compactMap { $0.first }.filter { $0.count >= 3 })
  }

  /// True when `text` may be printed.
  func isPrintable(_ text: String) -> Bool {
    let plain = text.precomposedStringWithCompatibilityMapping
    return !Self.holdsAddress(plain) && !Self.holdsTelephoneNumber(plain) && !namesSomeone(plain)
      && !namesSomeoneByFamilyName(plain) && !namesSomeoneByGivenName(plain)
  }

  /// True when a participant's given name stands in `text` as a proper name: written with a
  /// capital (or in a script without capitals).
  func namesSomeoneByGivenName(_ text: String) -> Bool {
    Self.casedWords(text).contains { $0.isCapitalised && givenNames.contains($0.folded) }
  }

  /// True when a participant's family name stands in `text` as a proper name: its words in a
  /// row, the last written with a capital (or in a script without capitals).
  func namesSomeoneByFamilyName(_ text: String) -> Bool {
    let words = Self.casedWords(text)
    for (index, word) in words.enumerated() where word.isCapitalised {
      for family in familyNames[word.folded] ?? [] where family.count <= index + 1 {
        if zip(words[(index + 1 - family.count)...index], family).allSatisfy({ $0.folded == $1 }) {
          return true
        }
      }
    }
    return false
  }

  /// The words of `text` (letters and digits; anything else between words), folded, each with
  /// whether it begins with a capital or with a letter of a script without capitals.
  static func casedWords(_ text: String) -> [(folded: String, isCapitalised: Bool)] {
    let spaced = String(text.precomposedStringWithCompatibilityMapping.map { $0.isLetter || $0.isNumber ? $0 : " " })
    return spaced.split(separator: " ").compactMap { word in
      let folded = String(word).folded
      guard !folded.isEmpty, let first = word.first else { return nil }
      return (folded, first.isUppercase || !first.isCased)
    }
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
  static func words(_ text: String) -> [String] { casedWords(text).map(\.folded) }

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

  /// True for text holding `something@domain.tld`, also with the `@` and the dots written as
  /// words, alone or in brackets (`at`, `(at)`, `arobase`, `arroba`; `dot`, `[dot]`, `point`,
  /// `punto`, `ponto`, `نقطة`) and spaces around them.
  static func holdsAddress(_ text: String) -> Bool {
    spelledOutAddresses(text).split(whereSeparator: \.isWhitespace).contains { token in
      guard let at = token.firstIndex(of: "@"), at > token.startIndex else { return false }
      let domain = token[token.index(after: at)...]
      return domain.dropLast().contains(".") && domain.first?.isLetter == true
    }
  }

  /// Words that stand for `@`, and for `.`, in an address written out.
  static let atWords: Set<String> = ["@", "at", "arobase", "arroba"]
  static let dotWords: Set<String> = [".", "dot", "point", "punto", "ponto", "نقطة"]

  /// `text` with every `@` and `.` written as a word, or standing apart, joined to the words
  /// around it: `person3 at ex3 dot example dot org` is `person3@ex3.example.org`.
  static func spelledOutAddresses(_ text: String) -> String {
    let spaced = text.replacingOccurrences(of: "＠", with: "@")
      .replacingOccurrences(
        of: #"[(\[{<]\s*(at|arobase|arroba)\s*[)\]}>]"#, with: " @ ",
        options: [.regularExpression, .caseInsensitive]
      )
      .replacingOccurrences(
        of: #"[(\[{<]\s*(dot|point|punto|ponto)\s*[)\]}>]"#, with: " . ",
        options: [.regularExpression, .caseInsensitive]
      )
      .replacingOccurrences(of: "@", with: " @ ")
    var tokens: [String] = []
    var glue = false
    for raw in spaced.split(whereSeparator: \.isWhitespace) {
      let word = raw.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "()[]{}<>"))
      let symbol = atWords.contains(word) ? "@" : dotWords.contains(word) ? "." : nil
      if let symbol, let last = tokens.last, !last.isEmpty {
        tokens[tokens.count - 1] = last + symbol
        glue = true
      } else if glue, let last = tokens.last {
        tokens[tokens.count - 1] = last + raw
        glue = false
      } else {
        tokens.append(String(raw))
      }
    }
    return tokens.joined(separator: " ")
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
