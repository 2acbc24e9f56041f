import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import Foundation
import Testing

/// An attacker's arithmetic on small events: a listed row holds someone, the people attending
/// or responding are among the registered, and the few between two nested populations are a
/// group of their own. The audit is shown to catch each, then the reports of the attacker's
/// events to give nothing away.
@Suite struct TesterAttackTests {
  func recovered(_ result: DisclosureAudit.Result) -> [String: [Int]] {
    var cells: [String: [Int]] = [:]
    for leak in result.recovered { for cell in leak.cells { cells[cell] = leak.values } }
    return cells
  }

  func json(everyoneRegistered: Bool = true, _ rows: [(String, String, String, String)]) -> String {
    let values = rows.map { indicator, field, group, n in
      let shown = Int(n) != nil ? n : "\"\(n)\""
      return """
        {"event": "e", "indicator": "\(indicator)", "disaggregation": "\(field)", "group": "\(group)", "value": \(shown), "n": \(shown)}
        """
    }
    return """
      {"events": [{"id": "e", "everyone_registered": \(everyoneRegistered)}], "suppression_threshold": 5,
       "indicators": [{"id": "registered", "measure": "registered"}, {"id": "confirmed", "measure": "confirmed"},
                      {"id": "responses", "measure": "responses"}],
       "values": [\(values.joined(separator: ",\n"))]}
      """
  }

  @Test func fourListedGroupsOfSevenPeopleHoldOneToFourEach() {
    let rows = [("registered", "total", "all", "7")]
      + ["18-24", "35-44", "45-54", "55-64"].map { ("registered", "age_group", $0, "suppressed") }
    let result = DisclosureAudit.run([PublishedFiles(name: "beta", json: json(rows))])
    #expect(recovered(result)["e registered age_group 18-24"] == [1, 2, 3, 4])
    #expect(result.recovered.count == 4)
  }

  @Test func respondentsShownByRegionBoundTheRegisteredOfTheOther() {
    let rows = [
      ("registered", "total", "all", "12"), ("registered", "region", "Europe", "suppressed"),
      ("registered", "region", "West and Central Africa", "suppressed"),
      ("responses", "total", "all", "8"), ("responses", "region", "Europe", "0"),
      ("responses", "region", "West and Central Africa", "8"),
    ]
    let result = DisclosureAudit.run([PublishedFiles(name: "alpha", json: json(rows))])
    #expect(recovered(result)["e registered region Europe"] == [1, 2, 3, 4])
    // Without the report saying that everyone counted is registered, anonymous respondents
    // could be anywhere.
    let anonymous = DisclosureAudit.run([PublishedFiles(name: "alpha", json: json(everyoneRegistered: false, rows))])
    #expect(recovered(anonymous)["e registered region Europe"] == nil)
  }

  @Test func theFewRegisteredWhoDidNotConfirmAreAGroupOfTheirOwn() {
    let rows = [
      ("registered", "total", "all", "30"), ("registered", "category", "mayor", "7"),
      ("registered", "category", "local-official", "23"),
      ("confirmed", "total", "all", "28"), ("confirmed", "category", "mayor", "5"),
      ("confirmed", "category", "local-official", "23"),
    ]
    let result = DisclosureAudit.run([PublishedFiles(name: "gamma", json: json(rows))])
    #expect(recovered(result)["e registered not confirmed category mayor"] == [2])
  }

  @Test(arguments: ["alpha", "beta", "gamma"])
  func theAttackersEventsGiveNothingAway(_ id: String) {
    let records = [TesterEvents.alpha, TesterEvents.beta, TesterEvents.gamma].first { $0.plan.event.id == id }!
    let report = IndicatorReport(events: [records])
    let result = DisclosureAudit.run([Publish.files(report, name: id)])
    #expect(
      result.passed,
      "\(result.summary): \(result.recovered.map(\.description).prefix(8))\n\(Publish.files(report, name: id).csv ?? "")")
  }
}
