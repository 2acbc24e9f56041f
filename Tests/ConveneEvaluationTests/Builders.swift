import ConveneCSV
import ConveneCore

@testable import ConveneEvaluation

/// Builders for the evaluation tests: a small event, people, sessions and answers.
enum Build {
  static let day1 = LocalDate("2027-03-09")!
  static let day2 = LocalDate("2027-03-10")!

  static func event(evaluation: Evaluation = standard) -> Event {
    Event(
      id: "t-2027", title: "Test workshop", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "events@example.org"), languages: ["en", "fr"],
      days: [
        EventDay(date: day1, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17)),
        EventDay(date: day2, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17)),
      ], evaluation: evaluation)
  }

  static func person(
    _ id: String, name: String? = nil, organisation: String = "City Hall",
    category: String = "mayor",
    gender: String = "woman", country: String = "SN", city: String = "Dakar",
    status: ParticipantStatus = .confirmed, publishName: Bool = true
  ) -> Participant {
    Participant(
      id: id, name: name ?? "Person \(id)", email: "\(id)@example.org", category: category,
      organisation: organisation, city: city, country: country, region: "West Africa",
      gender: gender,
      ageGroup: "25-34", publishName: publishName, status: status)
  }

  /// `count` people p001, p002 ... with the given category and gender.
  static func people(
    _ count: Int, from first: Int = 1, category: String = "mayor", gender: String = "woman",
    status: ParticipantStatus = .confirmed
  ) -> [Participant] {
    (first..<(first + count)).map {
      person(id($0), category: category, gender: gender, status: status)
    }
  }

  static func id(_ number: Int) -> String {
    number < 10 ? "p00\(number)" : number < 100 ? "p0\(number)" : "p\(number)"
  }

  static func session(_ id: String, title: String? = nil, exclusive: Bool = false) -> Session {
    Session(
      id: id, title: title ?? "Session \(id)", kind: exclusive ? .plenary : .workshop, duration: 60)
  }

  static func plan(
    people: [Participant], sessions: [Session] = [session("s1"), session("s2")],
    signups: [(String, String)] = [], evaluation: Evaluation = standard
  ) -> EventPlan {
    EventPlan(
      event: event(evaluation: evaluation), participants: people, sessions: sessions,
      signups: signups.map { Signup(participant: $0.0, session: $0.1) })
  }

  static func table(_ lines: String...) -> CSVTable { table(lines: lines) }

  static func table(lines: [String]) -> CSVTable {
    try! CSVTable(text: lines.joined(separator: "\n") + "\n")
  }

  static func questionnaire(_ plan: EventPlan) -> FeedbackQuestionnaire {
    FeedbackQuestionnaire(plan: plan, evaluation: plan.event.evaluation)
  }

  static func response(
    _ participant: String, _ answers: [String: String], at stamp: String = "2027-03-10T17:00:00Z",
    id: String? = nil
  ) -> FeedbackResponse {
    FeedbackResponse(
      id: id ?? "r-\(participant)-\(stamp)", participant: participant, submittedAt: stamp,
      source: "test.json", answers: answers)
  }

  static func text(_ en: String) -> [String: String] { ["en": en] }

  /// A small version of the standard set: the kinds of question and every measure.
  static let standard = Evaluation(
    questions: [
      Question(id: "satisfaction", kind: .scale, text: text("Satisfied?"), required: true),
      Question(id: "usefulness", kind: .scale, text: text("Useful?"), perSession: true),
      Question(id: "knowledge_before", kind: .scale, text: text("Before?")),
      Question(id: "knowledge_after", kind: .scale, text: text("After?")),
      Question(
        id: "intend_to_act", kind: .choice, text: ["en": "Will you act?", "fr": "Agirez-vous ?"],
        options: [
          QuestionOption(id: "yes", label: ["en": "Yes", "fr": "Oui"]),
          QuestionOption(id: "no", label: ["en": "No", "fr": "Non"]),
        ]),
      Question(id: "commitments", kind: .text, text: text("Commitment?")),
      Question(id: "recommend", kind: .scale, text: text("Recommend?"), minimum: 0, maximum: 10),
      Question(
        id: "gender", kind: .choice, text: text("Gender"),
        options: [
          QuestionOption(id: "woman", label: text("Woman")),
          QuestionOption(id: "man", label: text("Man")),
        ], profileField: "gender"),
    ],
    indicators: [
      IndicatorDefinition(id: "registered", label: text("Registered"), measure: .registered),
      IndicatorDefinition(id: "confirmed", label: text("Confirmed"), measure: .confirmed),
      IndicatorDefinition(id: "attended", label: text("Attended"), measure: .attended),
      IndicatorDefinition(
        id: "attendance-rate", label: text("Rate"), measure: .attendanceRate, target: 80),
      IndicatorDefinition(
        id: "session-attendance", label: text("Per session"), measure: .sessionAttendance,
        disaggregations: []),
      IndicatorDefinition(
        id: "cities", label: text("Cities"), measure: .cities, disaggregations: []),
      IndicatorDefinition(
        id: "countries", label: text("Countries"), measure: .countries, disaggregations: []),
      IndicatorDefinition(id: "responses", label: text("Responses"), measure: .responses),
      IndicatorDefinition(
        id: "response-rate", label: text("Response rate"), measure: .responseRate),
      IndicatorDefinition(
        id: "satisfaction-mean", label: text("Satisfaction"), measure: .mean,
        question: "satisfaction", target: 4),
      IndicatorDefinition(
        id: "satisfied", label: text("Satisfied"), measure: .share, question: "satisfaction",
        answers: ["4", "5"]),
      IndicatorDefinition(
        id: "satisfaction-distribution", label: text("Answers"), measure: .distribution,
        question: "satisfaction", disaggregations: []),
      IndicatorDefinition(
        id: "session-usefulness", label: text("Usefulness"), measure: .mean, question: "usefulness",
        disaggregations: []),
      IndicatorDefinition(
        id: "knowledge-before", label: text("Before"), measure: .mean, question: "knowledge_before"),
      IndicatorDefinition(
        id: "knowledge-after", label: text("After"), measure: .mean, question: "knowledge_after"),
      IndicatorDefinition(
        id: "knowledge-change", label: text("Change"), measure: .change, before: "knowledge_before",
        after: "knowledge_after"),
      IndicatorDefinition(
        id: "intend-to-act", label: text("Act"), measure: .share, question: "intend_to_act",
        answers: ["yes"]),
      IndicatorDefinition(id: "nps", label: text("NPS"), measure: .nps, question: "recommend"),
      IndicatorDefinition(
        id: "commitments", label: text("Commitments"), measure: .answered, question: "commitments"),
    ])
}
