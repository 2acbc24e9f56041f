import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneNetwork
import Testing

/// Every framework breakdown of people lists the groups of those who took part in the year.
/// The attacker's case, rebuilt: an event of 30 where Jordan's 2 (Amman, the network's only
/// city of 5 million or more) and Côte d'Ivoire's 6 sent no form and everyone else made a
/// commitment. The event hides Jordan's row of commitments (0 beside its 1 to 4 registered);
/// a network breakdown of commitments by city size without a `5m-plus` row said that Amman
/// made none, and with the event's totals narrowed Jordan to 1 or 2 people.
@Suite struct FrameworkListingTests {
  static let cities = [
    ("dakar-sn", "Dakar", "SN", 3_000_000), ("thies-sn", "Thiès", "SN", 300_000),
    ("abidjan-ci", "Abidjan", "CI", 4_000_000), ("amman-jo", "Amman", "JO", 6_000_000),
    ("ouagadougou-bf", "Ouagadougou", "BF", 2_500_000), ("bamako-ml", "Bamako", "ML", 2_000_000),
  ].map { MemberCity(id: $0.0, name: $0.1, country: $0.2, region: "West and Central Africa", population: $0.3) }

  static let framework = ResultsFramework(
    outcomes: [
      ResultsFramework.Result(
        id: "o1", title: ["en": "Outcome"],
        indicators: [
          FrameworkIndicator(
            id: "participants", label: ["en": "Participants"], measure: .participants,
            disaggregations: ["city_size", "country"]),
          FrameworkIndicator(
            id: "commitments", label: ["en": "Commitments"], measure: .commitments,
            disaggregations: ["city_size", "country"]),
          FrameworkIndicator(
            id: "responses", label: ["en": "Responses"], measure: .responses, disaggregations: ["city_size"]),
          FrameworkIndicator(
            id: "satisfaction", label: ["en": "Satisfaction"], measure: .mean, question: "satisfaction",
            disaggregations: ["city_size"]),
        ])
    ])

  /// The attacker's event, with `amman` people from Amman: those of Abidjan and Amman send no
  /// form, everyone else answers and makes a commitment.
  static func event(amman: Int) -> CityEventGroupTests.Published {
    let groups: [(city: String, country: String, count: Int, committed: Int)] = [
      ("Dakar", "SN", 8, 8), ("Thiès", "SN", 2, 2), ("Abidjan", "CI", 6, 0), ("Amman", "JO", amman, 0),
      ("Ouagadougou", "BF", 7, 7), ("Bamako", "ML", 5, 5),
    ]
    let writes = CommitmentsNetworkTests.writers(groups)
    return CityEventGroupTests.publish(
      CityEventGroupTests.Event(
        id: "ev8", month: 3, groups: groups.map { ($0.city, $0.country, $0.count) },
        satisfaction: { writes.contains($0) ? $0 % 5 + 1 : nil },
        commitment: { writes.contains($0) ? "Next step \($0)" : nil }, evaluation: CityEventGroupTests.withCommitments))
  }

  static func network(_ event: CityEventGroupTests.Published) -> NetworkReport {
    NetworkReport(
      records: NetworkRecords(
        settings: NetworkSettings(title: "Network"), cities: cities, framework: framework, requests: [],
        events: [event.network]))
  }

  /// The network's published rows of `indicator` by `field`, as group: value text.
  static func rows(_ report: NetworkReport, _ indicator: String, _ field: String) -> [String: String] {
    Dictionary(
      report.values.filter {
        $0.value.scope == NetworkValue.network && $0.value.indicator == indicator && $0.value.disaggregation == field
      }.map { ($0.value.group, $0.valueText) }, uniquingKeysWith: { first, _ in first })
  }

  @Test func aSizeWhoseFewPeopleMadeNoCommitmentIsListedHiddenAndNothingIsNarrowed() {
    let event = Self.event(amman: 2)
    let report = Self.network(event)
    let participants = Self.rows(report, "participants", "city_size")
    for indicator in ["commitments", "responses", "satisfaction"] {
      let rows = Self.rows(report, indicator, "city_size")
      #expect(Set(rows.keys) == Set(participants.keys), "\(indicator) \(rows) \(participants)")
      #expect(rows["5m-plus"] == "suppressed", "\(indicator) \(rows)")
      #expect(Self.rows(report, indicator, "country")["JO"].map { $0 == "suppressed" } ?? true, "\(indicator)")
    }
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [event.files])
    #expect(
      result.recovered.isEmpty && result.undecided.isEmpty && result.findings.isEmpty,
      "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  /// The report as it was, without the row of no one: the audit of both reports finds Jordan.
  @Test func theAuditRefusesTheBreakdownWithoutTheRowOfNoOne() {
    let event = Self.event(amman: 2)
    var leaking = Self.network(event)
    leaking.values.removeAll {
      $0.value.scope == NetworkValue.network && $0.value.indicator == "commitments"
        && $0.value.disaggregation == "city_size" && $0.value.group == "5m-plus"
    }
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(leaking), with: [event.files])
    #expect(!result.passed)
  }

  /// Amman's 6 made no commitment: the size is listed at 0, which narrows no one.
  @Test func aSizeOfFiveOrMoreWithNoCommitmentIsListedAtZero() {
    let event = Self.event(amman: 6)
    let report = Self.network(event)
    #expect(Self.rows(report, "commitments", "city_size")["5m-plus"] == "0")
    #expect(Self.rows(report, "responses", "city_size")["5m-plus"] == "0")
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [event.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }
}
