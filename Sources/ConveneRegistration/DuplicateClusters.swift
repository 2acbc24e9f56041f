import ConveneCore

/// People who are probably one person: the same name (folded: case, accents and punctuation
/// ignored; word order ignored) and the same city, under different e-mail addresses. Found in
/// one pass with a hash table, listed once per group however large it is: a city where forty
/// people are called "Mohamed Ahmed" is one group of forty, not 780 pairs.
enum DuplicateClusters {
  /// The groups of two or more in `people` of which at least one member is `touched` (by
  /// index), in the order of their first member.
  /// `shouldStop`, asked every thousand people, ends the search early (for an import that
  /// is being interrupted).
  static func find(
    in people: [Participant], touched: (Int) -> Bool, shouldStop: () -> Bool = { false }
  ) -> [ImportReport.DuplicateCluster] {
    var folder = WordFolder()
    var keys = KeyTable()
    var members: [Int: [Int]] = [:]
    var key: [UInt8] = []
    for index in people.indices where !people[index].name.isEmpty {
      if index & 1023 == 1023, shouldStop() { break }
      key.removeAll(keepingCapacity: true)
      folder.appendSortedWords(of: people[index].name, to: &key)
      key.append(UInt8(ascii: "|"))
      folder.appendSortedWords(of: people[index].city, to: &key)
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
    private var words: [TextKey: [[UInt8]]] = [:]
    private var pieces: [[UInt8]] = []
    static let remembered = 65_536

    /// Appends the folded words of `text`, sorted by their bytes and separated by spaces, to
    /// `key` (`NDIAYE Awa` and `Awa Ndiayé` both give `awa ndiaye`).
    mutating func appendSortedWords(of text: String, to key: inout [UInt8]) {
      pieces.removeAll(keepingCapacity: true)
      var text = text
      let words: [String] = text.withUTF8 { utf8 in
        var words: [String] = []
        var start = 0
        for index in 0...utf8.count where index == utf8.count || utf8[index] == UInt8(ascii: " ") {
          if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<index]), as: UTF8.self)) }
          start = index + 1
        }
        return words
      }
      for word in words { pieces += folded(word) }
      if pieces.count > 1 { Self.joinCompounds(&pieces) }
      if pieces.count > 1 { pieces.sort { $0.lexicographicallyPrecedes($1) } }
      for (number, piece) in pieces.enumerated() {
        if number > 0 { key.append(UInt8(ascii: " ")) }
        key += piece
      }
    }

    /// The parts of compound names of every language, folded (`LanguagePack.Values`).
    static let joinsNext = Set(LanguagePack.words(\.values.nameJoinsNext).map { Array($0.folded.utf8) })
    static let joinsPrevious = Set(LanguagePack.words(\.values.nameJoinsPrevious).map { Array($0.folded.utf8) })

    /// Writes the compound names among `pieces` as one word, as people write them either
    /// way: `عبد الله` and `عبدالله`, `أبو بكر` and `ابوبكر`, `نور الدين` and `نورالدين`.
    static func joinCompounds(_ pieces: inout [[UInt8]]) {
      var joined: [[UInt8]] = []
      joined.reserveCapacity(pieces.count)
      var joinNext = false
      for piece in pieces {
        if joinNext || (!joined.isEmpty && joinsPrevious.contains(piece)) {
          joined[joined.count - 1] += piece
        } else {
          joined.append(piece)
        }
        joinNext = joinsNext.contains(piece) && !joinNext
      }
      pieces = joined
    }

    /// The words `word` folds to (more than one for "Jean-Marc", none for "-").
    mutating func folded(_ word: String) -> [[UInt8]] {
      let key = TextKey(word)
      if let known = words[key] { return known }
      let pieces = word.folded.utf8.split(separator: UInt8(ascii: " ")).map(Array.init)
      if words.count < Self.remembered { words[key] = pieces }
      return pieces
    }

    /// The key as text, for tests.
    mutating func sortedWords(_ text: String) -> String {
      var key: [UInt8] = []
      appendSortedWords(of: text, to: &key)
      return String(decoding: key, as: UTF8.self)
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
    mutating func firstPerson(with key: [UInt8], else person: Int) -> Int? {
      key.withUnsafeBufferPointer { utf8 in
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
