import ConveneCore

/// Counts of participants by category, status, gender, age group, region and country.
public struct ParticipantStatistics: Sendable, Equatable {
  /// One breakdown: the name of the field and the count per value, largest first.
  public struct Breakdown: Sendable, Equatable {
    /// The field (`category`, `status`, `gender`, `age_group`, `region`, `country`).
    public var field: String
    /// Value and count; the empty value is shown as "(not given)".
    public var counts: [(group: String, count: Int)]

    public static func == (lhs: Breakdown, rhs: Breakdown) -> Bool {
      lhs.field == rhs.field && lhs.counts.map(\.group) == rhs.counts.map(\.group)
        && lhs.counts.map(\.count) == rhs.counts.map(\.count)
    }
  }

  /// How many people were counted.
  public var total: Int
  /// The breakdowns, in the order above.
  public var breakdowns: [Breakdown]

  /// The label used for an empty value.
  public static let notGiven = "(not given)"

  /// Counts `participants`.
  public init(_ participants: [Participant]) {
    total = participants.count
    let fields: [(String, (Participant) -> String)] = [
      ("category", \.category), ("status", \.status.rawValue), ("gender", \.gender),
      ("age_group", \.ageGroup), ("region", \.region), ("country", \.country),
    ]
    breakdowns = fields.map { name, value in
      var counts: [String: Int] = [:]
      for person in participants {
        let group = value(person)
        counts[group.isEmpty ? Self.notGiven : group, default: 0] += 1
      }
      return Breakdown(
        field: name,
        counts: counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) })
    }
  }
}
