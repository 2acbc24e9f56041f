import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// An event published under a lower threshold than the network's (3 against 5) shows groups
/// the network counts small: Trinidad and Tobago's 3 commitments and 3 respondents. Port of
/// Spain, the one city of the country there, shown with its 5 people (all of the country's
/// there) would say that those 3 are its own: the hidden figures of the city, by identity.
@Suite struct LowerEventThresholdTests {
  /// 2027: a workshop under the default threshold (Dakar 8, Thiès 7, all answering) and a
  /// summit under threshold 3: Port of Spain 5 (3 rated satisfaction, each with a
  /// commitment), Amman 9 (all rated).
  static func records(summitThreshold: Int = 3) -> NetworkRecords {
    var workshopPeople: [Participant] = []
    var workshopResponses: [FeedbackResponse] = []
    for (city, count) in [("Dakar", 8), ("Thiès", 7)] {
      for _ in 0..<count {
        let person = Build.person(1 + workshopPeople.count, city: city, country: "SN")
        workshopResponses.append(Build.response(person.id, satisfaction: 4))
        workshopPeople.append(person)
      }
    }
    var summitPeople: [Participant] = []
    var summitResponses: [FeedbackResponse] = []
    for (city, country, count, rating) in [("Port of Spain", "TT", 5, 3), ("Amman", "JO", 9, 9)] {
      for offset in 0..<count {
        let person = Build.person(100 + summitPeople.count, city: city, country: country)
        if offset < rating {
          summitResponses.append(
            Build.response(person.id, satisfaction: 3 + offset % 3, commitment: country == "TT" ? "Step \(offset)" : nil))
        }
        summitPeople.append(person)
      }
    }
    var summit = Build.event("summit-2027", year: 2027)
    summit.disclosure = DisclosurePolicy(threshold: summitThreshold)
    return Build.records(
      events: [
        Build.networkEvent(Build.event("workshop-2027", year: 2027), people: workshopPeople, responses: workshopResponses),
        Build.networkEvent(summit, people: summitPeople, responses: summitResponses),
      ],
      cities: [
        Build.city("dakar-sn", "Dakar", "SN"), Build.city("thies-sn", "Thiès", "SN"),
        Build.city("port-of-spain-tt", "Port of Spain", "TT"), Build.city("amman-jo", "Amman", "JO"),
      ])
  }

  /// The figures of Port of Spain the report shows, by figure.
  static func shown(_ report: NetworkReport, _ scope: String) -> [String: Int] {
    var result: [String: Int] = [:]
    for cell in report.values
    where cell.value.year == 2027 && cell.value.scope == scope && cell.value.isTotal && !cell.isCountHidden {
      result[cell.value.indicator] = cell.value.n
    }
    return result
  }

  @Test func aCityAloneInACountryTheEventShowedSmallShowsNoFigureOfItsPeopleThere() {
    let records = Self.records()
    let report = NetworkReport(records: records)
    #expect(report.policy.threshold == 5)
    // The summit's own report shows Trinidad and Tobago's 5 who took part, 3 respondents and
    // 3 commitments (its threshold is 3). A shown figure of Port of Spain counting 5 who took
    // part, or its 3 respondents, would tie those to the city.
    let portOfSpain = Self.shown(report, "port-of-spain-tt")
    #expect(portOfSpain[CityRecordCalculator.Figure.participants] == nil, "\(portOfSpain)")
    #expect(portOfSpain[CityRecordCalculator.Figure.mean("satisfaction")] == nil, "\(portOfSpain)")
    #expect(portOfSpain.values.allSatisfy { $0 == 0 }, "\(portOfSpain)")
    // Another city is hidden beside it (the network's total less the shown cities would be
    // Port of Spain's), the others keep their figures.
    let participants = ["dakar-sn", "thies-sn", "amman-jo"].compactMap {
      Self.shown(report, $0)[CityRecordCalculator.Figure.participants]
    }
    #expect(participants.count == 2, "\(participants)")
  }

  /// The same summit under the network's threshold hid Trinidad and Tobago's 3 itself: the
  /// city's 5 who took part are shown, as before.
  @Test func underTheNetworksThresholdTheCitysPeopleAreShown() {
    let report = NetworkReport(records: Self.records(summitThreshold: 5))
    #expect(Self.shown(report, "port-of-spain-tt")[CityRecordCalculator.Figure.participants] == 5)
  }
}
