import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// One person from no member city registered and did not come, at the year's only event, whose
/// own report hides her country among the registered and those who came. Rebuilt from an
/// attack: Bogotá's 8 and Medellín's 4 came (all of Colombia's), Quito's one did not; the
/// network showed `other-cities` 0 who took part, and its breakdown of who took part by city
/// size had no `not-given` row. Either says that the 12 who came are all from member cities,
/// all Colombian: the event's hidden Colombians who came are 12, and its 13 registered leave
/// Ecuador exactly one.
@Suite struct AbsentFromNoMemberCityTests {
  static let cities = [
    Build.city("bogota-co", "Bogotá", "CO", population: 7_900_000),
    Build.city("medellin-co", "Medellín", "CO", population: 2_500_000),
  ]

  static var records: NetworkRecords {
    var people: [Participant] = []
    for (city, count) in [("Bogotá", 8), ("Medellín", 4)] {
      for _ in 0..<count {
        people.append(Build.person(people.count + 1, city: city, country: "CO", gender: people.count % 2 == 0 ? "man" : "woman"))
      }
    }
    let present = people.map(\.id)
    people.append(Build.person(13, city: "Quito", country: "EC", gender: "man"))
    var event = Build.networkEvent(Build.event("bogota-2028", year: 2028), people: people, present: present)
    event.records.evaluation.indicators += [
      IndicatorDefinition(id: "registered", label: ["en": "Registered"], measure: .registered, disaggregations: ["country"]),
      IndicatorDefinition(id: "attended", label: ["en": "Attended"], measure: .attended, disaggregations: ["country"]),
    ]
    return Build.records(
      events: [event], cities: cities,
      indicators: [Build.indicator("participants", .participants, fields: ["gender", "city_size"])])
  }

  /// The records with the event's own report published: what it hid is in its record.
  static func published() throws -> (records: NetworkRecords, event: IndicatorReport) {
    var records = Self.records
    let event = records.events[0].records
    let report = IndicatorReport(events: [event], earlier: [:], newEdition: { "ed-1" })
    records.events[0].disclosure = try #require(report.records["bogota-2028"])
    return (records, report)
  }

  /// The attacker's least count of who came from member cities, from the network report
  /// alone: the year's total less `other-cities` where that is shown, or the whole total where
  /// the breakdown by city size lists no one from no member city. Nil when neither is known.
  static func memberCitiesWhoCame(_ report: NetworkReport) -> Int? {
    guard let total = report.cell(year: 2028, indicator: "participants"), total.suppression == nil else { return nil }
    if let other = report.cell(year: 2028, indicator: CityRecordCalculator.Figure.participants, scope: NetworkValue.otherCities),
      other.suppression == nil
    {
      return total.value.n - other.value.n
    }
    let bySize = report.cells(year: 2028, indicator: "participants").filter { $0.value.disaggregation == "city_size" }
    if !bySize.isEmpty && !bySize.contains(where: { $0.value.group == IndicatorCalculator.notGiven }) {
      return total.value.n
    }
    return nil
  }

  @Test func theEventHidesEcuadorAmongTheRegisteredAndThoseWhoCame() throws {
    let (_, event) = try Self.published()
    for indicator in ["registered", "attended"] {
      let ecuador = event.values.first {
        $0.value.indicator == indicator && $0.value.disaggregation == "country" && $0.value.group == "EC"
      }
      #expect(ecuador?.suppression != nil, "\(indicator) EC")
    }
  }

  @Test func theNetworkDoesNotSayThatEveryoneWhoCameIsFromAMemberCity() throws {
    let (records, _) = try Self.published()
    let report = NetworkReport(records: records)
    #expect(report.cell(year: 2028, indicator: "participants")?.value.n == 12)
    #expect(Self.memberCitiesWhoCame(report) == nil, "12 Colombians who came, so Ecuador's registered is 13 - 12 = 1")
    let other = report.cell(
      year: 2028, indicator: CityRecordCalculator.Figure.participants, scope: NetworkValue.otherCities)
    #expect(other?.value.n == 0 && other?.isCountHidden == true, "other cities: 0 who took part, hidden")
    let notGiven = report.cell(
      year: 2028, indicator: "participants", disaggregation: "city_size", group: IndicatorCalculator.notGiven)
    #expect(notGiven?.value.n == 0 && notGiven?.isCountHidden == true, "listed for Quito's registered, hidden")
  }

  /// The record of the people from no member city names no event (an event missing would say
  /// that none of them came there); the member cities' records name theirs.
  @Test func theRecordOfNoMemberCityListsNoEvents() throws {
    let (records, _) = try Self.published()
    let report = NetworkReport(records: records)
    let other = try #require(report.cities.first { $0.scope == NetworkValue.otherCities })
    #expect(other.years.map(\.year) == [2028])
    #expect(other.years.allSatisfy { $0.events.isEmpty })
    let bogota = try #require(report.cities.first { $0.scope == "bogota-co" })
    #expect(bogota.years.map(\.events) == [["bogota-2028"]])
  }

  /// Had Quito's one come, the network would have counted her anyway: the rows are the same
  /// whether or not she came, so their presence says nothing.
  @Test func theRowsAreTheSameWhetherOrNotSheCame() throws {
    var (records, _) = try Self.published()
    records.events[0].records.attendance.append(
      AttendanceRecord(participant: Build.id(13), session: records.events[0].records.plan.event.dates[0].description, status: .present))
    let came = NetworkReport(records: records)
    let (absent, _) = try Self.published()
    let stayed = NetworkReport(records: absent)
    let rows = { (report: NetworkReport) in
      report.cells(year: 2028, indicator: "participants").map { "\($0.value.disaggregation)=\($0.value.group)" }
    }
    #expect(rows(came) == rows(stayed))
  }
}
