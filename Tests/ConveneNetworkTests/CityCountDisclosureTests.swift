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
    followed: [Int: String], statuses: [Int: ParticipantStatus] = [:]
  ) -> NetworkEvent {
    let participants = people.enumerated().map { offset, person in
      Build.person(
        first + offset, city: person.0, country: person.1, category: person.2,
        status: statuses[first + offset] ?? .confirmed)
    }
    let responses = participants.indices.map { offset in
      Build.response(participants[offset].id, commitment: committed.contains(first + offset) ? "Step \(first + offset)" : nil)
    }
    let followups = followed.map { Build.followup(Build.id($0.key), status: $0.value) }
    return Build.networkEvent(Build.event(id, year: year), people: participants, responses: responses, followups: followups)
  }

  /// The tester's network: alpha (12 people) and beta (7) in 2027, gamma (35, two of them not confirmed) in 2028.
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
    let categories = ["mayor", "local-official", "civil-society"]
    var gammaPeople: [(String, String, String)] = (0..<24).map {
      ($0 % 2 == 0 ? "Dakar" : "Thiès", "SN", categories[$0 % 3])
    }
    gammaPeople += [("Reykjavik", "IS", "youth"), ("Amman", "JO", "youth"), ("Amman", "JO", "mayor")]
    gammaPeople += [("Dakar", "SN", "media")] + Array(repeating: ("Banjul", "GM", "youth"), count: 5)
    gammaPeople += [("Dakar", "SN", "mayor"), ("Dakar", "SN", "mayor")]
    let gamma = event(
      "gamma", year: 2028, first: 40, gammaPeople, committed: [40, 42, 44, 64],
      followed: [40: "done", 42: "in-progress", 44: "not-started", 64: "done"], statuses: [73: .waitlisted, 74: .declined])
    return Build.records(events: [alpha, beta, gamma], cities: cities, indicators: indicators)
  }

  /// The tester's second attack: gamma's own report hides some categories of the people who
  /// took part, the network's 2028 (gamma alone) others; together they give a small one away
  /// (gamma shows every category but the youth and the one media person, the network left to
  /// itself shows the youth), unless the network hides what gamma's report hid, and the audit
  /// reads both.
  @Test func theEventsReportBesideTheNetworkReportGivesNothingAway() throws {
    let plain = Self.records
    var gamma = plain.events[2]
    // gamma's report shows who confirmed (every one took part: no attendance was taken) by category.
    gamma.records.evaluation.indicators.append(
      IndicatorDefinition(id: "confirmed", label: ["en": "Confirmed"], measure: .confirmed, disaggregations: ["category"]))
    // An earlier report of gamma hid the youth: its report now hides them with the one media
    // person, and shows the other categories.
    var youth = DisclosureControl.Pattern()
    youth.hidden[Population.confirmed] = ["category": ["youth"]]
    let digests = IndicatorCalculator([gamma.records], evaluation: gamma.records.evaluation).sourceDigests()
    let eventReport = IndicatorReport(
      events: [gamma.records], earlier: ["gamma": DisclosureRecord(digests: digests, pattern: youth)],
      newEdition: { "ed-gamma" })
    let hidden = Set(
      eventReport.values.filter {
        $0.suppression != nil && $0.value.indicator == "confirmed" && $0.value.disaggregation == "category"
      }.map(\.value.group))
    #expect(hidden == ["youth", "media"])
    var events = plain.events
    gamma.disclosure = try #require(eventReport.records["gamma"])
    events[2] = gamma
    let report = NetworkReport(
      records: NetworkRecords(
        settings: plain.settings, cities: plain.cities, framework: plain.framework, requests: [], events: events))
    // Every category gamma hid, the network hides too: no subtraction of one from the other.
    for group in hidden {
      #expect(!Self.shown(report, 2028, "participants", "category", group), "\(group)")
    }
    let files = PublishedFiles(
      name: "gamma/reports", csv: ReportRenderer.csv(eventReport), json: ReportRenderer.json(eventReport))
    let result = DisclosureAudit.run(
      network: PublishedNetworkFiles(
        name: "network", json: NetworkReportRenderer.json(report), indicatorsCSV: NetworkReportRenderer.csv(report),
        citiesCSV: NetworkReportRenderer.citiesCSV(report)),
      with: [files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
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

  /// The report as each city and the network would publish it on its own, as events do: the
  /// same cells, each scope hiding its own small groups, counts of cities shown whole.
  static func unprotected(_ report: NetworkReport, records: NetworkRecords) -> NetworkReport {
    let people = NetworkPeople(records)
    let calculator = FrameworkCalculator(records: records, people: people)
    var exact = records.framework.indicators.flatMap { indicator in
      report.years.flatMap { calculator.values(indicator, year: $0) }
    }
    exact += CityRecordCalculator(records: records, people: people).compute().values
    var copy = report
    copy.values = exact.filter { !$0.isAboutPeople }.map { PublishedNetworkValue(value: $0, suppression: nil) }
    for (_, cells) in Dictionary(grouping: exact.filter(\.isAboutPeople), by: \.year).sorted(by: { $0.key < $1.key }) {
      let disclosure = NetworkYearDisclosure(cells, policy: records.disclosurePolicy)
      var publications: [String: DisclosureControl.EventPublication] = [:]
      for scope in disclosure.cities + [NetworkValue.network] {
        publications[scope] = disclosure.publish(scope, earlier: DisclosureControl.Pattern())
      }
      copy.values += disclosure.rows(publications)
    }
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
