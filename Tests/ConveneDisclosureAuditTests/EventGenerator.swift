import ConveneCore
import ConveneEvaluation
import ConveneScheduling
import ConveneTemplates
import ConveneTestSupport
import ConveneWorkspace
import Foundation

/// Random events with many small groups: few people, skewed categories, rare genders and age
/// groups, many countries, residual answers, walk-ins, anonymous feedback, uneven attendance.
enum EventGenerator {
  /// The standard questions and indicators that ship with convene.
  static let standard: Evaluation = {
    let url = TemplateBundle.workspacesURL!.appendingPathComponent(
      "common/\(EventFile.standardEvaluationName)")
    let (evaluation, _) = EventFile.readEvaluation(
      Array(FileManager.default.contents(atPath: url.path)!), name: "evaluation.json")
    return evaluation
  }()

  static let countries: [((String, String), Int)] = [
    (("SN", "West and Central Africa"), 20), (("CI", "West and Central Africa"), 12),
    (("GH", "West and Central Africa"), 8), (("TG", "West and Central Africa"), 3),
    (("NE", "West and Central Africa"), 2), (("KE", "East and Southern Africa"), 8),
    (("UG", "East and Southern Africa"), 3), (("RW", "East and Southern Africa"), 2),
    (("MA", "Middle East and North Africa"), 6), (("JO", "Middle East and North Africa"), 4),
    (("TN", "Middle East and North Africa"), 2), (("FR", "Europe"), 4), (("DK", "Europe"), 2),
    (("PK", "South Asia"), 2), (("CO", "Latin America and the Caribbean"), 1), (("", ""), 3),
  ]

  /// One event, made again identically from `seed`.
  static func event(seed: UInt64, id: String? = nil) -> EventRecords {
    var random = SeededRandom(seed: seed &+ 0x9E37_79B9_7F4A_7C15)
    let count = random.pick([(random.int(6...20), 3), (random.int(20...60), 5), (random.int(60...140), 2)])
    let sessions = (1...random.int(1...5)).map {
      Session(id: "s\($0)", title: "Session \($0)", kind: .workshop, duration: 60)
    }
    let categories = Category.defaults.map(\.id)
    var people: [Participant] = []
    for index in 1...count {
      let (country, region) = random.pick(countries)
      var person = Participant(
        id: String(format: "p%03d", index), name: "Person \(index)", email: "p\(index)@example.org",
        category: random.pick(categories.enumerated().map { ($0.element, max(1, 30 >> $0.offset)) }),
        country: country,
        region: random.chance(0.03) ? "Europe" : region,
        gender: random.pick([
          ("woman", 45), ("man", 45), ("non-binary", 2), ("other", 2), ("prefer-not-to-say", 3),
          ("", 3),
        ]),
        ageGroup: random.pick(
          DemographicValues.ageGroups.map { ($0, $0 == "under-18" ? 1 : $0 == "18-24" ? 4 : 10) }
            + [("", 4)]),
        status: random.pick([
          (ParticipantStatus.confirmed, 70), (.registered, 10), (.waitlisted, 6), (.declined, 4),
          (.cancelled, 5), (.invited, 5),
        ]))
      if random.chance(0.05) { person.category = "" }
      people.append(person)
    }
    var event = Event(
      id: id ?? "g\(seed)", title: "Generated \(seed)", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "unit@example.org"),
      days: [EventDay(date: LocalDate("2027-05-04")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))],
      evaluation: standard)
    event.disclosure.threshold = random.pick([(5, 8), (3, 1), (10, 1)])
    let plan = EventPlan(event: event, participants: people, sessions: sessions)
    var attendance: [AttendanceRecord] = []
    let recorded = random.chance(0.8)
    var came = Set<String>()
    if recorded {
      for person in people where person.status != .invited {
        let likely = person.status == .confirmed ? 0.85 : person.status == .registered ? 0.3 : 0.05
        guard random.chance(likely) else {
          if random.chance(0.3) {
            attendance.append(AttendanceRecord(participant: person.id, session: "s1", status: .absent))
          }
          continue
        }
        came.insert(person.id)
        for session in sessions where random.chance(0.6) || session.id == "s1" {
          attendance.append(AttendanceRecord(participant: person.id, session: session.id, status: .present))
        }
      }
    }
    var responses: [FeedbackResponse] = []
    let responseRate = Double(random.int(20...95)) / 100
    for person in people where (recorded ? came.contains(person.id) : person.status == .confirmed) {
      guard random.chance(responseRate) else { continue }
      responses.append(answers(for: person.id, sessions: sessions, &random))
    }
    for index in 0..<random.pick([(0, 3), (random.int(1...4), 2), (random.int(5...12), 1)]) {
      var response = answers(for: "", sessions: sessions, &random)
      response.id = "anon-\(index)"
      responses.append(response)
    }
    return EventRecords(plan: plan, evaluation: standard, attendance: attendance, responses: responses)
  }

  static func answers(for participant: String, sessions: [Session], _ random: inout SeededRandom)
    -> FeedbackResponse
  {
    var answers: [String: String] = [
      "satisfaction": String(random.pick([(1, 1), (2, 2), (3, 4), (4, 10), (5, 12)])),
      "intend_to_act": random.pick([("yes", 12), ("unsure", 4), ("no", 2)]),
    ]
    if random.chance(0.85) { answers["knowledge_before"] = String(random.int(1...4)) }
    if random.chance(0.85) { answers["knowledge_after"] = String(random.int(2...5)) }
    if random.chance(0.9) { answers["recommend"] = String(random.pick([(10, 5), (9, 5), (8, 4), (7, 3), (5, 2), (2, 1)])) }
    if random.chance(0.6) { answers["commitments"] = "Commitment \(random.int(1...1000))" }
    for session in sessions where random.chance(0.5) {
      answers["usefulness:\(session.id)"] = String(random.int(2...5))
    }
    return FeedbackResponse(
      id: "r-\(participant)-\(random.int(0...1_000_000))", participant: participant,
      submittedAt: "2027-05-04T17:00:00Z", source: "generated", answers: answers)
  }
}
