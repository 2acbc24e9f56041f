/// The family name within a person's name, for finding it written alone.
enum FamilyName {
  /// Folded words that belong to the family name that follows them: `Abd` in `Abd Allah`,
  /// `Ould` in `Ould Mohamed`, `dos` in `dos Santos`, `van` in `van Dijk`.
  static let particles: Set<String> = [
    "abd", "abdel", "abdul", "abu", "abou", "bin", "ben", "ibn", "ould", "ag", "al", "el", "de", "da",
    "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "le", "la", "mac",
    "عبد", "ابو", "بن", "ابن", "ولد", "ال",
  ]

  /// The family name of a name of two words or more (folded words): its last word with the
  /// particles before it, never its first word; nothing for a name of one word.
  static func words(of name: [String]) -> [String] {
    guard name.count >= 2 else { return [] }
    var start = name.count - 1
    while start > 1 && particles.contains(name[start - 1]) { start -= 1 }
    return Array(name[start...])
  }
}
