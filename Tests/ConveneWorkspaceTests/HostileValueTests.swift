import ConveneCore
import Foundation
import Testing

@testable import ConveneWorkspace

/// Every reader refuses ids outside the id rule and numbers outside their range, naming file,
/// line and field, so that no command goes on with them.
@Suite struct HostileValueTests {
  /// Hostile ids as they can be written in a CSV cell.
  static let hostileIDs = [
    "\"p001\r\nBcc: victim@example.org\"", "../../../tmp/x", "/etc/passwd", "two words", "<b>p001</b>",
    String(repeating: "p", count: 1000), "p\u{0}01", ".hidden",
  ]

  static func described(_ findings: [Finding]) -> [String] { findings.map(\.description) }

  @Test(arguments: hostileIDs)
  func participantsWithHostileIdsAreRefused(id: String) {
    let text = Fixtures.participantsHeader + "\n" + "\(id),Aïcha Koné,aicha@example.org,,,,,,,,,,,,,,,,,\n"
    let contents = ParticipantsFile.read(Array(text.utf8))
    #expect(contents.participants.isEmpty)
    #expect(contents.findings.contains { $0.severity == .error && $0.line == 2 && $0.field == "id" && $0.message.contains("is not a valid id") })
  }

  /// A name, title, organisation or city is one line on every page, badge and e-mail: a line
  /// break in it (CR, LF, U+2028) is an error naming the field, as for any control character.
  @Test(arguments: ["\"Eve\r\nBcc: victim@example.org\"", "\"Eve\nMallory\"", "Eve\u{2028}Mallory"])
  func lineBreaksInOneLineParticipantFieldsAreErrors(value: String) {
    for column in 1...4 {
      var cells = ["p001", "Aïcha Koné", "aicha@example.org", "", "", "", ""] + Array(repeating: "", count: 13)
      cells[[1, 4, 5, 6][column - 1]] = value
      let text = Fixtures.participantsHeader + "\n" + cells.joined(separator: ",") + "\n"
      let contents = ParticipantsFile.read(Array(text.utf8))
      let field = ["name", "title", "organisation", "city"][column - 1]
      #expect(
        contents.findings.contains {
          $0.severity == .error && $0.line == 2 && $0.field == field && $0.message.contains("holds a line break")
        }, "\(field): \(Self.described(contents.findings))")
    }
  }

  /// The findings about ids, without those about control characters (`UnsafeCharacter`).
  static func idFindings(_ findings: [Finding]) -> [Finding] { findings.filter { !$0.message.hasPrefix("holds U+") } }

  @Test(arguments: hostileIDs)
  func everyCSVReaderRefusesHostileIds(id: String) {
    let sessions = SessionsFile.read(Array("id,title,duration,speakers,room\n\(id),T,60,,\nok,T,60,\(id),\(id)\n".utf8))
    #expect(sessions.sessions.map(\.id) == ["ok"])
    #expect(sessions.sessions.first?.speakers == [])
    #expect(sessions.sessions.first?.room == "")
    #expect(Set(Self.idFindings(sessions.findings).filter { $0.severity == .error }.compactMap(\.field)) == ["id", "speakers", "room"])
    let rooms = RoomsFile.read(Array("id,name,venue,capacity\n\(id),R,,10\nr2,R,\(id),10\n".utf8))
    #expect(rooms.rooms.map(\.id) == ["r2"])
    #expect(Self.idFindings(rooms.findings).filter { $0.severity == .error }.compactMap(\.field) == ["id", "venue"])
    let signups = SignupsFile.read(Array("participant,session\n\(id),s1\np1,\(id)\n".utf8))
    #expect(signups.signups.isEmpty)
    // A quoted id with a line break spans two lines: the next row starts one line later.
    #expect(Self.idFindings(signups.findings).map(\.line) == [2, id.contains("\n") ? 4 : 3])
    let attendance = AttendanceFile.read(Array("participant,session,status\n\(id),s1,present\n".utf8))
    #expect(attendance.records.isEmpty)
    #expect(Self.idFindings(attendance.findings).first?.field == "participant")
    let feedback = FeedbackFile.read(Array("response,participant,submitted_at\nr1,\(id),\n".utf8))
    #expect(feedback.responses.isEmpty)
    #expect(feedback.findings.first.map { ($0.line, $0.field) } ?? (0, nil) == (2, "participant"))
    // A control character is also reported as such, in every file.
    if id.contains("\u{0}") {
      for findings in [sessions.findings, rooms.findings, signups.findings, attendance.findings, feedback.findings] {
        #expect(findings.contains { $0.severity == .error && $0.message.hasPrefix("holds U+0000 (NUL)") })
      }
    }
  }

  @Test func eventQuestionAndIndicatorIdsFollowTheRule() {
    let event = Fixtures.event.replacingOccurrences(of: "\"test-2027\"", with: "\"../../x\"")
      .replacingOccurrences(of: "\"capacity\": 3,", with: """
        "capacity": 3, "venues": [ { "id": "a b", "name": "V" } ],
        "evaluation": { "questions": [ { "id": "q\\r\\nx", "kind": "text", "text": "Q" } ],
                        "indicators": [ { "id": "<i>", "measure": "registered" } ] },
        """)
    let contents = EventFile.read(Array(event.utf8))
    #expect(contents.event == nil)
    let fields = contents.findings.filter { $0.message.contains("is not a valid id") }.compactMap(\.field)
    #expect(fields == ["id", "venues[0].id", "evaluation.questions[0].id", "evaluation.indicators[0].id"])
    #expect(contents.findings.allSatisfy { $0.line != nil })
  }

  @Test func scheduleFilesWithHostileIdsOrTimesAreRefused() {
    let text = """
      { "event": "e", "version": 1, "sessions": [
        { "id": "../../x", "start": "2027-03-09T09:00:00+03:00", "end": "2027-03-09T10:00:00+03:00", "room": "r" },
        { "id": "s2", "start": "2027-03-09T09:00:00+03:00", "end": "2027-03-09T10:00:00+03:00", "room": "r\\nBcc: x" },
        { "id": "s3", "start": "99999999999999-03-09T09:00:00+03:00", "end": "2027-03-09T10:00:00+03:00", "room": "r" },
        { "id": "s4", "start": "2027-03-09T09:00:00+03:00", "end": "2027-03-19T10:00:00+03:00", "room": "r" }
      ] }
      """
    let (document, findings) = ScheduleFile.read(Array(text.utf8))
    #expect(document == nil)
    #expect(findings.map(\.line) == [2, 3, 4, 5])
    let version = ScheduleFile.read(Array("{ \"version\": 9223372036854775807, \"sessions\": [] }".utf8))
    #expect(version.document == nil)
    #expect(version.findings.map(\.field) == ["version"])
    let twice = """
      { "event": "e", "version": 2, "sessions": [
        { "id": "s1", "start": "2027-03-09T09:00:00+03:00", "end": "2027-03-09T10:00:00+03:00", "room": "r" },
        { "id": "s1", "start": "2027-03-09T11:00:00+03:00", "end": "2027-03-09T12:00:00+03:00", "room": "r" },
        { "id": "s2", "start": "2027-03-09T11:00:00+03:00", "end": "2027-03-09T12:00:00+03:00", "room": "r" }
      ], "unscheduled": [
        { "id": "s2", "reasons": [] },
        { "id": "s1", "reasons": [] }
      ] }
      """
    let repeated = ScheduleFile.read(Array(twice.utf8), file: "releases/v2.json")
    #expect(repeated.document == nil)
    #expect(
      repeated.findings.map(\.description) == [
        "error: releases/v2.json:3: sessions[1].id: the session \"s1\" is listed twice (sessions[0] and sessions[1]) (hint: keep one entry per session)",
        "error: releases/v2.json:6: unscheduled[0].id: the session \"s2\" is listed twice (sessions[2] and unscheduled[0]) (hint: keep one entry per session)",
        "error: releases/v2.json:7: unscheduled[1].id: the session \"s1\" is listed twice (sessions[0] and unscheduled[1]) (hint: keep one entry per session)",
      ])
    let zone = ScheduleFile.read(Array("{ \"timezone\": \"Mars/Olympus\",\n  \"sessions\": [] }".utf8))
    #expect(zone.document == nil)
    #expect(
      zone.findings.map(\.description) == [
        "error: schedule.json:1: timezone: unknown time zone \"Mars/Olympus\" (hint: the event's zone, as event.json names it)"
      ])
  }

  @Test func numbersOutsideTheirRangeAreErrorsWhereTheyAreRead() {
    let sessions = SessionsFile.read(Array("""
      id,title,duration,expected,part,min_days
      s1,T,9223372036854775807,9223372036854775807,99999999999999999999,0
      s2,T,1441,1000001,1001,367
      s3,T,1440,1000000,1000,366

      """.utf8))
    let errors = sessions.findings.filter { $0.severity == .error }.map { "\($0.line!):\($0.field!)" }
    #expect(errors == ["2:duration", "2:expected", "2:part", "2:min_days", "3:duration", "3:expected", "3:part", "3:min_days"])
    #expect(sessions.sessions.last?.duration == 1440)
    let rooms = RoomsFile.read(Array("id,capacity\nr1,9223372036854775807\nr2,1000000\n".utf8))
    #expect(rooms.findings.map(\.line) == [2])
  }

  @Test func eventNumbersOutsideTheirRangeAreErrors() {
    let event = Fixtures.event
      .replacingOccurrences(of: "\"capacity\": 3,", with: """
        "capacity": 9223372036854775807, "grid_minutes": 100000,
        "scheduling": { "weights": { "capacity": 1e15 }, "min_pause_minutes": -1,
                        "interpretation_teams": { "en>fr": 99999 } },
        "evaluation": { "questions": [ { "id": "q", "kind": "scale", "min": 0, "max": 9223372036854775807, "text": "Q" } ],
                        "indicators": [ { "id": "i", "measure": "mean", "question": "q", "target": 1e300 } ] },
        """)
    let fields = EventFile.read(Array(event.utf8)).findings.filter { $0.severity == .error }.compactMap(\.field)
    #expect(Set(fields) == [
      "capacity", "grid_minutes", "scheduling.weights.capacity", "scheduling.min_pause_minutes",
      "scheduling.interpretation_teams.en>fr", "evaluation.questions[0].max", "evaluation.indicators[0].target",
    ])
  }

  @Test func eventAndScheduleFilesThatAreNotUTF8AreErrorsNotReplacementCharacters() throws {
    let event = Array(Fixtures.event.utf8)
    let title = try #require(event.firstRange(of: Array("\"title\": \"".utf8)))
    var damaged = event
    damaged.insert(contentsOf: [0xFF, 0xFE], at: title.upperBound)
    let line = damaged[..<title.upperBound].filter { $0 == UInt8(ascii: "\n") }.count + 1
    let findings = EventFile.read(damaged).findings
    #expect(findings.map(\.severity) == [.error])
    #expect(findings.first?.line == line)
    #expect(findings.first?.message.contains("byte 0xFF is not UTF-8") == true)
    let schedule = ScheduleFile.read(Array("{\"event\": \"x\u{00}\"}".utf8).map { $0 == 0 ? 0xE9 : $0 })
    #expect(schedule.document == nil)
    #expect(schedule.findings.first?.message.contains("byte 0xE9 is not UTF-8") == true)
  }

  @Test func eventDaysSpanAtMostAYear() {
    let event = Fixtures.event.replacingOccurrences(
      of: "\"days\": [", with: "\"days\": [ { \"date\": \"2200-03-09\", \"start\": \"09:00\", \"end\": \"17:00\" },")
    let findings = EventFile.read(Array(event.utf8)).findings
    #expect(findings.map(\.description).contains { $0.hasPrefix("error: event.json:8: days: the days span more than 366 days") })
  }

  @Test func aGridTooFineForTheEventsDaysIsAnError() {
    let days = (0..<30).map { "{ \"date\": \"\(LocalDate("2027-03-01")!.adding(days: $0))\", \"start\": \"09:00\", \"end\": \"17:00\" }" }
    let event = Fixtures.event
      .replacingOccurrences(of: "\"capacity\": 3,", with: "\"capacity\": 3, \"grid_minutes\": 1, \"days\": [\(days.joined(separator: ","))],")
      .replacingOccurrences(of: "\"days\": [\n", with: "\"old_days\": [\n")
    let findings = EventFile.read(Array(event.utf8)).findings.filter { $0.severity == .error }
    #expect(findings.map(\.field) == ["grid_minutes"])
    #expect(findings.first?.message.contains("more than 40,000 steps") == true)
    let coarse = event.replacingOccurrences(of: "\"grid_minutes\": 1,", with: "\"grid_minutes\": 15,")
    #expect(EventFile.read(Array(coarse.utf8)).findings.filter { $0.severity == .error }.isEmpty)
  }
}
