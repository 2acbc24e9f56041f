import ConveneCore

/// People who are probably one person: the same name (folded: case, accents and punctuation
/// ignored; word order ignored) and the same city, under different e-mail addresses. Found in
/// one pass with a hash table, listed once per group however large it is: a city where forty
/// people are called "Mohamed Ahmed" is one group of forty, not 780 pairs.
enum DuplicateClusters {
  /// The groups of two or more in `people` of which at least one member is `touched` (by
  /// index), in the order of their first member. The keys are made in the parts of `split` at
  /// the same time, each part with a word folder of its own, and grouped in order.
  /// `shouldStop`, asked every 256 people, ends the search early (for an import that is being
  /// interrupted).
  static func find(
    in people: [Participant], touched: (Int) -> Bool, split: RowSplit = .automatic,
    shouldStop: @Sendable () -> Bool = { false }
  ) -> [ImportReport.DuplicateCluster] {
    let parts = ParallelMap.map(split.ranges(people.count)) { range in
      Keys(of: people, range, shouldStop: shouldStop)
    }
    return groups(of: parts).compactMap { group in
      guard group.contains(where: touched) else { return nil }
      return .init(name: people[group[0]].name, city: people[group[0]].city, ids: group.map { people[$0].id })
    }
  }

  /// The people who share a key with someone, group by group in the order of their first
  /// member (keys are numbered in the order they are first met).
  static func groups(of parts: [Keys]) -> [[Int]] {
    var keys = ByteStringTable()
    var keyOf: [(person: Int, key: Int)] = []
    keyOf.reserveCapacity(parts.reduce(0) { $0 + $1.people.count })
    for part in parts {
      for number in part.people.indices {
        let key = part.key(number).withUnsafeBufferPointer { keys.insert($0).number }
        keyOf.append((part.people[number], key))
      }
    }
    var sizes = [Int](repeating: 0, count: keys.count)
    for entry in keyOf { sizes[entry.key] += 1 }
    var groupOfKey = [Int](repeating: -1, count: keys.count)
    var groups: [[Int]] = []
    for (key, size) in sizes.enumerated() where size > 1 {
      groupOfKey[key] = groups.count
      groups.append([])
      groups[groups.count - 1].reserveCapacity(size)
    }
    for entry in keyOf where groupOfKey[entry.key] >= 0 { groups[groupOfKey[entry.key]].append(entry.person) }
    return groups
  }

  /// The keys (folded name and city) of the people of a range who have a name, in order, as
  /// the bytes of one buffer.
  struct Keys: Sendable {
    private(set) var people: [Int] = []
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    init(of all: [Participant], _ range: Range<Int>, shouldStop: () -> Bool = { false }) {
      var folder = WordFolder()
      people.reserveCapacity(range.count)
      ends.reserveCapacity(range.count)
      for index in range where !all[index].name.isEmpty {
        if index & 255 == 255, shouldStop() { break }
        folder.appendSortedWords(of: all[index].name, to: &bytes)
        bytes.append(UInt8(ascii: "|"))
        folder.appendSortedWords(of: all[index].city, to: &bytes)
        people.append(index)
        ends.append(bytes.count)
      }
    }

    /// The key of the `number`th person.
    func key(_ number: Int) -> ArraySlice<UInt8> { bytes[(number == 0 ? 0 : ends[number - 1])..<ends[number]] }
  }

  /// Folds text word by word, each distinct word once: names are many, the words they are
  /// made of far fewer. Folding a text equals folding its space-separated words and joining
  /// what is left with single spaces.
  struct WordFolder {
    /// The words seen, by their bytes.
    private var words = ByteStringTable()
    /// What each word folds to: the range of its pieces in `pieces`, by the word's number.
    private var piecesOfWord: [Range<Int>] = []
    /// The pieces (the folded word split at its spaces), as ranges of `folded`, and whether
    /// each is part of a compound name (`joinsNext`, `joinsPrevious`).
    private var pieces: [Range<Int>] = []
    private var joins: [UInt8] = []
    private var folded: [UInt8] = []
    /// The pieces of the text being keyed, and whether each joins its neighbour.
    private var found: [Range<Int>] = []
    private var foundJoins: [UInt8] = []
    /// How much of `pieces` and `folded` belongs to remembered words: what words past the
    /// remembered ones fold to is kept only until their text's key is made.
    private var kept = (pieces: 0, folded: 0)
    /// Whole texts met before (cities, and names, repeat), and the key each gave, as ranges of
    /// `textKeys`, by the text's number.
    private var texts = ByteStringTable()
    private var keyOfText: [Range<Int>] = []
    private var textKeys: [UInt8] = []
    /// How many distinct words, and distinct texts, are remembered at most.
    let remembered: Int

    init(remembering remembered: Int = 65_536) { self.remembered = remembered }

    /// Appends the folded words of `text`, sorted by their bytes and separated by spaces, to
    /// `key` (`NDIAYE Awa` and `Awa Ndiayé` both give `awa ndiaye`).
    mutating func appendSortedWords(of text: String, to key: inout [UInt8]) {
      var text = text
      text.withUTF8 { utf8 in
        if let number = texts.number(of: utf8) {
          key += textKeys[keyOfText[number]]
          return
        }
        let start = key.count
        appendSortedWords(of: utf8, to: &key)
        if texts.count < remembered {
          _ = texts.insert(utf8)
          keyOfText.append(textKeys.count..<(textKeys.count + key.count - start))
          textKeys += key[start...]
        }
      }
    }

    /// The same for a text not met before, word by word.
    private mutating func appendSortedWords(of utf8: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) {
      found.removeAll(keepingCapacity: true)
      foundJoins.removeAll(keepingCapacity: true)
      var start = 0
      for index in 0...utf8.count where index == utf8.count || utf8[index] == UInt8(ascii: " ") {
        if index > start {
          let word = piecesOf(UnsafeBufferPointer(rebasing: utf8[start..<index]))
          found += pieces[word]
          foundJoins += joins[word]
        }
        start = index + 1
      }
      if found.count > 1, foundJoins.contains(where: { $0 != 0 }) { joinFoundCompounds() }
      if found.count > 1 { found.sort { folded[$0].lexicographicallyPrecedes(folded[$1]) } }
      for (number, piece) in found.enumerated() {
        if number > 0 { key.append(UInt8(ascii: " ")) }
        key += folded[piece]
      }
      pieces.removeLast(pieces.count - kept.pieces)
      joins.removeLast(joins.count - kept.pieces)
      folded.removeLast(folded.count - kept.folded)
    }

    /// What `joins` holds for a piece that is joined to the next one, or to the one before.
    static let joinsNextFlag: UInt8 = 1
    static let joinsPreviousFlag: UInt8 = 2

    /// The pieces `word` folds to (more than one for "Jean-Marc", none for "-"), as positions
    /// in `pieces`.
    mutating func piecesOf(_ word: UnsafeBufferPointer<UInt8>) -> Range<Int> {
      if let number = words.number(of: word) { return piecesOfWord[number] }
      let first = pieces.count
      for piece in String(decoding: word, as: UTF8.self).folded.utf8.split(separator: UInt8(ascii: " ")) {
        folded += piece
        pieces.append((folded.count - piece.count)..<folded.count)
        let bytes = Array(piece)
        joins.append(
          (Self.joinsNext.contains(bytes) ? Self.joinsNextFlag : 0)
            | (Self.joinsPrevious.contains(bytes) ? Self.joinsPreviousFlag : 0))
      }
      if words.count < remembered {
        _ = words.insert(word)
        piecesOfWord.append(first..<pieces.count)
        kept = (pieces.count, folded.count)
      }
      return first..<pieces.count
    }

    /// The parts of compound names of every language, folded (`CompoundNames`).
    static let joinsNext = CompoundNames.joinsNext
    static let joinsPrevious = CompoundNames.joinsPrevious

    /// `CompoundNames.join` for the pieces of the text being keyed: a joined piece is written at
    /// the end of `folded`, kept only until the text's key is made.
    private mutating func joinFoundCompounds() {
      var joined: [Range<Int>] = []
      joined.reserveCapacity(found.count)
      var joinNext = false
      for (piece, join) in zip(found, foundJoins) {
        if joinNext || (!joined.isEmpty && join & Self.joinsPreviousFlag != 0) {
          let before = Array(folded[joined[joined.count - 1]]), after = Array(folded[piece])
          let start = folded.count
          folded += before
          folded += after
          joined[joined.count - 1] = start..<folded.count
        } else {
          joined.append(piece)
        }
        joinNext = join & Self.joinsNextFlag != 0 && !joinNext
      }
      found = joined
    }

    /// The key as text, for tests.
    mutating func sortedWords(_ text: String) -> String {
      var key: [UInt8] = []
      appendSortedWords(of: text, to: &key)
      return String(decoding: key, as: UTF8.self)
    }
  }
}
