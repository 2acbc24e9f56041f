import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneReports
import Foundation
import Testing

/// An attacker's events against the standard indicators. ev1: 6 men (mayors), 5 recommend 9
/// and one 7; 8 women (civil society), one recommends 10 and seven 8. NPS 83.3 of 6 men then
/// said that exactly one man was a passive, 12.5 of 8 women narrowed their promoters to 1-4.
/// ev15: 12 people rate the opening 4, one person rates the context session 1; the total,
/// pooled over every rating, gave that rating. `Fixtures/stranger-*-old` are those reports as
/// convene wrote them then.
@Suite struct ScoreAndPooledMeanTests {
  /// People with their gender (a man is a mayor, a woman from civil society), the score they
  /// recommend with, and their ratings per session.
  static func event(_ people: [(gender: String, recommend: Int, ratings: [String: Int])], sessions: [String] = [],
    id: String = "ev1"
  ) -> EventRecords {
    let event = Event(
      id: id, title: "Workshop", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "unit@example.org"),
      days: [EventDay(date: LocalDate("2027-05-03")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))],
      evaluation: EventGenerator.standard)
    let participants = people.enumerated().map { index, person in
      Participant(
        id: String(format: "p%03d", index + 1), name: "Person \(index + 1)", email: "p\(index + 1)@example.org",
        category: person.gender == "man" ? "mayor" : "civil-society", country: "SN",
        region: "West and Central Africa", gender: person.gender, ageGroup: "35-44", status: .confirmed)
    }
    let responses = people.enumerated().map { index, person in
      var answers = ["satisfaction": "4", "intend_to_act": "yes", "recommend": String(person.recommend)]
      for (session, rating) in person.ratings { answers["usefulness:\(session)"] = String(rating) }
      return FeedbackResponse(
        id: "r\(index + 1)", participant: participants[index].id, submittedAt: "2027-05-03T17:00:00Z",
        source: "form\(index + 1).json", answers: answers)
    }
    let plan = EventPlan(
      event: event, participants: participants,
      sessions: sessions.map { Session(id: $0, title: $0, kind: .workshop, duration: 60) })
    return EventRecords(plan: plan, evaluation: EventGenerator.standard, responses: responses)
  }

  static var ev1: EventRecords {
    event(
      Array(repeating: ("man", 9, [:]), count: 5) + [("man", 7, [:]), ("woman", 10, [:])]
        + Array(repeating: ("woman", 8, [:]), count: 7))
  }

  static func cell(_ report: IndicatorReport, _ indicator: String, _ field: String, _ group: String) -> PublishedValue? {
    report.values.first {
      $0.value.indicator == indicator && $0.value.disaggregation == field && $0.value.group == group
    }
  }

  @Test func theOldReportsScoresFailTheAuditNamingTheCells() {
    let old = Publish.fixture("stranger-nps-ev1-old")
    #expect(old.csv?.contains("ev1,nps,gender,man,83.3,6,") == true)
    let result = DisclosureAudit.run([old])
    #expect(!result.passed)
    #expect(
      result.recovered.contains { $0.cells.contains("ev1 nps gender man (passives)") && $0.values == [1] },
      "\(result.recovered)")
    #expect(
      result.recovered.contains { $0.cells.contains("ev1 nps gender woman (promoters)") && $0.values.first == 1 && $0.values.last == 4 },
      "\(result.recovered)")
  }

  @Test func aScoreWithASmallBandHidesItsValueAndTheNewReportPasses() throws {
    let report = IndicatorReport(events: [Self.ev1])
    for (field, group, n) in [("gender", "man", 6), ("gender", "woman", 8), ("category", "mayor", 6)] {
      let cell = try #require(Self.cell(report, "nps", field, group))
      #expect(cell.suppression == .value, "\(field) \(group)")
      #expect(cell.value.n == n)
    }
    // The total stays: the whole event's answers to the question are published anyway.
    let total = try #require(Self.cell(report, "nps", "total", "all"))
    #expect(total.suppression == nil)
    #expect(ReportRenderer.csv(report).contains("ev1,nps,total,all,42.9,14,"))
    let csv = ReportRenderer.csv(report)
    #expect(!csv.contains("ev1,nps,gender,man,83.3"))
    #expect(!csv.contains("ev1,nps,gender,woman,12.5"))
    let result = DisclosureAudit.run([Publish.files(report, name: "new")])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  @Test func theBandsOfHiddenGroupsHoldNoOneOrEnoughTogether() throws {
    // Men: 5 promoters, 5 passives, 3 detractors; women 5 promoters, 3 passives, 2
    // detractors; non-binary: 5 promoters. The women's small bands hide them with a group
    // whose bands make them enough.
    let people: [(gender: String, recommend: Int, ratings: [String: Int])] =
      Array(repeating: ("man", 9, [:]), count: 5) + Array(repeating: ("man", 7, [:]), count: 5)
      + Array(repeating: ("man", 2, [:]), count: 3)
      + Array(repeating: ("woman", 10, [:]), count: 5) + Array(repeating: ("woman", 8, [:]), count: 3)
      + Array(repeating: ("woman", 3, [:]), count: 2) + Array(repeating: ("non-binary", 9, [:]), count: 5)
    let report = IndicatorReport(events: [Self.event(people)])
    let hidden = report.values.filter {
      $0.value.indicator == "nps" && $0.value.disaggregation == "gender" && $0.suppression != nil
    }
    #expect(hidden.contains { $0.value.group == "woman" })
    #expect(hidden.count >= 2)
    for band in Population.scoreBands("recommend") {
      let together = hidden.reduce(0) { $0 + ($1.value.bands[band] ?? 0) }
      #expect(together == 0 || together >= 5, "\(band): \(together)")
    }
    let result = DisclosureAudit.run([Publish.files(report, name: "new")])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  @Test func aRollUpsScoreIsHiddenWhereAnEventsIs() throws {
    let report = IndicatorReport(events: [Self.ev1, Self.event(Array(repeating: ("man", 9, [:]), count: 14), id: "ev2")])
    let all = try #require(report.values.first {
      $0.value.event == "all" && $0.value.indicator == "nps" && $0.value.group == "man"
    })
    #expect(all.suppression != nil)
  }

  static var ev15: EventRecords {
    event(
      (1...12).map { index in ("woman", 9, index == 12 ? ["opening": 4, "context": 1] : ["opening": 4]) },
      sessions: ["opening", "context"])
  }

  @Test func thePooledTotalIsHiddenBesideOneHiddenSessionAndTheOldReportFailsTheAudit() throws {
    let report = IndicatorReport(events: [Self.ev15])
    let total = try #require(Self.cell(report, "session-usefulness", "total", "all"))
    #expect(total.suppression == .value)
    #expect(total.value.n == 12)
    #expect(Self.cell(report, "session-usefulness", "session", "context")?.suppression == .cell)
    #expect(Self.cell(report, "session-usefulness", "session", "opening")?.suppression == nil)
    let result = DisclosureAudit.run([Publish.files(report, name: "new")])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")

    let old = DisclosureAudit.run([Publish.fixture("stranger-pooled-ev15-old")])
    #expect(old.findings.contains { $0.contains("ev15 session-usefulness total all pools the ratings of 1 hidden session") }, "\(old.findings)")
  }

  @Test func thePooledTotalStaysWhereTheHiddenSessionsHoldEnoughRatings() throws {
    // Two sessions of 3 raters each hidden: 6 ratings together.
    let people: [(gender: String, recommend: Int, ratings: [String: Int])] = (1...12).map { index in
      ("woman", 9, index <= 3 ? ["opening": 4, "a": 2] : index <= 6 ? ["opening": 4, "b": 3] : ["opening": 5])
    }
    let report = IndicatorReport(events: [Self.event(people, sessions: ["opening", "a", "b"])])
    #expect(Self.cell(report, "session-usefulness", "total", "all")?.suppression == nil)
    #expect(Self.cell(report, "session-usefulness", "session", "a")?.suppression == .cell)
  }
}
