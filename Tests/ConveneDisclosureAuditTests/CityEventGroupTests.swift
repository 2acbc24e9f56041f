import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneNetwork
import ConveneReports
import Testing

/// A fourth attacker's roads to the people of a city at one event, rebuilt: events published
/// with their own reports, network folders over them, and the attacker's subtraction. A city's
/// row of a year adds up its people at the year's events; where the city is alone in its
/// country at an event, its people there are the event's country cell. The network must hide
/// the rows that would give a small city×event group away, and the audit, which reads every
/// report together, must find nothing.
@Suite struct CityEventGroupTests {
  static let evaluation = Evaluation(
    questions: [Question(id: "satisfaction", kind: .scale, text: ["en": "Satisfied?"], minimum: 1, maximum: 5)],
    indicators: [
      IndicatorDefinition(id: "registered", label: ["en": "Registered"], measure: .registered),
      IndicatorDefinition(id: "confirmed", label: ["en": "Confirmed"], measure: .confirmed),
      IndicatorDefinition(id: "responses", label: ["en": "Responses"], measure: .responses),
      IndicatorDefinition(
        id: "satisfaction-mean", label: ["en": "Satisfaction"], measure: .mean, question: "satisfaction"),
    ])

  /// The same, with the commitment question ("What will you do next?") whose answers the
  /// event's report counts by country: who made a commitment, in the network's figures.
  static let withCommitments = Evaluation(
    questions: evaluation.questions + [Question(id: "next_step", kind: .text, text: ["en": "What will you do next?"])],
    indicators: evaluation.indicators + [
      IndicatorDefinition(id: "commitments", label: ["en": "Commitments"], measure: .answered, question: "next_step")
    ])

  static let cities = [
    MemberCity(id: "dakar-sn", name: "Dakar", country: "SN", region: "West and Central Africa"),
    MemberCity(id: "thies-sn", name: "Thiès", country: "SN", region: "West and Central Africa"),
    MemberCity(id: "abidjan-ci", name: "Abidjan", country: "CI", region: "West and Central Africa"),
    MemberCity(id: "bouake-ci", name: "Bouaké", country: "CI", region: "West and Central Africa"),
  ]

  /// One event as the attacker made it: everyone confirmed, civil society, aged 25-34, two
  /// women to a man; `satisfaction` gives the answer of the person at a position (from 1), or
  /// nil for no form.
  struct Event {
    var id: String
    var month: Int
    var groups: [(city: String, country: String, count: Int)]
    var satisfaction: (Int) -> Int? = { _ in nil }
    var category: (Int) -> String = { _ in "civil-society" }
    var gender: (Int) -> String = { $0 % 3 == 0 ? "man" : "woman" }
    var policy = DisclosurePolicy()
    /// The commitment written by the person at a position, or nil for none (asked where
    /// `evaluation` counts who answered `next_step`: `withCommitments`).
    var commitment: (Int) -> String? = { _ in nil }
    var evaluation = CityEventGroupTests.evaluation

    var records: EventRecords {
      let day = LocalDate(year: 2027, month: month, day: 9)!
      var event = ConveneCore.Event(
        id: id, title: "Event \(id)", kind: .workshop, timezone: "UTC",
        organiser: Organiser(name: "Unit", email: "events@example.org"), languages: ["en"],
        days: [EventDay(date: day, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))],
        evaluation: evaluation)
      event.disclosure = policy
      var people: [Participant] = []
      var responses: [FeedbackResponse] = []
      for (city, country, count) in groups {
        for _ in 0..<count {
          let number = people.count + 1
          let id = "p" + String(1000 + number).dropFirst()
          people.append(
            Participant(
              id: id, name: "\(self.id) Person \(number)", email: "\(self.id)\(number)@example.org",
              category: category(number), organisation: "Org", city: city, country: country,
              region: "West and Central Africa", gender: gender(number), ageGroup: "25-34",
              status: .confirmed))
          var answers: [String: String] = [:]
          answers["satisfaction"] = satisfaction(number).map(String.init)
          answers["next_step"] = commitment(number)
          if !answers.isEmpty {
            responses.append(
              FeedbackResponse(
                id: "r-\(self.id)-\(number)", participant: id, submittedAt: "2027-0\(month)-09T18:00:00Z",
                source: "\(id).json", answers: answers))
          }
        }
      }
      return EventRecords(
        plan: EventPlan(event: event, participants: people), evaluation: evaluation,
        responses: responses)
    }
  }

  /// An event after `report --audit`: its own report's files and the record of what they hid.
  struct Published {
    var network: NetworkEvent
    var files: PublishedFiles
    var report: IndicatorReport
  }

  static func publish(_ event: Event) -> Published {
    let records = event.records
    var count = 0
    let report = IndicatorReport(events: [records]) {
      count += 1
      return "\(event.id)-edition-\(count)"
    }
    return Published(
      network: NetworkEvent(path: "../\(event.id)", records: records, disclosure: report.records[event.id]!),
      files: Publish.files(report, name: "\(event.id)/reports"), report: report)
  }

  static func network(_ events: [Published], cities: [MemberCity] = cities) -> NetworkReport {
    NetworkReport(
      records: NetworkRecords(
        settings: NetworkSettings(title: "Network"), cities: cities,
        framework: ResultsFramework(
          outcomes: [ResultsFramework.Result(id: "o1", title: ["en": "Outcome"], indicators: [])]),
        requests: [], events: events.map(\.network)))
  }

  static func files(_ report: NetworkReport, name: String = "network") -> PublishedNetworkFiles {
    PublishedNetworkFiles(
      name: name, json: NetworkReportRenderer.json(report), indicatorsCSV: NetworkReportRenderer.csv(report),
      citiesCSV: NetworkReportRenderer.citiesCSV(report))
  }

  /// The report as it was published before city×event groups were protected: `city`'s cells
  /// shown as they are.
  static func showing(_ city: String, in report: NetworkReport) -> NetworkReport {
    var copy = report
    copy.values = report.values.map { cell in
      cell.value.scope == city ? PublishedNetworkValue(value: cell.value, suppression: nil) : cell
    }
    return copy
  }

  static func cell(_ report: NetworkReport, _ city: String, _ figure: String = "city:participants")
    -> PublishedNetworkValue?
  {
    report.cell(year: 2027, indicator: figure, scope: city)
  }

  static func hiddenCountry(_ published: Published, _ indicator: String, _ country: String) -> Bool {
    published.report.values.contains {
      $0.value.indicator == indicator && $0.value.disaggregation == "country" && $0.value.group == country
        && $0.suppression != nil
    }
  }

  /// F2: n1 = 12 from Dakar and 6 from Abidjan, n2 = 3 from Dakar and 9 from Abidjan. n2's own
  /// report hides Senegal (3) and Côte d'Ivoire with it; the network's Dakar row of 15 less
  /// n1's Senegal of 12 gave the 3.
  @Test func aCityRowMinusAnEventsCountryCellNoLongerGivesTheEventsHiddenCell() throws {
    let n1 = Self.publish(Event(id: "n1", month: 3, groups: [("Dakar", "SN", 12), ("Abidjan", "CI", 6)]))
    let n2 = Self.publish(Event(id: "n2", month: 5, groups: [("Dakar", "SN", 3), ("Abidjan", "CI", 9)]))
    #expect(Self.hiddenCountry(n2, "registered", "SN") && Self.hiddenCountry(n2, "registered", "CI"))
    #expect(!Self.hiddenCountry(n1, "registered", "SN"))
    let report = Self.network([n1, n2])
    // Dakar's row holds n2's 3, Abidjan's n2's Côte d'Ivoire, which n2 hid.
    #expect(Self.cell(report, "dakar-sn")?.isCountHidden == true)
    #expect(Self.cell(report, "abidjan-ci")?.isCountHidden == true)
    #expect(Self.cell(report, NetworkValue.network)?.shownValue == 30)
    let result = DisclosureAudit.run(network: Self.files(report), with: [n1.files, n2.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
    // The audit plays this attacker: Dakar's row shown gives Dakar's 3 at n2.
    let leak = DisclosureAudit.run(network: Self.files(Self.showing("dakar-sn", in: report)), with: [n1.files, n2.files])
    #expect(leak.recovered.contains { $0.cells.contains("dakar-sn at n2 took-part") && $0.values == [3] }, "\(leak.recovered)")
  }

  /// F2b: m1 = 10 from Dakar and 6 from Abidjan, m2 = 1 from Dakar (who answered 1) and 9
  /// from Abidjan (who answered 4), everyone answered. The network's Dakar mean of 3.73 on 11
  /// less m1's Senegal mean of 4.00 on 10 gave the one person's answer.
  @Test func aCityMeanMinusAnEventsCountryMeanNoLongerGivesOnePersonsAnswer() throws {
    let m1 = Self.publish(
      Event(id: "m1", month: 3, groups: [("Dakar", "SN", 10), ("Abidjan", "CI", 6)]) { $0 % 3 + 3 })
    let m2 = Self.publish(
      Event(id: "m2", month: 5, groups: [("Dakar", "SN", 1), ("Abidjan", "CI", 9)]) { $0 == 1 ? 1 : 4 })
    #expect(Self.hiddenCountry(m2, "satisfaction-mean", "SN"))
    let report = Self.network([m1, m2])
    for city in ["dakar-sn", "abidjan-ci"] {
      #expect(Self.cell(report, city, "city:mean:satisfaction")?.isCountHidden == true, "\(city)")
      #expect(Self.cell(report, city, "city:mean:satisfaction")?.shownValue == nil, "\(city)")
      #expect(Self.cell(report, city)?.isCountHidden == true, "\(city)")
    }
    let result = DisclosureAudit.run(network: Self.files(report), with: [m1.files, m2.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
    let leak = DisclosureAudit.run(network: Self.files(Self.showing("dakar-sn", in: report)), with: [m1.files, m2.files])
    #expect(
      leak.recovered.contains { $0.cells.contains("dakar-sn at m2 answered:satisfaction") && $0.values == [1] },
      "\(leak.recovered)")
  }

  /// F3: t1 = Dakar 10, Thiès 5, Abidjan 6; t2 = Dakar 10, Thiès 2, Abidjan 6. A folder over
  /// both showed Thiès 7, a folder over t1 alone Thiès 5: 2 from Thiès at t2. Whichever folder
  /// publishes first, the first's Thiès is hidden with Dakar (its other city in Senegal at t2,
  /// whose people with Thiès's make t2's Senegal), and the attacker holding both folders and
  /// both events' reports narrows nothing.
  @Test(arguments: [false, true])
  func twoFoldersOverDifferentSetsOfTheSameEventsGiveNoCityAtAnEventAway(smallerFirst: Bool) throws {
    let t1 = Self.publish(Event(id: "t1", month: 3, groups: [("Dakar", "SN", 10), ("Thiès", "SN", 5), ("Abidjan", "CI", 6)]))
    let t2 = Self.publish(Event(id: "t2", month: 5, groups: [("Dakar", "SN", 10), ("Thiès", "SN", 2), ("Abidjan", "CI", 6)]))
    let folders = smallerFirst ? [[t1], [t1, t2]] : [[t1, t2], [t1]]
    let reports = folders.map { Self.network($0) }
    let (both, first) = smallerFirst ? (reports[1], reports[0]) : (reports[0], reports[1])
    #expect(Self.cell(both, "thies-sn")?.isCountHidden == true)
    #expect(Self.cell(both, "dakar-sn")?.isCountHidden == true)
    #expect(Self.cell(both, "abidjan-ci")?.shownValue == 12)
    // Its one category is its total: shown with it, not left out.
    #expect(
      both.cell(year: 2027, indicator: "city:participants", scope: "abidjan-ci", disaggregation: "category", group: "civil-society")?
        .shownValue == 12)
    for city in ["dakar-sn", "thies-sn", "abidjan-ci"] {
      #expect(Self.cell(first, city)?.isCountHidden == false, "\(city)")
    }
    #expect(Self.cell(first, "thies-sn")?.shownValue == 5)
    let files = [Self.files(reports[0], name: "first"), Self.files(reports[1], name: "second")]
    let result = DisclosureAudit.run(networks: files, with: [t1.files, t2.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
    // As published before: the folder over both showing Thiès's 7 beside the other's 5.
    let leak = DisclosureAudit.run(
      networks: [Self.files(Self.showing("thies-sn", in: both), name: "both"), Self.files(first, name: "t1 only")],
      with: [t1.files, t2.files])
    #expect(leak.recovered.contains { $0.cells.contains("thies-sn at t2 took-part") && $0.values == [2] }, "\(leak.recovered)")
  }

  /// A group of a city row is a sum over the events too: Dakar's mayors over two workshops
  /// (6 and 1) are hidden, while a folder over the first alone shows its 6, so the two folders
  /// do not give the one mayor of the second.
  @Test func aCitysCategoryWithOnePersonAtAnEventIsHiddenInTheYearsRow() throws {
    let mayors: (Int) -> String = { $0 % 2 == 1 && $0 <= 12 ? "mayor" : "youth" }
    let e1 = Self.publish(
      Event(id: "e1", month: 3, groups: [("Dakar", "SN", 12), ("Abidjan", "CI", 6)], category: mayors))
    let e2 = Self.publish(
      Event(id: "e2", month: 5, groups: [("Dakar", "SN", 12), ("Abidjan", "CI", 6)], category: { $0 == 1 ? "mayor" : "youth" }))
    let both = Self.network([e1, e2])
    let first = Self.network([e1])
    func mayorsOfDakar(_ report: NetworkReport) -> PublishedNetworkValue? {
      report.cell(year: 2027, indicator: "city:participants", scope: "dakar-sn", disaggregation: "category", group: "mayor")
    }
    #expect(mayorsOfDakar(both)?.isCountHidden == true)
    #expect(mayorsOfDakar(first)?.shownValue == 6)
    let result = DisclosureAudit.run(networks: [Self.files(both, name: "both"), Self.files(first, name: "first")], with: [e1.files, e2.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  /// Cities with at least the threshold at every event of the year keep their rows, means
  /// included, and the audit passes.
  @Test func citiesWithEnoughPeopleAtEachEventStayShown() throws {
    let answer: (Int) -> Int? = { $0 % 4 + 2 }
    let e1 = Self.publish(
      Event(id: "e1", month: 3, groups: [("Dakar", "SN", 6), ("Thiès", "SN", 5), ("Abidjan", "CI", 7)], satisfaction: answer))
    let e2 = Self.publish(
      Event(id: "e2", month: 5, groups: [("Dakar", "SN", 8), ("Abidjan", "CI", 5)], satisfaction: answer))
    let report = Self.network([e1, e2])
    for (city, n) in [("dakar-sn", 14), ("thies-sn", 5), ("abidjan-ci", 12)] {
      #expect(Self.cell(report, city)?.shownValue == Double(n), "\(city)")
      #expect(Self.cell(report, city, "city:mean:satisfaction")?.isCountHidden == false, "\(city)")
    }
    let result = DisclosureAudit.run(network: Self.files(report), with: [e1.files, e2.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }
}
