import ConveneCore
import Testing

@testable import ConveneWorkspace

/// What a release records of each session (`details`) is written and read back as it was, and
/// a file whose details are not texts is refused naming the field.
@Suite struct ScheduleFileDetailsTests {
  let details = SessionDetails(
    kind: "panel", track: "Prévention", language: "ar", interpretation: ["ar>fr", "fr>ar"],
    roomName: "Salle \"A\"", location: "Salle \"A\", CICAD, Route de Rufisque\nDakar")

  func document(details: SessionDetails?) -> ScheduleDocument {
    let start = LocalDateTime("2027-03-09T09:00:00+00:00")!
    let end = LocalDateTime("2027-03-09T10:00:00+00:00")!
    return ScheduleDocument(
      event: "e", timezone: "Africa/Dakar", version: 2, hard: 0, medium: 0, soft: 0,
      sessions: [
        .init(id: "s1", title: "S", start: start, end: end, room: "a", speakers: [], moderators: [], details: details)
      ])
  }

  @Test func detailsAreReadBackAsWritten() {
    let written = ScheduleFile.write(document(details: details))
    #expect(written.contains("\"room_name\": \"Salle \\\"A\\\"\""))
    let read = ScheduleFile.read(Array(written.utf8), file: "releases/v2.json", eventZone: "Africa/Dakar")
    #expect(read.findings.isEmpty)
    #expect(read.document?.sessions.first?.details == details)
    // A schedule without details (schedule.json, an older release) has none.
    let plain = ScheduleFile.write(document(details: nil))
    #expect(!plain.contains("details"))
    #expect(ScheduleFile.read(Array(plain.utf8)).document?.sessions.first?.details == nil)
  }

  @Test func detailsThatAreNotTextsAreRefused() {
    let written = ScheduleFile.write(document(details: details))
    for (damage, field) in [
      ("\"track\": \"Prévention\"", "sessions[0].details.track"),
      ("\"interpretation\": [", "sessions[0].details.interpretation[0]"),
    ] {
      let broken = written.replacingOccurrences(of: damage, with: damage.hasSuffix("[") ? damage + "7, " : "\"track\": 7")
      let read = ScheduleFile.read(Array(broken.utf8), file: "releases/v2.json")
      #expect(read.document == nil, "\(damage)")
      #expect(read.findings.map(\.description).contains { $0.contains(": \(field): must be text") }, "\(read.findings)")
    }
    let notObject = written.replacingOccurrences(of: "\"details\": {", with: "\"details\": 3, \"x\": {")
    let read = ScheduleFile.read(Array(notObject.utf8), file: "releases/v2.json")
    #expect(read.findings.map(\.description).contains { $0.contains("sessions[0].details: must be an object") }, "\(read.findings)")
  }
}
