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
    init(_ cells: [IndicatorValue]) {
      for cell in cells where cell.disaggregation != "answer" && cell.disaggregation != "session" {
        counted.insert(cell.population)
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

    /// Populations hidden altogether: their total counts 1 to `threshold - 1` people (answer
    /// counts are shown once `answers` people answered).
    func wholeHidden(_ threshold: Int, answers: Int) -> Set<String> {
      var hidden = Set<String>()
      for (population, total) in totals where total > 0 && total < threshold {
        if let question = Population.answerQuestion(population),
          (totals[Population.answered(question)] ?? 0) >= answers
        {
          continue
        }
        hidden.insert(population)
      }
      return hidden
    }
  }

  /// Chooses the hidden groups of every population and field of one event: each population
  /// hides at least the groups hidden for the populations it is part of, then its own small
  /// groups and their complements.
  struct PatternChooser {
    let tables: Tables
    let whole: Set<String>
    let threshold: Int
    let residual: Set<String>
    /// The regions of each country.
    let regions: [String: Set<String>]
    let earlier: Pattern
    var pattern = Pattern()

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
        for (population, parents) in populations where tables.counts[population]?[field] != nil {
          choose(population, parents: parents, field)
        }
      }
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

    /// The nesting of countries in regions, when the population is also shown by region.
    func nesting(_ field: String, _ population: String) -> GroupSuppression.Nesting? {
      guard field == "country", tables.counts[population]?["region"] != nil else { return nil }
      return GroupSuppression.Nesting(
        parents: regions, hiddenParents: pattern.groups(population, "region"))
    }

    mutating func choose(_ population: String, parents: [String], _ field: String) {
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
      let small = Set(counts.filter { $0.value > 0 && $0.value < threshold }.keys)
      let base = inherited.union(small).union(earlier.groups(population, field))
      pattern.hidden[population, default: [:]][field] = GroupSuppression(
        groups: groups, families: [GroupSuppression.Family(counts: counts, capacity: capacity)],
        threshold: threshold, residual: residual, nesting: nesting(field, population)
      ).solve(base: base)
    }
  }
}
