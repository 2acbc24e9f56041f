import ConveneCore

/// Airport pick-ups: the arrivals of the people holding a place, grouped by the hour they land
/// (local time at the venue), each group listing its flights and who is on them. People who
/// give an arrival time but no flight (by road or rail) are not met at the airport: they are
/// listed apart.
public struct Pickups: Sendable, Equatable {
  /// The people landing within one hour.
  public struct Slot: Sendable, Equatable {
    public var date: LocalDate
    /// The hour, 0-23.
    public var hour: Int
    /// Flights in order of landing, each with its arrivals (participant ids).
    public var flights: [(flight: String, time: TimeOfDay, people: [String])]

    public static func == (lhs: Slot, rhs: Slot) -> Bool {
      lhs.date == rhs.date && lhs.hour == rhs.hour
        && lhs.flights.map { "\($0.flight) \($0.time) \($0.people)" }
          == rhs.flights.map { "\($0.flight) \($0.time) \($0.people)" }
    }
  }

  public var slots: [Slot]
  /// People holding a place with a travel row but no arrival time (none, or a date alone: a
  /// driver sent at 00:00 would wait all night).
  public var withoutArrival: [String]
  /// People holding a place who arrive at a time they gave but on no flight they gave.
  public var withoutFlight: [String]

  /// The pick-ups of the people holding a place (`holding`).
  public init(travel: [TravelRecord], holding: Set<String>) {
    let holders = travel.filter { holding.contains($0.participant) }
    let arriving = holders.filter { !$0.arrivalFlight.isEmpty && $0.arrivalTimeGiven }
    var groups: [String: (date: LocalDate, hour: Int, records: [TravelRecord])] = [:]
    for record in arriving {
      guard let at = record.arrivalAt else { continue }
      let hour = at.time.minutes / 60
      let key = "\(at.date) \(hour < 10 ? "0" : "")\(hour)"
      groups[key, default: (at.date, hour, [])].records.append(record)
    }
    slots = groups.keys.sorted().map { key in
      let group = groups[key]!
      var flights: [String: (time: TimeOfDay, people: [String])] = [:]
      for record in group.records.sorted(by: { $0.arrivalAt!.time < $1.arrivalAt!.time }) {
        let time = record.arrivalAt!.time
        let flight = record.arrivalFlight
        var entry = flights[flight] ?? (time, [])
        entry.time = min(entry.time, time)
        entry.people.append(record.participant)
        flights[flight] = entry
      }
      return Slot(
        date: group.date, hour: group.hour,
        flights: flights.map { ($0.key, $0.value.time, $0.value.people) }.sorted {
          ($0.time, $0.flight) < ($1.time, $1.flight)
        })
    }
    withoutArrival = holders.filter { $0.arrivalAt == nil || !$0.arrivalTimeGiven }.map(\.participant)
    withoutFlight = holders.filter { $0.arrivalAt != nil && $0.arrivalTimeGiven && $0.arrivalFlight.isEmpty }
      .map(\.participant)
  }

  /// The list for the drivers, in `language`.
  public func table(names: [String: String], language: String) -> LogisticsTable {
    let words = LabelSet(language: language, sections: ["travel"])
    func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    let sections = slots.map { slot in
      LogisticsTable.Section(
        heading: "\(slot.date) \(two(slot.hour)):00-\(two(slot.hour + 1 == 24 ? 24 : slot.hour + 1)):00",
        rows: slot.flights.map { flight in
          [
            flight.time.description, flight.flight,
            String(flight.people.count), flight.people.map { names[$0] ?? $0 }.joined(separator: "; "),
          ]
        },
        notes: ["\(words["people"]): \(slot.flights.reduce(0) { $0 + $1.people.count })"])
    }
    func listed(_ key: String, _ people: [String]) -> [String] {
      people.isEmpty ? [] : [words.phrase(key, ["names": people.map { names[$0] ?? $0 }.joined(separator: "; ")])]
    }
    let notes = listed("noFlight", withoutFlight) + listed("noArrival", withoutArrival)
    return LogisticsTable(
      title: words["pickups"], groupColumn: "arriving",
      columns: [words["arriving"], words["flights"], words["count"], words["people"]],
      sections: sections, notes: notes, language: words.language,
      direction: words.direction.rawValue)
  }
}
