import Foundation
import Testing

/// A second sign-in file that says otherwise than the first about someone (present, then
/// absent): the later file is recorded, as a correction, and the summary names each change.
/// Before it said "Recorded 1 attendance" and nothing of what it replaced.
@Suite struct AttendanceCorrectionTests {
  @Test func aLaterFileThatSaysOtherwiseNamesEachChange() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarWithReleaseOne()
    let first = try convene.write("participant,session,status\np001,keynote,present\np002,keynote,present\n", to: "first.csv")
    #expect(try convene.run("attendance", "import", first, "--workspace", ws).status == 0)
    let second = try convene.write("participant,session,status\np001,keynote,absent\np002,keynote,present\n", to: "second.csv")
    let result = try convene.run("attendance", "import", second, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("  changed: p001 at keynote, recorded present earlier, is now absent\n"), "\(result.output)")
    #expect(!result.output.contains("p002 at keynote"), "\(result.output)")
    let json = try convene.run("attendance", "import", first, "--workspace", ws, "--dry-run", "--json")
    let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let changed = try #require(summary["changed"] as? [[String: String]])
    #expect(changed == [["participant": "p001", "session": "keynote", "before": "absent", "now": "present"]])
  }
}
