import ConveneTestSupport
import Testing

@testable import ConveneRegistration

/// Which names an update may write over a registered one (`PersonName.mayBeSamePerson`).
@Suite struct PersonNameTests {
  @Test(arguments: [
    ("Awa Ndiaye", "NDIAYE Awa"), ("Awa Ndiay", "Awa Ndiaye"), ("Kadiatou Kone", "Kadiatou Koné"), ("Fatou Sall", "Fatou Sal"),
    ("Moussa Diallo", "Moussa Dialo"),
    ("Awa Ndiaye", "Awa Ndiaye Diop"), ("Awa", "Awa Ndiaye"), ("A. Silva", "Ana Silva"),
    ("احمد عبد الله", "أحمد عبدالله"), ("Kadi Koné", "Kadiatou Kone"), ("José Garcia", "Jose García Pérez"),
    ("Ann Lee", ""),
  ])
  func spellingsOfOnePersonMatch(_ registered: String, _ incoming: String) {
    #expect(PersonName.mayBeSamePerson(registered, incoming))
    #expect(PersonName.mayBeSamePerson(incoming, registered))
  }

  @Test(arguments: [
    ("Ana Silva", "Bo Li"), ("Awa Ndiaye", "iPhone de Awa"), ("Kadiatou Koné", "Kadi (ONG Paix)"),
    ("أحمد عبدالله", "Galaxy A52"), ("Bo Li", "Bob Lin"), ("Ana Silva", "Anabela Costa"), ("Ann Lee", "Dan Lee"),
    ("Fatou Sall", "Fatou Fall"), ("Aminata Diop", "Aminata Niop"),
    // A man's name and the woman's made from it: two people of one family, often of one address.
    ("Ali Hassan", "Alia Hassan"), ("Daniel Costa", "Daniela Costa"), ("Jean Dupont", "Jeanne Dupont"),
    ("Francisco Silva", "Francisca Silva"), ("Michel Faye", "Michelle Faye"), ("Louis Sarr", "Louise Sarr"),
    ("Paul Mendy", "Pauline Mendy"), ("Henri Gomis", "Henriette Gomis"), ("Antonio Reis", "Antonia Reis"),
  ])
  func differentPeopleDoNot(_ registered: String, _ incoming: String) {
    #expect(!PersonName.mayBeSamePerson(registered, incoming))
    #expect(!PersonName.mayBeSamePerson(incoming, registered))
  }

  /// A name of plain letters skips the rules of `malformation` (most names are such): a seeded
  /// mix of letters, digits, marks, numerals and signs gives the same answer with and without
  /// the shortcut.
  @Test func theShortcutForPlainLettersAgreesWithTheRules() {
    let scalars: [Unicode.Scalar] = [
      "a", "Z", " ", "-", "'", ".", "é", "Ø", "ß", "ł", "Ǆ", "Ж", "ё", "\u{483}", "م", "ة", "\u{640}", "\u{64E}",
      "٣", "3", "²", "½", "Ⅻ", "×", "\u{301}", "ـ", "؟", "\u{200D}", "①",
    ]
    var generator = SeededRandom(seed: 2027)
    for _ in 0..<5_000 {
      let length = Int.random(in: 1...6, using: &generator)
      let name = String(String.UnicodeScalarView((0..<length).map { _ in scalars.randomElement(using: &generator)! }))
      if PersonName.isPlainlyLetters(name) {
        #expect(PersonName.ruleBroken(by: name) == nil, "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
  }

  /// What `--update` never applies to a stored name: the same name with words left out or cut
  /// to initials; a name told in full, reordered or corrected is applied.
  @Test func aNameShortenedToWordsOrInitialsIsNotAnUpdate() {
    let stored = "Mamadou Saliou Diallo"
    for short in ["Mamadou Saliou", "M. S. Diallo", "M S Diallo", "Mamadou S. Diallo", "M. Diallo", "diallo"] {
      #expect(ImportMerge.shortens(stored, to: short), "\(short)")
    }
    for other in ["Mamadou Saliou Diallo", "Diallo Mamadou Saliou", "Mamadou Saliou Bah", "A. S. Diallo", "Mamadou Saliou Diallo Barry"] {
      #expect(!ImportMerge.shortens(stored, to: other), "\(other)")
    }
    #expect(!ImportMerge.shortens("M. Diallo", to: "Mamadou Diallo"))
    #expect(ImportMerge.shortens("Émilie Côté", to: "E. Côté"))
    // Cut short (at a column's width); a name spelt otherwise is applied.
    #expect(ImportMerge.shortens(stored, to: "Mamadou Sali"))
    for inner in ["Mamadou Sal Diallo", "Mamadou Sal. Diallo", "Mamad. Saliou Diallo"] {
      #expect(ImportMerge.shortens(stored, to: inner), "\(inner)")
    }
    #expect(ImportMerge.shortens("Ana Maria Silva", to: "Ana Maria Silv"))
    #expect(ImportMerge.shortens("محمد عبد الله", to: "محمد عبد"))
    #expect(!ImportMerge.shortens("François Müller", to: "Francois Muller"))
    #expect(!ImportMerge.shortens("Ana Silva", to: "Ana Silvia"))
  }

  /// What `--update` never applies either: the stored name written poorer, its accents or
  /// hamzas dropped, or in capitals alone. A richer spelling, and a real correction, are applied.
  @Test func aNameWithoutItsAccentsOrInCapitalsIsNotAnUpdate() {
    #expect(ImportMerge.losesMarks("Nguyễn Văn Minh", to: "Nguyen Van Minh"))
    #expect(ImportMerge.losesMarks("François Müller", to: "Francois Muller"))
    #expect(ImportMerge.losesMarks("François Müller", to: "Francois Müller"))
    #expect(ImportMerge.losesMarks("أحمد السيد", to: "احمد السيد"))
    #expect(ImportMerge.losesMarks("Awa Ndiaye", to: "AWA NDIAYE"))
    #expect(ImportMerge.losesMarks("Νίκος Ζαχαρίου", to: "Νικος Ζαχαριου"))
    #expect(ImportMerge.losesMarks("Γιώργος Παπαδόπουλος", to: "ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ"))
    #expect(!ImportMerge.losesMarks("Νικος Ζαχαριου", to: "Νίκος Ζαχαρίου"))
    #expect(!ImportMerge.losesMarks("NGUYEN VAN MINH", to: "Nguyễn Văn Minh"))
    #expect(!ImportMerge.losesMarks("Francois Muller", to: "François Müller"))
    #expect(!ImportMerge.losesMarks("awa ndiaye", to: "Awa Ndiaye"))
    #expect(!ImportMerge.losesMarks("Awa Ndiaye", to: "Awa Ndiaye"))
    #expect(!ImportMerge.losesMarks("Ana Silva", to: "Ana Silvia"))
    // The same letters composed otherwise are no loss.
    #expect(!ImportMerge.losesMarks("Émilie", to: "E\u{301}milie"))
  }
}
