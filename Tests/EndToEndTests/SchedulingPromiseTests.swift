import Foundation
import Testing

/// The README's scheduling promises, attacked the way an independent tester did: a one-day
/// workshop in UTC, 30 confirmed people all in the cohort `youth`, the room `r1` (50 seats) and
/// the `closet` (5 seats).
@Suite struct SchedulingPromiseTests {
  static let sessionHeader =
    "id,title,kind,duration,speakers,moderators,audience,track,language,interpretation,requires,expected,after,series,part,min_days,exclusive,unavailable,preferred,avoided,day,start,room"

  /// The workspace, with `sessions` as rows of sessions.csv (after its header).
  func workshop(_ convene: ConveneRunner, sessions: [String], rooms: [String] = ["r1,Room 1,venue,50,,", "closet,Closet,venue,5,,"]) throws -> String {
    let ws = convene.path("ws")
    let created = try convene.run("init", ws, "--kind", "workshop", "--start", "2027-05-10", "--timezone", "UTC")
    #expect(created.status == 0, "\(created.error)")
    func write(_ name: String, _ lines: [String]) throws {
      try lines.map { $0 + "\r\n" }.joined().write(toFile: ws + "/" + name, atomically: true, encoding: .utf8)
    }
    try write("rooms.csv", ["id,name,venue,capacity,features,unavailable"] + rooms)
    try write("signups.csv", ["participant,session"])
    try write(
      "participants.csv",
      ["id,name,email,category,title,organisation,city,country,region,gender,age_group,languages,needs,timezone,arrival,departure,unavailable,cohorts,publish_name,status"]
        + (1...30).map { String(format: "p%03d,Person %02d,p%02d@ex.org,youth,,Org,Lyon,FR,,,,en,,,,,,youth,no,confirmed", $0, $0, $0) })
    try write("sessions.csv", [Self.sessionHeader] + sessions)
    return ws
  }

  /// The workspace with a plenary (everyone attends) and a lab for the youth cohort, pinned in
  /// `room` on day 1 at 09:00 and 11:00, or left to the solver.
  func keynoteAndLab(_ convene: ConveneRunner, pinnedIn room: String? = nil) throws -> String {
    let places = room.map { ["day1,09:00,\($0)", "day1,11:00,\($0)"] } ?? [",,", ",,"]
    return try workshop(convene, sessions: [
      "keynote,Keynote,plenary,60,p001,,,,en,,,,,,,,,,,," + places[0],
      "lab,Youth lab,workshop,60,,p002,youth,,en,,,,,,,,,,,," + places[1],
    ])
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
  }

  /// A plenary (everyone attends) and a lab for the youth cohort, both pinned in the closet:
  /// each is 25 seats short, and explain says so.
  @Test func capacityCountsEveryoneAtAPlenaryAndTheAudienceCohort() throws {
    let convene = ConveneRunner()
    let ws = try keynoteAndLab(convene, pinnedIn: "closet")
    let scheduled = try convene.run("schedule", "--iterations", "200", "--workspace", ws)
    #expect(scheduled.status == 0, "\(scheduled.error)")
    #expect(scheduled.output.contains("Score 0hard/0medium/-100soft"), "\(scheduled.output)")
    let explained = try convene.run("explain", "--workspace", ws)
    #expect(explained.status == 0)
    #expect(explained.output.contains("capacity (soft): -100 in 2 places"), "\(explained.output)")
    #expect(explained.output.contains("-50: \"Keynote\" (keynote) expects 30 people but closet seats 5"))
    #expect(explained.output.contains("-50: \"Youth lab\" (lab) expects 30 people but closet seats 5"))
    #expect(!explained.output.contains("Nothing costs anything"))
  }

  /// Unpinned, the same two sessions go to the room that seats them.
  @Test func theSolverPutsAPlenaryAndACohortLabInTheRoomThatSeatsThem() throws {
    let convene = ConveneRunner()
    let ws = try keynoteAndLab(convene)
    let scheduled = try convene.run("schedule", "--iterations", "500", "--workspace", ws)
    #expect(scheduled.status == 0, "\(scheduled.error)")
    let sessions = try json(String(decoding: convene.bytes(ws + "/schedule.json"), as: UTF8.self))["sessions"] as! [[String: Any]]
    #expect(sessions.map { $0["room"] as? String } == ["r1", "r1"])
    #expect(try convene.run("explain", "--workspace", ws).output.contains("Nothing costs anything"))
  }

  /// The time limit ending the first schedule before every session was tried: the part never
  /// replaces a schedule already there; with none there it is written; both exit 1 and say so.
  @Test func aFirstScheduleCutShortNeverReplacesTheOneThere() throws {
    let convene = ConveneRunner()
    let ws = try keynoteAndLab(convene)
    #expect(try convene.run("schedule", "--iterations", "200", "--workspace", ws).status == 0)
    let whole = convene.bytes(ws + "/schedule.json")
    let cut = try convene.run("schedule", "--time-limit", "0.000000001", "--workspace", ws)
    #expect(cut.status == 1)
    #expect(cut.output.contains("Kept schedule.json as it was (the first schedule was cut short): 0 sessions scheduled, 2 left out."), "\(cut.output)")
    #expect(cut.error.contains("the time limit ended the first schedule before 2 sessions were tried; schedule.json was left as it was: give --time-limit more"), "\(cut.error)")
    #expect(convene.bytes(ws + "/schedule.json") == whole)

    try FileManager.default.removeItem(atPath: ws + "/schedule.json")
    let first = try convene.run("schedule", "--time-limit", "0.000000001", "--json", "--workspace", ws)
    #expect(first.status == 1)
    #expect(first.error.contains("schedule.json holds the sessions placed: give --time-limit more"), "\(first.error)")
    let printed = try json(first.output)
    #expect(printed["written"] as? Bool == true && printed["not_tried"] as? Int == 2)
    let written = try json(String(decoding: convene.bytes(ws + "/schedule.json"), as: UTF8.self))
    #expect((written["unscheduled"] as? [[String: Any]])?.count == 2)
  }

  /// Hard constraints take no weight, `unscheduled` takes no 0, and a misspelt name is an
  /// error: check names file, line and field; schedule and publish refuse and write nothing.
  @Test func hardConstraintsCannotBeWeighedAway() throws {
    let convene = ConveneRunner()
    let ws = try workshop(convene, sessions: ["a,A,workshop,60,p001,,,,en,,,,,,,,,,,,,,", "b,B,workshop,60,p001,,,,en,,,,,,,,,,,,,,"])
    #expect(try convene.run("schedule", "--iterations", "200", "--workspace", ws).status == 0)
    let before = convene.bytes(ws + "/schedule.json")
    try convene.replace(
      ws, file: "event.json", "\"weights\": {}",
      with: "\"weights\": {\n      \"room-overlap\": 0,\n      \"person-overlap\": 0,\n      \"unscheduled\": 0,\n      \"atendee-conflict\": 5\n    }")
    let lines = try String(contentsOfFile: ws + "/event.json", encoding: .utf8).components(separatedBy: "\n")
    func line(_ key: String) -> Int { (lines.firstIndex { $0.contains("\"\(key)\": ") } ?? -1) + 1 }
    let checked = try convene.run("check", "--workspace", ws)
    #expect(checked.status == 1)
    #expect(checked.output.contains("error: event.json:\(line("room-overlap")): scheduling.weights.room-overlap: \"room-overlap\" is a hard constraint: it is always kept and takes no weight"), "\(checked.output)")
    #expect(checked.output.contains("error: event.json:\(line("person-overlap")): scheduling.weights.person-overlap: \"person-overlap\" is a hard constraint"))
    #expect(checked.output.contains("error: event.json:\(line("unscheduled")): scheduling.weights.unscheduled: \"unscheduled\" must weigh at least 1"))
    #expect(checked.output.contains("error: event.json:\(line("atendee-conflict")): scheduling.weights.atendee-conflict: \"atendee-conflict\" is not a constraint"))
    for command in ["schedule", "explain", "publish"] {
      let refused = try convene.run(command, "--workspace", ws)
      #expect(refused.status == 1, "\(command)")
      #expect(refused.error.contains("scheduling.weights.person-overlap: \"person-overlap\" is a hard constraint"), "\(command): \(refused.error)")
    }
    #expect(convene.bytes(ws + "/schedule.json") == before)
    #expect(!FileManager.default.fileExists(atPath: ws + "/releases"))
  }

  /// A hand-edited end that disagrees with the session's duration, and a session listed twice,
  /// are errors naming schedule.json and the field in check, explain and publish.
  @Test func aHandEditedEndOrARepeatedSessionIsRefused() throws {
    let convene = ConveneRunner()
    let ws = try workshop(convene, sessions: [
      "opening,Opening,plenary,30,p001,,,,en,,,,,,,,,,,,day1,09:00,r1",
      "talk,Talk,workshop,60,p002,,,,en,,,,,,,,,,,,day1,11:00,r1",
    ])
    #expect(try convene.run("schedule", "--iterations", "200", "--workspace", ws).status == 0)
    #expect(try convene.run("check", "--workspace", ws).status == 0)
    try convene.replace(ws, file: "schedule.json", "\"end\": \"2027-05-10T09:30:00+00:00\"", with: "\"end\": \"2027-05-10T23:30:00+00:00\"")
    let edited = convene.bytes(ws + "/schedule.json")
    let message = "error: schedule.json: sessions[0].end: the session \"opening\" ends 2027-05-10 23:30, but it lasts 30 minutes (sessions.csv): from 2027-05-10 09:00 it ends 2027-05-10 09:30"
    let checked = try convene.run("check", "--workspace", ws)
    #expect(checked.status == 1)
    #expect(checked.output.contains(message), "\(checked.output)")
    for command in ["explain", "publish"] {
      let refused = try convene.run(command, "--workspace", ws)
      #expect(refused.status == 1, "\(command)")
      #expect(refused.error.contains(message), "\(command): \(refused.error)")
    }
    #expect(!FileManager.default.fileExists(atPath: ws + "/releases"))
    #expect(convene.bytes(ws + "/schedule.json") == edited)

    // The same session twice.
    try convene.replace(ws, file: "schedule.json", "\"end\": \"2027-05-10T23:30:00+00:00\"", with: "\"end\": \"2027-05-10T09:30:00+00:00\"")
    try convene.replace(ws, file: "schedule.json", "\"id\": \"talk\"", with: "\"id\": \"opening\"")
    let twice = try convene.run("check", "--workspace", ws)
    #expect(twice.status == 1)
    #expect(twice.output.contains(": sessions[1].id: the session \"opening\" is listed twice (sessions[0] and sessions[1])"), "\(twice.output)")
    #expect(try convene.run("publish", "--workspace", ws).status == 1)
    #expect(!FileManager.default.fileExists(atPath: ws + "/releases"))
  }

  /// A hand-edited schedule.json that places a session on a day the event does not have, or
  /// names a speaker who is no participant, is refused by check; one whose placements break a
  /// hard constraint is warned of (publish refuses it).
  @Test func aHandEditedDayOrSpeakerIsRefusedAndABrokenConstraintWarned() throws {
    let convene = ConveneRunner()
    let ws = try workshop(convene, sessions: [
      "opening,Opening,plenary,30,p001,,,,en,,,,,,,,,,,,day1,09:00,r1",
      "talk,Talk,workshop,60,p002,,,,en,,,,,,,,,,,,day1,11:00,r1",
    ])
    #expect(try convene.run("schedule", "--iterations", "200", "--workspace", ws).status == 0)
    let scheduled = convene.bytes(ws + "/schedule.json")
    try convene.replace(ws, file: "schedule.json", "\"start\": \"2027-05-10T11:00:00+00:00\"", with: "\"start\": \"2027-05-13T11:00:00+00:00\"")
    try convene.replace(ws, file: "schedule.json", "\"end\": \"2027-05-10T12:00:00+00:00\"", with: "\"end\": \"2027-05-13T12:00:00+00:00\"")
    try convene.replace(ws, file: "schedule.json", "\"p002\"", with: "\"p999\"")
    let checked = try convene.run("check", "--workspace", ws)
    #expect(checked.status == 1)
    #expect(
      checked.output.contains(
        "error: schedule.json: sessions[1].start: the session \"talk\" starts on 2027-05-13, not a day of the event "
          + "(2027-05-10 to 2027-05-10)"), "\(checked.output)")
    #expect(
      checked.output.contains(
        "error: schedule.json: sessions[1].speakers[0]: \"p999\" is not a participant (participants.csv has no such id)"),
      "\(checked.output)")

    try scheduled.write(to: URL(fileURLWithPath: ws + "/schedule.json"))
    try convene.replace(ws, file: "schedule.json", "\"start\": \"2027-05-10T11:00:00+00:00\"", with: "\"start\": \"2027-05-10T09:00:00+00:00\"")
    try convene.replace(ws, file: "schedule.json", "\"end\": \"2027-05-10T12:00:00+00:00\"", with: "\"end\": \"2027-05-10T10:00:00+00:00\"")
    let overlapping = try convene.run("check", "--workspace", ws)
    #expect(overlapping.status == 0, "\(overlapping.output)")
    #expect(
      overlapping.output.contains("warning: schedule.json: the placements break the hard constraint room-overlap 1 time"),
      "\(overlapping.output)")
    #expect(try convene.run("publish", "--workspace", ws).status == 1)

    // A speaker written into the file by hand: the agenda would print them, the constraints
    // were counted without them.
    try scheduled.write(to: URL(fileURLWithPath: ws + "/schedule.json"))
    try convene.replace(ws, file: "schedule.json", "\"p002\"", with: "\"p001\"")
    let changed = try convene.run("check", "--workspace", ws)
    #expect(changed.status == 0, "\(changed.output)")
    #expect(
      changed.output.contains(
        "warning: schedule.json: sessions[1].speakers: the session \"talk\" lists speakers p001 here but p002 in "
          + "sessions.csv: the agenda prints these, the constraints were counted with those"), "\(changed.output)")
  }

  /// One room, the default day with its breaks, twelve sessions of 60 and 45 minutes: the
  /// blocks between breaks (90, 90, 120 and 60 minutes) hold four 45s and three 60s, and
  /// nothing better exists (every minute is used).
  @Test(arguments: [1, 2, 3]) func aTightDayIsPackedFully(seed: Int) throws {
    let convene = ConveneRunner()
    let ws = try workshop(
      convene, sessions: (0..<12).map { "t\($0),Talk \($0),workshop,\($0 % 2 == 0 ? 60 : 45),,,,,en,,,,,,,,,,,,,," },
      rooms: ["r1,Room 1,venue,50,,"])
    let scheduled = try convene.run("schedule", "--iterations", "6000", "--seed", "\(seed)", "--workspace", ws)
    #expect(scheduled.status == 0, "\(scheduled.error)")
    #expect(scheduled.output.contains("7 sessions scheduled, 5 left out"), "\(scheduled.output)")
    #expect(scheduled.output.contains("Score 0hard/-1800medium/"), "\(scheduled.output)")
  }

  /// A published session that nobody attends moves without anyone to tell; one attended by a
  /// single speaker says "1 person".
  @Test func aPublishedMoveCountsWhomInviteTells() throws {
    let convene = ConveneRunner()
    let ws = try workshop(convene, sessions: [
      "empty,Empty,workshop,60,,,,,en,,,,,,,,,,,,day1,09:00,r1",
      "solo,Solo,workshop,60,p001,,,,en,,,,,,,,,,,,day1,11:00,r1",
    ])
    #expect(try convene.run("schedule", "--iterations", "200", "--workspace", ws).status == 0)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    try convene.setCell(ws, file: "sessions.csv", id: "empty", "start", "14:00")
    try convene.setCell(ws, file: "sessions.csv", id: "solo", "start", "16:00")
    #expect(try convene.run("schedule", "--iterations", "200", "--workspace", ws).status == 0)
    let explained = try convene.run("explain", "--workspace", ws)
    #expect(explained.output.contains("published-move (medium): -1 in 1 place"), "\(explained.output)")
    #expect(explained.output.contains("\"Solo\" (solo), published for 2027-05-10 11:00, moves to 2027-05-10 16:00: 1 person must be told"))
    #expect(!explained.output.contains("(empty), published"))
  }

  @Test func aNegativeTimeLimitNamesTheRange() throws {
    let convene = ConveneRunner()
    let ws = try workshop(convene, sessions: ["a,A,workshop,60,,,,,en,,,,,,,,,,,,,,"])
    let result = try convene.run("schedule", "--time-limit", "-1", "--workspace", ws)
    #expect(result.status == 2)
    #expect(result.error.contains("--time-limit must be more than 0 seconds"), "\(result.error)")
  }
}
