import ConveneCSV
import ConveneCore

/// Builders for the registration tests.
enum Build {
  static func event(capacity: Int? = nil, quotas: [String: Int] = [:]) -> Event {
    Event(
      id: "t", title: "T", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "events@example.org"),
      days: [EventDay(date: LocalDate("2027-03-09")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))],
      capacity: capacity,
      categories: Category.defaults.map { Category(id: $0.id, label: $0.label, quota: quotas[$0.id]) })
  }

  /// A CSV table from lines, delimiter detected as on import.
  static func table(_ lines: String...) -> CSVTable {
    try! CSVTable(text: lines.joined(separator: "\n") + "\n")
  }

  static func person(_ id: String, _ email: String, category: String = "mayor", status: ParticipantStatus = .registered, name: String? = nil, city: String = "") -> Participant {
    Participant(id: id, name: name ?? "Person \(id)", email: email, category: category, city: city, status: status)
  }
}
