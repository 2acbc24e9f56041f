import ConveneCore

/// People who are probably one person: the same name (folded: case, accents and punctuation
/// ignored; word order ignored) and the same city, under different e-mail addresses. Found in
/// one pass with a hash table, listed once per group however large it is: a city where forty
/// people are called "Mohamed Ahmed" is one group of forty, not 780 pairs.
enum DuplicateClusters {
  /// The groups of two or more in `people` of which at least one member is `touched` (by
  /// index), in the order of their first member.
  static func find(in people: [Participant], touched: (Int) -> Bool) -> [ImportReport.DuplicateCluster] {
    var folder = WordFolder()
    var keys = KeyTable()
    var members: [Int: [Int]] = [:]
    for index in people.indices where !people[index].name.isEmpty {
      let key = folder.sortedWords(people[index].name) + "|" + folder.sortedWords(people[index].city)
      if let first = keys.firstPerson(with: key, else: index) {
        members[first, default: [first]].append(index)
      }
    }
    return members.keys.sorted().compactMap { first in
      let group = members[first]!
      guard group.contains(where: touched) else { return nil }
      return .init(name: people[first].name, city: people[first].city, ids: group.map { people[$0].id })
    }
  }

  /// Folds text word by word, each distinct word once: names are many, the words they are
  /// made of far fewer. Folding a text equals folding its space-separated words and joining
  /// what is left with single spaces.
  struct WordFolder {
    private var words: [TextKey: String] = [:]
    static let remembered = 65_536

    /// The folded words of `text`, sorted, joined by spaces (`NDIAYE Awa` and `Awa Ndiayé`
    /// both give `awa ndiaye`).
    mutating func sortedWords(_ text: String) -> String {
      var pieces: [Substring] = []
      for part in text.utf8.split(separator: UInt8(ascii: " ")) {
        let key = TextKey(String(Substring(part)))
        let folded: String
        if let known = words[key] {
          folded = known
        } else {
          folded = key.text.folded
          if words.count < Self.remembered { words[key] = folded }
        }
        pieces += folded.split(separator: " ")
      }
      if pieces.count > 1 { pieces.sort() }
      return pieces.joined(separator: " ")
    }
  }

  /// Keys seen so far, kept as the bytes of one buffer and found by a hash of their bytes (a
  /// table of strings would hash each through Unicode normalisation and keep each apart).
  struct KeyTable {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var people: [Int] = []
    private var slots: [Int: Int] = [:]

    /// The first person with `key`; nil (and `person` remembered as the first) for a new key.
    mutating func firstPerson(with key: String, else person: Int) -> Int? {
      var key = key
      return key.withUTF8 { utf8 in
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
        var slot = hasher.finalize()
        while let number = slots[slot] {
          if bytes[starts[number]..<starts[number + 1]].elementsEqual(utf8) { return people[number] }
          slot &+= 1
        }
        slots[slot] = people.count
        bytes.append(contentsOf: utf8)
        starts.append(bytes.count)
        people.append(person)
        return nil
      }
    }
  }
}
