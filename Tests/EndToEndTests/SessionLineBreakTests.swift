import Foundation
import Testing

/// A line break in a text cell of `sessions.csv` or `rooms.csv` (a title carrying a `Bcc:`
/// line) is refused by `check` and by `publish`, naming file, line and column, as in
/// `participants.csv`; and whatever a release already holds, `publish` prints each change on
/// its own line.
@Suite struct SessionLineBreakTests {
  let hostile = "K\r\nBcc: evil@x.org\r\nEND:VEVENT"

  /// Replaces `old` in the file with a quoted cell holding `new`.
  func replace(_ old: String, with new: String, in path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: "\"\(new)\"")
      .write(toFile: path, atomically: false, encoding: .utf8)
  }

  @Test(arguments: [
    ("sessions.csv", "Keynote: cities at the front line of prevention", "3: title"),
    ("sessions.csv", "plenary-track", "4: track"),
    ("rooms.csv", "Salle A", "3: name"),
    ("rooms.csv", "av;step-free", "3: features"),
  ])
  func aLineBreakInASessionOrRoomCellIsRefused(file: String, cell: String, place: String) throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    try replace(cell, with: hostile, in: ws + "/" + file)
    let release = convene.bytes(ws + "/releases/v1.json")

    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(check.output.contains("\(file):\(place): "), "\(check.output)")
    #expect(check.output.contains("holds a line break"))
    let publish = try convene.run("publish", "--workspace", ws)
    #expect(publish.status == 1)
    #expect(publish.error.contains("\(file):\(place): "), "\(publish.error)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/releases/v2.json"))
    #expect(convene.bytes(ws + "/releases/v1.json") == release)
    for output in [check.output, check.error, publish.output, publish.error] {
      #expect(!output.contains("\r") && !output.contains("\nBcc:"), "\(output)")
    }
  }

  @Test func publishPrintsATitleAReleaseHoldsWithALineBreakOnOneLine() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    // A release written before titles were held to one line.
    try replace(
      "\"Keynote: cities at the front line of prevention\"",
      with: #"K\r\nBcc: evil@x.org\r\nEND:VEVENT"#,
      in: ws + "/releases/v1.json")
    let publish = try convene.run("publish", "--workspace", ws)
    #expect(publish.status == 0, "\(publish.error)")
    let lines = publish.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(!publish.output.contains("\r"))
    #expect(
      lines.filter { $0.hasPrefix("Bcc:") || $0.hasPrefix("END:") }.isEmpty, "\(publish.output)")
    #expect(
      lines.contains(
        #"  title    keynote: "K\r\nBcc: evil@x.org\r\nEND:VEVENT" -> "Keynote: cities at the front line of prevention""#
      ),
      "\(publish.output)")
  }
}
