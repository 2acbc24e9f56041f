import ConveneCore
import ConveneEvaluation

/// The dietary and access needs of the people holding a place: what is needed and by how many,
/// for the caterer and the venue. Those counts leave the workspace, so they go through
/// `DisclosureControl` under the event's policy (with the standard threshold of 5, 1 to 4
/// people show as `<5`); no total is given beside them, so no
/// hidden count can be worked out. The organisers' own list (`names`) gives exact counts and
/// who needs what.
public struct NeedsCount: Sendable, Equatable {
  /// One need and the participants who have it.
  public struct Need: Sendable, Equatable {
    /// `dietary` or `access`.
    public var kind: String
    /// As stored (`vegetarian`, or what was written).
    public var need: String
    public var people: [String]
  }

  /// Needs by kind, then by the order of `TravelRecord`'s known needs, then by name.
  public var needs: [Need]

  /// The needs of the people holding a place (`holding`).
  public init(travel: [TravelRecord], holding: Set<String>) {
    var needs: [Need] = []
    for (kind, known, list) in [
      ("dietary", TravelRecord.knownDietary, \TravelRecord.dietary),
      ("access", TravelRecord.knownAccess, \TravelRecord.access),
    ] as [(String, [String], KeyPath<TravelRecord, [String]>)] {
      var people: [String: [String]] = [:]
      for record in travel where holding.contains(record.participant) {
        for need in record[keyPath: list] { people[need, default: []].append(record.participant) }
      }
      let order = people.keys.sorted {
        (known.firstIndex(of: $0) ?? known.count, $0) < (known.firstIndex(of: $1) ?? known.count, $1)
      }
      needs += order.map { Need(kind: kind, need: $0, people: people[$0]!) }
    }
    self.needs = needs
  }

  /// The counts as they may leave the workspace, each need with its published count.
  public func published(event: String, policy: DisclosurePolicy) -> [(need: Need, count: PublishedValue)] {
    let values = needs.map { need in
      IndicatorValue(
        event: event, indicator: need.kind, disaggregation: "need", group: need.need,
        value: Double(need.people.count), n: need.people.count, kind: .count,
        population: "need:\(need.kind):\(need.need)")
    }
    return Array(zip(needs, DisclosureControl.publishAlone(values, policy: policy)))
  }

  /// A published count as the caterer reads it: the number, or `<5` (prepare for up to 4)
  /// under a threshold of 5.
  static func text(_ count: PublishedValue, policy: DisclosurePolicy) -> String {
    count.isValueHidden ? "<\(policy.threshold)" : count.valueText
  }

  /// The list for the caterer and the venue (`names` nil): counts, small ones hidden; or the
  /// organisers' list with exact counts and names.
  public func table(
    event: String, policy: DisclosurePolicy, names: [String: String]?, language: String
  ) -> LogisticsTable {
    let words = LabelSet(language: language, sections: ["travel"])
    func label(_ need: String) -> String { words.words["need.\(need)"] ?? need }
    let counted = published(event: event, policy: policy)
    let sections = ["dietary", "access"].map { kind in
      let rows = counted.filter { $0.need.kind == kind }.map { need, count -> [String] in
        var row = [label(need.need), names == nil ? Self.text(count, policy: policy) : String(need.people.count)]
        if let names { row.append(need.people.map { names[$0] ?? $0 }.joined(separator: "; ")) }
        return row
      }
      return LogisticsTable.Section(
        heading: words[kind], rows: rows, notes: rows.isEmpty ? [words["noNeeds"]] : [])
    }
    return LogisticsTable(
      title: words["needs"], groupColumn: "kind",
      columns: [words["need"], words["count"]] + (names == nil ? [] : [words["people"]]),
      sections: sections,
      notes: names == nil
        ? [words.phrase("smallCounts", ["n": policy.threshold, "max": policy.threshold - 1])] : [],
      language: words.language, direction: words.direction.rawValue)
  }
}
