import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneReports
import ConveneTestSupport
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
    // The attacker's workshop of `PairedMeansAndComplementTests`, with these indicators.
    var event = PairedMeansAndComplementTests.event(PairedMeansAndComplementTests.spec1).plan.event
    event.evaluation = evaluation
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

  /// The region of each country the generated events' people come from.
  static let regions = [
    "SN": "West Africa", "CI": "West Africa", "KE": "East Africa", "TZ": "East Africa",
  ]

  /// An event of `forms` (gender, age group, country, satisfaction) with `indicators`.
  static func event(
    _ forms: [(String, String, String, String)], _ indicators: [IndicatorDefinition]
  ) -> EventRecords {
    var records = event(indicators)
    let people = forms.enumerated().map { index, form in
      Participant(
        id: "p\(index)", name: "Person \(index)", email: "p\(index)@example.org", category: "mayor",
        country: form.2, region: regions[form.2]!, gender: form.0, ageGroup: form.1,
        status: .confirmed)
    }
    records.plan = EventPlan(event: records.plan.event, participants: people)
    records.responses = forms.enumerated().map { index, form in
      FeedbackResponse(
        id: "r\(index)", participant: "p\(index)", submittedAt: "2027-05-10T17:00:00Z",
        source: "f.json",
        answers: ["satisfaction": form.3])
    }
    return records
  }

  /// The forms (gender, age group, country, satisfaction) of a generated event: each gender
  /// has one of `sizes` people, each with an answer drawn by `weights`.
  static func randomForms(
    _ random: inout SeededRandom, sizes: [Int], weights: [(String, Int)]
  ) -> [(String, String, String, String)] {
    var forms: [(String, String, String, String)] = []
    for gender in ["woman", "man", "non-binary", "prefer-not-to-say"] {
      for _ in 0..<sizes.randomElement(using: &random)! {
        let answer = random.pick(weights)
        let age = ["25-34", "35-44", "45-54"].randomElement(using: &random)!
        forms.append((gender, age, regions.keys.sorted().randomElement(using: &random)!, answer))
      }
    }
    return forms
  }

  @Test func randomEventsWithSeveralSharesOfOneQuestionPassTheAudit() {
    var random = SeededRandom(seed: 1130)
    let answers = ["1", "2", "3", "4", "5"]
    for round in 0..<120 {
      // How likely each answer is (5 always somewhat, so that some answer is drawn).
      let weights = answers.map { answer in
        (answer, answer == "5" ? 1 + random.int(0...4) : random.int(0...4))
      }
      let forms = Self.randomForms(&random, sizes: [0, 3, 7, 12, 16], weights: weights)
      guard forms.count >= 5 else { continue }
      let shares = (0..<Int.random(in: 2...3, using: &random)).map { index in
        IndicatorDefinition(
          id: "share-\(index)", label: [:], measure: .share, question: "satisfaction",
          answers: random.someOf(answers),
          disaggregations: ["gender", "age_group", "region", "country"])
      }
      let report = IndicatorReport(events: [Self.event(forms, shares)], newEdition: { "e\(round)" })
      let result = DisclosureAudit.run([Publish.files(report, name: "r\(round)")])
      #expect(
        result.passed,
        "round \(round) \(shares.map(\.answers)): \(result.recovered) \(result.undecided) \(result.findings)"
      )
      // The first share redefined on the same records, with the first report's record: both
      // reports together (the same edition) give nothing away either.
      var redefined = shares
      redefined[0].answers = answers.filter { _ in Bool.random(using: &random) }
      if redefined[0].answers.isEmpty { redefined[0].answers = ["5"] }
      let later = IndicatorReport(events: [Self.event(forms, redefined)], earlier: report.records)
      let both = DisclosureAudit.run([
        Publish.files(report, name: "r\(round)"), Publish.files(later, name: "s\(round)"),
      ])
      #expect(
        both.passed,
        "round \(round) \(shares.map(\.answers)) then \(redefined[0].answers): \(both.recovered) \(both.undecided) \(both.findings)"
      )
    }
  }

  @Test func bothSharesInOneReportArePublishedSoThatTheAuditPasses() {
    var very = Self.share(["5"])
    very.id = "very-satisfied"
    let report = IndicatorReport(events: [Self.event([Self.share(["4", "5"]), very])])
    let result = DisclosureAudit.run([Publish.files(report, name: "new")])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }
}
