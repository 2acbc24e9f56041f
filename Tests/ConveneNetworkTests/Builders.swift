import ConveneCore
import ConveneEvaluation

@testable import ConveneNetwork

/// Builders for the network tests: events in given years, people from given cities, feedback
/// with commitments, follow-up answers and member cities.
enum Build {
  /// The evaluation the network reads: a satisfaction scale and a commitment question.
  static let evaluation = Evaluation(
    questions: [
      Question(id: "satisfaction", kind: .scale, text: ["en": "Satisfied?"], minimum: 1, maximum: 5),
      Question(id: "commitments", kind: .text, text: ["en": "Your next step?"]),
    ],
    indicators: [IndicatorDefinition(id: "commitments", label: ["en": "Commitments"], measure: .answered, question: "commitments")])

  static func event(_ id: String, year: Int, kind: EventKind = .workshop, languages: [String] = ["en", "fr"]) -> Event {
    let day = LocalDate(year: year, month: 3, day: 9)!
    return Event(
      id: id, title: "Event \(id)", kind: kind, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "events@example.org"), languages: languages,
      days: [
        EventDay(date: day, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17)),
        EventDay(date: day.adding(days: 1), start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17)),
      ], evaluation: evaluation)
  }

  static func person(
    _ number: Int, city: String = "Dakar", country: String = "SN", category: String = "mayor",
    gender: String = "woman", status: ParticipantStatus = .confirmed, publishName: Bool = false,
    languages: [String] = []
  ) -> Participant {
    Participant(
      id: id(number), name: "Person \(number)", email: "\(id(number))@example.org", category: category,
      title: category == "mayor" ? "Mayor" : "Officer", organisation: "City of \(city)", city: city, country: country,
      region: Country.withCode(country)?.region ?? "", gender: gender, ageGroup: "25-34", languages: languages,
      publishName: publishName, status: status)
  }

  static func id(_ number: Int) -> String {
    number < 10 ? "p00\(number)" : number < 100 ? "p0\(number)" : "p\(number)"
  }

  /// A feedback response of `person`, with a commitment when `commitment` is given.
  static func response(_ person: String, satisfaction: Int = 4, commitment: String? = nil) -> FeedbackResponse {
    var answers = ["satisfaction": String(satisfaction)]
    if let commitment { answers["commitments"] = commitment }
    return FeedbackResponse(
      id: "r-\(person)", participant: person, submittedAt: "2027-03-10T17:00:00Z", source: "\(person).json",
      answers: answers)
  }

  static func followup(_ person: String, status: String, at stamp: String = "2027-07-10T10:00:00Z") -> FeedbackResponse {
    FeedbackResponse(
      id: "f-\(person)", participant: person, submittedAt: stamp, source: "f-\(person).json",
      answers: [FollowupQuestions.status: status])
  }

  static func city(
    _ id: String, _ name: String, _ country: String, joined: String? = nil, status: MemberCity.Status = .active,
    population: Int? = nil, aliases: [String] = []
  ) -> MemberCity {
    MemberCity(
      id: id, name: name, country: country, region: Country.withCode(country)?.region ?? "",
      joined: joined.flatMap(LocalDate.init), status: status, population: population, aliases: aliases)
  }

  static func networkEvent(
    _ event: Event, people: [Participant], responses: [FeedbackResponse] = [], followups: [FeedbackResponse] = [],
    present: [String]? = nil
  ) -> NetworkEvent {
    let attendance = (present ?? []).map {
      AttendanceRecord(participant: $0, session: event.dates[0].description, status: .present)
    }
    return NetworkEvent(
      path: "../\(event.id)",
      records: EventRecords(
        plan: EventPlan(event: event, participants: people), evaluation: evaluation, attendance: attendance,
        responses: responses),
      followups: followups)
  }

  static func records(
    events: [NetworkEvent], cities: [MemberCity], indicators: [FrameworkIndicator] = [], requests: [HelpRequest] = []
  ) -> NetworkRecords {
    NetworkRecords(
      settings: NetworkSettings(title: "Test network"), cities: cities,
      framework: ResultsFramework(outcomes: [ResultsFramework.Result(id: "o1", title: ["en": "Outcome"], indicators: indicators)]),
      requests: requests, events: events)
  }

  static func indicator(
    _ id: String, _ measure: NetworkMeasure, fields: [String] = [], question: String? = nil, answers: [String] = [],
    days: Int? = nil, targets: [Int: Double] = [:]
  ) -> FrameworkIndicator {
    FrameworkIndicator(
      id: id, label: ["en": id], measure: measure, question: question, answers: answers, days: days,
      disaggregations: fields, targets: targets)
  }
}
