import Foundation
import Testing

/// `report` writes its files and the record of what they hid as one change: a report folder
/// that cannot be written (read-only, or a file-size limit as on a full disk) leaves the
/// earlier report and record as they were, and the report runs once the folder can be written.
@Suite struct ReportCommitTests {
  let convene = ConveneRunner()

  /// The record and the report files, as bytes.
  func published(_ ws: String) -> [Data] {
    [
      ".convene/disclosure.json", "reports/report.html", "reports/report.md",
      "reports/indicators.csv",
      "reports/indicators.json",
    ].map { convene.bytes(ws + "/" + $0) }
  }

  /// The Dakar example after the event, reported once, then five anonymous answers more: the
  /// next report is a new edition with a new record.
  func reportedThenAnsweredAgain() throws -> (ws: String, earlier: [Data]) {
    let ws = try convene.dakarAfterTheEvent()
    #expect(try convene.run("report", "--workspace", ws).status == 0)
    let forms = convene.path("late")
    try FileManager.default.createDirectory(atPath: forms, withIntermediateDirectories: true)
    let form = try String(
      contentsOfFile: convene.example("returns/dakar/feedback/forms/feedback-dakar-2027-p019.json"),
      encoding: .utf8)
    for index in 1...5 {
      try form.replacingOccurrences(of: "r-20270000", with: "r-late-\(index)")
        .replacingOccurrences(of: "\"p019\"", with: "\"\"")
        .write(toFile: forms + "/late-\(index).json", atomically: true, encoding: .utf8)
    }
    let collected = try convene.run("feedback", "collect", forms, "--workspace", ws)
    #expect(collected.status == 0, "\(collected.error)")
    return (ws, published(ws))
  }

  /// `convene report`, with at most `limit` bytes a file when given (`ulimit -f`, through
  /// `prlimit`, which counts in bytes). Run as root, it is started without the power to write
  /// where permissions forbid it, as any other user is.
  func report(_ ws: String, limit: Int? = nil) throws -> (status: Int32, errors: String) {
    var command = [ConveneRunner.binary.path, "report", "--workspace", ws]
    if let limit {
      try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"))
      command = ["/usr/bin/prlimit", "--fsize=\(limit)"] + command
    }
    if geteuid() == 0 {
      try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"))
      command = ["/usr/bin/setpriv", "--bounding-set", "-dac_override,-fowner"] + command
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    (process.standardOutput, process.standardError) = (Pipe(), Pipe())
    try process.run()
    let result = ConveneRunner.finish(process)
    #expect(process.terminationReason == .exit, "not killed by a signal")
    return (result.status, result.error)
  }

  /// The report `refused` failed with `message`, the record and the report files as they
  /// were and no temporary file left; run again with nothing in the way, it writes them all.
  func expectNothingChanged(
    _ ws: String, earlier: [Data], by refused: (status: Int32, errors: String),
    saying message: String
  ) throws {
    #expect(refused.status == 1)
    #expect(refused.errors.contains(message), "\(refused.errors)")
    #expect(published(ws) == earlier)
    #expect(
      try [".convene", "reports"].allSatisfy { folder in
        try FileManager.default.contentsOfDirectory(atPath: ws + "/" + folder).allSatisfy {
          !$0.hasSuffix(".tmp")
        }
      })
    let rerun = try report(ws)
    #expect(rerun.status == 0, "\(rerun.errors)")
    #expect(zip(published(ws), earlier).allSatisfy { $0 != $1 })
  }

  @Test func aReadOnlyReportFolderLeavesTheEarlierReportAndRecord() throws {
    let (ws, earlier) = try reportedThenAnsweredAgain()
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: ws + "/reports")
    let refused = try report(ws)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: ws + "/reports")
    try expectNothingChanged(
      ws, earlier: earlier, by: refused,
      saying: "reports/report.html: cannot be created (Permission denied)")
  }

  /// A file-size limit stops the first report file bigger than it (the record, smaller, would
  /// have been written): as on a full disk, the write fails and nothing changes.
  @Test func aFileSizeLimitLeavesTheEarlierReportAndRecord() throws {
    let (ws, earlier) = try reportedThenAnsweredAgain()
    let limit = 80 * 1_024
    #expect(earlier[0].count < limit - 8_192 && earlier[1].count > limit, "\(earlier.map(\.count))")
    try expectNothingChanged(
      ws, earlier: earlier, by: try report(ws, limit: limit),
      saying: "reports/report.html: cannot be written (File too large)")
  }

  /// A folder where one of the five files goes (each in turn): the report fails naming it,
  /// and the other files and the record are as they were, with no temporary file left.
  @Test(arguments: [
    ".convene/disclosure.json", "reports/report.html", "reports/report.md", "reports/indicators.csv",
    "reports/indicators.json",
  ])
  func aFolderWhereAFileGoesLeavesEveryFileAsItWas(target: String) throws {
    let (ws, earlier) = try reportedThenAnsweredAgain()
    try FileManager.default.removeItem(atPath: ws + "/" + target)
    try FileManager.default.createDirectory(atPath: ws + "/" + target, withIntermediateDirectories: false)
    let before = published(ws)
    let refused = try report(ws)
    #expect(refused.status == 1)
    // The record is read before anything is written: a folder there stops the report sooner.
    let reason = target.hasPrefix(".convene") ? "is a folder, not a file" : "cannot be replaced (Is a directory)"
    #expect(refused.errors.contains("\(target): \(reason)"), "\(refused.errors)")
    #expect(published(ws) == before)
    #expect(zip(before, earlier).filter { $0 != $1 }.count == 1, "only the folder differs from the earlier report")
    for folder in [".convene", "reports"] {
      let left = try FileManager.default.contentsOfDirectory(atPath: ws + "/" + folder).filter { $0.hasSuffix(".tmp") }
      #expect(left.isEmpty, "\(left)")
    }
  }
}
