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
