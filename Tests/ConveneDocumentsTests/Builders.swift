import ConveneCore
import ConveneEvaluation
import Foundation

@testable import ConveneDocuments

/// A small event for the document tests: two days, four sessions, people of every kind.
enum Build {
  static func event(languages: [String] = ["fr", "en"]) -> Event {
    var categories = Category.defaults
    categories.append(Category(id: "donor", label: "Donor <partner>"))
    return Event(
      id: "t-2027", title: "Atelier <test> & \"démo\"", kind: .workshop, timezone: "Africa/Dakar",
      organiser: Organiser(name: "Unit", email: "events@example.org"), languages: languages,
      days: [
        EventDay(
          date: LocalDate("2027-03-09")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17)),
        EventDay(
          date: LocalDate("2027-03-10")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17)),
      ],
      venues: [Venue(id: "v", name: "Centre", address: "1 rue, Dakar")], categories: categories)
  }

  static func person(
    _ id: String, name: String? = nil, category: String = "mayor", country: String = "SN",
    languages: [String] = ["fr", "en"], status: ParticipantStatus = .confirmed
  ) -> Participant {
    Participant(
      id: id, name: name ?? "Person \(id)", email: "\(id)@example.org", category: category,
      organisation: "City of \(id)", city: "Dakar", country: country, languages: languages,
      status: status)
  }

  static let people = [
    person("p001", name: "Aminata Koné"),
    person("p002", name: "أحمد العلي", category: "youth", country: "JO", languages: ["ar"]),
    person("p003", name: "<script>alert('x')</script> & \"Bob\"", category: "donor"),
    person("p004", category: "media", status: .waitlisted),
    person("p005", status: .cancelled),
    person("p006", category: "", status: .registered),
  ]

  static let sessions = [
    Session(id: "opening", title: "Ouverture", kind: .plenary, duration: 60),
    Session(id: "s1", title: "Atelier 1", kind: .workshop, duration: 60),
    Session(id: "s2", title: "Atelier <2>", kind: .workshop, duration: 60),
    Session(id: "closing", title: "Clôture", kind: .ceremony, duration: 60),
  ]

  static func plan(people: [Participant] = people) -> EventPlan {
    EventPlan(
      event: event(), participants: people, sessions: sessions,
      signups: [
        Signup(participant: "p001", session: "s1"), Signup(participant: "p002", session: "s2"),
      ])
  }

  static func present(_ participant: String, _ sessions: String...) -> [AttendanceRecord] {
    sessions.map { AttendanceRecord(participant: participant, session: $0, status: .present) }
  }

  /// The text of a template shipped in `Templates/`.
  static func template(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Templates/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
  }
}
