import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneReports
import Testing

/// A breakdown left out for the registered is left out for every population of the event, and
/// a count of distinct groups (countries represented) never says more than the breakdowns list.
@Suite struct CountedGroupsTests {
  typealias P = ListedGroupTests

  /// 32 people who all came: `lone` from Tunisia who sent no form, then Morocco, Senegal and
  /// Côte d'Ivoire, whose people all answered.
  static func event(lone: Int, morocco: Int) -> EventRecords {
    let people =
      Array(repeating: P.p("mayor", "woman", "35-44", "TN"), count: lone)
      + Array(repeating: P.p("mayor", "woman", "35-44", "MA", fb: 5), count: morocco)
      + Array(repeating: P.p("mayor", "woman", "35-44", "SN", fb: 4), count: 10)
      + Array(repeating: P.p("mayor", "woman", "35-44", "CI", fb: 4), count: 10)
    return P.event("ev-r9x", people)
  }

  @Test(arguments: [(1, 11), (2, 10)])
  func theLoneTunisiansAreHiddenInEveryPopulationBesideTheCount(lone: Int, morocco: Int) {
    let report = IndicatorReport(events: [Self.event(lone: lone, morocco: morocco)])
    let csv = ReportRenderer.csv(report)
    // Tunisia is hidden with Morocco for the registered and the respondents alike: Morocco's
    // respondents shown would leave Tunisia's registered at most 12 - 11.
    for population in ["registered", "attended", "responses"] {
      #expect(csv.contains("ev-r9x,\(population),country,TN,suppressed,suppressed,"), "\(csv)")
      #expect(csv.contains("ev-r9x,\(population),country,MA,suppressed,suppressed,"))
    }
    #expect(csv.contains("ev-r9x,registered,region,Middle East and North Africa,12,12,"))
    // 4 countries beside two hidden rows would say that both hold someone: hidden, n kept.
    #expect(csv.contains("ev-r9x,countries,total,all,suppressed,32,"))
    let result = DisclosureAudit.run([Publish.files(report, name: "ev-r9x")])
    #expect(result.passed, "\(result.summary): \(result.findings)")
  }

  @Test func aBreakdownLeftOutForTheRespondentsAloneLeavesTheRegisteredShown() {
    // Two respondents in each of three countries cannot be hidden together (each listed, so
    // each of them would hold 1 to 4); the registered, 10 in each, say nothing of them.
    let people = ["SN", "MA", "CI"].flatMap { country in
      (0..<10).map { index in P.p("mayor", "woman", "35-44", country, fb: index < 2 ? 4 : nil) }
    }
    let report = IndicatorReport(events: [P.event("ev-few", people)])
    let csv = ReportRenderer.csv(report)
    #expect(!csv.contains("ev-few,responses,country,"), "\(csv)")
    #expect(!csv.contains("ev-few,response-rate,country,"))
    #expect(csv.contains("ev-few,registered,country,MA,10,10,"))
    #expect(csv.contains("ev-few,countries,total,all,3,30,"))
    let result = DisclosureAudit.run([Publish.files(report, name: "ev-few")])
    #expect(result.passed, "\(result.summary): \(result.findings)")
  }

  /// The report as it was: the respondents by country shown beside the registered by
  /// country left out, and the count of 4 countries.
  static func formerReport(lone: Int, morocco: Int) -> IndicatorReport {
    var records = Self.event(lone: lone, morocco: morocco)
    var report = IndicatorReport(events: [records])
    report.values.removeAll { $0.value.disaggregation == "country" }
    for index in report.values.indices where report.values[index].value.indicator == "countries" {
      report.values[index].suppression = nil
    }
    // The same respondents without the Tunisians: their rows by country, all shown.
    records.plan.participants.removeAll { $0.country == "TN" }
    let open = IndicatorReport(events: [records])
    report.values += open.values.filter {
      $0.value.disaggregation == "country" && $0.value.population.hasPrefix("responded")
        && $0.value.numeratorPopulation == nil
    }
    return report
  }

  @Test func theAuditFailsOnTheCountBesideFewerListedCountries() {
    let report = Self.formerReport(lone: 1, morocco: 11)
    let csv = ReportRenderer.csv(report)
    #expect(csv.contains("ev-r9x,responses,country,MA,11,11,"))
    #expect(csv.contains("ev-r9x,countries,total,all,4,32,"))
    let result = DisclosureAudit.run([Publish.files(report, name: "old")])
    #expect(!result.passed)
    #expect(
      result.findings.contains {
        $0.contains("ev-r9x countries shows 4 beside breakdowns by country")
      }, "\(result.findings)")
  }

  @Test func aCountBesideHiddenEmptyRowsIsHidden() {
    // Tunisia's one person registered and did not come: the attended by country list her
    // country's hidden row (no one in it), so 3 countries among 4 listed rows would tell that
    // one hidden row is empty.
    var people =
      [P.p("mayor", "woman", "35-44", "TN", came: false)]
      + Array(repeating: P.p("mayor", "woman", "35-44", "MA"), count: 6)
    people += Array(repeating: P.p("mayor", "woman", "35-44", "SN"), count: 10)
    people += Array(repeating: P.p("mayor", "woman", "35-44", "CI"), count: 10)
    let report = IndicatorReport(events: [P.event("ev-empty", people)])
    let csv = ReportRenderer.csv(report)
    #expect(csv.contains("ev-empty,registered,country,TN,suppressed,suppressed,"), "\(csv)")
    #expect(csv.contains("ev-empty,attended,country,TN,suppressed,suppressed,"), "\(csv)")
    #expect(csv.contains("ev-empty,countries,total,all,suppressed,26,"), "\(csv)")
    let result = DisclosureAudit.run([Publish.files(report, name: "ev-empty")])
    #expect(result.passed, "\(result.summary): \(result.findings)")
  }

  @Test func aCountMatchingItsBreakdownStaysShown() {
    let people =
      Array(repeating: P.p("mayor", "woman", "35-44", "MA"), count: 6)
      + Array(repeating: P.p("mayor", "woman", "35-44", "SN"), count: 10)
    let report = IndicatorReport(events: [P.event("ev-two", people)])
    let csv = ReportRenderer.csv(report)
    #expect(csv.contains("ev-two,attended,country,MA,6,6,"), "\(csv)")
    #expect(csv.contains("ev-two,countries,total,all,2,16,"), "\(csv)")
    #expect(DisclosureAudit.run([Publish.files(report, name: "ev-two")]).passed)
  }

  /// One city per country: Tunisia 12, Morocco 6 and Jordan 1 who confirmed and did not come,
  /// Senegal 10 and Côte d'Ivoire 3, all of whom came. Beside the five countries listed (some
  /// hidden), 4 cities of those who came would say that one hidden country is empty: with
  /// the region's one absentee, Jordan's single person.
  @Test func aCountOfCitiesBesideHiddenCountriesIsHiddenAndTheAuditCatchesIt() {
    let people =
      Array(repeating: P.p("mayor", "woman", "35-44", "TN", fb: 4), count: 12)
      + Array(repeating: P.p("mayor", "woman", "35-44", "MA", fb: 4), count: 6)
      + [P.p("mayor", "woman", "35-44", "JO", came: false)]
      + Array(repeating: P.p("mayor", "woman", "35-44", "SN", fb: 4), count: 10)
      + Array(repeating: P.p("mayor", "woman", "35-44", "CI", fb: 4), count: 3)
    var records = P.event("ev-cities", people)
    for index in records.plan.participants.indices {
      records.plan.participants[index].city = "City of " + records.plan.participants[index].country
    }
    let report = IndicatorReport(events: [records])
    let csv = ReportRenderer.csv(report)
    #expect(csv.contains("ev-cities,attended,country,JO,suppressed,suppressed,"), "\(csv)")
    #expect(csv.contains("ev-cities,cities,total,all,suppressed,"), "\(csv)")
    #expect(DisclosureAudit.run([Publish.files(report, name: "ev-cities")]).passed)
    var former = report
    for index in former.values.indices where former.values[index].value.indicator == "cities" {
      former.values[index].suppression = nil
    }
    let leak = DisclosureAudit.run([Publish.files(former, name: "old")])
    #expect(!leak.passed)
    #expect(leak.findings.contains { $0.contains("cities") && $0.contains("coarser") }, "\(leak.findings)")
  }
}
