import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneReports
import Testing

/// A listed group of the registered (or of those who responded) holds someone, and those who
/// responded are among the registered of their group: reports of small events are built so
/// that neither narrows a hidden group to 1 to 4 (the audit models neither: see
/// docs/decisions.md).
@Suite struct ListedGroupTests {
  /// Three small events an attacker took apart: alpha (12 people), beta (7), gamma (30).
  struct Person {
    var category: String
    var gender: String
    var age: String
    var country = "SN"
    var status = ParticipantStatus.confirmed
    var came: Bool? = nil
    var satisfaction: Int? = nil
  }

  static func p(
    _ category: String, _ gender: String, _ age: String, _ country: String = "SN",
    status: ParticipantStatus = .confirmed, came: Bool? = nil, fb satisfaction: Int? = nil
  ) -> Person {
    Person(category: category, gender: gender, age: age, country: country, status: status, came: came, satisfaction: satisfaction)
  }

  static func event(_ id: String, _ people: [Person]) -> EventRecords {
    let regions = ["FR": "Europe", "IS": "Europe", "JO": "Middle East and North Africa"]
    var records = EventGenerator.event(seed: 1, id: id)
    records.plan.sessions = [Session(id: "s1", title: "Opening", kind: .workshop, duration: 60)]
    records.plan.event.disclosure = DisclosurePolicy()
    (records.plan.participants, records.attendance, records.responses) = ([], [], [])
    for (index, person) in people.enumerated() {
      let id = "p\(index + 1)"
      records.plan.participants.append(
        Participant(
          id: id, name: "Person \(index + 1)", email: "\(id)@example.org", category: person.category,
          country: person.country, region: regions[person.country] ?? Country.withCode(person.country)?.region ?? "West and Central Africa",
          gender: person.gender, ageGroup: person.age, status: person.status))
      if person.came ?? (person.status == .confirmed) {
        records.attendance.append(AttendanceRecord(participant: id, session: "s1", status: .present))
      }
      if let satisfaction = person.satisfaction {
        records.responses.append(
          FeedbackResponse(
            id: "r-\(id)", participant: id, submittedAt: "2027-05-04T18:00:00Z", source: "test",
            answers: [
              "satisfaction": String(satisfaction), "knowledge_before": "2", "knowledge_after": "4",
              "intend_to_act": satisfaction > 2 ? "yes" : "no", "recommend": "8",
            ]))
      }
    }
    return records
  }

  static let alpha = event(
    "alpha",
    [
      p("mayor", "woman", "45-54", fb: 5), p("mayor", "woman", "45-54", fb: 4), p("mayor", "man", "55-64", fb: 2),
      p("mayor", "man", "55-64", fb: 4), p("mayor", "woman", "35-44", "ML", fb: 5),
      p("mayor", "man", "35-44", "ML", came: false), p("mayor", "woman", "45-54", fb: 3),
      p("youth", "non-binary", "18-24", fb: 1), p("youth", "woman", "18-24", fb: 4), p("youth", "man", "18-24", "GM"),
      p("civil-society", "woman", "35-44", "FR"), p("civil-society", "woman", "35-44", status: .cancelled),
    ])

  static let beta = event(
    "beta",
    [
      p("mayor", "woman", "45-54", fb: 5), p("mayor", "woman", "45-54", fb: 4), p("mayor", "woman", "55-64", fb: 4),
      p("youth", "woman", "18-24", fb: 5), p("youth", "man", "18-24", fb: 2), p("mayor", "woman", "35-44", "CV", fb: 4),
      p("mayor", "woman", "35-44"),
    ])

  /// Thirty people: 24 spread over three categories, genders and ages, and six rare ones.
  static let gamma = event(
    "gamma",
    (0..<24).map { index in
      p(
        ["mayor", "local-official", "civil-society"][index % 3], index % 2 == 0 ? "woman" : "man",
        ["35-44", "45-54", "55-64"][(index / 3) % 3], fb: index % 4 == 0 ? nil : 3 + index % 3)
    } + [
      p("youth", "woman", "18-24", "IS", fb: 1), p("youth", "man", "18-24", "JO", fb: 2),
      p("mayor", "prefer-not-to-say", "65+", "JO", fb: 5), p("media", "non-binary", "25-34"),
      p("mayor", "woman", "45-54", status: .waitlisted), p("mayor", "man", "45-54", status: .declined),
    ])

  func csv(_ report: IndicatorReport) -> String { ReportRenderer.csv(report) }

  @Test func aBreakdownNoHiddenGroupsCanProtectIsLeftOut() {
    // Beta's seven people are in four age groups of 1 or 2: hidden together, each would be
    // 1 to 4 as each listed group holds someone.
    let report = IndicatorReport(events: [Self.beta])
    #expect(!csv(report).contains("beta,registered,age_group,"))
    #expect(!csv(report).contains("beta,attendance-rate,age_group,"))
    #expect(csv(report).contains("beta,registered,total,all,7,7,"))
  }

  @Test func aRegionOfOneWhoSentNoFormIsListedHiddenAmongTheRespondents() {
    // Alpha: all 8 respondents are from West and Central Africa; Europe's one registered
    // person sent no form. Missing from the respondents' breakdown (as it was), or listed at 0,
    // Europe would say that its one person did not answer, and beside the 8 shown leave the
    // registered of Europe at most 12 - 8 = 4: Europe is listed, hidden with West and Central
    // Africa, and the registered by region can be published (hidden).
    let report = IndicatorReport(events: [Self.alpha])
    #expect(csv(report).contains("alpha,responses,region,Europe,suppressed,suppressed,"))
    #expect(csv(report).contains("alpha,responses,region,West and Central Africa,suppressed,suppressed,"))
    #expect(csv(report).contains("alpha,registered,region,Europe,suppressed,suppressed,"))
  }

  @Test(arguments: ["alpha", "beta", "gamma"])
  func theAttackersEventsGiveNothingAway(_ id: String) {
    let records = [Self.alpha, Self.beta, Self.gamma].first { $0.plan.event.id == id }!
    let report = IndicatorReport(events: [records])
    let result = DisclosureAudit.run([Publish.files(report, name: id)])
    #expect(result.passed, "\(result.summary): \(result.recovered.map(\.description).prefix(8))")
  }
}
