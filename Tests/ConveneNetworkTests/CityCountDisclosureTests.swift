import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneReports
import Testing

@testable import ConveneNetwork

/// Counts of cities and people by city size, attacked the way an independent tester did: three
/// events (alpha and beta in 2027, gamma in 2028) whose people come from cities of every size,
/// one person from Reykjavik and one from Praia, each acting on her commitment.
@Suite struct CityCountDisclosureTests {
  static let cities = [
    Build.city("dakar-sn", "Dakar", "SN", population: 1_200_000),
    Build.city("thies-sn", "Thiès", "SN", population: 320_000),
    Build.city("bamako-ml", "Bamako", "ML", population: 2_800_000),
    Build.city("banjul-gm", "Banjul", "GM", population: 31_000),
    Build.city("praia-cv", "Praia", "CV", population: 160_000),
    Build.city("paris-fr", "Paris", "FR", population: 2_100_000),
    Build.city("reykjavik-is", "Reykjavik", "IS", population: 140_000),
    Build.city("amman-jo", "Amman", "JO", population: 4_000_000),
  ]

  static let indicators = [
    Build.indicator("participants", .participants, fields: ["category", "region", "city_size"]),
    Build.indicator("engaged", .citiesEngaged, fields: ["region", "city_size"]),
    Build.indicator("engaged-share", .citiesEngagedShare, fields: ["region"]),
    Build.indicator("acting", .citiesActing, fields: ["region", "city_size"]),
  ]

  /// One event's people, numbered from `first`: (city, country, category), with commitments
  /// for those in `committed` and follow-ups (`done`, `in-progress`) by number.
  static func event(
    _ id: String, year: Int, first: Int, _ people: [(String, String, String)], committed: Set<Int>,
    followed: [Int: String]
  ) -> NetworkEvent {
    let participants = people.enumerated().map { offset, person in
      Build.person(first + offset, city: person.0, country: person.1, category: person.2)
    }
    let responses = participants.indices.map { offset in
      Build.response(participants[offset].id, commitment: committed.contains(first + offset) ? "Step \(first + offset)" : nil)
    }
    let followups = followed.map { Build.followup(Build.id($0.key), status: $0.value) }
    return Build.networkEvent(Build.event(id, year: year), people: participants, responses: responses, followups: followups)
  }

  /// The tester's network: alpha (12 people) and beta (7) in 2027, gamma (33) in 2028.
  static var records: NetworkRecords {
    let alpha = event(
      "alpha", year: 2027, first: 1,
      Array(repeating: ("Dakar", "SN", "mayor"), count: 4) + Array(repeating: ("Thiès", "SN", "mayor"), count: 2)
        + [("Bamako", "ML", "mayor"), ("Bamako", "ML", "mayor"), ("Dakar", "SN", "youth"), ("Dakar", "SN", "youth")]
        + [("Banjul", "GM", "youth"), ("Paris", "FR", "civil-society")],
      committed: [9], followed: [:])
    let beta = event(
      "beta", year: 2027, first: 20,
      [("Dakar", "SN", "mayor"), ("Dakar", "SN", "mayor"), ("Dakar", "SN", "mayor"), ("Dakar", "SN", "youth")]
        + [("Dakar", "SN", "youth"), ("Praia", "CV", "mayor"), ("Dakar", "SN", "mayor")],
      committed: [25], followed: [25: "done"])
    let gammaPeople =
      (0..<24).map { ($0 % 2 == 0 ? "Dakar" : "Thiès", "SN", ["mayor", "local-official", "civil-society"][$0 % 3]) }
      + [("Reykjavik", "IS", "youth"), ("Amman", "JO", "youth"), ("Amman", "JO", "mayor"), ("Dakar", "SN", "media")]
      + Array(repeating: ("Banjul", "GM", "youth"), count: 5)
    let gamma = event(
      "gamma", year: 2028, first: 40, gammaPeople, committed: [40, 42, 44, 64],
      followed: [40: "done", 42: "in-progress", 44: "not-started", 64: "done"])
    return Build.records(events: [alpha, beta, gamma], cities: cities, indicators: indicators)
  }

  static func shown(_ report: NetworkReport, _ year: Int, _ indicator: String, scope: String = NetworkValue.network,
    _ field: String = "total", _ group: String = "all") -> Bool
  {
    report.cell(year: year, indicator: indicator, scope: scope, disaggregation: field, group: group)?.suppression == nil
  }

  @Test func theTestersCityArithmeticNoLongerSinglesOutAPerson() {
    let report = NetworkReport(records: Self.records)
    // 2028: Reykjavik sent one person. Participants from cities of 100k-500k less Thiès's
    // (its only other city of that size that took part) was her.
    #expect(!Self.shown(report, 2028, "city:participants", scope: "reykjavik-is"))
    #expect(
      !(Self.shown(report, 2028, "participants", "city_size", "100k-500k")
        && Self.shown(report, 2028, "city:participants", scope: "thies-sn")))
    // One city of Europe acting, with one person from it: she acted. The same for Praia in 2027.
    #expect(!Self.shown(report, 2028, "acting", "region", "Europe"))
    #expect(!Self.shown(report, 2027, "acting", "city_size", "100k-500k"))
    #expect(!Self.shown(report, 2027, "acting"))
    // That a city took part is shown by its own record: engagement stays shown.
    #expect(Self.shown(report, 2028, "engaged", "region", "Europe"))
    #expect(report.cell(year: 2028, indicator: "engaged", disaggregation: "region", group: "Europe")?.value.value == 1)
  }

  /// The report as it was published before counts of cities and city sizes were protected:
  /// the same cells, city counts shown whole, people by city size not tied to the cities.
  static func unprotected(_ report: NetworkReport, records: NetworkRecords) -> NetworkReport {
    let people = NetworkPeople(records)
    let calculator = FrameworkCalculator(records: records, people: people)
    var exact = records.framework.indicators.flatMap { indicator in
      report.years.flatMap { calculator.values(indicator, year: $0) }
    }
    exact += CityRecordCalculator(records: records, people: people).compute().values
    var copy = report
    copy.values = NetworkDisclosure.publish(
      exact.map { value in
        var value = value
        value.fewestBehind = nil
        return value
      }, policy: records.disclosurePolicy)
    return copy
  }

  static func audit(_ report: NetworkReport) -> DisclosureAudit.Result {
    DisclosureAudit.run(
      network: PublishedNetworkFiles(
        name: "network", json: NetworkReportRenderer.json(report), indicatorsCSV: NetworkReportRenderer.csv(report),
        citiesCSV: NetworkReportRenderer.citiesCSV(report)),
      with: [])
  }

  @Test func theAuditCatchesTheTestersAttackAndPassesWhatIsPublished() {
    let records = Self.records
    let report = NetworkReport(records: records)
    let naive = Self.unprotected(report, records: records)
    let attacked = Self.audit(naive)
    #expect(!attacked.passed)
    #expect(
      attacked.recovered.contains { $0.cells.contains("2028/reykjavik-is city:participants total all") && $0.values == [1] },
      "\(attacked.recovered)")
    let result = Self.audit(report)
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }
}
