import ConveneCore

extension DisclosureControl {
  /// The counts behind one event's cells, by population.
  struct Tables {
    /// Each population's total.
    var totals: [String: Int] = [:]
    /// Counts by population, field and group.
    var counts: [String: [String: [String: Int]]] = [:]
    /// The populations some cell's n counts.
    var counted: Set<String> = []
    /// The populations broken down by a field as some cell's n (not only as a numerator).
    var brokenDown: Set<String> = []
    /// The questions whose whole event's answers are among the cells (a distribution).
    var distributed: Set<String> = []
    /// Rows of no one to hide as `unseen` ones although their group's registered are not few,
    /// by population and field: those beside a registered row that is hidden
    /// (`DisclosureControl.zeroRowsBesideHiddenRegistered`).
    var alsoUnseen: [String: [String: Set<String>]] = [:]
    /// How many registered people each group holds, by field, where the cells say
    /// (`IndicatorValue.registeredInGroup`; a network's framework rows give their
    /// participants').
    var registered: [String: [String: Int]] = [:]
    init(_ cells: [IndicatorValue]) {
      for cell in cells where cell.disaggregation == "answer" {
        if let question = Population.answerQuestion(cell.population) { distributed.insert(question) }
      }
      for cell in cells where cell.disaggregation != "answer" && cell.disaggregation != "session" {
        counted.insert(cell.population)
        if cell.isFieldGroup { brokenDown.insert(cell.population) }
        if cell.isFieldGroup, let size = cell.registeredInGroup {
          registered[cell.disaggregation, default: [:]][cell.group] = size
        }
        var entries = [(cell.population, cell.n)]
        if let population = cell.numeratorPopulation, let numerator = cell.numerator {
          entries.append((population, numerator))
        }
        for (population, count) in entries {
          if cell.isTotal {
            totals[population] = count
          } else {
            counts[population, default: [:]][cell.disaggregation, default: [:]][cell.group] = count
          }
        }
      }
    }

    /// Populations hidden altogether: their total counts 1 to `threshold - 1` people, or the
    /// rest of the population a share takes them out of does (`complement`); answer counts
    /// are shown once `answers` people answered where the whole event's answers to the
    /// question are published (they give both).
    func wholeHidden(_ threshold: Int, answers: Int) -> Set<String> {
      var hidden = Set<String>()
      for (population, total) in totals {
        let rest = complement(population).map { ($0[Pattern.wholeField] ?? 0) } ?? 0
        guard total > 0 && total < threshold || rest > 0 && rest < threshold else { continue }
        if let question = Population.answerQuestion(population), distributed.contains(question),
          (totals[Population.answered(question)] ?? 0) >= answers
        {
          continue
        }
        hidden.insert(population)
      }
      return hidden
    }

    /// The groups of `field` in which `population` counts no one, although it counts someone
    /// and they hold 1 to `threshold - 1` registered people (see `GroupSuppression.Family.unseen`),
    /// and those of `alsoUnseen`.
    func unseen(_ population: String, _ field: String, threshold: Int) -> Set<String> {
      guard let sizes = registered[field], (totals[population] ?? 0) > 0 else { return [] }
      return Set(
        (counts[population]?[field] ?? [:]).filter { group, count in
          count == 0 && (1..<threshold).contains(sizes[group] ?? 0)
        }.keys
      ).union(alsoUnseen[population]?[field] ?? [])
    }

    /// The least each group of `field` of `population` is taken to hold because it is listed:
    /// one, in every group of the whole population of a source of records (the registered,
    /// those who responded: `Population.listsOnlyPeople`) that holds someone, and in a group
    /// of another population that no registered person is in (listed only because someone of
    /// the population is: anonymous responses' `not-given`). A breakdown of those who
    /// responded lists the registered's groups too, so a reader cannot tell its rows of no
    /// one; but a network's city record, which lists a city at an event, says that one or
    /// more of its people took part, and the respondents shown elsewhere bound the rest.
    func listedFloors(_ population: String, _ field: String) -> [String: Int] {
      let sizes = registered[field]
      return (counts[population]?[field] ?? [:]).filter { group, count in
        count > 0 && (Population.listsOnlyPeople(population) || sizes.map { ($0[group] ?? 0) == 0 } == true)
      }.mapValues { _ in 1 }
    }

    /// For a share's numerator whose complement is protected (`Population.complementBase`),
    /// the people of the population it is taken out of who are not in it: the total's under
    /// `Pattern.wholeField`, and with `field` by group.
    func complement(_ population: String, field: String? = nil) -> [String: Int]? {
      guard let base = Population.complementBase(of: population), let whole = totals[base] else {
        return nil
      }
      guard let field else { return [Pattern.wholeField: whole - (totals[population] ?? 0)] }
      guard let groups = counts[base]?[field] else { return nil }
      let part = counts[population]?[field] ?? [:]
      return groups.merging(part.mapValues { -$0 }, uniquingKeysWith: +)
    }
  }

  /// Chooses the hidden groups of every population and field of one event. The populations
  /// that cells count (registered, confirmed, attended; who responded, who answered each
  /// question) hide one set of groups per field and source of records, chosen for all of them
  /// at once: moving the people of one hidden group into another, in every population alike,
  /// then changes no shown number and breaks no relation between them, so no hidden cell is
  /// pinned down. A percentage's numerator (who came of those confirmed, who gave certain
  /// answers) hides at least those groups, and its own small groups with cells that can take
  /// their people (its value only: its n stays shown).
  struct PatternChooser {
    let tables: Tables
    let whole: Set<String>
    let threshold: Int
    let residual: Set<String>
    /// The regions of each country.
    let regions: [String: Set<String>]
    let earlier: Pattern
    /// The least some groups are known to hold (`Context.floors`).
    var known: [String: [String: [String: Int]]] = [:]
    var pattern = Pattern()
    /// The breakdowns left out, by population: the fields no set of hidden groups can protect
    /// (too few people, each listed group known to hold someone).
    var omitted: [String: Set<String>] = [:]

    /// The fields in the order they are chosen: a country's region before the country.
    var fields: [String] {
      var all = Set<String>()
      for fields in tables.counts.values { all.formUnion(fields.keys) }
      let known = IndicatorCalculator.fields.filter(all.contains)
      return known + all.subtracting(known).sorted()
    }

    /// The populations broken down by a field, each after the populations it is part of.
    var populations: [(population: String, parents: [String])] {
      let known = Set(tables.counts.keys)
      var ordered: [(String, [String])] = []
      var placed = Set<String>()
      var remaining = known.sorted()
      while !remaining.isEmpty {
        let ready = remaining.filter { population in
          Population.parents(of: population, among: known).allSatisfy(placed.contains)
        }
        // Parents never loop; a loop would place the rest as they are.
        let next = ready.isEmpty ? remaining : ready
        for population in next {
          ordered.append((population, Population.parents(of: population, among: known)))
          placed.insert(population)
        }
        remaining.removeAll(where: placed.contains)
      }
      return ordered
    }

    mutating func choose() {
      let populations = populations
      for field in fields {
        // Feedback first: the respondents shown in a group are among its registered.
        for source in [Population.Source.feedback, .registration, .sessions] {
          let shared = populations.map(\.population).filter {
            tables.brokenDown.contains($0) && Population.source($0) == source
              && tables.counts[$0]?[field] != nil
          }
          if !shared.isEmpty { chooseShared(shared, field) }
        }
        for (population, parents) in populations
        where !tables.brokenDown.contains(population) && tables.counts[population]?[field] != nil {
          choose(population, parents: parents, field)
        }
      }
      leaveOutEverywhere()
    }

    /// A field left out for the registered (no hidden groups can protect them) is left out for
    /// every population of the event: the respondents by country shown beside the registered
    /// by country left out would still give the registered of a country with no respondent (a
    /// region's registered less the respondents of its other countries). A field left out only
    /// for the respondents (or those present at sessions) leaves the registered's shown: no
    /// figure of the respondents by that field is published for their groups to be set against.
    mutating func leaveOutEverywhere() {
      let leftOut = omitted.filter { Population.source($0.key) == .registration }.values
        .reduce(into: Set<String>()) { $0.formUnion($1) }
      guard !leftOut.isEmpty else { return }
      for (population, fields) in tables.counts {
        let fields = leftOut.intersection(fields.keys)
        if !fields.isEmpty { omitted[population, default: []].formUnion(fields) }
      }
    }

    /// One set of hidden groups of `field` for `members` (populations of the same records):
    /// their small groups, what earlier reports hid, and the complements every one of them
    /// needs. A population of fewer than `threshold` people hides every group.
    mutating func chooseShared(_ members: [String], _ field: String) {
      let large = members.filter { !whole.contains($0) }
      var groups = Set<String>()
      var base = Set<String>()
      for population in members { groups.formUnion(tables.counts[population]![field]!.keys) }
      let ordered = groups.sorted { IndicatorCalculator.groupOrder(field, $0, $1) }
      var families: [GroupSuppression.Family] = []
      for population in large {
        let listed = tables.listedFloors(population, field)
        let floors = Population.source(population) == .registration ? floors(population, field) : [:]
        families.append(
          GroupSuppression.Family(
            counts: tables.counts[population]![field]!, floors: floors.merging(listed, uniquingKeysWith: max),
            unseen: tables.unseen(population, field, threshold: threshold)))
        // Commitments acted upon, counted on their own, beside the share they are the numerator of.
        if let rest = complementFamily(population, field, groups: ordered) { families.append(rest) }
        base.formUnion(earlier.groups(population, field))
      }
      for family in families { base.formUnion(family.small(threshold)) }
      let nested = large.first { nesting(field, $0) != nil }
      let suppression = GroupSuppression(
        groups: ordered, families: families,
        threshold: threshold, residual: residual,
        nesting: nested.flatMap { nesting(field, $0) })
      let hidden = suppression.solve(base: base)
      guard suppression.holds(hidden) else {
        for population in members { omitted[population, default: []].insert(field) }
        return
      }
      for population in large { pattern.hidden[population, default: [:]][field] = hidden }
      for population in members where whole.contains(population) {
        pattern.hidden[population, default: [:]][field] = universe(population, field).union(groups)
      }
    }

    /// The least each group of `field` of `population` (of registration records) is known to
    /// hold: the people shown in it by any figure of feedback (who responded, who answered a
    /// question, who made a commitment), since everyone who responded registered (and came);
    /// and what a reader knows from elsewhere (`known`).
    func floors(_ population: String, _ field: String) -> [String: Int] {
      var result = known[population]?[field] ?? [:]
      for feedback in tables.brokenDown where Population.source(feedback) == .feedback {
        let hidden = pattern.groups(feedback, field)
        for (group, count) in tables.counts[feedback]?[field] ?? [:] where !hidden.contains(group) {
          result[group] = max(result[group] ?? 0, count)
        }
      }
      return result
    }

    /// The groups of `field` that any population of the same source has, in reading order.
    func universe(_ population: String, _ field: String) -> Set<String> {
      let source = Population.source(population)
      var groups = Set<String>()
      for (other, fields) in tables.counts where Population.source(other) == source {
        groups.formUnion(fields[field]?.keys ?? [:].keys)
      }
      return groups
    }

    /// The rest of a share's n by group (`Tables.complement`), protected like its numerator
    /// (n less the numerator gives it); it cannot hold more people than the share's n shows.
    /// Nil for other populations.
    func complementFamily(_ population: String, _ field: String, groups: [String]) -> GroupSuppression.Family? {
      guard let rest = tables.complement(population, field: field),
        let base = Population.complementBase(of: population)
      else { return nil }
      let hidden = pattern.groups(base, field)
      let limits = groups.filter { !hidden.contains($0) }.map { ($0, tables.counts[base]?[field]?[$0] ?? 0) }
      return GroupSuppression.Family(counts: rest, capacity: Dictionary(limits, uniquingKeysWith: min))
    }

    /// The groups of `field` nested in parents whose totals are known: countries in regions,
    /// when the population is also shown by region; follow-up statuses in the two sides of the
    /// acted-upon count, when it is published beside them.
    func nesting(_ field: String, _ population: String) -> GroupSuppression.Nesting? {
      if field == Population.followupStatus, population == Population.followedUp,
        let acted = tables.totals[Population.actedUpon]
      {
        // Beside the count of commitments acted upon, the statuses of each side of it add up
        // to a known number: done and in progress to those acted upon, the others to the rest.
        let whole = self.whole.contains(Population.actedUpon) || acted == 0
        return GroupSuppression.Nesting(
          parents: Population.followupStatusSides, hiddenParents: whole ? Population.followupSides : [])
      }
      guard field == "country", tables.counts[population]?["region"] != nil else { return nil }
      return GroupSuppression.Nesting(
        parents: regions, hiddenParents: pattern.groups(population, "region"))
    }

    mutating func choose(_ population: String, parents: [String], _ field: String) {
      if parents.contains(where: { omitted[$0]?.contains(field) == true }) {
        omitted[population, default: []].insert(field)
        return
      }
      let counts = tables.counts[population]![field]!
      let inherited = parents.reduce(into: Set<String>()) { $0.formUnion(pattern.groups($1, field)) }
      let groups = Set(counts.keys).union(inherited).sorted {
        IndicatorCalculator.groupOrder(field, $0, $1)
      }
      guard !whole.contains(population) else {
        pattern.hidden[population, default: [:]][field] = universe(population, field).union(groups)
        return
      }
      // A cell cannot hold more people than a shown cell of a population it is part of.
      var capacity: [String: Int]?
      if !parents.isEmpty {
        var limits: [String: Int] = [:]
        for parent in parents {
          let hidden = pattern.groups(parent, field)
          for group in groups where !hidden.contains(group) {
            let count = tables.counts[parent]?[field]?[group] ?? 0
            limits[group] = min(limits[group] ?? count, count)
          }
        }
        capacity = limits
      }
      var families = [
        GroupSuppression.Family(
          counts: counts, capacity: capacity, unseen: tables.unseen(population, field, threshold: threshold))
      ]
      if let rest = complementFamily(population, field, groups: groups) { families.append(rest) }
      let small = families.reduce(into: Set<String>()) { $0.formUnion($1.small(threshold)) }
      let base = inherited.union(small).union(earlier.groups(population, field))
      pattern.hidden[population, default: [:]][field] = GroupSuppression(
        groups: groups, families: families, threshold: threshold, residual: residual,
        nesting: nesting(field, population)
      ).solve(base: base)
    }
  }
}
