import ConveneCore

/// Residual groups (prefer not to say, other, not given) merged into one "other or not stated"
/// group, in a field where one of them is small: before any group is hidden, as they say
/// nothing about the people in them.
enum ResidualMerge {
  /// The fields (gender, country ...) with two residual groups or more of which one counts
  /// from 1 to `threshold - 1` people somewhere.
  static func fields(_ values: [IndicatorValue], residual: Set<String>, threshold: Int) -> Set<String> {
    var present: [String: Set<String>] = [:]
    var small = Set<String>()
    for value in values where value.isFieldGroup && residual.contains(value.group) {
      present[value.disaggregation, default: []].insert(value.group)
      if value.headcounts.contains(where: { $0 > 0 && $0 < threshold }) {
        small.insert(value.disaggregation)
      }
    }
    return Set(small.filter { (present[$0]?.count ?? 0) >= 2 })
  }

  /// How the residual groups of each field are published, field → the groups merged (empty
  /// where they are published apart): as `kept` says for the fields it names (what earlier
  /// reports of the event published, whatever the policy says now: a merged group beside one of
  /// its parts, or the other way, gives the rest away); elsewhere the residual groups of
  /// `fields(_:residual:threshold:)` merged, and an empty set for a field whose residual groups
  /// count someone but are not merged. Fields without residual groups are left out.
  static func decide(
    _ values: [IndicatorValue], residual: Set<String>, threshold: Int, kept: [String: Set<String>]
  ) -> [String: Set<String>] {
    var result = kept
    for field in fields(values, residual: residual, threshold: threshold) where result[field] == nil {
      result[field] = residual
    }
    for value in values
    where value.isFieldGroup && residual.contains(value.group) && result[value.disaggregation] == nil
      && value.headcounts.contains(where: { $0 > 0 })
    {
      result[value.disaggregation] = []
    }
    return result
  }

  /// The group a value of `field` is published under.
  static func group(_ group: String, field: String, merged: Set<String>, residual: Set<String>)
    -> String
  {
    merged.contains(field) && residual.contains(group) ? DisclosureControl.mergedGroup : group
  }

  /// The group a value of `field` is published under when `merging` gives the groups merged in
  /// each field.
  static func group(_ group: String, field: String, merging: [String: Set<String>]) -> String {
    merging[field]?.contains(group) == true ? DisclosureControl.mergedGroup : group
  }

  /// Each of `fields` with the groups `residual` merged in it.
  static func merging(_ fields: Set<String>, residual: Set<String>) -> [String: Set<String>] {
    Dictionary(uniqueKeysWithValues: fields.map { ($0, residual) })
  }

  /// `values` with the residual groups of `fields` merged, each merged row where the first of
  /// its groups stood.
  static func apply(_ values: [IndicatorValue], fields: Set<String>, residual: Set<String>)
    -> [IndicatorValue]
  {
    apply(values, merging: merging(fields, residual: residual))
  }

  /// `values` with the groups `merging` gives for each field merged, each merged row where the
  /// first of its groups stood.
  static func apply(_ values: [IndicatorValue], merging: [String: Set<String>]) -> [IndicatorValue] {
    guard merging.values.contains(where: { !$0.isEmpty }) else { return values }
    var result: [IndicatorValue] = []
    var mergedAt: [String: Int] = [:]
    for value in values {
      guard value.isFieldGroup, merging[value.disaggregation]?.contains(value.group) == true
      else {
        result.append(value)
        continue
      }
      let key = "\(value.indicator)\u{1F}\(value.disaggregation)"
      if let index = mergedAt[key] {
        result[index] = combine(result[index], value)
      } else {
        var first = value
        first.group = DisclosureControl.mergedGroup
        mergedAt[key] = result.count
        result.append(first)
      }
    }
    return result
  }

  /// One cell for the people of `a` and `b`: counts added, the value recomputed over both.
  static func combine(_ a: IndicatorValue, _ b: IndicatorValue) -> IndicatorValue {
    var merged = a
    merged.n = a.n + b.n
    if a.numerator != nil || b.numerator != nil {
      merged.numerator = (a.numerator ?? 0) + (b.numerator ?? 0)
    }
    if a.registeredInGroup != nil || b.registeredInGroup != nil {
      merged.registeredInGroup = (a.registeredInGroup ?? 0) + (b.registeredInGroup ?? 0)
    }
    if a.answerCounts != nil || b.answerCounts != nil {
      merged.answerCounts = (a.answerCounts ?? [:]).merging(b.answerCounts ?? [:], uniquingKeysWith: +)
    }
    switch a.kind {
    case .count:
      merged.exact = Fraction(merged.n, 1)
    case .percent:
      merged.exact = Fraction((merged.numerator ?? 0) * 100, merged.n)
    case .mean, .score:
      // Each value is a total over its n (a sum of answers); the totals add up.
      let totals = [a, b].map { cell -> Int? in
        guard cell.n > 0 else { return 0 }
        guard let exact = cell.exact, (exact.numerator * cell.n) % exact.denominator == 0 else {
          return nil
        }
        return exact.numerator * cell.n / exact.denominator
      }
      if let first = totals[0], let second = totals[1] {
        merged.exact = Fraction(first + second, merged.n)
      } else {
        merged.exact = nil
        let sum = [a, b].reduce(0.0) { $0 + ($1.value ?? 0) * Double($1.n) }
        merged.value = merged.n > 0 ? sum / Double(merged.n) : nil
      }
    }
    if let exact = merged.exact { merged.value = exact.double }
    return merged
  }
}

extension DisclosureControl {
  /// The fields whose residual groups are merged before anything is hidden: those with two
  /// residual groups or more of which one counts 1 to `threshold - 1` people in some cell.
  /// For tables published apart that add up to each other (the cities of a network and the
  /// network), decide once over all their cells and merge each table with `mergeResidualGroups`.
  public static func residualFields(_ values: [IndicatorValue], policy: DisclosurePolicy) -> Set<String> {
    ResidualMerge.fields(values, residual: Set(policy.residualGroups), threshold: policy.threshold)
  }

  /// `values` (of one table's cells: one event or scope) with the residual groups of `fields`
  /// merged into `mergedGroup`, counts added and values recomputed over both.
  public static func mergeResidualGroups(
    _ values: [IndicatorValue], fields: Set<String>, policy: DisclosurePolicy
  ) -> [IndicatorValue] {
    ResidualMerge.apply(values, fields: fields, residual: Set(policy.residualGroups))
  }
}
