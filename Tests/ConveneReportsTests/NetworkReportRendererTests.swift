import ConveneCore
import ConveneEvaluation
import ConveneNetwork
import Foundation
import Testing

@testable import ConveneReports

/// The network report's renderings, the follow-up form and the line charts.
@Suite struct NetworkReportRendererTests {
  /// Two years of one event each; 12 people from Dakar in 2027 (3 of them youth), 6 in 2028,
  /// a consenting mayor and a mayor who did not consent, a name with markup.
  static let report: NetworkReport = {
    func person(_ number: Int, category: String = "local-official", name: String? = nil, consent: Bool = false) -> Participant {
      Participant(
        id: String(format: "p%03d", number), name: name ?? "Person \(number)", email: "p\(number)@example.org",
        category: category, title: category == "mayor" ? "Mayor" : "Officer", city: "Dakar", country: "SN",
        region: "West and Central Africa", gender: "woman", publishName: consent, status: .confirmed)
    }
    let evaluation = Evaluation(
      questions: [
        Question(id: "satisfaction", kind: .scale, text: ["en": "Satisfied?"]),
        Question(id: "commitments", kind: .text, text: ["en": "Next step?"]),
      ],
      indicators: [IndicatorDefinition(id: "c", label: ["en": "c"], measure: .answered, question: "commitments")])
    func event(_ id: String, year: Int, people: [Participant]) -> NetworkEvent {
      let day = LocalDate(year: year, month: 3, day: 9)!
      let event = Event(
        id: id, title: "Workshop \(id)", kind: .workshop, timezone: "UTC",
        organiser: Organiser(name: "Unit", email: "events@example.org"),
        days: [EventDay(date: day, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))], evaluation: evaluation)
      return NetworkEvent(
        path: "../\(id)", records: EventRecords(plan: EventPlan(event: event, participants: people), evaluation: evaluation))
    }
    let first = (1...9).map { person($0) } + (10...12).map { person($0, category: "youth") }
      + [person(13, category: "mayor", name: "Awa <b>Diop</b>", consent: true), person(14, category: "mayor", name: "Private Mayor")]
    let second = (1...6).map { person($0) }
    let framework = ResultsFramework(
      title: ["en": "Results"],
      outcomes: [
        .init(
          id: "o1", title: ["en": "Cities act"],
          indicators: [
            FrameworkIndicator(
              id: "participants", label: ["en": "People who took part"], measure: .participants,
              disaggregations: ["category"], baseline: .init(year: 2026, value: 10), targets: [2027: 12, 2028: 12],
              source: "Attendance")
          ])
      ])
    return NetworkReport(
      records: NetworkRecords(
        settings: NetworkSettings(title: "Network"),
        cities: [MemberCity(id: "dakar-sn", name: "Dakar", country: "SN", region: "West and Central Africa", population: 1_400_000)],
        framework: framework, requests: [], events: [event("e-2027", year: 2027, people: first), event("e-2028", year: 2028, people: second)]))
  }()

  @Test func indicatorsCSVIsLongFormWithSmallGroupsHidden() {
    let csv = NetworkReportRenderer.csv(Self.report)
    let rows = csv.split(separator: "\r\n").map(String.init)
    #expect(rows.first == "year,indicator,disaggregation,group,value,n,target")
    #expect(rows.contains("2027,participants,total,all,14,14,12"))
    #expect(rows.contains("2027,participants,category,youth,suppressed,suppressed,"))
    #expect(rows.contains("2027,participants,category,mayor,suppressed,suppressed,"))
    #expect(rows.contains("2028,participants,total,all,6,6,12"))
    #expect(!rows.contains { $0.hasSuffix(",3,3,") || $0.hasSuffix(",2,2,") })
  }

  @Test func citiesCSVHoldsTheCityRecordsAndTheNetworkTheyAddUpTo() {
    let rows = NetworkReportRenderer.citiesCSV(Self.report).split(separator: "\r\n").map(String.init)
    #expect(rows.first == "city,year,figure,disaggregation,group,value,n")
    #expect(rows.contains("dakar-sn,2027,participants,total,all,14,14"))
    #expect(rows.contains("network,2027,participants,total,all,14,14"))
    #expect(rows.contains("dakar-sn,2028,participants,category,local-official,6,6"))
  }

  @Test func theMarkdownAndHTMLNameOnlyOfficialsWhoConsentedAndEscapeThem() throws {
    let labels = NetworkLabels(language: "en")
    let markdown = NetworkReportRenderer.markdown(Self.report, labels: labels)
    #expect(markdown.contains("Awa \\<b\\>Diop\\</b\\> (Mayor; e-2027)"))
    #expect(!markdown.contains("Private Mayor"))
    let template = Fixture.template("network-report.html.mustache")
    let html = try NetworkReportRenderer.html(Self.report, labels: labels, template: template)
    #expect(html.contains("Awa &lt;b&gt;Diop&lt;/b&gt; (Mayor; e-2027)"))
    #expect(!html.contains("Private Mayor") && !html.contains("@example.org"))
    #expect(html.contains("<h2>Results</h2>"))
    #expect(html.contains("<svg class=\"chart line\" id=\"trend-participants\""))
    let arabic = try NetworkReportRenderer.html(Self.report, labels: NetworkLabels(language: "ar"), template: template)
    #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"))
  }

  @Test func aFrenchCityRecordNamesTheDefaultCategoriesInFrench() throws {
    let markdown = NetworkReportRenderer.markdown(Self.report, labels: NetworkLabels(language: "fr"))
    let row = markdown.split(separator: "\n").first { $0.hasPrefix("| 2028 | e-2028 |") }.map(String.init)
    #expect(row?.contains(" | 6 (Collectivité locale 6) | ") == true, "\(row ?? markdown)")
    #expect(!markdown.contains("Local government official"))
    let html = try NetworkReportRenderer.html(
      Self.report, labels: NetworkLabels(language: "fr"), template: Fixture.template("network-report.html.mustache"))
    #expect(html.contains("Collectivité locale 6") && !html.contains("Local government official"))
    // In English the event's own label stays.
    #expect(NetworkReportRenderer.markdown(Self.report, labels: NetworkLabels(language: "en")).contains("6 (Local government official 6)"))
  }

  @Test func theJSONHasTheFrameworkAndEveryCell() throws {
    let json = NetworkReportRenderer.json(Self.report)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(document["years"] as? [Int] == [2027, 2028])
    let framework = document["framework"] as? [String: Any]
    let indicator = ((framework?["outcomes"] as? [[String: Any]])?.first?["indicators"] as? [[String: Any]])?.first
    #expect((indicator?["baseline"] as? [String: Any])?["year"] as? Int == 2026)
    #expect((indicator?["targets"] as? [String: Any])?["2027"] as? Int == 12)
    let values = document["values"] as? [[String: Any]] ?? []
    #expect(values.contains { $0["group"] as? String == "youth" && $0["value"] as? String == "suppressed" && $0["n"] as? String == "suppressed" })
  }

  @Test func aHiddenValueBreaksTheLineAndIsWrittenAtItsYear() {
    let svg = SVGLineChart.lines(
      id: "t", title: "T <x>", years: [2026, 2027, 2028, 2029],
      series: [.init(name: "Value", values: [10, nil, 30, 40], notes: ["", "<5", "", ""])], maximum: nil)
    #expect(svg.components(separatedBy: "<polyline").count == 2)
    #expect(svg.components(separatedBy: "<circle class=\"point\"").count == 4)
    #expect(svg.contains(">&lt;5</text>"))
    #expect(svg.contains("<title id=\"t-title\">T &lt;x&gt;</title>"))
    #expect(SVGLineChart.niceCeiling(42) == 50 && SVGLineChart.niceCeiling(100) == 100 && SVGLineChart.niceCeiling(4.2) == 5)
  }

  @Test func theFollowupFormShowsTheCommitmentAndSavesAFollowupFile() throws {
    let event = Event(
      id: "dakar-2027", title: "Dakar <workshop>", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "events@example.org"), languages: ["fr", "ar"],
      days: [EventDay(date: LocalDate("2027-03-09")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))],
      evaluation: Fixture.evaluation)
    let person = Participant(id: "p001", name: "Awa", email: "a@example.org", languages: ["ar"], status: .confirmed)
    let forms = FollowupForms(
      plan: EventPlan(event: event, participants: [person]),
      responses: [FeedbackResponse(id: "r", participant: "p001", submittedAt: "", source: "", answers: ["commitments": Fixture.payload])],
      evaluation: Fixture.evaluation, afterMonths: 4)
    let template = Fixture.template("feedback-form.html.mustache")
    let html = try FollowupFormPage.html(forms.forms[0], of: forms, template: template)
    #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(html.contains("data-format=\"convene-followup/1\" data-prefix=\"followup\" data-due=\"2027-07-09\""))
    #expect(html.contains("&lt;script&gt;alert("))
    #expect(html.components(separatedBy: "<script").count == 2)
    #expect(html.contains("value=\"p001\"") && !html.contains("id=\"email\" name=\"email\" autocomplete"))
    #expect(html.contains("Dakar &lt;workshop&gt;"))
    // The feedback form from the same template still asks who is answering.
    let feedback = try FeedbackFormPage.html(
      FeedbackQuestionnaire(plan: Fixture.plan(), evaluation: Fixture.evaluation), language: "en", template: template)
    #expect(feedback.contains("data-format=\"convene-feedback/1\" data-prefix=\"feedback\">"))
    #expect(feedback.contains("<input type=\"email\" id=\"email\" name=\"email\" autocomplete=\"email\" dir=\"ltr\">"))
  }
}
