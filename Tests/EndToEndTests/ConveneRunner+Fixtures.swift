import Foundation
import Testing

extension ConveneRunner {
  /// Runs `convene` with the arguments of a list and waits for it.
  func run(_ arguments: [String]) throws -> Result {
    Self.finish(try start(arguments))
  }

  /// Every file of a workspace and its bytes (but the empty lock file every command leaves:
  /// `.convene/lock` is taken, never removed).
  static func snapshot(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let path = enumerator?.nextObject() as? String {
      if path == ".convene/lock" { continue }
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
      if !isFolder.boolValue { files[path] = FileManager.default.contents(atPath: folder + "/" + path) }
    }
    return files
  }

  /// Runs `convene ARGUMENTS` with each file it writes limited to `kilobytes` (`ulimit -f`, as
  /// a full disk), and waits for it; a signal (SIGXFSZ) ending it is an issue.
  func run(limitingFilesTo kilobytes: Int, _ arguments: String...) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments =
      ["-c", "ulimit -f \(kilobytes); exec \"$0\" \"$@\"", Self.binary.path] + arguments
    (process.standardOutput, process.standardError) = (Pipe(), Pipe())
    try process.run()
    let result = Self.finish(process)
    #expect(process.terminationReason == .exit, "not killed by SIGXFSZ")
    return result
  }

  /// Waits for a started process whose output and error go to pipes, and collects them.
  static func finish(_ process: Process) -> Result {
    let output = process.standardOutput as! Pipe
    let error = process.standardError as! Pipe
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
      error: String(decoding: errData, as: UTF8.self))
  }

  /// Writes `text` converted to `encoding` by the real `iconv` program, as Excel saves a CSV
  /// on a Windows machine set to that code page, and returns the file's path. With `source`,
  /// the text's UTF-8 bytes are read as that encoding instead: `from: "WINDOWS-1252", to:
  /// "UTF-8"` double-encodes it, as a file opened in the wrong code page and saved again is.
  /// iconv runs in the C locale: `//TRANSLIT` then writes `?` for each letter the code page
  /// lacks, as Excel and form tools do.
  func iconv(_ text: String, from source: String = "UTF-8", to encoding: String, as name: String) throws -> String {
    let input = try write(text, to: name + ".utf8")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["LC_ALL=C", "iconv", "-f", source, "-t", encoding, input]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let bytes = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "iconv to \(encoding)")
    try bytes.write(to: folder.appendingPathComponent(name))
    return path(name)
  }

  /// Writes `lines` as Teams writes its attendance report: UTF-16LE with a byte-order mark,
  /// CRLF line ends; returns the file's path.
  func writeTeamsReport(_ lines: [String], to name: String) throws -> String {
    let text = lines.joined(separator: "\r\n") + "\r\n"
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    try Data(bytes).write(to: folder.appendingPathComponent(name))
    return path(name)
  }

  /// Runs a Python script of `Tests/EndToEndTests/Interop/` with the test environment's
  /// Python (`.build/venv`, where `make test` installs openpyxl and XlsxWriter).
  func python(_ script: String, _ arguments: [String]) throws -> Result {
    let process = Process()
    process.executableURL = Self.repository.appendingPathComponent(".build/venv/bin/python")
    process.arguments =
      [Self.repository.appendingPathComponent("Tests/EndToEndTests/Interop/\(script)").path]
      + arguments
    process.currentDirectoryURL = folder
    process.standardOutput = Pipe()
    process.standardError = Pipe()
    try process.run()
    return Self.finish(process)
  }

  /// A new regional workshop starting on 8 March 2027 (English and French), as `convene init`
  /// makes it, in the scratch folder as `ws`.
  func regionalWorkshop() throws -> String {
    let ws = path("ws")
    let made = try run("init", ws, "--kind", "regional-workshop", "--title", "Test", "--start", "2027-03-08")
    #expect(made.status == 0, "\(made.error)")
    return ws
  }

  /// `regionalWorkshop()` with room for `capacity` people (the starter's is 120).
  func regionalWorkshop(capacity: Int) throws -> String {
    let ws = try regionalWorkshop()
    let event = ws + "/event.json"
    let text = try String(contentsOfFile: event, encoding: .utf8)
    let capped = text.replacingOccurrences(of: "\"capacity\": 120,", with: "\"capacity\": \(capacity),")
    #expect(capped != text)
    try capped.write(toFile: event, atomically: true, encoding: .utf8)
    return ws
  }

  /// `participants.csv` of `workspace`, as written.
  func participantsText(_ workspace: String) throws -> String {
    try String(contentsOfFile: workspace + "/participants.csv", encoding: .utf8)
  }

  /// The row of `participants.csv` holding `email`, as written.
  func participantRow(_ workspace: String, email: String) throws -> String? {
    try String(contentsOfFile: workspace + "/participants.csv", encoding: .utf8)
      .components(separatedBy: "\r\n").first { $0.contains("," + email + ",") }
  }
}
