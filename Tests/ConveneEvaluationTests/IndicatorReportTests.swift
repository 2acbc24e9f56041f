import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct IndicatorReportTests {
  @Test func commitmentsAreListedWithoutNamesOnlyWhenFiveOrMoreWroteOne() {
    let people = Build.people(6)
    func records(_ writers: Int) -> EventRecords {
      EventRecords(
        plan: Build.plan(people: people), evaluation: Build.standard,
        responses: (1...writers).map {
          Build.response(Build.id($0), ["satisfaction": "4", "commitments": "Plan \($0)"])
        })
    }
    #expect(IndicatorReport(events: [records(4)]).commitments.isEmpty)
    #expect(
      IndicatorReport(events: [records(5)]).commitments == [
        "Plan 1", "Plan 2", "Plan 3", "Plan 4", "Plan 5",
      ])
  }

  @Test func aRollUpHasEachEventThenAll() {
    var other = Build.plan(people: Build.people(6))
    other.event.id = "u-2027"
    let report = IndicatorReport(events: [
      EventRecords(plan: Build.plan(people: Build.people(6)), evaluation: Build.standard),
      EventRecords(plan: other, evaluation: Build.standard),
    ])
    #expect(report.isRollUp)
    #expect(report.headline == "all")
    #expect(report.total(event: "all", indicator: "registered")?.valueText == "12")
    #expect(report.total(event: "u-2027", indicator: "registered")?.valueText == "6")
  }
}

/// Every breakdown lists the groups of the registered, whoever its population counts: a
/// country missing from the respondents' breakdown, or listed at 0 beside its 1 to 4
/// registered, would say that none of them answered.
@Suite struct ListedGroupsTests {
  /// Senegal 12, Ghana 8, Côte d'Ivoire 6, Mali 2 registered; 9, 6, 0 and 0 of them answered.
  static var report: IndicatorReport { IndicatorReport(events: [records()]) }

  static func records(
    id: String = "t-2027", _ counts: [(String, Int, Int)] = [("SN", 12, 9), ("GH", 8, 6), ("CI", 6, 0), ("ML", 2, 0)]
  ) -> EventRecords {
    var people: [Participant] = []
    var responses: [FeedbackResponse] = []
    for (country, registered, answered) in counts {
      for index in 0..<registered {
        let id = Build.id(people.count + 1)
        people.append(Build.person(id, country: country))
        if index < answered { responses.append(Build.response(id, ["satisfaction": "4"])) }
      }
    }
    let evaluation = Evaluation(
      questions: Build.standard.questions,
      indicators: [
        IndicatorDefinition(id: "registered", label: [:], measure: .registered, disaggregations: ["country"]),
        IndicatorDefinition(id: "responses", label: [:], measure: .responses, disaggregations: ["country"]),
      ])
    var plan = Build.plan(people: people, evaluation: evaluation)
    plan.event.id = id
    return EventRecords(plan: plan, evaluation: evaluation, responses: responses)
  }

  func rows(_ indicator: String) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: Self.report.values.filter { $0.value.indicator == indicator && $0.value.isFieldGroup }.map {
        ($0.value.group, "\($0.valueText)/\($0.nText)")
      })
  }

  @Test func aCountryOfFewWhereNoOneAnsweredIsListedHiddenAndALargeOneShowsZero() {
    let responses = rows("responses")
    #expect(Set(responses.keys) == ["SN", "GH", "CI", "ML"])
    // Côte d'Ivoire's 6 did not answer: a group of 6, shown.
    #expect(responses["CI"] == "0/0")
    // Mali's 2 did not answer: hidden, and not alone, with enough beside it to hold 5 or more.
    #expect(responses["ML"] == "suppressed/suppressed")
    let hidden = Self.report.values.filter {
      $0.value.indicator == "responses" && $0.value.isFieldGroup && $0.isCountHidden
    }
    #expect(hidden.count >= 2 && hidden.reduce(0) { $0 + $1.value.n } >= 5, "\(hidden)")
    #expect(rows("registered")["ML"] == "suppressed/suppressed")
  }

  /// Rolled up with an event whose 8 from Mali answered (6 of them), `all` hides Mali's
  /// respondents: `all` less the other event would give the first event's hidden 0.
  @Test func aRollUpHidesTheGroupOfNoOneAnEventHid() {
    let other = Self.records(id: "u-2027", [("SN", 10, 8), ("ML", 8, 6)])
    let report = IndicatorReport(events: [Self.records(), other])
    let mali = report.values.filter { $0.value.indicator == "responses" && $0.value.group == "ML" }
    #expect(mali.first { $0.value.event == "u-2027" }?.valueText == "6")
    #expect(mali.first { $0.value.event == "t-2027" }?.isCountHidden == true)
    #expect(mali.first { $0.value.event == "all" }?.isCountHidden == true)
  }
}
