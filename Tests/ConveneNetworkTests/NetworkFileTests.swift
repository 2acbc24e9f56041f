import ConveneCore
import Testing

@testable import ConveneNetwork

@Suite struct NetworkFileTests {
  @Test func readsTheTitleLanguagesAndEventsWithTheirLines() {
    let text = """
      {
        "title": "Strong Cities",
        "languages": ["fr", "AR"],
        "events": [
          "../dakar",
          "/srv/events/amman"
        ]
      }
      """
    let (settings, findings) = NetworkFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    #expect(settings?.title == "Strong Cities" && settings?.languages == ["fr", "ar"])
    #expect(settings?.events == [.init(path: "../dakar", line: 5), .init(path: "/srv/events/amman", line: 6)])
    let (again, _) = NetworkFile.read(Array(NetworkFile.write(settings!).utf8))
    #expect(again?.events.map(\.path) == ["../dakar", "/srv/events/amman"])
  }

  @Test func repeatedEmptyAndHostileEntriesAreErrors() {
    let text = """
      { "languages": ["xx"], "events": ["a", "a", "", 4, "b\\nc"], "colour": 1 }
      """
    let (settings, findings) = NetworkFile.read(Array(text.utf8))
    #expect(settings?.events.map(\.path) == ["a"])
    #expect(settings?.languages == ["en"])
    let fields = findings.map { "\($0.severity.rawValue) \($0.field ?? "")" }
    #expect(
      fields == [
        "warning colour", "error languages[0]", "error events[1]", "error events[2]", "error events[3]", "error events[4]",
      ])
  }

  @Test func theDisclosurePolicyIsReadCheckedAndWrittenBack() {
    let text = """
      { "events": ["a"], "disclosure": { "threshold": 10, "residual_groups": ["unknown", ""], "colour": 1 } }
      """
    let (settings, findings) = NetworkFile.read(Array(text.utf8))
    #expect(settings?.disclosure.threshold == 10 && settings?.disclosure.residualGroups == ["unknown"])
    #expect(findings.map { "\($0.severity.rawValue) \($0.field ?? "")" } == ["warning disclosure.colour", "error disclosure.residual_groups[1]"])
    let (again, _) = NetworkFile.read(Array(NetworkFile.write(settings!).utf8))
    #expect(again?.disclosure == settings?.disclosure)
    for wrong in ["{ \"threshold\": 1 }", "{ \"threshold\": \"5\" }", "5"] {
      let (read, findings) = NetworkFile.read(Array("{ \"events\": [\"a\"], \"disclosure\": \(wrong) }".utf8))
      #expect(read?.disclosure == DisclosurePolicy())
      #expect(findings.contains { $0.severity == .error && ($0.field ?? "").hasPrefix("disclosure") }, "\(wrong)")
    }
    // Absent, the standard policy, and nothing written.
    let (plain, _) = NetworkFile.read(Array("{ \"events\": [\"a\"] }".utf8))
    #expect(plain?.disclosure == DisclosurePolicy() && !NetworkFile.write(plain!).contains("disclosure"))
  }

  @Test func theReportsPolicyIsTheStrictestOfTheNetworksAndItsEvents() {
    var strict = Build.event("amman-2027", year: 2027)
    strict.disclosure.threshold = 8
    var records = Build.records(
      events: [Build.networkEvent(Build.event("dakar-2027", year: 2027), people: []), Build.networkEvent(strict, people: [])],
      cities: [])
    records.settings.disclosure.threshold = 6
    #expect(records.disclosurePolicy.threshold == 8)
    records.settings.disclosure.threshold = 10
    #expect(records.disclosurePolicy.threshold == 10)
  }

  @Test func theGroupsAnEventsReportsMergedStayResidualInTheNetwork() {
    // Dakar's reports merged "prefer not to say" with "not given"; event.json and network.json
    // now name only "not-given": the network still merges both, or its "prefer not to say"
    // beside the event's merged group would give the rest away.
    var dakar = Build.event("dakar-2027", year: 2027)
    dakar.disclosure.residualGroups = ["not-given"]
    var event = Build.networkEvent(dakar, people: [])
    event.disclosure.merging = ["gender": ["not-given", "prefer-not-to-say"]]
    var records = Build.records(events: [event], cities: [])
    records.settings.disclosure.residualGroups = ["not-given"]
    #expect(records.disclosurePolicy.residualGroups == ["not-given", "prefer-not-to-say"])
  }

  /// One rule for `event.json` and `network.json`: only the groups that say nothing about a
  /// person may be residual; a main group or a category merged into "other or not stated"
  /// would be hidden in one report and shown in another.
  @Test func aMainGroupOrCategoryAmongTheResidualGroupsIsAnErrorWithItsLine() {
    let text = """
      { "events": ["a"],
        "disclosure": { "residual_groups": ["other", "woman", "mayor", "not-given"] } }
      """
    let (settings, findings) = NetworkFile.read(Array(text.utf8))
    #expect(settings?.disclosure.residualGroups == ["other", "not-given"])
    #expect(
      findings.map(\.description) == [
        "error: network.json:2: disclosure.residual_groups[1]: \"woman\" is not a residual group; the residual groups are those that say nothing about a person: other, prefer-not-to-say, not-given, unknown",
        "error: network.json:2: disclosure.residual_groups[2]: \"mayor\" is not a residual group; the residual groups are those that say nothing about a person: other, prefer-not-to-say, not-given, unknown",
      ])
    let (none, quiet) = NetworkFile.read(Array("{ \"events\": [\"a\"], \"disclosure\": { \"residual_groups\": [] } }".utf8))
    #expect(none?.disclosure.residualGroups == [] && quiet.isEmpty)
  }

  @Test func anEmptyEventListIsAnErrorWithItsLine() {
    let (_, findings) = NetworkFile.read(Array("{ \"title\": \"T\",\n  \"events\": [] }".utf8))
    #expect(
      findings.map(\.description) == [
        "error: network.json:2: events: lists no event workspace: a network report over no event would publish nothing (hint: add the paths of the event workspaces the network covers)"
      ])
  }

  @Test func aMissingEventListIsAnError() {
    let (_, findings) = NetworkFile.read(Array("{}".utf8))
    #expect(findings.map(\.field) == ["events"])
  }
}
