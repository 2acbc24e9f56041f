import ConveneCore
import ConveneEvaluation
import ConveneTemplates

/// A small event whose participants wrote hostile text everywhere text can go.
enum Fixture {
  static let payload = "<script>alert('x')</script><img src=x onerror=alert(1)>"

  static let evaluation = Evaluation(
    questions: [
      Question(
        id: "satisfaction", kind: .scale, text: ["en": "Satisfied?", "ar": "راضٍ؟"], required: true),
      Question(id: "usefulness", kind: .scale, text: ["en": "Useful?"], perSession: true),
      Question(id: "knowledge_before", kind: .scale, text: ["en": "Before?"]),
      Question(id: "knowledge_after", kind: .scale, text: ["en": "After?"]),
      Question(id: "commitments", kind: .text, text: ["en": "Commitment \(payload)"]),
      Question(id: "category", kind: .choice, text: ["en": "Category"], profileField: "category"),
    ],
    indicators: [
      IndicatorDefinition(id: "registered", label: ["en": "Registered"], measure: .registered),
      IndicatorDefinition(id: "confirmed", label: ["en": "Confirmed"], measure: .confirmed),
      IndicatorDefinition(id: "attended", label: ["en": "Attended"], measure: .attended),
      IndicatorDefinition(
        id: "satisfaction-mean", label: ["en": "Satisfaction"], measure: .mean,
        question: "satisfaction", target: 4),
      IndicatorDefinition(
        id: "satisfaction-distribution", label: ["en": "Answers"], measure: .distribution,
        question: "satisfaction", disaggregations: []),
      IndicatorDefinition(
        id: "knowledge-before", label: ["en": "Before"], measure: .mean,
        question: "knowledge_before"),
      IndicatorDefinition(
        id: "knowledge-after", label: ["en": "After"], measure: .mean, question: "knowledge_after"),
      IndicatorDefinition(
        id: "knowledge-change", label: ["en": "Change \(payload)"], measure: .change,
        before: "knowledge_before", after: "knowledge_after"),
      IndicatorDefinition(
        id: "commitments", label: ["en": "Commitments"], measure: .answered, question: "commitments"
      ),
    ])

  static func plan() -> EventPlan {
    let people = (1...12).map { index in
      Participant(
        id: index < 10 ? "p00\(index)" : "p0\(index)", name: "Name \(payload)",
        email: "p\(index)@example.org",
        category: index <= 8 ? "mayor" : "youth", organisation: "Org \(payload)", city: "City",
        country: "SN",
        region: index == 1 ? "=HYPERLINK(\"http://evil\")" : "West", gender: "woman",
        publishName: true,
        status: .confirmed)
    }
    var event = Event(
      id: "t-2027", title: "Title \(payload)", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "events@example.org"),
      days: [
        EventDay(
          date: LocalDate("2027-03-09")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))
      ],
      evaluation: evaluation)
    event.categories[0].label = "Mayor \(payload)"
    return EventPlan(
      event: event, participants: people,
      sessions: [Session(id: "s1", title: "Session \(payload)", kind: .plenary, duration: 60)])
  }

  static func records() -> EventRecords {
    let plan = plan()
    return EventRecords(
      plan: plan, evaluation: evaluation,
      attendance: plan.participants.prefix(10).map {
        AttendanceRecord(participant: $0.id, session: "s1", status: .present)
      },
      responses: plan.participants.prefix(9).enumerated().map { index, person in
        FeedbackResponse(
          id: "r\(index)", participant: person.id, submittedAt: "", source: "x",
          answers: [
            "satisfaction": String(3 + index % 3), "knowledge_before": "2", "knowledge_after": "4",
            "commitments": index == 0 ? "=cmd|' /C calc'!A0" : "Do \(payload) \(index)",
          ])
      })
  }

  static func template(_ name: String) -> String { TemplateBundle.text(of: name)! }
}
