import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneReports
import Foundation
import Testing

/// An attacker's events against the standard indicators: 12 confirmed people (6 women, 6 men)
/// who all answered, one of whom answered knowledge "before" only (or "after" only). The means
/// before, after and the change once added up over three populations, and their sums gave that
/// person's answer and gender; a share of 83.3 % of 6 men said that exactly one man answered
/// "no". `Fixtures/stranger-*-old` are those reports as convene wrote them then.
@Suite struct PairedMeansAndComplementTests {
  /// One form: satisfaction, knowledge before and after (nil: left blank), intend to act, recommend.
  typealias Form = (satisfaction: Int, before: Int?, after: Int?, act: String, recommend: Int)

  /// The tester's spec1: p012, a man, answered knowledge before (5) and not after.
  static let spec1: [Form] = [
    (4, 2, 4, "yes", 9), (5, 3, 4, "yes", 8), (4, 2, 3, "yes", 7), (3, 3, 5, "no", 9), (4, 1, 4, "yes", 10),
    (5, 2, 4, "yes", 9), (4, 3, 4, "yes", 6), (2, 2, 3, "no", 5), (4, 3, 4, "yes", 8), (5, 2, 5, "yes", 9),
    (4, 3, 4, "yes", 9), (3, 5, nil, "yes", 7),
  ]

  /// spec1b: p012 answered knowledge after (2) and not before; threshold 10.
  static var spec1b: [Form] {
    var forms = spec1
    forms[11] = (3, nil, 2, "yes", 7)
    return forms
  }

  static func event(_ forms: [Form], threshold: Int = 5, id: String = "ev1") -> EventRecords {
    var event = Event(
      id: id, title: "Workshop", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "unit@example.org"),
      days: [EventDay(date: LocalDate("2027-05-10")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))],
      evaluation: EventGenerator.standard)
    event.disclosure.threshold = threshold
    let people = (1...forms.count).map { index in
      Participant(
        id: String(format: "p%03d", index), name: "Person \(index)", email: "p\(index)@example.org",
        category: "practitioner", country: "SN", region: "West and Central Africa",
        gender: index <= 6 ? "woman" : "man", ageGroup: "25-34", status: .confirmed)
    }
    let responses = forms.enumerated().map { offset, form in
      var answers = [
        "satisfaction": String(form.satisfaction), "intend_to_act": form.act, "recommend": String(form.recommend),
      ]
      answers["knowledge_before"] = form.before.map(String.init)
      answers["knowledge_after"] = form.after.map(String.init)
      return FeedbackResponse(
        id: "r\(offset + 1)", participant: people[offset].id, submittedAt: "2027-05-10T17:00:00Z",
        source: "form\(offset + 1).json", answers: answers)
    }
    return EventRecords(plan: EventPlan(event: event, participants: people), evaluation: EventGenerator.standard, responses: responses)
  }

  static func cell(_ report: IndicatorReport, _ indicator: String, _ field: String = "total", _ group: String = "all")
    -> PublishedValue?
  {
    report.values.first {
      $0.value.indicator == indicator && $0.value.disaggregation == field && $0.value.group == group
    }
  }

  /// The sum behind a shown mean of whole answers, exactly.
  static func sum(_ cell: PublishedValue) -> Int? {
    guard cell.suppression == nil, let exact = cell.value.exact else { return nil }
    let scaled = exact.numerator * cell.value.n
    return scaled % exact.denominator == 0 ? scaled / exact.denominator : nil
  }

  @Test(arguments: [("spec1", 5), ("spec1b", 10)])
  func theMeansBeforeAndAfterAddUpWithTheChangeOverTheSamePeople(spec: String, threshold: Int) throws {
    let report = IndicatorReport(events: [Self.event(spec == "spec1" ? Self.spec1 : Self.spec1b, threshold: threshold)])
    let rows = report.values.filter { $0.value.indicator == "knowledge-before" }
    #expect(!rows.isEmpty)
    var compared = 0
    for before in rows {
      let (field, group) = (before.value.disaggregation, before.value.group)
      let after = try #require(Self.cell(report, "knowledge-after", field, group))
      let change = try #require(Self.cell(report, "knowledge-change", field, group))
      // The same people: the same n and population, shown or hidden together.
      #expect(before.value.population == "answered:knowledge_before+knowledge_after")
      #expect([after.value.population, change.value.population] == [before.value.population, before.value.population])
      #expect(before.value.n == after.value.n && after.value.n == change.value.n, "\(field) \(group)")
      #expect((before.suppression == nil) == (after.suppression == nil), "\(field) \(group)")
      // The tester's reading: after − before = change, so nobody's answer is left over.
      if let b = Self.sum(before), let a = Self.sum(after), let c = Self.sum(change) {
        #expect(a - b == c, "\(field) \(group)")
        compared += 1
      }
    }
    #expect(compared > 0)
    let total = try #require(Self.cell(report, "knowledge-before"))
    #expect(total.value.n == 11)
    // The one who answered a single knowledge question still counts where that answer does not
    // meet the other's: in the distribution of answers, if one were published, and in responses.
    #expect(Self.cell(report, "responses")?.value.n == 12)
  }

  @Test func theOldReportsGaveTheOneKnowledgeAnswerAwayAndTheNewOnesDoNot() throws {
    // What the tester read off the old report: 2.58 × 12 − (4.00 × 11 − 1.64 × 11) = 5.
    let old = try #require(Publish.fixture("stranger-ev1-old").csv)
    #expect(old.contains("ev1,knowledge-before,total,all,2.58,12,"))
    #expect(old.contains("ev1,knowledge-after,total,all,4.00,11,"))
    let report = IndicatorReport(events: [Self.event(Self.spec1)])
    let csv = ReportRenderer.csv(report)
    #expect(csv.contains("ev1,knowledge-before,total,all,2.36,11,"))
    #expect(csv.contains("ev1,knowledge-after,total,all,4.00,11,"))
    #expect(csv.contains("ev1,knowledge-change,total,all,1.64,11,"))
  }

  @Test func aShareWhoseRestIsOnePersonIsHiddenAndTheOldReportFailsTheAudit() throws {
    let report = IndicatorReport(events: [Self.event(Self.spec1)])
    // 5 of 6 men and 5 of 6 women intend to act: one "no" each.
    for gender in ["man", "woman"] {
      let cell = try #require(Self.cell(report, "intend-to-act", "gender", gender))
      #expect(cell.suppression == .value, "\(gender)")
      #expect(cell.value.n == 6)
    }
    // The total too: no distribution of intend to act is published, so 83.3 % of 12 would
    // say that 2 answered no (n 12 kept).
    #expect(Self.cell(report, "intend-to-act")?.suppression == .value)
    #expect(Self.cell(report, "intend-to-act")?.value.n == 12)
    let result = DisclosureAudit.run([Publish.files(report, name: "new")])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")

    let old = DisclosureAudit.run([Publish.fixture("stranger-ev1-old")])
    #expect(!old.passed)
    #expect(
      old.recovered.contains { $0.cells.contains("ev1 intend-to-act gender man (complement)") && $0.values == [1] },
      "\(old.recovered)")
  }

  @Test func theAfterOnlyReportAtThresholdTenPasses() {
    let report = IndicatorReport(events: [Self.event(Self.spec1b, threshold: 10)])
    let result = DisclosureAudit.run([Publish.files(report, name: "new")])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
    #expect(Self.cell(report, "knowledge-after")?.value.n == 11)
    #expect(ReportRenderer.csv(report).contains("ev1,knowledge-after,total,all,4.00,11,"))
  }

  /// The network of one event of 8 commitments, 7 done and 1 dropped, as convene wrote it:
  /// `commitments-acted-upon` 87.5 % of 8.
  @Test func theOldNetworkReportsActedUponShareFailsTheAudit() {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/stranger-net11-old")
    func read(_ file: String) -> String? {
      try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }
    let network = PublishedNetworkFiles(
      name: "network", json: read(PublishedNetworkFiles.jsonName) ?? "",
      indicatorsCSV: read(PublishedNetworkFiles.indicatorsName), citiesCSV: read(PublishedNetworkFiles.citiesName))
    let result = DisclosureAudit.run(network: network, with: [Publish.fixture("stranger-net11-old/ev11")])
    #expect(!result.passed)
    #expect(
      result.recovered.contains { leak in
        leak.values == [1] && leak.cells.contains { $0.hasSuffix("commitments-acted-upon total all (complement)") }
      }, "\(result.recovered)")
  }

  @Test func generatedEventsShowNoShareWhoseRestIsASmallGroup() {
    var failures: [String] = []
    for seed in 1...UInt64(40) {
      let report = IndicatorReport(events: [EventGenerator.event(seed: seed)])
      let threshold = report.policies.values.first!.threshold
      for cell in report.values where cell.suppression == nil && cell.value.isFieldGroup {
        guard let population = cell.value.numeratorPopulation, population.hasPrefix("answer:"),
          let numerator = cell.value.numerator
        else { continue }
        let rest = cell.value.n - numerator
        // A group of everyone repeats the total, whose answers are published anyway.
        let total = report.values.first { $0.value.indicator == cell.value.indicator && $0.value.isTotal }
        if cell.value.n == total?.value.n { continue }
        if (1..<threshold).contains(rest) {
          failures.append("seed \(seed): \(cell.value.indicator) \(cell.value.disaggregation) \(cell.value.group) \(rest)")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(10))")
  }
}
