import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneNetwork
import ConveneReports
import Testing

/// A city's record lists the events it took part in, so a reader knows its people there are
/// one or more; a city with no figure of feedback may still have people who answered. The
/// attacker's two cases, rebuilt on network folders over one event each.
@Suite struct ListedCityBoundsTests {
  /// An event of 13 (Rabat 1, Saida 1, Baghdad 11) whose 11 commitments are Rabat's and
  /// Baghdad's: Saida, listed, shows none. Saida's one person must not be given away, nor
  /// narrowed to 1 or 2.
  @Test func aListedCityBesideTheEventsCommitmentsIsNotNarrowed() {
    let event = CommitmentsNetworkTests.event(
      [("Rabat", "MA", 1, 1), ("Saida", "LB", 1, 0), ("Baghdad", "IQ", 11, 10)], id: "s13")
    let report = CityEventGroupTests.network([event], cities: CommitmentsNetworkTests.cities)
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [event.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  /// Abidjan's 6 people all answered; Bouaké's 2 sent no form. The event shows Côte
  /// d'Ivoire's 8 and its 6 respondents: Bouaké's record, with no figure of feedback, must not
  /// let a reader take Abidjan's 6 as all the country's respondents and leave Bouaké 2.
  @Test func aCityWithNoFeedbackFigureIsNotNarrowedByItsCountrysRespondents() {
    let event = CityEventGroupTests.publish(
      CityEventGroupTests.Event(
        id: "b8", month: 3, groups: [("Dakar", "SN", 9), ("Abidjan", "CI", 6), ("Bouaké", "CI", 2)],
        satisfaction: { $0 > 9 && $0 <= 15 || $0 <= 9 ? $0 % 5 + 1 : nil }))
    let report = CityEventGroupTests.network([event])
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [event.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
    // Bouaké's record lists the mean of no one, hidden: it would say Bouaké has no respondent.
    #expect(
      Self.row(report, "bouake-ci", "mean:satisfaction")
        == "bouake-ci,2027,mean:satisfaction,total,all,suppressed,suppressed")
  }

  /// A city of 6 none of whom answered lists the mean of no one as n 0: it narrows no one.
  @Test func aLargeCityWithNoRespondentListsTheMeanOfNoOne() {
    let event = CityEventGroupTests.publish(
      CityEventGroupTests.Event(
        id: "b9", month: 3, groups: [("Dakar", "SN", 9), ("Abidjan", "CI", 6), ("Bouaké", "CI", 6)],
        satisfaction: { $0 <= 15 ? $0 % 5 + 1 : nil }))
    let report = CityEventGroupTests.network([event])
    #expect(Self.row(report, "bouake-ci", "mean:satisfaction") == "bouake-ci,2027,mean:satisfaction,total,all,,0")
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [event.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  /// Jordan's one person, at an event of 13 with 10 respondents, sent no form. Were Jordan
  /// missing from the breakdowns of who answered (as it was), or listed at 0, Amman's person,
  /// listed at the event by the city record, would be at most 13 − 10 = 3 whatever the
  /// network hides. Every breakdown lists Jordan, hidden with enough others to hold 5 or more
  /// of each population: the audit of the event and the network, as published and with every
  /// network cell hidden, narrows nothing.
  @Test func aSilentCountryOfOneIsListedHiddenInEveryBreakdownOfWhoAnswered() {
    let groups: [(city: String, country: String, count: Int, committed: Int)] = [
      ("Rabat", "MA", 4, 1), ("Saida", "LB", 4, 0), ("Tunis", "TN", 2, 2), ("Amman", "JO", 1, 0),
      ("Baghdad", "IQ", 2, 2),
    ]
    let writes = CommitmentsNetworkTests.writers(groups)
    let event = CityEventGroupTests.publish(
      CityEventGroupTests.Event(
        id: "j13", month: 3, groups: groups.map { ($0.city, $0.country, $0.count) },
        satisfaction: { $0 % 4 == 3 ? nil : $0 % 5 + 1 },
        commitment: { writes.contains($0) ? "Next step \($0)" : nil }, evaluation: CityEventGroupTests.withCommitments))
    let csv = ReportRenderer.csv(event.report)
    for indicator in ["responses", "satisfaction-mean", "commitments"] {
      #expect(csv.contains("j13,\(indicator),country,JO,suppressed,suppressed,"), "\(indicator)")
      let country = event.report.values.filter { $0.value.indicator == indicator && $0.value.disaggregation == "country" }
      let hidden = country.filter(\.isCountHidden)
      #expect(hidden.count >= 2 && hidden.reduce(0) { $0 + $1.value.n } >= 5, "\(indicator) \(hidden)")
    }
    let report = CityEventGroupTests.network([event], cities: CommitmentsNetworkTests.cities)
    var allHidden = report
    allHidden.values = report.values.map { PublishedNetworkValue(value: $0.value, suppression: .cell) }
    for network in [report, allHidden] {
      let result = DisclosureAudit.run(network: CityEventGroupTests.files(network), with: [event.files])
      #expect(
        result.recovered.isEmpty && result.undecided.isEmpty && result.findings.isEmpty,
        "\(result.recovered) \(result.undecided) \(result.findings)")
    }
  }

  static func row(_ report: NetworkReport, _ city: String, _ figure: String) -> String? {
    (CityEventGroupTests.files(report).citiesCSV ?? "").split(whereSeparator: \.isNewline).map(String.init).first {
      $0.hasPrefix(city + ",") && $0.contains("," + figure + ",total,")
    }
  }
}
