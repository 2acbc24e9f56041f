import ConveneCore

/// People who are probably one person: the same name (folded: case, accents and punctuation
/// ignored; word order ignored) and the same city, under different e-mail addresses. Found in
/// one pass with a hash table, listed once per group however large it is: a city where forty
/// people are called "Mohamed Ahmed" is one group of forty, not 780 pairs.
enum DuplicateClusters {
  /// The groups of two or more in `people` of which at least one member is in `touched`,
  /// in the order of their first member.
  static func find(in people: [Participant], touched: Set<String>) -> [ImportReport.DuplicateCluster] {
    var keys = FoldedKeys()
    // The table holds a hash of each key and the first person with it; keys are compared
    // again on a match, so two keys with one hash stay apart.
    var firstByHash: [Int: Int] = [:]
    var members: [Int: [Int]] = [:]
    for index in people.indices where !people[index].name.isEmpty {
      let key = keys.key(people[index])
      var slot = key.hashValue
      while let first = firstByHash[slot] {
        if keys.key(people[first]) == key {
          members[first, default: [first]].append(index)
          break
        }
        slot &+= 1
      }
      if firstByHash[slot] == nil { firstByHash[slot] = index }
    }
    return members.keys.sorted().compactMap { first in
      let group = members[first]!
      guard group.contains(where: { touched.contains(people[$0].id) }) else { return nil }
      return .init(name: people[first].name, city: people[first].city, ids: group.map { people[$0].id })
    }
  }

  /// Folded names and cities, each distinct spelling folded once (up to a bound, so that a
  /// file of distinct names does not keep them all twice).
  struct FoldedKeys {
    private var names: [String: String] = [:]
    private var cities: [String: String] = [:]
    static let remembered = 4096

    /// The folded name, its words sorted (`NDIAYE Awa` and `Awa Ndiaye` give one key), and
    /// the folded city.
    mutating func key(_ person: Participant) -> String {
      Self.fold(person.name, in: &names, sortingWords: true) + "|" + Self.fold(person.city, in: &cities, sortingWords: false)
    }

    static func fold(_ text: String, in memory: inout [String: String], sortingWords: Bool) -> String {
      if let known = memory[text] { return known }
      var folded = text.folded
      if sortingWords {
        var words = folded.split(separator: " ")
        if words.count > 1 {
          words.sort()
          folded = words.joined(separator: " ")
        }
      }
      if memory.count < remembered { memory[text] = folded }
      return folded
    }
  }
}
