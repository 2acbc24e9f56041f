import ConveneCore
import Testing

@testable import ConveneCalendar

/// A calendar with one event whose text fields hold what breaks naive writers.
enum SampleCalendar {
  static let awkward = "Panel, \"what works\"; a\\b\nsecond line 🙂 السلام عليكم — " + String(repeating: "long text ", count: 12) + "end"

  static func document(method: CalendarDocument.Method = .request) -> CalendarDocument {
    CalendarDocument(
      method: method, timezones: [TimeZoneDefinition(identifier: "Africa/Nairobi", years: 2027...2027)!],
      events: [
        CalendarEvent(
          uid: "panel@nairobi-2027.convene", sequence: 2, stamp: 1_800_000_000,
          start: LocalDateTime("2027-03-09 09:00")!, end: LocalDateTime("2027-03-09 10:30")!, timezone: "Africa/Nairobi",
          summary: awkward, location: "Main Hall, Conference Centre, 1 Example Road, Nairobi",
          description: "Speakers: Aïcha Koné\nInterpretation: en>fr", status: .confirmed,
          organizer: CalendarPerson(name: "Network Management Unit", email: "events@example.org"),
          attendees: method == .publish
            ? [] : [CalendarAttendee(person: CalendarPerson(name: "Aïcha Koné", email: "aicha@example.org"), role: .chair)])
      ])
  }
}

@Suite struct CalendarWriterTests {
  @Test func writesAnInvitationWithTheFieldsClientsNeed() throws {
    let text = try CalendarWriter.ics(SampleCalendar.document())
    let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    #expect(lines.first == "BEGIN:VCALENDAR")
    #expect(lines.contains("METHOD:REQUEST"))
    #expect(lines.contains("VERSION:2.0"))
    #expect(lines.contains("TZID:Africa/Nairobi"))
    #expect(lines.contains("DTSTART;TZID=Africa/Nairobi:20270309T090000"))
    #expect(lines.contains("DTEND;TZID=Africa/Nairobi:20270309T103000"))
    #expect(lines.contains("SEQUENCE:2"))
    #expect(lines.contains("STATUS:CONFIRMED"))
    #expect(lines.contains("UID:panel@nairobi-2027.convene"))
    #expect(lines.contains { $0.hasPrefix("DTSTAMP:") && $0.hasSuffix("Z") })
    #expect(lines.contains("ORGANIZER;CN=Network Management Unit:mailto:events@example.org"))
    #expect(lines.contains { $0.hasPrefix("ATTENDEE;") && $0.contains("ROLE=CHAIR") && $0.contains("PARTSTAT=NEEDS-ACTION") && $0.contains("RSVP=TRUE") && $0.hasSuffix(":mailto:aicha@example.org") })
    #expect(!text.contains("/freeassociation.sourceforge.net"))
  }

  @Test func linesAreFoldedAt75Octets() throws {
    let text = try CalendarWriter.ics(SampleCalendar.document())
    for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
  }

  @Test func textFieldsRoundTripThroughLibical() throws {
    let read = try CalendarReader.read(try CalendarWriter.ics(SampleCalendar.document()))
    let event = try #require(read.events.first)
    #expect(read.method == .request)
    #expect(event.summary == SampleCalendar.awkward)
    #expect(event.description == "Speakers: Aïcha Koné\nInterpretation: en>fr")
    #expect(event.location == "Main Hall, Conference Centre, 1 Example Road, Nairobi")
    #expect(event.start == LocalDateTime("2027-03-09 09:00"))
    #expect(event.timezone == "Africa/Nairobi")
    #expect(event.sequence == 2)
    #expect(event.stamp == 1_800_000_000)
    #expect(event.attendees.map(\.person.email) == ["aicha@example.org"])
    #expect(event.attendees.first?.role == .chair)
  }

  /// RFC 6868: in a parameter value `^n` is a line break and `^'` a quote, so a name's own `^`
  /// is written `^^` and reads back as it was.
  @Test func aCaretInANameIsEscapedAsRFC6868Says() throws {
    var document = SampleCalendar.document()
    document.events[0].organizer.name = "Unit: \"Events\"; ^n, x"
    document.events[0].attendees[0].person.name = "Zoë ^n test ^' ^^"
    let text = try CalendarWriter.ics(document)
    let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    #expect(lines.contains("ORGANIZER;CN=\"Unit: ^'Events^'; ^^n, x\":mailto:events@example.org"))
    #expect(lines.contains { $0.hasPrefix("ATTENDEE;CN=Zoë ^^n test ^^' ^^^^;") })
    let read = try #require(try CalendarReader.read(text).events.first)
    #expect(read.organizer.name == "Unit: \"Events\"; ^n, x")
    #expect(read.attendees.first?.person.name == "Zoë ^n test ^' ^^")
  }

  /// A published agenda names no attendee; requests and cancellations name the recipient.
  @Test func libicalsRestrictionCheckAcceptsEveryMethod() throws {
    for method in [CalendarDocument.Method.publish, .request] {
      let problems = try CalendarWriter.restrictionProblems(SampleCalendar.document(method: method))
      #expect(problems == [], "\(problems)")
    }
    var cancel = SampleCalendar.document(method: .cancel)
    cancel.events[0].status = .cancelled
    #expect(try CalendarWriter.restrictionProblems(cancel) == [])
  }

  @Test func unreadableTextIsATypedError() {
    #expect(throws: ICalError.self) { try CalendarReader.read("hello") }
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
