import Foundation
import Testing

/// A workspace file with one byte that is not UTF-8 (a cell saved from a Windows-1252
/// spreadsheet) is named by `check` and stops every command that would read or write it: the
/// file is never read in another encoding and written back changed.
@Suite struct WorkspaceEncodingTests {
  /// Replaces the first `text` in `file` by the same text in Windows-1252 bytes (or by
  /// `bytes`).
  static func spoil(_ file: String, _ text: String, with bytes: [UInt8]? = nil) throws {
    let contents = try #require(FileManager.default.contents(atPath: file))
    var spoiled = [UInt8](contents)
    let original = Array(text.utf8)
    let latin1 = bytes ?? text.unicodeScalars.map { UInt8($0.value) }
    let start = try #require(
      (0...(spoiled.count - original.count)).first {
        Array(spoiled[$0..<($0 + original.count)]) == original
      })
    spoiled.replaceSubrange(start..<(start + original.count), with: latin1)
    try Data(spoiled).write(to: URL(fileURLWithPath: file))
  }

  @Test func participantsCSVWithOneBadByteIsNamedAndNeverWritten() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(
      try convene.run("schedule", "--iterations", "300", "--seed", "1", "--workspace", ws).status
        == 0)
    try Self.spoil(ws + "/participants.csv", "Agbéko")
    let before = convene.bytes(ws + "/participants.csv")

    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(
      check.output.contains(
        "error: participants.csv:8: name: holds bytes that are not UTF-8 (hint: save the file as UTF-8 (\"CSV UTF-8\" in Excel) and fix this cell; convene does not write a file it cannot read exactly)"
      ))

    let commands: [[String]] = [
      ["participants", "import", convene.example("registrations/google-forms-fr.csv")],
      ["participants", "confirm", "p010"], ["participants", "cancel", "p004"],
      ["participants", "promote"],
      ["participants", "list"], ["schedule", "--iterations", "100"], ["agenda"],
      ["invite", "--dry-run"],
      ["attendance", "mark", "p001", "--session", "day1"], ["report"],
    ]
    for command in commands {
      let result = try convene.run(command + ["--workspace", ws])
      #expect(result.status == 1, "\(command.joined(separator: " ")): \(result.output)")
      #expect(
        result.error.contains("participants.csv:8: name: holds bytes that are not UTF-8"),
        "\(command)")
      #expect(
        convene.bytes(ws + "/participants.csv") == before,
        "\(command.joined(separator: " ")) changed the file")
    }
    #expect(!FileManager.default.fileExists(atPath: ws + "/attendance.csv"))
  }

  @Test func attendanceAndFeedbackFilesWithABadByteAreNotRewritten() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarAfterTheEvent()
    try Self.spoil(
      ws + "/attendance.csv", "present", with: Array("pr".utf8) + [0xE9] + Array("sent".utf8))
    let attendance = convene.bytes(ws + "/attendance.csv")
    let mark = try convene.run("attendance", "mark", "p002", "--session", "day2", "--workspace", ws)
    #expect(mark.status == 1)
    #expect(mark.error.contains("attendance.csv:2: status: holds bytes that are not UTF-8"))
    #expect(convene.bytes(ws + "/attendance.csv") == attendance)

    let feedbackWorkspace = try ConveneRunner().dakarAfterTheEvent()
    let feedbackFile = feedbackWorkspace + "/feedback/feedback.csv"
    let text = try String(contentsOfFile: feedbackFile, encoding: .utf8)
    let accented = try #require(["é", "è", "à", "ç"].first { text.contains($0) })
    let word = try #require(
      text.components(separatedBy: CharacterSet(charactersIn: ",\r\n\"")).first {
        $0.contains(accented)
      })
    try Self.spoil(feedbackFile, word)
    let feedback = convene.bytes(feedbackFile)
    let collect = try convene.run(
      "feedback", "collect", convene.example("returns/dakar/feedback"), "--workspace",
      feedbackWorkspace)
    #expect(collect.status == 1)
    #expect(collect.error.contains("holds bytes that are not UTF-8"))
    #expect(convene.bytes(feedbackFile) == feedback)
    #expect(
      try convene.run("check", "--workspace", feedbackWorkspace).output.contains(
        "feedback/feedback.csv:"))
  }
}
