import ConveneCore

/// People who are probably one person: the same name (folded: case, accents and punctuation
/// ignored; word order ignored) and the same city, under different e-mail addresses. Found in
/// one pass with a hash table, listed once per group however large it is: a city where forty
/// people are called "Mohamed Ahmed" is one group of forty, not 780 pairs.
enum DuplicateClusters {
  /// The groups of two or more in `people` of which at least one member is `touched` (by
  /// index), in the order of their first member.
  static func find(in people: [Participant], touched: (Int) -> Bool) -> [ImportReport.DuplicateCluster] {
    var cities: [TextKey: String] = [:]
    var keys = KeyTable()
    var members: [Int: [Int]] = [:]
    for index in people.indices where !people[index].name.isEmpty {
      let city = cities[TextKey(people[index].city)] ?? people[index].city.folded
      if cities.count < 4096 { cities[TextKey(people[index].city)] = city }
      var words = people[index].name.folded.split(separator: " ")
      words.sort()
      let key = words.joined(separator: " ") + "|" + city
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
