import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
@testable import ConveneNetwork
import ConveneReports
import Testing

/// A fifth attacker's floors, rebuilt: what a reader can tell of a city's least (its follow-ups,
/// its named officials) and the people of a country from no member city, set against an
/// event's own country cell. A city one of two in its country at an event is narrowed to 1 or
/// 2 people when the other's least comes within the threshold of the country's cell; and a
/// country's people from no member city are a group of their own there. The network must hide
/// (or not name) what would narrow them, and the audit, which reads every report together,
/// must find nothing; on the report as it was published before, the audit finds the group.
@Suite struct NetworkFloorTests {
  static let evaluation = Evaluation(
    questions: CityEventGroupTests.evaluation.questions + [
      Question(id: "next_step", kind: .text, text: ["en": "Your next step?"])
    ],
    indicators: CityEventGroupTests.evaluation.indicators + [
      IndicatorDefinition(id: "commitments", label: ["en": "Commitments"], measure: .answered, question: "next_step")
    ])

  /// People of one city at the event: everyone confirmed; those who `respond` answer 4 and
  /// write a commitment, followed up as `followup` when given; `officials` of them are local
  /// officials who agreed to be named.
  struct Group {
    var city: String
    var country: String
    var count: Int
    var respond = false
    var followup: String?
    var officials = 0
  }

  /// One event (`d1`, March 2027) of `groups`, published with `report --audit`'s files, and
  /// the network over it.
  struct Built {
    var event: CityEventGroupTests.Published
    var report: NetworkReport
  }

  static func build(_ groups: [Group]) -> Built {
    let day = LocalDate(year: 2027, month: 3, day: 9)!
    let event = ConveneCore.Event(
      id: "d1", title: "Workshop", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "events@example.org"), languages: ["en"],
      days: [EventDay(date: day, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))], evaluation: evaluation)
    var people: [Participant] = []
    var responses: [FeedbackResponse] = []
    var followups: [FeedbackResponse] = []
    for group in groups {
      for index in 0..<group.count {
        let number = people.count + 1
        let id = "p" + String(1000 + number).dropFirst()
        let official = index < group.officials
        people.append(
          Participant(
            id: id, name: "Person \(number)", email: "p\(number)@example.org",
            category: official ? "local-official" : "civil-society", title: official ? "Deputy Mayor" : "",
            organisation: "Org", city: group.city, country: group.country, region: "West and Central Africa",
            gender: number % 3 == 0 ? "man" : "woman", ageGroup: "25-34", publishName: official, status: .confirmed))
        guard group.respond else { continue }
        responses.append(
          FeedbackResponse(
            id: "r\(number)", participant: id, submittedAt: "2027-03-09T18:00:00Z", source: "\(id).json",
            answers: ["satisfaction": "4", "next_step": "Open a youth centre"]))
        if let status = group.followup {
          followups.append(
            FeedbackResponse(
              id: "f\(number)", participant: id, submittedAt: "2027-07-09T18:00:00Z", source: "f\(id).json",
              answers: ["status": status]))
        }
      }
    }
    let records = EventRecords(
      plan: EventPlan(event: event, participants: people), evaluation: evaluation, responses: responses)
    var count = 0
    let report = IndicatorReport(events: [records]) {
      count += 1
      return "d1-edition-\(count)"
    }
    let published = CityEventGroupTests.Published(
      network: NetworkEvent(
        path: "../d1", records: records, followups: followups, disclosure: report.records["d1"]!),
      files: Publish.files(report, name: "d1/reports"), report: report)
    let network = CityEventGroupTests.network([published])
    return Built(event: published, report: network)
  }

  static func audit(_ report: NetworkReport, _ built: Built) -> DisclosureAudit.Result {
    DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [built.event.files])
  }

  /// The report with `city`'s cells of `figure` shown as they are.
  static func showing(_ city: String, _ figure: String, in report: NetworkReport) -> NetworkReport {
    var copy = report
    copy.values = report.values.map { cell in
      cell.value.scope == city && cell.value.indicator == figure ? PublishedNetworkValue(value: cell.value, suppression: nil) : cell
    }
    return copy
  }

  static func line(_ report: NetworkReport, _ city: String, _ figure: String) -> String? {
    NetworkReportRenderer.citiesCSV(report).split(whereSeparator: \.isNewline).map(String.init).first {
      $0.hasPrefix("\(city),2027,\(figure),total,all,")
    }
  }

  static func shownCountry(_ built: Built, _ indicator: String, _ country: String) -> Double? {
    built.event.report.values.first {
      $0.value.indicator == indicator && $0.value.disaggregation == "country" && $0.value.group == country
    }?.shownValue
  }

  /// F2: Abidjan 6 (each made a commitment, followed up `done`) and Bouaké 2 (who answered
  /// too) are Côte d'Ivoire's 8 at d1. Abidjan's 6 follow-ups shown beside its hidden people
  /// said Abidjan ≥ 6, so Bouaké = 8 − Abidjan was 1 or 2. Its follow-ups count in its least
  /// like its commitments; nothing else to hide in that sum, they are hidden.
  @Test func followUpsShownBesideAHiddenCityNoLongerNarrowTheOtherCityOfItsCountry() throws {
    let built = Self.build([
      Group(city: "Dakar", country: "SN", count: 12),
      Group(city: "Abidjan", country: "CI", count: 6, respond: true, followup: "done"),
      Group(city: "Bouaké", country: "CI", count: 2, respond: true),
    ])
    #expect(Self.shownCountry(built, "confirmed", "CI") == 8)
    let report = built.report
    #expect(Self.line(report, "abidjan-ci", "followed-up") == "abidjan-ci,2027,followed-up,total,all,suppressed,suppressed")
    #expect(Self.line(report, "bouake-ci", "participants") == "bouake-ci,2027,participants,total,all,suppressed,suppressed")
    let result = Self.audit(report, built)
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
    // As published before: the follow-ups shown.
    let leak = Self.audit(Self.showing("abidjan-ci", "city:followed-up", in: report), built)
    #expect(leak.recovered.contains { $0.cells.contains("bouake-ci at d1 took-part") }, "\(leak.recovered)")
  }

  /// F3: the same with Abidjan's 6 local officials named (no forms). Six names who took part
  /// at d1 said Abidjan ≥ 6. The record does not name them at d1; the audit counts named
  /// officials as people who took part and finds Bouaké when they are named.
  @Test func namedOfficialsOfAHiddenCityNoLongerNarrowTheOtherCityOfItsCountry() throws {
    let built = Self.build([
      Group(city: "Dakar", country: "SN", count: 12),
      Group(city: "Abidjan", country: "CI", count: 6, officials: 6),
      Group(city: "Bouaké", country: "CI", count: 2),
    ])
    let report = built.report
    let abidjan = try #require(report.cities.first { $0.scope == "abidjan-ci" })
    #expect(abidjan.years.map(\.events) == [["d1"]])
    #expect(abidjan.years[0].officials.isEmpty)
    #expect(!NetworkReportRenderer.json(report).contains("Person 13"))
    let result = Self.audit(report, built)
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
    // As published before: the six named.
    var named = report
    let officials = (13...18).map { CityRecord.Official(name: "Person \($0)", title: "Deputy Mayor", events: ["d1"]) }
    named.cities = report.cities.map { city in
      var copy = city
      if city.scope == "abidjan-ci" { copy.years[0].officials = officials }
      return copy
    }
    #expect(NetworkReportRenderer.json(named).contains("Person 13"))
    let leak = Self.audit(named, built)
    #expect(leak.recovered.contains { $0.cells.contains("bouake-ci at d1 took-part") }, "\(leak.recovered)")
  }

  /// Officials a city's sum leaves room for stay named: Abidjan's 2 named among 8, Bouaké 6.
  @Test func officialsWhoNarrowNothingStayNamed() throws {
    let built = Self.build([
      Group(city: "Dakar", country: "SN", count: 12),
      Group(city: "Abidjan", country: "CI", count: 8, officials: 2),
      Group(city: "Bouaké", country: "CI", count: 6),
    ])
    let abidjan = try #require(built.report.cities.first { $0.scope == "abidjan-ci" })
    #expect(abidjan.years[0].officials.map(\.name) == ["Person 13", "Person 14"])
    let result = Self.audit(built.report, built)
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  /// F5: Abidjan 5 and one person from Yamoussoukro (no member city) are Côte d'Ivoire's 6
  /// at d1, all with a commitment. Abidjan's 5 commitments shown said Abidjan ≥ 5, and the
  /// event's 6 commitments of Côte d'Ivoire said someone else of it made one: exactly one
  /// person from another Ivorian city, with their answers. That group is protected like a
  /// city's; the audit models it.
  @Test func theOnePersonOfACountryFromNoMemberCityIsNotIsolated() throws {
    let built = Self.build([
      Group(city: "Dakar", country: "SN", count: 12),
      Group(city: "Abidjan", country: "CI", count: 5, respond: true),
      Group(city: "Yamoussoukro", country: "CI", count: 1, respond: true),
    ])
    #expect(Self.shownCountry(built, "confirmed", "CI") == 6)
    #expect(Self.shownCountry(built, "commitments", "CI") == 6)
    let report = built.report
    #expect(Self.line(report, "abidjan-ci", "commitments") == "abidjan-ci,2027,commitments,total,all,suppressed,suppressed")
    let result = Self.audit(report, built)
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
    // As published before: Abidjan's commitments shown.
    let leak = Self.audit(Self.showing("abidjan-ci", "city:commitments", in: report), built)
    #expect(
      leak.recovered.contains { $0.cells.contains("other cities of country CI at d1 took-part") && $0.values == [1] },
      "\(leak.recovered)")
  }

  /// Many people of a country from no member city beside a member city of it hide nothing.
  @Test func manyPeopleFromNoMemberCityBesideAMemberCityHideNothing() throws {
    let built = Self.build([
      Group(city: "Dakar", country: "SN", count: 12),
      Group(city: "Abidjan", country: "CI", count: 6, respond: true),
      Group(city: "Yamoussoukro", country: "CI", count: 7, respond: true),
    ])
    #expect(Self.line(built.report, "abidjan-ci", "participants") == "abidjan-ci,2027,participants,total,all,6,6")
    #expect(Self.line(built.report, "abidjan-ci", "commitments") == "abidjan-ci,2027,commitments,total,all,6,6")
    let result = Self.audit(built.report, built)
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }
}
