import Foundation
import Testing

/// A roll-up of events that set different thresholds states each event's.
extension DisclosureCommandTests {
  @Test func aRollUpOfEventsWithDifferentThresholdsStatesTheRange() throws {
    let rows = (0..<12).map { ($0 < 3 ? "man" : "woman", 4, 9) }
    let small = try workshop("th2", rows)
    let large = try workshop("th5", rows)
    try setDisclosure(small, "{ \"threshold\": 2 }")
    let result = try runner.run("report", "--across", small, large, "--output", runner.path("th-roll"))
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("hidden (groups under 2 to 5 as each event sets, and what would give them away)."), "\(result.output)")
    let markdown = text(runner.path("th-roll/report.md"))
    #expect(markdown.contains("No group of fewer than 2 people is shown"), "\(markdown)")
    #expect(markdown.contains("Each event sets its own threshold, from 2 to 5 here: a group under its event's is not shown."))
    let french = try runner.run("report", "--across", small, large, "--lang", "fr", "--output", runner.path("th-roll-fr"))
    #expect(french.status == 0, "\(french.error)")
    #expect(text(runner.path("th-roll-fr/report.md")).contains("Chaque événement fixe son propre seuil, de 2 à 5 ici"))
    // One event, or events of one threshold: the threshold alone.
    let alone = try runner.run("report", "--workspace", large)
    #expect(alone.output.contains("hidden (groups under 5 and what would give them away)."), "\(alone.output)")
    #expect(!text(large + "/reports/report.md").contains("Each event sets its own threshold"))
  }
}
