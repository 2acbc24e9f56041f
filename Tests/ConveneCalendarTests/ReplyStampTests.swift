import ConveneCore
import Testing

@testable import ConveneCalendar

/// A reply's DTSTAMP and SEQUENCE decide which answer is the latest: one that is no date and
/// time, or no bounded number, is a rejected reply, never a stamp of -1 or 0.
extension ReplyCollectorTests {
  func collected(_ text: String) -> (answers: [ReplyCollector.Answer], rejected: [ReplyCollector.Rejection]) {
    let ledger = Self.p003InvitedToThePanel
    let (answers, rejected, _) = ReplyCollector(plan: PlanFixture.plan, ledger: ledger).collect([("r.ics", text)], into: [])
    return (answers, rejected)
  }

  func replacing(_ name: String, with line: String) throws -> String {
    let text = try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .accepted, stamp: 1_800_000_000)
    var result: [String] = []
    var replacing = false
    for old in text.components(separatedBy: "\r\n") {
      if replacing && (old.hasPrefix(" ") || old.hasPrefix("\t")) { continue }
      replacing = old.hasPrefix(name + ":") || old.hasPrefix(name + ";")
      result.append(replacing ? line : old)
    }
    #expect(result.contains(line))
    return result.joined(separator: "\r\n")
  }

  @Test(arguments: [
    ("DTSTAMP:99999999T999999Z", #"DTSTAMP "99999999T999999Z" is not a date and time"#),
    ("DTSTAMP:2027", #"DTSTAMP "2027" is not a date and time"#),
    ("DTSTAMP:18000101T000000Z", #"DTSTAMP "18000101T000000Z" is not a date and time"#),
    ("DTSTAMP:20270230T100000Z", #"DTSTAMP "20270230T100000Z" is not"#),
    ("SEQUENCE:99999999999999999999", #"SEQUENCE "99999999999999999999" is not a whole number from 0 to 999999999"#),
    ("SEQUENCE:-1", #"SEQUENCE "-1" is not a whole number"#),
  ])
  func aStampOrSequenceThatIsNoValueRejectsTheReply(line: String, reason: String) throws {
    let name = String(line.prefix { $0 != ":" })
    let (answers, rejected) = collected(try replacing(name, with: line))
    #expect(answers.isEmpty)
    #expect(rejected.count == 1 && rejected[0].reason.contains(reason), "\(rejected)")
  }

  @Test func aGoodStampIsTakenAndAFoldedOneRead() throws {
    #expect(collected(try replacing("DTSTAMP", with: "DTSTAMP:20270301T101500Z")).answers.map(\.stamp) == [1_803_896_100])
    #expect(collected(try replacing("DTSTAMP", with: "DTSTAMP:2027030\r\n 1T101500Z")).answers.map(\.stamp) == [1_803_896_100])
  }

  /// A reply stamped in 2199 would outrank every real answer after it: one stamped more than
  /// an hour after the collection is refused, and the real answer stands.
  @Test func aReplyStampedLaterThanNowIsRefused() throws {
    let ledger = Self.p003InvitedToThePanel
    let now = 1_803_896_100  // 2027-03-01 10:15 UTC
    let forged = try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .declined, stamp: 7_258_118_399)
    let real = try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .accepted, stamp: now - 60)
    let skewed = try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .tentative, stamp: now + 3_600)
    let collector = ReplyCollector(plan: PlanFixture.plan, ledger: ledger, now: now)
    let (answers, rejected, _) = collector.collect([("a-forged.ics", forged), ("b-real.ics", real)], into: [])
    #expect(answers.map(\.answer) == [.accepted])
    #expect(
      rejected.map(\.reason) == [
        "panel@nbo.convene: the reply is stamped 2199-12-31 23:59 UTC (DTSTAMP), later than now (2027-03-01 10:15 UTC): a calendar whose clock is wrong; ask p003 to answer again"
      ])
    // A clock an hour fast is a clock.
    #expect(collector.collect([("c.ics", skewed)], into: []).answers.map(\.answer) == [.tentative])
  }

  /// Two replies to the same version stamped the same moment with different answers: which
  /// came last cannot be told, so neither is taken and the answer collected earlier stands;
  /// the same answer twice is simply that answer, and a later reply settles a tie.
  @Test func repliesStampedTheSameMomentWithDifferentAnswersAreRefused() throws {
    let ledger = Self.p003InvitedToThePanel
    let collector = ReplyCollector(plan: PlanFixture.plan, ledger: ledger)
    func answer(_ answer: CalendarAttendee.Answer, at stamp: Int) throws -> String {
      try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: answer, stamp: stamp)
    }
    let earlier = ReplyCollector.Answer(
      participant: "p003", session: "panel", answer: .tentative, file: "rsvp.csv", stamp: 1_799_000_000)
    let (answers, rejected, _) = collector.collect(
      [("a.ics", try answer(.accepted, at: 1_800_000_000)), ("b.ics", try answer(.declined, at: 1_800_000_000))],
      into: [earlier])
    #expect(answers == [earlier])
    #expect(rejected.map(\.file) == ["a.ics", "b.ics"])
    #expect(
      rejected.first?.reason
        == "panel: p003 answered accepted here and declined in b.ics, stamped the same moment (2027-01-15 08:00 UTC, DTSTAMP) "
        + "for the same version of the session: which came last cannot be told; ask p003 to answer again")
    let same = collector.collect(
      [("a.ics", try answer(.accepted, at: 1_800_000_000)), ("b.ics", try answer(.accepted, at: 1_800_000_000))], into: [])
    #expect(same.answers.map(\.answer) == [.accepted] && same.rejected.isEmpty)
    let settled = collector.collect(
      [
        ("a.ics", try answer(.accepted, at: 1_800_000_000)), ("b.ics", try answer(.declined, at: 1_800_000_000)),
        ("c.ics", try answer(.tentative, at: 1_800_000_060)),
      ], into: [])
    #expect(settled.answers.map(\.answer) == [.tentative] && settled.rejected.isEmpty)
  }

  @Test func aHugeAttendeeIsQuotedCutShort() throws {
    let address = "mailto:yao@" + String(repeating: "x", count: 200_000) + ".org"
    let text = try replacing("ATTENDEE", with: "ATTENDEE;PARTSTAT=ACCEPTED:" + address)
    let (_, rejected) = collected(text)
    #expect(rejected.count == 1)
    #expect(rejected.first.map { $0.reason.count < 200 && $0.reason.hasSuffix("… is not a participant") } == true, "\(rejected.first?.reason.prefix(300) ?? "")")
  }
}
