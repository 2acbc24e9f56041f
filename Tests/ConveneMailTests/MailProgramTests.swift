import Foundation
import Testing

@testable import ConveneMail

@Suite struct MailProgramTests {
  let folder: String = {
    let path = NSTemporaryDirectory() + "convene-mail-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  @Test func aProgramThatExitsWithZeroTookTheMessageWhole() throws {
    let message = Array(String(repeating: "line of a long message\r\n", count: 20_000).utf8)
    let outcome = MailProgram(command: "cat > '\(folder)/out'").send(message, watchdog: nil)
    #expect(outcome == .accepted)
    #expect(FileManager.default.contents(atPath: folder + "/out").map(Array.init) == message)
  }

  @Test func aFailureGivesTheExitStatusAndTheLastLineOfStandardError() {
    let outcome = MailProgram(
      command: "cat > /dev/null; echo warming up >&2; echo 'connection refused' >&2; exit 75"
    )
    .send(Array("x".utf8), watchdog: nil)
    #expect(
      outcome
        == .refused(
          "`cat > /dev/null; echo warming up >&2; echo 'connection refused' >&2; exit 75` exited with 75: connection refused"
        ))
  }

  @Test func aProgramThatReadsNothingAndFailsIsRefusedNotFatal() {
    let outcome = MailProgram(command: "exit 1").send(
      Array(repeating: 65, count: 1_000_000), watchdog: nil)
    #expect(outcome == .refused("`exit 1` exited with 1: no message"))
  }

  @Test func aProgramKilledByASignalMayHaveSentTheMessage() {
    let outcome = MailProgram(command: "cat > /dev/null; kill -9 $$").send(
      Array("x".utf8), watchdog: nil)
    #expect(outcome == .uncertain("`cat > /dev/null; kill -9 $$` was killed by signal 9"))
  }

  @Test func theProgramRunsInAGroupOfItsOwnAndNothingItLeftBehindOutlivesIt() throws {
    // The program starts a background child that would write a file after it has exited.
    let command =
      "cat > /dev/null; ps -o pgid= -p $$ > '\(folder)/group'; (sleep 0.3; touch '\(folder)/late') & exit 0"
    #expect(MailProgram(command: command).send(Array("x".utf8), watchdog: nil) == .accepted)
    let group = try String(contentsOfFile: folder + "/group", encoding: .utf8).trimmingCharacters(
      in: .whitespacesAndNewlines)
    #expect(Int32(group) != getpgrp())
    usleep(600_000)
    #expect(!FileManager.default.fileExists(atPath: folder + "/late"))
  }

  @Test func theProgramInheritsNoOtherDescriptorOfConvene() throws {
    // Opened without O_CLOEXEC, as a lock or a journal might be by mistake.
    let kept = open(folder + "/lock", O_RDWR | O_CREAT, 0o644)
    defer { close(kept) }
    let command =
      "cat > /dev/null; if [ -e /proc/$$/fd/\(kept) ]; then echo leaked; else echo closed; fi > '\(folder)/fd'"
    #expect(MailProgram(command: command).send([], watchdog: nil) == .accepted)
    #expect(try String(contentsOfFile: folder + "/fd", encoding: .utf8) == "closed\n")
  }
}
