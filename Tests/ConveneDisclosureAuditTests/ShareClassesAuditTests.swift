import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneReports
import Testing

/// The audit against two shares of one question shown for the same people: satisfied (4 or 5)
/// redefined as 5 between two reports of the same records (the same edition), with a record
/// that does not say what the share counted (as records were written before they kept
/// shares), show 47.8 % and 34.8 % of the same 23 men: 11 − 8 = 3 men answered 4.
@Suite struct ShareClassesAuditTests {
  static func share(_ answers: [String]) -> IndicatorDefinition {
    IndicatorDefinition(
      id: "satisfied", label: [:], measure: .share, question: "satisfaction", answers: answers,
      disaggregations: ["gender"])
  }

  /// 23 men (8 answered 5, 3 answered 4, 12 answered 2) and 23 women who answered 5.
  static func event(_ indicators: [IndicatorDefinition]) -> EventRecords {
    let evaluation = Evaluation(
      questions: [
        Question(id: "satisfaction", kind: .scale, text: ["en": "Satisfied?"], required: true)
      ],
      indicators: indicators)
    var event = Event(
      id: "ev1", title: "Workshop", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "unit@example.org"),
      days: [
        EventDay(
          date: LocalDate("2027-05-10")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))
      ],
      evaluation: evaluation)
    event.disclosure.threshold = 5
    let people = (1...46).map { index in
      Participant(
        id: "p\(index)", name: "Person \(index)", email: "p\(index)@example.org", category: "mayor",
        country: "SN", region: "West Africa", gender: index <= 23 ? "man" : "woman",
        ageGroup: "25-34",
        status: .confirmed)
    }
    let responses = people.enumerated().map { offset, person in
      let answer = offset >= 23 ? "5" : offset < 8 ? "5" : offset < 11 ? "4" : "2"
      return FeedbackResponse(
        id: "r\(offset)", participant: person.id, submittedAt: "2027-05-10T17:00:00Z",
        source: "f.json",
        answers: ["satisfaction": answer])
    }
    return EventRecords(
      plan: EventPlan(event: event, participants: people), evaluation: evaluation,
      responses: responses)
  }

  @Test func aShareRedefinedBesideARecordWithoutSharesFailsTheAudit() throws {
    let first = IndicatorReport(
      events: [Self.event([Self.share(["4", "5"])])], newEdition: { "e1" })
    var record = try #require(first.records["ev1"])
    #expect(record.shares == ["answer:satisfaction=4|5"])
    record.shares = []
    let forgotten = IndicatorReport(
      events: [Self.event([Self.share(["5"])])], earlier: ["ev1": record])
    let csv = [ReportRenderer.csv(first), ReportRenderer.csv(forgotten)]
    #expect(csv[0].contains("ev1,satisfied,gender,man,47.8,23,"))
    #expect(csv[1].contains("ev1,satisfied,gender,man,34.8,23,"))
    let result = DisclosureAudit.run([
      Publish.files(first, name: "first"), Publish.files(forgotten, name: "second"),
    ])
    #expect(!result.passed)
    #expect(
      result.recovered.contains {
        $0.cells.contains { $0.contains("gender man (answers 4)") } && $0.values == [3]
      },
      "\(result.recovered)")

    // With the record of the first report, the second hides the men's value and passes.
    let kept = IndicatorReport(events: [Self.event([Self.share(["5"])])], earlier: first.records)
    #expect(ReportRenderer.csv(kept).contains("ev1,satisfied,gender,man,suppressed,23,"))
    let checked = DisclosureAudit.run([
      Publish.files(first, name: "first"), Publish.files(kept, name: "second"),
    ])
    #expect(checked.passed, "\(checked.recovered) \(checked.undecided) \(checked.findings)")
  }

  @Test func bothSharesInOneReportArePublishedSoThatTheAuditPasses() {
    var very = Self.share(["5"])
    very.id = "very-satisfied"
    let report = IndicatorReport(events: [Self.event([Self.share(["4", "5"]), very])])
    let result = DisclosureAudit.run([Publish.files(report, name: "new")])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }
}
