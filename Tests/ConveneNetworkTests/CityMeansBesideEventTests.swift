import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// A city's feedback means beside its event's own means by country: the event's respondents
/// of a country less the respondents behind the city means the network shows are the hidden
/// cities' respondents together, and with the means their sums. Rebuilt from an attack: Gafsa
/// (one person) a member city, Sousse's means shown over 5 people, Tunis and Gafsa hidden, and
/// the event's 9 Tunisian respondents gave the other 4's answers.
@Suite struct CityMeansBesideEventTests {
  /// One 2028 event: Tunis 8 people (3 rated satisfaction), Sousse 6 (5 rated), Gafsa 1 (rated),
  /// Oran 3 and Algiers 3 (all rated); all five are member cities.
  static func records(gafsaRated: Bool = true) -> NetworkRecords {
    var people: [Participant] = []
    var responses: [FeedbackResponse] = []
    for (city, country, count, rating) in [
      ("Tunis", "TN", 8, 3), ("Sousse", "TN", 6, 5), ("Gafsa", "TN", 1, gafsaRated ? 1 : 0), ("Oran", "DZ", 3, 3),
      ("Algiers", "DZ", 3, 3),
    ] {
      for offset in 0..<count {
        let person = Build.person(100 + people.count, city: city, country: country, category: offset % 2 == 0 ? "mayor" : "youth")
        if offset < rating { responses.append(Build.response(person.id, satisfaction: 3 + (people.count % 3))) }
        people.append(person)
      }
    }
    let event = Build.networkEvent(Build.event("tunis-2028", year: 2028), people: people, responses: responses)
    return Build.records(
      events: [event],
      cities: [
        Build.city("tunis-tn", "Tunis", "TN"), Build.city("sousse-tn", "Sousse", "TN"),
        Build.city("gafsa-tn", "Gafsa", "TN"), Build.city("oran-dz", "Oran", "DZ"),
        Build.city("algiers-dz", "Algiers", "DZ"),
      ])
  }

  /// The attacker's arithmetic: the event's respondents of `country` (its own report shows
  /// them, 5 or more) less the n of the city means the network shows there; where a city of it
  /// is hidden, what is left is the hidden cities' respondents together.
  static func rest(_ report: NetworkReport, records: NetworkRecords, country: String, cities: [String]) -> (
    rest: Int, hidden: Int
  ) {
    let people = records.events[0].records.plan.participants
    let rated = Set(records.events[0].records.responses.filter { $0.answers["satisfaction"] != nil }.map(\.participant))
    let eventCell = people.filter { $0.country == country && rated.contains($0.id) }.count
    var shown = 0
    var hidden = 0
    for city in cities {
      guard let mean = report.cell(year: 2028, indicator: CityRecordCalculator.Figure.mean("satisfaction"), scope: city), mean.value.n > 0 else {
        continue
      }
      if mean.isCountHidden { hidden += 1 } else { shown += mean.value.n }
    }
    return (eventCell - shown, hidden)
  }

  @Test func theHiddenCitiesOfACountryHoldNoneOrAtLeastTheThresholdOfItsRespondents() {
    let records = Self.records()
    let report = NetworkReport(records: records)
    let tunisia = Self.rest(report, records: records, country: "TN", cities: ["tunis-tn", "sousse-tn", "gafsa-tn"])
    #expect(tunisia.hidden > 0, "Tunis's 3 and Gafsa's 1 respondents are hidden")
    #expect(tunisia.rest == 0 || tunisia.rest >= 5, "9 Tunisian respondents less the shown means leave \(tunisia.rest)")
    // The attack does not stop at the count: with the means, the rest's sum.
    let sousse = report.cell(year: 2028, indicator: CityRecordCalculator.Figure.mean("satisfaction"), scope: "sousse-tn")
    #expect(sousse?.isCountHidden == true, "Sousse's mean over 5 beside the event's over 9")
    // Algeria's 6 respondents split 3 and 3: both hidden, and together they are 6.
    let algeria = Self.rest(report, records: records, country: "DZ", cities: ["oran-dz", "algiers-dz"])
    #expect(algeria.rest == 0 || algeria.rest >= 5)
  }

  /// Without Gafsa's answer, Tunisia's 8 respondents less Sousse's 5 leave Tunis's 3: hidden
  /// all the same.
  @Test func aHiddenCityAloneBesideAShownOneIsNotLeftEither() {
    let records = Self.records(gafsaRated: false)
    let report = NetworkReport(records: records)
    let tunisia = Self.rest(report, records: records, country: "TN", cities: ["tunis-tn", "sousse-tn", "gafsa-tn"])
    #expect(tunisia.rest == 0 || tunisia.rest >= 5, "left \(tunisia.rest)")
  }

  /// The published report passes its own audit.
  @Test func theReportPassesTheAudit() {
    let result = CityCountDisclosureTests.audit(NetworkReport(records: Self.records()))
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }
}
