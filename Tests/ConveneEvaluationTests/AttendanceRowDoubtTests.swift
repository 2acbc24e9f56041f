import ConveneCore
import Testing

@testable import ConveneEvaluation

/// Rows of a sign-in file that say two things at once, or something no record can hold, are
/// not recorded: each is listed with why, and the others are recorded as they say.
@Suite struct AttendanceRowDoubtTests {
  let plan = Build.plan(
    people: [
      Build.person("p001", name: "Yao Ouédraogo"),
      Build.person("p012", name: "Awa Ndiaye"),
      Build.person("p042", name: "Ngozi Abdullahi"),
      Build.person("p043", name: "Musa Abdullahi"),
      Build.person("p044", name: "Mamadou Diallo"),
      Build.person("p027", name: "Mamadou Sène"),
    ])

  func read(_ lines: String..., session: String? = nil, placed: [String: ClosedRange<LocalDate>] = [:]) throws
    -> AttendanceImport.Result
  {
    try AttendanceImport(plan: plan, placed: placed).read(
      Build.table(lines: lines), file: "in.csv", defaults: .init(session: session))
  }

  /// A cross drawn as a symbol says absent and a tick present; an `x` is a sheet's mark beside
  /// those who came; a dash says neither.
  @Test func marksAreReadAsTheySayAndUnclearOnesAreNotTaken() throws {
    let result = try read(
      "participant,session,status",
      "p001,s1,❌", "p012,s1,✗", "p042,s1,☒", "p043,s1,🚫", "p044,s1,✓", "p027,s1,✅",
      "p001,s2,X", "p012,s2,-", "p042,s2,—", "p043,s2,")
    #expect(result.records.map(\.status) == [.absent, .absent, .absent, .absent, .present, .present, .present, .present])
    #expect(result.records.map(\.participant) == ["p001", "p012", "p042", "p043", "p044", "p027", "p001", "p043"])
    #expect(result.unmatched.map(\.line) == [9, 10])
    #expect(result.unmatched.first?.reason == "status \"-\" is neither present nor absent")
  }

  @Test func anIdAndTheAddressOrNameOfAnotherPersonAreNotTaken() throws {
    let result = try read(
      "participant,email,name,session",
      "p001,p012@example.org,,s1",
      "p001,,Awa Ndiaye,s1",
      "p001,yao.private@example.org,Yao O.,s1")
    #expect(result.records.map(\.participant) == ["p001"])
    #expect(result.unmatched.map(\.line) == [2, 3])
    #expect(
      result.unmatched.first?.reason
        == "p001 is Yao Ouédraogo, but the e-mail address \"p012@example.org\" is p012's (Awa Ndiaye): they do not agree; correct the row, or record the person with `attendance mark`"
    )
  }

  /// Zoom's report of a call joined from another person's account: the address is one
  /// person's, the name another's.
  @Test func anAddressUnderAnotherPersonsNameIsNotTaken() throws {
    let result = try read(
      "Name (Original Name),User Email,Join Time",
      "Musa Abdullahi,p042@example.org,2027-03-09 09:02",
      "Ngozi A.,p042@example.org,2027-03-09 09:03", session: "s1")
    #expect(result.records.map(\.participant) == ["p042"])
    #expect(result.unmatched.first?.reason.contains("an account two people share?") == true)
  }

  /// A renamed Zoom participant whose two names are two registered people is neither.
  @Test func aDisplayNameThatNamesTwoPeopleIsNotTaken() throws {
    let result = try read(
      "Name (Original Name),Join Time",
      "Mamadou Diallo (Mamadou Sène),2027-03-09 09:01",
      "Mamadou Sène (Mamadou Diallo),2027-03-09 09:01",
      "Awa Ndiaye (Awa N.),2027-03-09 09:01", session: "s1")
    #expect(result.records.map(\.participant) == ["p012"])
    #expect(result.unmatched.map(\.line) == [2, 3])
  }

  /// A check-in time on another day than the session's (in the release) or the day's is
  /// refused, as `attendance mark --at` refuses it.
  @Test func aCheckInOnAnotherDayIsNotTaken() throws {
    let day = LocalDate("2027-03-09")!
    let result = try read(
      "participant,session,time",
      "p001,s1,2027-03-10 08:00", "p012,2027-03-10,2027-03-09 16:05", "p042,s2,2026-01-01 08:00",
      "p043,s1,2027-03-09 08:55", "p044,s2,2027-03-10 09:00", "p027,s1,09:10",
      placed: ["s1": day...day])
    #expect(result.records.map(\.participant) == ["p043", "p044", "p027"])
    #expect(
      result.unmatched.map(\.reason) == [
        "time: s1 is on 2027-03-09, not 2027-03-10", "time: 2027-03-09 16:05 is not on 2027-03-10, the day marked",
        "time: 2026-01-01 is not a day of the event",
      ])
  }
  /// A session on one day named beside another day says two things.
  @Test func aSessionAndADayThatDisagreeAreNotTaken() throws {
    let day = LocalDate("2027-03-09")!
    let result = try read(
      "participant,session,day", "p001,s1,2027-03-10", "p012,s1,day1", "p042,2027-03-09,day2",
      placed: ["s1": day...day])
    #expect(result.records.map(\.participant) == ["p012"])
    #expect(
      result.unmatched.map(\.reason) == [
        "session \"s1\" is on 2027-03-09, day \"2027-03-10\" is 2027-03-10: the row says two things",
        "session \"2027-03-09\" is on 2027-03-09, day \"day2\" is 2027-03-10: the row says two things",
      ])
  }

  /// Two rows of one person and session that say different things: neither is taken, as
  /// `check` refuses them in `attendance.csv`; two that agree are one record.
  @Test func rowsOfOneFileThatDisagreeAreNotTaken() throws {
    let result = try read(
      "participant,session,status", "p001,s1,present", "p012,s1,present", "p001,s1,absent", "p012,s1,present")
    #expect(result.records.map(\.participant) == ["p012", "p012"])
    #expect(result.unmatched.map(\.line) == [2, 4])
    #expect(
      result.unmatched.first?.reason
        == "p001 at s1 is recorded present (line 2), absent (line 4) in this file: which holds is not known; keep the row that is right")
    #expect(result.matchedBy == ["id": 2])
  }
}
