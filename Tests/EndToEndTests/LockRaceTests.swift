import Foundation
import Testing

/// Two writers at once, 200 times, with and without a lock file left by a command killed
/// with -9: never two successes where one's rows are lost. Run alone with
/// `swift test --filter LockRaceTests`.
@Suite struct LockRaceTests {
  /// One command of a race, and what it claims to have written when it succeeds.
  struct Writer {
    var arguments: [String]
    /// Lines of the file that must be there after a success.
    var claims: (file: String, contains: [String])
  }

  /// The participants file's rows, and whether each id appears once.
  static func participants(_ convene: ConveneRunner, _ ws: String) -> (
    text: String, uniqueIDs: Bool
  ) {
    let text = String(decoding: convene.bytes(ws + "/participants.csv"), as: UTF8.self)
    let ids = text.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map {
      $0.prefix { $0 != "," }
    }
    return (text, Set(ids).count == ids.count)
  }

  @Test func twoHundredRacesOfTwoWritersNeverLoseAnUpdate() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let invitations = try FileManager.default.contentsOfDirectory(atPath: ws + "/outbox/v1").filter
    { $0.hasSuffix(".ics") }.sorted()
    var random = SystemRandomNumberGenerator()
    var outcomes: [String: Int] = [:]
    for race in 0..<200 {
      // Every fifth race starts over a lock file left by a writer killed with -9 mid-run.
      if race % 5 == 4 {
        let victim = try convene.start([
          "participants", "import", try importFile(convene, race: race, side: "k"), "--workspace",
          ws,
        ])
        usleep(UInt32.random(in: 0..<60_000, using: &random))
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
      }
      let pair: [Writer]
      switch race % 4 {
      case 0, 1:
        pair = try ["a", "b"].map { side in
          Writer(
            arguments: ["participants", "import", try importFile(convene, race: race, side: side)],
            claims: ("participants.csv", (1...3).map { "race\(race)-\(side)\($0)@example.org" }))
        }
      case 2:
        let id = String(format: "p%03d", 3 + race % 50)
        pair = [
          Writer(
            arguments: ["participants", "import", try importFile(convene, race: race, side: "a")],
            claims: ("participants.csv", (1...3).map { "race\(race)-a\($0)@example.org" })),
          Writer(
            arguments: ["participants", "confirm", id, "--over-capacity"],
            claims: ("participants.csv", [])),
        ]
      default:
        pair = try ["a", "b"].enumerated().map { offset, side in
          let invitation = invitations[(race / 4 * 2 + offset) % invitations.count]
          let folder = convene.path("replies-\(race)-\(side)")
          try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
          let text = String(decoding: convene.bytes(ws + "/outbox/v1/" + invitation), as: UTF8.self)
          try RSVPCommandTests.reply(from: text, event: 0, answer: "ACCEPTED").write(
            toFile: folder + "/r.ics", atomically: true, encoding: .utf8)
          let participant = String(invitation.prefix { $0 != "-" })
          return Writer(
            arguments: ["rsvp", "collect", folder], claims: ("rsvp.csv", ["\(participant),"]))
        }
      }
      let processes = try pair.map { try convene.start($0.arguments + ["--workspace", ws]) }
      for process in processes { process.waitUntilExit() }
      let statuses = processes.map(\.terminationStatus)
      #expect(statuses.allSatisfy { $0 == 0 || $0 == 3 }, "race \(race): \(statuses)")
      #expect(statuses.contains(0), "race \(race): \(statuses)")
      outcomes[statuses.map(String.init).joined(separator: "/"), default: 0] += 1
      for (writer, status) in zip(pair, statuses) where status == 0 {
        let text = String(decoding: convene.bytes(ws + "/" + writer.claims.file), as: UTF8.self)
        for line in writer.claims.contains {
          #expect(
            text.contains(line),
            "race \(race): \(writer.arguments.joined(separator: " ")) succeeded but \(line) is not in \(writer.claims.file)"
          )
        }
        if writer.arguments[1] == "confirm" {
          let id = writer.arguments[2]
          #expect(
            text.components(separatedBy: "\r\n").first { $0.hasPrefix(id + ",") }?.hasSuffix(
              ",confirmed") == true, "race \(race): \(id)")
        }
      }
      #expect(Self.participants(convene, ws).uniqueIDs, "race \(race): the same id was given twice")
      #expect(convene.lockIsFree(ws))
    }
    // Both orders happen: each writer sometimes finds the other holding the lock.
    #expect(outcomes.keys.contains { $0.contains("3") }, "\(outcomes)")
    #expect(try convene.run("check", "--workspace", ws).status == 0)
  }

  /// A registration export adding three people of its own.
  func importFile(_ convene: ConveneRunner, race: Int, side: String) throws -> String {
    var lines = ["Name,Email,Country,Category"]
    for n in 1...3 {
      lines.append("Race \(race) \(side)\(n),race\(race)-\(side)\(n)@example.org,Kenya,Youth")
    }
    return try convene.write(lines.joined(separator: "\n") + "\n", to: "race-\(race)-\(side).csv")
  }
}
