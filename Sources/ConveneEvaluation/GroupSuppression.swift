/// Chooses which groups of one breakdown (the groups of a participant field) to hide, once for
/// several populations that must hide the same groups.
///
/// The rule it enforces, for every population and every part of the breakdown whose total is
/// known (the whole breakdown, or a region's countries when the region is shown):
/// - a group of 1 to `threshold - 1` people is hidden, and so is a group of no one in a
///   population that counts someone where the group holds 1 to `threshold - 1` registered
///   people (`Family.unseen`: every breakdown lists the registered's groups);
/// - no group is hidden alone (a lone hidden group is the total minus the others);
/// - the hidden groups together hold no one (none of them `unseen`) or at least `threshold`
///   people;
/// - where a population's cells cannot hold more than a known number (a percentage's numerator
///   cannot exceed its shown n), the other hidden cells can hold each hidden cell's people, so
///   that none of them can be told apart from an empty cell;
/// - where a listed group is taken to hold someone (the whole population of a source, the
///   registered or those who responded; a group only someone of the population is in:
///   `Family.floors`), or at least the people of a
///   population within it (those who responded among the registered), each hidden cell can
///   still hold `threshold` people while the other hidden cells hold their least (`tooFew`).
/// Groups are added until the rule holds: residual groups first; beside a lone hidden group,
/// the largest group (the small groups people look for, women or young people, stay shown
/// where it is possible); beside hidden groups that hold too few together, the smallest group
/// that makes them enough, else the largest.
struct GroupSuppression {
  /// One population's counts by group.
  struct Family {
    var counts: [String: Int]
    /// For a percentage's numerator: at most how many a cell can hold (the shown n), by group;
    /// nil when a hidden cell can hold any number.
    var capacity: [String: Int]? = nil
    /// The least a group is known to hold, where more than none: one where its listed row
    /// says that someone is in it (see the rule above), and the people of a population within
    /// this one that another table shows (those who responded, among the registered).
    var floors: [String: Int] = [:]
    /// The groups of no one here that hold 1 to `threshold - 1` registered people: hidden like
    /// small groups, since a row of no one beside its group's registered would say that none
    /// of them is here. Hidden, they must look like cells that could hold people.
    var unseen: Set<String> = []

    /// The groups to hide whatever else is hidden: those of 1 to `threshold - 1` people, and
    /// those of no one in a small group of the registered (`unseen`).
    func small(_ threshold: Int) -> Set<String> {
      unseen.union(counts.filter { $0.value > 0 && $0.value < threshold }.keys)
    }

    /// The least `group` can be taken to hold when it is hidden.
    func floor(_ group: String) -> Int { min(counts[group] ?? 0, floors[group] ?? 0) }
  }

  /// Every group, in reading order.
  var groups: [String]
  var families: [Family]
  var threshold: Int
  /// The residual groups (not given, prefer not to say ...), hidden first when one must be.
  var residual: Set<String>
  /// Countries by the regions they belong to, when the breakdown is by country and the same
  /// people are also shown by region: each region's countries then add up to the region.
  var nesting: Nesting? = nil

  /// The regions of each country, and the regions hidden.
  struct Nesting {
    var parents: [String: Set<String>]
    var hiddenParents: Set<String>
  }

  /// The groups to hide: `base` and as many more as the rule needs.
  func solve(base: Set<String>) -> Set<String> {
    var hidden = base.intersection(groups)
    // Each step hides one more group, so this ends after at most every group.
    for _ in 0...groups.count {
      guard let next = nextGroup(hidden) else { break }
      hidden.insert(next)
    }
    return hidden
  }

  /// The parts whose totals are known: the whole breakdown, or with a nesting the countries
  /// of each shown region (of regions sharing a country) on their own, and the countries of
  /// every hidden region together.
  func scopes() -> [[String]] {
    guard let nesting else { return [groups] }
    var remaining = groups
    var closed: [[String]] = []
    var open: [String] = []
    while let first = remaining.first {
      var component: Set<String> = [first]
      var parents = nesting.parents[first] ?? []
      var grew = true
      while grew {
        grew = false
        for group in remaining where !component.contains(group) {
          let own = nesting.parents[group] ?? []
          if !own.isDisjoint(with: parents) {
            component.insert(group)
            parents.formUnion(own)
            grew = true
          }
        }
      }
      let members = remaining.filter(component.contains)
      remaining.removeAll(where: component.contains)
      if !parents.isEmpty && parents.isDisjoint(with: nesting.hiddenParents) {
        closed.append(members)
      } else {
        open += members
      }
    }
    return closed + (open.isEmpty ? [] : [open])
  }

  /// The group to hide next, or nil when the rule holds (or nothing more can help).
  func nextGroup(_ hidden: Set<String>) -> String? {
    for scope in scopes() {
      let inScope = scope.filter { hidden.contains($0) }
      let shown = scope.filter { !hidden.contains($0) }
      if inScope.count == 1, let pick = choose(shown, by: largestCount) { return pick }
      for family in families {
        guard tooFew(family, inScope, of: scope) else { continue }
        let helpful = shown.filter { (family.counts[$0] ?? 0) > 0 }
        // Beside groups of no one in every population (`unseen`), a group that alone holds
        // someone is as good as alone: the largest group is hidden with it.
        if inScope.filter({ largestCount($0) > 0 }).count <= 1, let pick = choose(helpful, by: largestCount) {
          return pick
        }
        let enough = helpful.filter { !tooFew(family, inScope + [$0], of: scope) }
        if let pick = choose(enough, by: { -(family.counts[$0] ?? 0) }) { return pick }
        if let pick = choose(helpful, by: { family.counts[$0] ?? 0 }) { return pick }
        if let pick = roomFor(family, hidden: inScope, shown: shown) { return pick }
      }
    }
    if let nesting {
      // A hidden region whose countries are all shown would be their sum.
      for parent in nesting.hiddenParents.sorted() {
        let members = groups.filter { nesting.parents[$0]?.contains(parent) == true }
        guard !members.isEmpty, !members.contains(where: hidden.contains) else { continue }
        if let pick = choose(members, by: largestCount) { return pick }
      }
    }
    return nil
  }

  /// True when the hidden groups of `family` in `scope` (a part of the breakdown whose total
  /// is known) hold someone but too few: fewer than `threshold`, or not enough for each of
  /// them that holds someone (or is `unseen`) to hold `threshold` while the others hold their
  /// least (`Family.floor`). Hidden groups that hold no one together are too few where one of
  /// them is `unseen` and the scope counts someone: its total less the groups shown would say
  /// that it holds no one.
  func tooFew(_ family: Family, _ hidden: [String], of scope: [String]) -> Bool {
    let held = hidden.reduce(0) { $0 + (family.counts[$1] ?? 0) }
    let mustHold = { (group: String) in (family.counts[group] ?? 0) > 0 || family.unseen.contains(group) }
    guard held > 0 else {
      return hidden.contains(where: mustHold) && scope.contains { (family.counts[$0] ?? 0) > 0 }
    }
    guard held >= threshold else { return true }
    let floors = hidden.reduce(0) { $0 + family.floor($1) }
    // Each hidden cell that holds someone must be able to hold `threshold` with the others
    // at their least.
    return hidden.contains { group in mustHold(group) && held - floors + family.floor(group) < threshold }
  }

  /// True when `hidden` keeps the rule in every part of the breakdown (false when even
  /// hiding every group cannot: the breakdown is then not published).
  func holds(_ hidden: Set<String>) -> Bool {
    scopes().allSatisfy { scope in
      let inScope = scope.filter(hidden.contains)
      return inScope.count != 1 && !families.contains { tooFew($0, inScope, of: scope) }
    }
  }

  /// The largest count of `group` in any population.
  func largestCount(_ group: String) -> Int { families.map { $0.counts[group] ?? 0 }.max() ?? 0 }

  /// When every counted group of a small total is hidden already, a shown group with room
  /// to spare, if some hidden cell could not otherwise be emptied into the others.
  func roomFor(_ family: Family, hidden: [String], shown: [String]) -> String? {
    guard let capacity = family.capacity else { return nil }
    func room(_ group: String) -> Int {
      guard let limit = capacity[group] else { return threshold }
      return max(0, limit - (family.counts[group] ?? 0))
    }
    let cramped = hidden.contains { group in
      let count = family.counts[group] ?? 0
      return count > 0 && hidden.filter { $0 != group }.reduce(0) { $0 + room($1) } < count
    }
    guard cramped else { return nil }
    return choose(shown.filter { room($0) > 0 }, by: room)
  }

  /// Among `candidates`: a residual group if any, else the one with the largest `size`
  /// (the first in reading order on a tie); nil when there is none.
  func choose(_ candidates: [String], by size: (String) -> Int) -> String? {
    let residuals = candidates.filter(residual.contains)
    let pool = residuals.isEmpty ? candidates : residuals
    var best: String?
    for group in pool where best == nil || size(group) > size(best!) { best = group }
    return best
  }
}
