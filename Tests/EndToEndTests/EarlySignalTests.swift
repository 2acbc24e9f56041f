import Foundation
import Testing

/// SIGTERM and Ctrl-C from the first instant of a run end convene with 128 + the signal, never
/// by the signal itself, and leave the workspace as it was.
@Suite struct EarlySignalTests {
  @Test(arguments: [SIGTERM, SIGINT]) func aSignalInTheFirstMillisecondsEndsWithItsExitCode(
    _ signal: Int32
  ) throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    let participants = convene.bytes(ws + "/participants.csv")
    for moment in stride(from: UInt32(0), to: 16_000, by: 1_000) {
      for arguments in [["check"], ["invite", "--send", "--sendmail", "cat > /dev/null"]] {
        let process = try convene.start(arguments + ["--workspace", ws])
        usleep(moment)
        kill(process.processIdentifier, signal)
        let said = String(
          decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(),
          as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "\(arguments) signalled after \(moment) µs")
        #expect(
          [0, 128 + signal].contains(process.terminationStatus),
          "\(arguments) signalled after \(moment) µs: \(process.terminationStatus)")
        if process.terminationStatus == 128 + signal {
          #expect(
            said.contains("interrupted (\(signal == SIGTERM ? "SIGTERM" : "Ctrl-C"))"), "\(said)")
        }
      }
    }
    #expect(convene.bytes(ws + "/participants.csv") == participants)
    #expect(convene.lockIsFree(ws))
  }
}
