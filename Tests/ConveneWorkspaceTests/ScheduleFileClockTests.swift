import ConveneCore
import Foundation
import Testing

@testable import ConveneWorkspace

/// A schedule's times are the event's clock: an offset that is not the zone's, a time the clocks
/// skip, or one they show twice without an offset, is refused, since the agenda would print the
/// written hour while the constraints count the moment.
@Suite struct ScheduleFileClockTests {
  func read(_ zone: String, _ start: String, _ end: String) -> (document: ScheduleDocument?, findings: [String]) {
    let text = """
      { "event": "e", "timezone": "\(zone)", "version": 1, "sessions": [
        { "id": "s1", "start": "\(start)", "end": "\(end)", "room": "r" }
      ] }
      """
    let (document, findings) = ScheduleFile.read(Array(text.utf8))
    return (document, findings.map(\.description))
  }

  @Test func anOffsetThatIsNotTheZonesIsRefusedNamingBothReadings() {
    let (document, findings) = read("Asia/Amman", "2027-11-16T06:30:00+01:00", "2027-11-16T07:30:00+01:00")
    #expect(document == nil)
    #expect(
      findings == [
        "error: schedule.json:2: sessions[0].start: 2027-11-16T06:30:00+01:00 is not a clock time of Asia/Amman, which is at +03:00 then: that moment is 2027-11-16 08:30 there (hint: write 2027-11-16T06:30:00+03:00 for 06:30 on the event's clock, or 2027-11-16T08:30:00+03:00 for the moment written)"
      ])
  }

  @Test func aTimeWithoutOffsetIsTheEventsClockAndGetsTheZonesOffset() throws {
    let (document, findings) = read("Africa/Dakar", "2027-03-09T09:00:00", "2027-03-09T10:00")
    #expect(findings.isEmpty)
    let entry = try #require(document?.sessions.first)
    #expect(ScheduleFile.isoString(entry.start) == "2027-03-09T09:00:00+00:00")
    #expect(ScheduleFile.isoString(entry.end) == "2027-03-09T10:00:00+00:00")
    let amman = read("Asia/Amman", "2027-11-16T08:30:00", "2027-11-16T09:30:00")
    #expect(amman.document.map { ScheduleFile.isoString($0.sessions[0].start) } == "2027-11-16T08:30:00+03:00")
  }

  @Test func aTimeTheClocksSkipIsRefused() {
    let (document, findings) = read("Europe/Paris", "2027-03-28T02:30:00", "2027-03-28T03:30:00+02:00")
    #expect(document == nil)
    #expect(
      findings == [
        "error: schedule.json:2: sessions[0].start: 2027-03-28T02:30:00 does not happen in Europe/Paris: the clocks skip it (hint: move the session to a time the clocks show)"
      ])
  }

  @Test func aTimeTheClocksShowTwiceNeedsItsOffset() throws {
    let (document, findings) = read("Europe/Paris", "2027-10-31T02:30:00", "2027-10-31T03:30:00")
    #expect(document == nil)
    #expect(
      findings == [
        "error: schedule.json:2: sessions[0].start: 2027-10-31T02:30:00 happens twice in Europe/Paris (the clocks go back): no offset says which (hint: write the offset: 2027-10-31T02:30:00+02:00 or 2027-10-31T02:30:00+01:00)"
      ])
    let second = read("Europe/Paris", "2027-10-31T02:30:00+01:00", "2027-10-31T03:30:00+01:00")
    #expect(second.findings.isEmpty)
    let entry = try #require(second.document?.sessions.first)
    #expect(ScheduleFile.isoString(entry.start) == "2027-10-31T02:30:00+01:00")
  }

  @Test func aScheduleInAnotherZoneThanTheEventsIsRefusedOnce() {
    let text = """
      { "event": "e", "timezone": "Europe/Paris", "version": 1, "sessions": [
        { "id": "s1", "start": "2027-03-09T09:00:00+01:00", "end": "2027-03-09T10:00:00+01:00", "room": "r" },
        { "id": "s2", "start": "2027-03-09T10:00:00+01:00", "end": "2027-03-09T11:00:00+01:00", "room": "r" }
      ] }
      """
    let (document, findings) = ScheduleFile.read(Array(text.utf8), file: "releases/v1.json", eventZone: "Africa/Dakar")
    #expect(document == nil)
    #expect(
      findings.map(\.description) == [
        "error: releases/v1.json:1: timezone: the schedule is in Europe/Paris, but the event is in Africa/Dakar (event.json): its times would be read on another clock (hint: a published event keeps its zone: put event.json back to Europe/Paris, or plan the event in Africa/Dakar in a new workspace (`convene init`))"
      ])
    // The draft's hint no longer sends to `schedule` alone, which the releases would stop.
    let draft = ScheduleFile.read(Array(text.utf8), file: ScheduleFile.name, eventZone: "Africa/Dakar")
    #expect(
      draft.findings.map(\.hint) == [
        "run `convene schedule` again, unless releases were published in Europe/Paris: a published event keeps its zone"
      ])
    let sameClock = ScheduleFile.read(
      Array(text.replacingOccurrences(of: "Europe/Paris", with: "Europe/Berlin").utf8), file: "releases/v1.json",
      eventZone: "Europe/Paris")
    #expect(sameClock.findings.isEmpty)
    #expect(sameClock.document?.sessions.count == 2)
    let unnamed = text.replacingOccurrences(of: "\"timezone\": \"Europe/Paris\", ", with: "")
    let read = ScheduleFile.read(Array(unnamed.utf8), eventZone: "Africa/Dakar")
    #expect(read.document == nil)
    #expect(read.findings.count == 2)
    #expect(read.findings.allSatisfy { $0.description.contains("is not a clock time of Africa/Dakar") })
  }

  @Test func aSixtiethSecondIsNotATime() {
    let (document, findings) = read("Africa/Dakar", "2027-03-09T09:00:60+00:00", "2027-03-09T10:00:00+00:00")
    #expect(document == nil)
    #expect(findings.count == 1)
    #expect(LocalDateTime("2027-03-09T09:00:59") != nil)
  }

  @Test func aSessionAcrossTheHourShownTwiceIsRefused() {
    let (document, findings) = read("Europe/Paris", "2027-10-31T01:00:00+02:00", "2027-10-31T02:00:00+01:00")
    #expect(document == nil)
    #expect(
      findings == [
        "error: schedule.json:2: sessions[0]: 2027-10-31T01:00:00+02:00 to 2027-10-31T02:00:00+01:00 runs across the change of the clocks in Europe/Paris: 120 minutes, not the 60 its clock times say (hint: move the session clear of the change, or run `convene schedule` again)"
      ])
    // The first 02:00 of the night: an hour, as written.
    #expect(read("Europe/Paris", "2027-10-31T01:00:00+02:00", "2027-10-31T02:00:00+02:00").findings.isEmpty)
  }

  @Test func theOffsetsOfAClockTimeAreOneNoneOrTwo() throws {
    let paris = try #require(TimeZone(identifier: "Europe/Paris"))
    func offsets(_ text: String) -> [Int] {
      TimeZoneNames.offsetsMinutes(ofWallClockMinute: LocalDateTime(text)!.minutesSinceEpoch, in: paris)
    }
    #expect(offsets("2027-07-01 12:00") == [120])
    #expect(offsets("2027-03-28 02:30") == [])
    #expect(offsets("2027-10-31 02:30") == [120, 60])
    #expect(offsets("2027-10-31 03:00") == [60])
  }
}
