/// One population's lines across the published editions and a new one, grouped by the set of
/// editions each line is in: the atoms. A signed combination of editions weighs every line of
/// an atom alike, so what combinations can single out is a question about a small 0/1 matrix
/// (editions × atoms), answered exactly (`RationalElimination`).
///
/// Editions in which the population counts 1 to `threshold - 1` people publish none of its
/// figures (the population is hidden whole), so they take no part. With `V` the matrix of the
/// editions that remain, `old` its rows of published editions and `S` a set of atoms, the
/// combinations whose figures count only the lines of `S` are those of `V` vanishing outside
/// `S`; what they give that the published editions alone did not is measured by
/// `gain(S) = (rank V − rank V∖S) − (rank old − rank old∖S)` (`V∖S`: without the columns of
/// `S`). It never decreases as `S` grows, so a set of at most `threshold - 1` people with a
/// gain is found by searching sets of small atoms, skipping every branch whose largest set
/// gains nothing (see docs/decisions.md).
struct EditionAtoms {
  /// The atoms' people (keys of who they are), each atom's lines being distinct people.
  let people: [[String]]
  /// Each remaining edition's number (the new edition last), and its 0/1 row over the atoms.
  let editions: [Int]
  let rows: [[Int]]
  let threshold: Int

  /// The atoms of one population, or nil when the new edition publishes none of its figures
  /// (or no edition was published).
  init?(kept: [String: [PublishedEditions.Variant]], now: [String: String], published: Int, threshold: Int) {
    let new = published + 1
    // Every line, with the editions it is in.
    var lines: [(who: String, editions: [Int])] = []
    for (who, variants) in kept {
      for variant in variants {
        lines.append((who, variant.line == now[who] ? variant.editions + [new] : variant.editions))
      }
    }
    for (who, line) in now where !(kept[who] ?? []).contains(where: { $0.line == line }) {
      lines.append((who, [new]))
    }
    var sizes = [Int](repeating: 0, count: new + 1)
    for line in lines { for edition in line.editions { sizes[edition] += 1 } }
    let publishing = Set((1...new).filter { sizes[$0] >= threshold })
    guard publishing.contains(new), publishing.count > 1 else { return nil }
    var atoms: [[Int]: [String]] = [:]
    for line in lines {
      let editions = line.editions.filter(publishing.contains)
      if !editions.isEmpty { atoms[editions, default: []].append(line.who) }
    }
    let keys = atoms.keys.sorted { $0.lexicographicallyPrecedes($1) }
    people = keys.map { atoms[$0]! }
    editions = publishing.sorted()
    rows = editions.map { edition in keys.map { $0.contains(edition) ? 1 : 0 } }
    self.threshold = threshold
  }

  /// A combination of the new edition with published ones whose figures count 1 to
  /// `threshold - 1` people, and that no combination of the published editions alone gave;
  /// nil when there is none. Throws when the numbers outgrow an `Int`.
  func isolating(population: String) throws(RationalElimination.Overflow) -> EditionCombination? {
    let small = people.indices.filter { people[$0].count < threshold }
    let old = Array(rows.dropLast())
    let (rankAll, rankOld) = (try RationalElimination.rank(rows), try RationalElimination.rank(old))
    // The new edition adds nothing when it is a combination of the published ones.
    guard rankAll > rankOld else { return nil }
    func gains(_ set: Set<Int>) throws(RationalElimination.Overflow) -> Bool {
      let outside = { (matrix: [[Int]]) in matrix.map { row in row.indices.filter { !set.contains($0) }.map { row[$0] } } }
      return try rankAll - RationalElimination.rank(outside(rows)) > rankOld - RationalElimination.rank(outside(old))
    }
    guard let found = try search([], candidates: small[...], gains: gains) else { return nil }
    var set = found
    for atom in found.sorted() {
      if try gains(set.subtracting([atom])) { set.remove(atom) }
    }
    return try combination(singling: set, population: population, old: old)
  }

  /// The people of the atoms in `set`.
  func count(_ set: Set<Int>) -> Int { Set(set.flatMap { people[$0] }).count }

  /// A set of atoms holding `set` and some of `candidates`, of fewer than `threshold` people,
  /// that gains; nil when there is none.
  func search(
    _ set: Set<Int>, candidates: ArraySlice<Int>, gains: (Set<Int>) throws(RationalElimination.Overflow) -> Bool
  ) throws(RationalElimination.Overflow) -> Set<Int>? {
    let fitting = candidates.filter { count(set.union([$0])) < threshold }
    // The gain never decreases as the set grows: no subset of the largest one gains if it does not.
    guard try gains(set.union(fitting)) else { return nil }
    guard !fitting.isEmpty else { return set }
    for (index, atom) in fitting.enumerated() {
      if let found = try search(set.union([atom]), candidates: fitting[(index + 1)...], gains: gains) { return found }
    }
    return nil
  }

  /// The combination of editions that vanishes outside `set` and gives something the
  /// published editions alone do not.
  func combination(singling set: Set<Int>, population: String, old: [[Int]]) throws(RationalElimination.Overflow)
    -> EditionCombination?
  {
    let outside = rows.map { row in row.indices.filter { !set.contains($0) }.map { row[$0] } }
    let rankOld = try RationalElimination.rank(old)
    for weights in try RationalElimination.combinationsVanishing(outside) {
      var figures = [Int](repeating: 0, count: rows[0].count)
      for (weight, row) in zip(weights, rows) {
        for atom in row.indices where row[atom] != 0 {
          let (sum, overflow) = figures[atom].addingReportingOverflow(weight)
          if overflow { throw RationalElimination.Overflow() }
          figures[atom] = sum
        }
      }
      guard try RationalElimination.rank(old + [figures]) > rankOld else { continue }
      let sign = weights.last! < 0 ? -1 : 1
      var named: [Int: Int] = [:]
      for (edition, weight) in zip(editions, weights) where weight != 0 { named[edition] = sign * weight }
      let counted = Set(figures.indices.filter { figures[$0] != 0 })
      return EditionCombination(population: population, weights: named, people: count(counted))
    }
    return nil
  }
}
