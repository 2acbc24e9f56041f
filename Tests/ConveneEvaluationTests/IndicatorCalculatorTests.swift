import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct IndicatorCalculatorTests {
  func value(
    _ values: [IndicatorValue], _ indicator: String, _ disaggregation: String = "total",
    _ group: String = "all"
  ) -> IndicatorValue? {
    values.first {
      $0.indicator == indicator && $0.disaggregation == disaggregation && $0.group == group
    }
  }

  @Test func theFunnelAndTheAttendanceRate() {
    var people =
      Build.people(8) + Build.people(2, from: 9, status: .registered)
      + Build.people(1, from: 11, status: .invited)
    people[0].gender = "man"
    let attendance =
      ["p001", "p002", "p003", "p004", "p005", "p006", "p009"].map {
        AttendanceRecord(participant: $0, session: "2027-03-09", status: .present)
      } + [AttendanceRecord(participant: "p001", session: "s1", status: .present)]
    let records = EventRecords(
      plan: Build.plan(people: people), evaluation: Build.standard, attendance: attendance)
    let values = IndicatorCalculator([records]).values()
    #expect(value(values, "registered")?.value == 10)
    #expect(value(values, "confirmed")?.value == 8)
    #expect(value(values, "attended")?.value == 7)  // p009 came without confirming
    // The rate is over the 8 confirmed, of whom 6 came.
    #expect(value(values, "attendance-rate")?.value == 75)
    #expect(value(values, "attendance-rate")?.exact == Fraction(600, 8))
    #expect(value(values, "attendance-rate")?.n == 8)
    #expect(value(values, "attendance-rate")?.numerator == 6)
    #expect(value(values, "attendance-rate")?.target == 80)
    #expect(value(values, "registered", "gender", "man")?.value == 1)
    #expect(value(values, "session-attendance", "session", "s1")?.value == 1)
    #expect(value(values, "cities")?.value == 1)
  }

  @Test func aRateOverNoOneHasNoValue() {
    // Nobody was ever confirmed; three walked in.
    let records = EventRecords(
      plan: Build.plan(people: Build.people(5, status: .registered)), evaluation: Build.standard,
      attendance: ["p001", "p002", "p003"].map {
        AttendanceRecord(participant: $0, session: "s1", status: .present)
      })
    let rate = value(IndicatorCalculator([records]).values(), "attendance-rate")
    #expect(rate?.n == 0)
    #expect(rate?.value == nil)
  }

  @Test func withoutAttendanceTheAttendanceIndicatorsAreLeftOut() {
    let records = EventRecords(
      plan: Build.plan(people: Build.people(6)), evaluation: Build.standard)
    let values = IndicatorCalculator([records]).values()
    #expect(value(values, "attended") == nil)
    #expect(value(values, "session-attendance") == nil)
    #expect(value(values, "response-rate")?.n == 6)  // over the confirmed
  }

  @Test func attendanceRecordedByDayPublishesNoAttendancePerSession() {
    // Sign-in sheets by day: 6 came, which says nothing of the sessions (not 0 at each).
    let byDay = EventRecords(
      plan: Build.plan(people: Build.people(8)), evaluation: Build.standard,
      attendance: (1...6).map {
        AttendanceRecord(participant: Build.id($0), session: "2027-03-09", status: .present)
      })
    let dayValues = IndicatorCalculator([byDay]).values()
    #expect(value(dayValues, "attended")?.value == 6)
    #expect(dayValues.filter { $0.indicator == "session-attendance" }.isEmpty)

    // A roll-up with an event recorded by session lists only that event's sessions.
    var otherPlan = Build.plan(people: Build.people(8))
    otherPlan.event.id = "other"
    let bySession = EventRecords(
      plan: otherPlan, evaluation: Build.standard,
      attendance: (1...6).map { AttendanceRecord(participant: Build.id($0), session: "s1", status: .present) })
    let rolled = IndicatorCalculator([byDay, bySession]).values().filter { $0.indicator == "session-attendance" }
    #expect(rolled.map(\.group) == ["all", "other/s1", "other/s2"])
    #expect(rolled.map(\.value) == [6, 6, 0])
  }

  @Test func satisfactionNPSKnowledgeChangeAndIntention() {
    let people = Build.people(10)
    let responses = (1...10).map { index in
      Build.response(
        Build.id(index),
        [
          "satisfaction": String([5, 5, 4, 4, 4, 3, 3, 2, 5, 1][index - 1]),
          "recommend": String([10, 9, 9, 8, 7, 6, 5, 10, 9, 0][index - 1]),
          "knowledge_before": "2", "knowledge_after": index <= 5 ? "4" : "3",
          "intend_to_act": index <= 7 ? "yes" : "no",
          "usefulness:s1": "4", "usefulness:s2": index <= 5 ? "5" : "3",
          "commitments": index <= 6 ? "Something" : "",
        ])
    }
    let records = EventRecords(
      plan: Build.plan(people: people), evaluation: Build.standard, responses: responses)
    let values = IndicatorCalculator([records]).values()
    #expect(value(values, "satisfaction-mean")?.value == 3.6)
    #expect(value(values, "satisfied")?.value == 60)
    #expect(value(values, "nps")?.value == 20)  // 5 promoters, 3 detractors of 10
    #expect(value(values, "nps")?.bands == [5, 2, 3])
    #expect(value(values, "session-usefulness", "session", "s1")?.raters == Set(0..<10))
    #expect(value(values, "knowledge-change")?.value == 1.5)
    #expect(value(values, "intend-to-act")?.value == 70)
    #expect(value(values, "commitments")?.value == 6)
    #expect(value(values, "responses")?.value == 10)
    #expect(value(values, "response-rate")?.value == 100)
    #expect(value(values, "satisfaction-distribution", "answer", "5")?.value == 3)
    #expect(value(values, "satisfaction-distribution", "answer", "1")?.value == 1)
    #expect(value(values, "session-usefulness", "session", "s2")?.value == 4)
    #expect(value(values, "session-usefulness")?.value == 4)
  }

  @Test func theResponseRateCountsRespondentsAmongThoseWhoCame() {
    // 13 women came and 10 of them answered; one woman who never came answered too, and so
    // did 4 anonymous women: 15 responses, but 10 of the 13 who came (not 15 of 13, 115.4 %).
    let attendance = (1...13).map {
      AttendanceRecord(participant: Build.id($0), session: "2027-03-09", status: .present)
    }
    let responses =
      (1...11).map { Build.response(Build.id($0 == 11 ? 14 : $0), ["satisfaction": "4"]) }
      + (1...4).map { Build.response("", ["satisfaction": "5", "gender": "woman"], id: "anon-\($0)") }
    let records = EventRecords(
      plan: Build.plan(people: Build.people(14)), evaluation: Build.standard,
      attendance: attendance, responses: responses)
    let values = IndicatorCalculator([records]).values()
    #expect(value(values, "responses")?.value == 15)
    let rate = value(values, "response-rate")
    #expect(rate?.n == 13)
    #expect(rate?.numerator == 10)
    #expect(rate?.exact == Fraction(1000, 13))
    #expect(rate?.population == Population.attended)
    #expect(rate?.numeratorPopulation == Population.responded(among: Population.attended))
    let women = value(values, "response-rate", "gender", "woman")
    #expect(women?.n == 13)
    #expect(women?.numerator == 10)
    // Nobody of the anonymous forms' groups came: no row for them.
    #expect(value(values, "response-rate", "category", IndicatorCalculator.notGiven) == nil)
    #expect(
      values.filter { $0.indicator == "response-rate" }.allSatisfy {
        ($0.numerator ?? 0) <= $0.n
      })
  }

  @Test func anonymousAnswersCarryTheirOwnProfile() {
    let records = EventRecords(
      plan: Build.plan(people: Build.people(2)), evaluation: Build.standard,
      responses: [Build.response("", ["satisfaction": "4", "gender": "man"], id: "r-anon")])
    let values = IndicatorCalculator([records]).values()
    #expect(value(values, "satisfaction-mean", "gender", "man")?.n == 1)
    #expect(value(values, "satisfaction-mean", "category", IndicatorCalculator.notGiven)?.n == 1)
    #expect(value(values, "registered")?.value == 2)
  }

  @Test func aRollUpPoolsEventsAndCountsDistinctCities() {
    var other = Build.plan(people: Build.people(3))
    other.event.id = "u-2027"
    other.participants[0].city = "Lomé"
    other.participants[0].country = "TG"
    let values = IndicatorCalculator([
      EventRecords(plan: Build.plan(people: Build.people(4)), evaluation: Build.standard),
      EventRecords(plan: other, evaluation: Build.standard),
    ]).values()
    #expect(value(values, "registered")?.event == "all")
    #expect(value(values, "registered")?.value == 7)
    #expect(value(values, "cities")?.value == 2)
    #expect(value(values, "countries")?.value == 2)
  }
}
