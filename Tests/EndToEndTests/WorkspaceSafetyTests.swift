import Foundation
import Testing

@Suite struct WorkspaceSafetyTests {
  @Test func aHeldLockMakesAWriterWaitWithExitCodeThree() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    // The lock held by a live process: this test's own.
    let lock = try convene.holdLock(ws, note: "\(ProcessInfo.processInfo.processIdentifier) participants import other.csv\n")
    defer { close(lock) }
    let before = convene.bytes(ws + "/participants.csv")
    let result = try convene.run("participants", "cancel", "p004", "--workspace", ws)
    #expect(result.status == 3)
    #expect(result.error == "the workspace is in use by another convene command (process \(ProcessInfo.processInfo.processIdentifier): participants import other.csv); try again when it has finished\n")
    #expect(convene.bytes(ws + "/participants.csv") == before)
  }

  @Test func anImportKilledMidWriteLeavesTheWorkspaceIntact() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = convene.bytes(ws + "/participants.csv")
    let export = convene.example("registrations/google-forms-fr.csv")
    let process = try convene.start(["participants", "import", export, "--workspace", ws], environment: ["CONVENE_HOLD_BEFORE_RENAME": "30"])
    // Wait until the new file is fully written beside the old one, then kill the import.
    let temporary = ws + "/.participants.csv.\(process.processIdentifier).tmp"
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: temporary) && Date() < deadline { usleep(20_000) }
    #expect(FileManager.default.fileExists(atPath: temporary))
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(convene.bytes(ws + "/participants.csv") == before)
    #expect(try convene.run("check", "--workspace", ws).status == 0)

    // The kernel released its lock; the temporary file it left is removed by the next writer.
    #expect(convene.lockIsFree(ws))
    let again = try convene.run("participants", "import", export, "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    #expect(again.output.contains("added      8"))
    #expect(convene.lockIsFree(ws))
    #expect(!FileManager.default.fileExists(atPath: temporary))
  }

  @Test func importsKilledAtRandomMomentsLeaveTheOldOrTheNewFile() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("amman-global-summit")
    let before = convene.bytes(ws + "/participants.csv")
    let file = try bigExport(convene)
    var generator = SystemRandomNumberGenerator()
    var outcomes: Set<String> = []
    for _ in 0..<6 {
      try FileManager.default.removeItem(atPath: ws + "/participants.csv")
      try before.write(to: URL(fileURLWithPath: ws + "/participants.csv"))
      let process = try convene.start(["participants", "import", file, "--workspace", ws])
      usleep(UInt32.random(in: 0..<3_000_000, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let after = convene.bytes(ws + "/participants.csv")
      if after == before {
        outcomes.insert("old")
      } else {
        outcomes.insert("new")
        let text = String(decoding: after, as: UTF8.self)
        #expect(text.hasSuffix("person19999@example.org,youth,,,,KE,East and Southern Africa,,,,,,,,,,no,waitlisted\r\n"))
      }
      #expect(try convene.run("check", "--workspace", ws).status == 0)
    }
    #expect(!outcomes.isEmpty)
  }
}

@Suite struct SignalTests {
  /// SIGTERM and Ctrl-C alike, while an import holds the lock: it stops before writing (exit
  /// 128 + the signal) or, if the signal came after it had started writing, finishes; either
  /// way every file is whole, no temporary file is left and the lock is free.
  @Test(arguments: [SIGTERM, SIGINT]) func aSignalStopsAWriterCleanly(_ signal: Int32) throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("amman-global-summit")
    let before = convene.bytes(ws + "/participants.csv")
    let file = try bigExport(convene)
    let process = try convene.start(["participants", "import", file, "--workspace", ws])
    let deadline = Date().addingTimeInterval(60)
    while convene.lockIsFree(ws) && process.isRunning && Date() < deadline { usleep(1_000) }
    kill(process.processIdentifier, signal)
    let errors = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    if process.terminationStatus == 128 + signal {
      #expect(errors.contains("interrupted (\(signal == SIGTERM ? "SIGTERM" : "Ctrl-C")): nothing was written"))
      #expect(convene.bytes(ws + "/participants.csv") == before)
    } else {
      #expect(process.terminationStatus == 0, "\(errors)")
      #expect(String(decoding: convene.bytes(ws + "/participants.csv"), as: UTF8.self).contains("person19999@example.org"))
    }
    #expect(convene.lockIsFree(ws))
    #expect(try FileManager.default.contentsOfDirectory(atPath: ws).filter { $0.hasSuffix(".tmp") }.isEmpty)
    #expect(try convene.run("check", "--workspace", ws).status == 0)
  }
}

@Suite struct AuditSignalTests {
  /// SIGTERM at moments spread over `report --across … --audit` (reading, computing, the
  /// audit, writing): the command stops at once between two audited counts and writes nothing
  /// (exit 143, every report and record as it was), or, signalled once it had started
  /// writing, finishes; never a report without its record, never the lock left held.
  @Test func aSignalDuringAnAuditedRollUpWritesAllOrNothing() throws {
    let convene = ConveneRunner()
    let dakar = try convene.copyExample("dakar-regional-workshop", as: "dakar")
    let amman = try convene.copyExample("amman-global-summit", as: "amman")
    #expect(try convene.run("feedback", "collect", convene.example("returns/dakar/feedback"), "--workspace", dakar).status == 0)
    #expect(try convene.run("attendance", "import", convene.example("returns/amman/badge-scans.csv"), "--workspace", amman).status == 0)
    #expect(try convene.run("feedback", "collect", convene.example("returns/amman/feedback"), "--workspace", amman).status == 0)
    let records = [dakar, amman].map { $0 + "/.convene/disclosure.json" }
    var outcomes: Set<Int32> = []
    for delay in [0, 150_000, 300_000, 450_000, 600_000, 900_000] as [useconds_t] {
      let output = convene.path("network-\(delay)")
      let before = records.map(convene.bytes)
      let process = try convene.start(["report", "--across", dakar, amman, "--audit", "--output", output])
      let deadline = Date().addingTimeInterval(60)
      while convene.lockIsFree(dakar) && process.isRunning && Date() < deadline { usleep(1_000) }
      usleep(delay)
      kill(process.processIdentifier, SIGTERM)
      let errors = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationReason == .exit)
      outcomes.insert(process.terminationStatus)
      if process.terminationStatus == 143 {
        #expect(errors.contains("interrupted (SIGTERM): nothing was written"), "\(errors)")
        #expect(!FileManager.default.fileExists(atPath: output + "/indicators.json"))
        #expect(records.map(convene.bytes) == before)
      } else {
        #expect(process.terminationStatus == 0, "\(errors)")
        for name in ["report.html", "report.md", "indicators.csv", "indicators.json"] {
          #expect(FileManager.default.fileExists(atPath: output + "/" + name))
        }
      }
      #expect(convene.lockIsFree(dakar) && convene.lockIsFree(amman))
    }
    #expect(outcomes.contains(143))
  }
}

/// A registration export of 20,000 new people: an import long enough to be caught mid-way.
func bigExport(_ convene: ConveneRunner) throws -> String {
  var lines = ["Name,Email,Country,Category"]
  for n in 0..<20_000 { lines.append("Person \(n),person\(n)@example.org,Kenya,Youth") }
  return try convene.write(lines.joined(separator: "\n"), to: "big.csv")
}
