import ConveneCore
import ConveneEvaluation

/// Three small events an attacker took apart: alpha (12 people), beta (7) and gamma (30),
/// with their attendance and feedback, as they were registered.
enum TesterEvents {
  /// One person: category, gender, age group, country (and region), status, whether they
  /// came, and their satisfaction (nil: no feedback).
  struct Person {
    var category: String
    var gender: String
    var age: String
    var country = "SN"
    var status = ParticipantStatus.confirmed
    var came: Bool? = nil
    var satisfaction: Int? = nil
    var act = "yes"
  }

  static let regions = [
    "SN": "West and Central Africa", "ML": "West and Central Africa",
    "GM": "West and Central Africa", "CV": "West and Central Africa", "FR": "Europe",
    "IS": "Europe", "JO": "Middle East and North Africa",
  ]

  static func event(_ id: String, _ people: [Person]) -> EventRecords {
    var participants: [Participant] = []
    var attendance: [AttendanceRecord] = []
    var responses: [FeedbackResponse] = []
    for (index, person) in people.enumerated() {
      let pid = "p\(index + 1)"
      participants.append(
        Participant(
          id: pid, name: "Person \(index + 1)", email: "\(pid)@example.org", category: person.category,
          country: person.country, region: regions[person.country] ?? "", gender: person.gender,
          ageGroup: person.age, status: person.status))
      if person.came ?? (person.status == .confirmed) {
        attendance.append(AttendanceRecord(participant: pid, session: "s1", status: .present))
      }
      if let satisfaction = person.satisfaction {
        let low = satisfaction == 1
        responses.append(
          FeedbackResponse(
            id: "r-\(id)-\(pid)", participant: pid, submittedAt: "2027-05-04T18:00:00Z",
            source: "test",
            answers: [
              "satisfaction": String(satisfaction), "knowledge_before": low ? "1" : "2",
              "knowledge_after": low ? "1" : "4", "intend_to_act": person.act,
              "recommend": low ? "0" : "8",
            ]))
      }
    }
    var records = EventGenerator.event(seed: 1, id: id)
    records.plan.participants = participants
    records.plan.sessions = [Session(id: "s1", title: "Opening", kind: .workshop, duration: 60)]
    records.plan.event.disclosure = DisclosurePolicy()
    records.attendance = attendance
    records.responses = responses
    return records
  }

  static func p(
    _ category: String, _ gender: String, _ age: String, _ country: String = "SN",
    status: ParticipantStatus = .confirmed, came: Bool? = nil, fb satisfaction: Int? = nil,
    act: String = "yes"
  ) -> Person {
    Person(
      category: category, gender: gender, age: age, country: country, status: status, came: came,
      satisfaction: satisfaction, act: act)
  }

  static let alpha = event(
    "alpha",
    [
      p("mayor", "woman", "45-54", fb: 5), p("mayor", "woman", "45-54", fb: 4),
      p("mayor", "man", "55-64", fb: 2, act: "no"), p("mayor", "man", "55-64", fb: 4),
      p("mayor", "woman", "35-44", "ML", fb: 5), p("mayor", "man", "35-44", "ML", came: false),
      p("mayor", "woman", "45-54", fb: 3), p("youth", "non-binary", "18-24", fb: 1, act: "no"),
      p("youth", "woman", "18-24", fb: 4), p("youth", "man", "18-24", "GM"),
      p("civil-society", "woman", "35-44", "FR"),
      p("civil-society", "woman", "35-44", status: .cancelled),
    ])

  static let beta = event(
    "beta",
    [
      p("mayor", "woman", "45-54", fb: 5), p("mayor", "woman", "45-54", fb: 4),
      p("mayor", "woman", "55-64", fb: 4), p("youth", "woman", "18-24", fb: 5),
      p("youth", "man", "18-24", fb: 2), p("mayor", "woman", "35-44", "CV", fb: 4),
      p("mayor", "woman", "35-44"),
    ])

  /// Gamma's first 24 people, as the attacker's generator drew them.
  static let gammaDrawn: [(String, String, String, Int?)] = [
    ("mayor", "woman", "45-54", nil), ("civil-society", "woman", "55-64", fb: 4),
    ("local-official", "woman", "35-44", fb: 5), ("civil-society", "man", "45-54", fb: 3),
    ("civil-society", "woman", "55-64", nil), ("civil-society", "woman", "55-64", fb: 3),
    ("civil-society", "woman", "45-54", fb: 4), ("local-official", "man", "55-64", fb: 4),
    ("civil-society", "man", "35-44", nil), ("mayor", "woman", "35-44", fb: 3),
    ("local-official", "man", "55-64", fb: 4), ("civil-society", "man", "55-64", fb: 5),
    ("civil-society", "man", "55-64", nil), ("local-official", "woman", "45-54", fb: 5),
    ("local-official", "woman", "55-64", fb: 5), ("civil-society", "man", "45-54", fb: 3),
    ("local-official", "man", "35-44", nil), ("mayor", "man", "35-44", fb: 4),
    ("local-official", "man", "35-44", fb: 5), ("civil-society", "woman", "45-54", fb: 5),
    ("local-official", "woman", "35-44", nil), ("mayor", "woman", "35-44", fb: 3),
    ("local-official", "man", "55-64", fb: 3), ("civil-society", "woman", "45-54", fb: 4),
  ]

  static let gamma = event(
    "gamma",
    gammaDrawn.map { p($0.0, $0.1, $0.2, fb: $0.3) } + [
      p("youth", "woman", "18-24", "IS", fb: 1), p("youth", "man", "18-24", "JO", fb: 2),
      p("mayor", "prefer-not-to-say", "65+", "JO", fb: 5), p("media", "non-binary", "25-34"),
      p("mayor", "woman", "45-54", status: .waitlisted),
      p("mayor", "man", "45-54", status: .declined),
    ])
}
