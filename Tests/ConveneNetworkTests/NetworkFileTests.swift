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

  @Test func aMissingEventListIsAnError() {
    let (_, findings) = NetworkFile.read(Array("{}".utf8))
    #expect(findings.map(\.field) == ["events"])
  }
}
