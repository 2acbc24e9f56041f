import ConveneCore
import ConveneTestSupport
import Testing

@testable import ConveneRegistration

/// `Placeholder.matches` looks at the first letters before folding a whole text (every name of
/// an export goes through it); these tests hold it to the plain rule it shortens: a text is a
/// placeholder when it folds to nothing or to one of `FormToolWords.placeholders`.
@Suite struct PlaceholderTests {
  static func reference(_ text: String) -> Bool {
    let folded = text.folded
    return folded.isEmpty || FormToolWords.placeholders.contains(folded)
  }

  /// Latin letters with accents, and other scripts, before a placeholder's letters.
  @Test func accentedAndOtherScriptsAreFoldedFirst() {
    #expect(Placeholder.matches("Ínconnu"))
    #expect(Placeholder.matches("ANÓNIMO"))
    #expect(Placeholder.matches("Ｔｅｓｔ") == Self.reference("Ｔｅｓｔ"))
    #expect(!Placeholder.matches("Ирина"))
    #expect(!Placeholder.matches("Ñandú"))
  }

  /// Every placeholder, and each written with what folding drops or joins before its first
  /// letter (tatweels, harakat, a standalone hamza, a hamza form of alef, spaces, punctuation).
  @Test func everyPlaceholderMatchesHoweverItStarts() {
    let starts = ["", "ـ", "ـــ", "\u{064E}", "ء", " ", "-", "«", "\u{200F}"]
    for placeholder in FormToolWords.placeholders {
      for start in starts {
        let text = start + placeholder
        #expect(Placeholder.matches(text) == Self.reference(text), "\(text)")
      }
      #expect(Placeholder.matches(placeholder), "\(placeholder)")
    }
    #expect(Placeholder.matches("ـمجهول"))
    #expect(Placeholder.matches("فُلان"))
    #expect(Placeholder.matches("ـــ"))
  }

  /// Names and answers of the network's scripts, and random texts made of Arabic letters,
  /// marks and tatweels mixed with Latin letters and spaces: the same answer as the rule.
  @Test func agreesWithTheRuleOnNamesAndRandomTexts() {
    let names = [
      "محمد الشواربة", "أحمد", "إبراهيم", "ـأحمد", "مجهولة الاسم", "غير", "بدون", "فلانة", "تجربة ١", "ت",
      "Anonymous", "ANONYME", "N/A", "n.a.", "Test User", "Aïcha Koné", "x", "Xavier", "Ñandú",
    ]
    for name in names { #expect(Placeholder.matches(name) == Self.reference(name), "\(name)") }

    var random = SeededRandom(seed: 2027)
    let alphabet: [Unicode.Scalar] =
      ["ـ", "ء", "أ", "ا", "م", "ج", "ه", "و", "ل", "ف", "ن", "غ", "ي", "ر", "ع", "ب", "د", "س", "ت", "ة", "\u{064E}",
       "\u{0651}", " ", "a", "n", "o", "x", "-", "٣", "Í", "É", "ñ", "и", "\u{0301}", "ﻻ"]
    let placeholders = FormToolWords.placeholders.sorted()
    var matched = 0
    for _ in 0..<20_000 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<random.int(0...8) { scalars.append(alphabet[random.int(0...(alphabet.count - 1))]) }
      // Half of the texts end in a placeholder, so that both answers are drawn.
      let text = String(scalars) + (random.chance(0.5) ? placeholders[random.int(0...(placeholders.count - 1))] : "")
      #expect(Placeholder.matches(text) == Self.reference(text), "\(text)")
      if Self.reference(text) { matched += 1 }
    }
    #expect(matched > 1_000)
  }
}
