import ConveneCore
import Foundation
import Testing

@testable import ConveneNetwork

@Suite struct FrameworkFileTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test(arguments: ["Templates/network/framework.json", "Examples/network/framework.json"])
  func theShippedFrameworksRead(path: String) throws {
    let bytes = Array(try Data(contentsOf: Self.repository.appendingPathComponent(path)))
    let (framework, findings, _) = FrameworkFile.read(bytes)
    #expect(findings.isEmpty)
    #expect(framework.outcomes.count == 1 && framework.outcomes[0].outputs.count == 2)
    #expect(framework.indicators.count == 8)
    #expect(framework.indicators.first?.measure == .actedUponShare)
    #expect(framework.indicators.first?.disaggregations == ["category", "region", "city_size", "event_kind"])
  }

  @Test func baselineTargetsAndSourceAreRead() {
    let text = """
      { "title": "Framework", "outcomes": [ { "id": "o1", "title": { "en": "Cities act", "fr": "Les villes agissent" },
        "indicators": [ { "id": "acted", "measure": "acted-upon-share", "baseline": { "year": 2026, "value": 45 },
          "targets": { "2027": 55, "2028": 60.5 }, "source": "Follow-up forms" } ] } ] }
      """
    let (framework, findings, _) = FrameworkFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    let indicator = framework.indicators[0]
    #expect(indicator.baseline == FrameworkIndicator.Baseline(year: 2026, value: 45))
    #expect(indicator.targets == [2027: 55, 2028: 60.5])
    #expect(indicator.source == "Follow-up forms")
    #expect(indicator.disaggregations == FrameworkFile.standardDisaggregations(.actedUponShare))
    #expect(framework.outcomes[0].title(in: "fr") == "Les villes agissent")
    #expect(framework.title == ["en": "Framework"])
  }

  /// A title or label goes into every report: a direction override, a control character or a
  /// line break is an error naming it.
  @Test func unsafeCharactersInTitlesAndLabelsAreErrors() {
    let text = """
      { "title": "Framework\u{202E}", "outcomes": [ { "id": "o1", "title": { "en": "Cities act", "fr": "Les villes\\u0007 agissent" },
        "indicators": [ { "id": "acted", "label": "Acted\\nupon", "measure": "acted-upon-share" } ] } ] }
      """
    let (_, findings, _) = FrameworkFile.read(Array(text.utf8))
    #expect(findings.map(\.field) == ["title", "outcomes[0].title.fr", "outcomes[0].indicators[0].label"])
    #expect(findings.first?.description.contains("U+202E (RIGHT-TO-LEFT OVERRIDE)") == true)
  }

  @Test func everyMistakeIsNamedWithItsLineAndPath() {
    let text = """
      {
        "outcomes": [
          {
            "id": "o1", "title": "Outcome",
            "indicators": [
              { "id": "a", "measure": "happiness" },
              { "id": "b", "measure": "share", "question": "satisfaction" },
              { "id": "c", "measure": "mean" },
              { "id": "d", "measure": "requests", "disaggregate_by": ["gender"] },
              { "id": "e", "measure": "participants", "baseline": { "year": 1800, "value": 1 } },
              { "id": "f", "measure": "participants", "targets": { "next year": 3, "2028": 1e12 } },
              { "id": "a", "measure": "events", "colour": "red" },
              { "id": "g", "measure": "resolved-within" }
            ],
            "outputs": [ { "id": "o1", "title": "Output", "outputs": [] } ]
          }
        ]
      }
      """
    let (framework, findings, _) = FrameworkFile.read(Array(text.utf8))
    let named = findings.map { "\($0.severity.rawValue) \($0.line ?? 0) \($0.field ?? "")" }
    #expect(named.contains("error 6 outcomes[0].indicators[0].measure"))
    #expect(named.contains("error 7 outcomes[0].indicators[1].answers"))
    #expect(named.contains("error 8 outcomes[0].indicators[2].question"))
    #expect(named.contains("error 9 outcomes[0].indicators[3].disaggregate_by[0]"))
    #expect(named.contains("error 10 outcomes[0].indicators[4].baseline.year"))
    #expect(named.contains("error 11 outcomes[0].indicators[5].targets.next year"))
    #expect(named.contains("error 11 outcomes[0].indicators[5].targets.2028"))
    #expect(named.contains("error 12 outcomes[0].indicators[6].id"))
    #expect(named.contains("warning 12 outcomes[0].indicators[6].colour"))
    #expect(named.contains("error 13 outcomes[0].indicators[7].days"))
    #expect(named.contains("error 15 outcomes[0].outputs[0].id"))
    #expect(named.contains("warning 15 outcomes[0].outputs[0].outputs"))
    // An indicator with any error is left out, the one whose only fault is a repeated id too.
    #expect(framework.indicators.isEmpty)
  }

  @Test func aFileThatIsNotJSONOrNotUTF8IsOneError() {
    #expect(FrameworkFile.read(Array("{ \"outcomes\": [".utf8)).findings.count == 1)
    #expect(FrameworkFile.read([0x7B, 0xFF, 0x7D]).findings.first?.message.contains("not UTF-8") == true)
    #expect(FrameworkFile.read(Array("[]".utf8)).findings.first?.message == "must be a JSON object")
    let deep = String(repeating: "[", count: 40_000)
    #expect(FrameworkFile.read(Array(deep.utf8)).findings.count == 1)
  }
}
