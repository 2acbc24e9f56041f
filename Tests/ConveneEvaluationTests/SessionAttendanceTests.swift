import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct SessionAttendanceTests {
  /// s1 (exclusive) and s2 on day 1, s3 on day 2; p001 signed up for s2 and s3.
  let plan = Build.plan(
    people: [Build.person("p001"), Build.person("p002"), Build.person("p003")],
    sessions: [
      Build.session("s1", exclusive: true), Build.session("s2"), Build.session("s3"),
      Build.session("s4"),
    ],
    signups: [("p001", "s2"), ("p001", "s3"), ("p002", "s4")])

  let schedule = ScheduleDocument(
    event: "t-2027", timezone: "UTC", version: 1,
    sessions: [
      entry("s1", "2027-03-09T09:00"), entry("s2", "2027-03-09T11:00"),
      entry("s3", "2027-03-10T09:00"),
    ])

  static func entry(_ id: String, _ start: String) -> ScheduleDocument.Entry {
    let begin = LocalDateTime(start)!
    return ScheduleDocument.Entry(
      id: id, title: id, start: begin,
      end: LocalDateTime(minutesSinceEpoch: begin.minutesSinceEpoch + 60), room: "r1",
      speakers: [], moderators: [])
  }

  func present(_ participant: String, _ session: String) -> AttendanceRecord {
    AttendanceRecord(participant: participant, session: session, status: .present)
  }

  @Test func expectedSessionsAreTheInvitationsOnesOnTheSchedule() {
    let attendance = SessionAttendance(plan: plan, schedule: schedule, records: [])
    let p1 = attendance.people.first { $0.participant.id == "p001" }!
    #expect(p1.expected.map(\.id) == ["s1", "s2", "s3"])
    #expect(p1.attended.isEmpty && p1.share == 0 && !p1.attendedAtLeast(0))
    // p002 signed up for s4, which is not on the schedule: only the plenary remains.
    #expect(attendance.people.first { $0.participant.id == "p002" }!.expected.map(\.id) == ["s1"])
    // Without a schedule every session counts.
    let unscheduled = SessionAttendance(plan: plan, schedule: nil, records: [])
    #expect(
      unscheduled.people.first { $0.participant.id == "p002" }!.expected.map(\.id) == ["s1", "s4"])
  }

  @Test func aDayRecordCoversThatDaysSessionsUnlessTheSessionSaysAbsent() {
    let records = [
      present("p001", "2027-03-09"),
      AttendanceRecord(participant: "p001", session: "s2", status: .absent),
      present("p001", "s3"),
    ]
    let p1 = SessionAttendance(plan: plan, schedule: schedule, records: records).people[0]
    #expect(p1.attended.map(\.id) == ["s1", "s3"])
    #expect(p1.attendedAtLeast(0.66) && !p1.attendedAtLeast(0.75))
  }

  @Test func rsvpAnswersAreNotAttendance() {
    let records = [
      AttendanceRecord(participant: "p001", session: "s1", status: .accepted),
      AttendanceRecord(participant: "p001", session: "s2", status: .declined),
      present("p001", "2027-03-09"),
    ]
    let p1 = SessionAttendance(plan: plan, schedule: schedule, records: records).people[0]
    #expect(p1.attended.map(\.id) == ["s1", "s2"])
    let onlyAnswers = SessionAttendance(
      plan: plan, schedule: schedule,
      records: [AttendanceRecord(participant: "p003", session: "s1", status: .accepted)])
    #expect(onlyAnswers.people.first { $0.participant.id == "p003" }!.attended.isEmpty)
  }

  @Test func sharesAtTheThreshold() {
    let records = ["s1", "s2", "s3"].map { present("p001", $0) }
    let p1 = SessionAttendance(plan: plan, schedule: schedule, records: records).people[0]
    #expect(p1.attendedAtLeast(1))
    let two = SessionAttendance(plan: plan, schedule: schedule, records: Array(records.prefix(2)))
      .people[0]
    #expect(two.attendedAtLeast(2.0 / 3.0) && !two.attendedAtLeast(0.75))
  }
}

extension SessionAttendanceTests {
  /// p001 signed up for s2 and s3, which run at the same time: a day sign-in cannot say
  /// which they attended, so neither is credited from it, and the two count as one slot.
  @Test func aDaySignInNeverCreditsTwoSessionsAtTheSameTime() {
    let clash = ScheduleDocument(
      event: "t-2027", timezone: "UTC", version: 1,
      sessions: [
        Self.entry("s1", "2027-03-09T09:00"), Self.entry("s2", "2027-03-09T11:00"),
        Self.entry("s3", "2027-03-09T11:30"),
      ])
    let day = SessionAttendance(
      plan: plan, schedule: clash, records: [present("p001", "2027-03-09")]
    ).people[0]
    #expect(day.expected.map(\.id) == ["s1", "s2", "s3"] && day.slots == 2)
    #expect(day.attended.map(\.id) == ["s1"])
    #expect(day.share == 0.5)
    let scanned = SessionAttendance(
      plan: plan, schedule: clash, records: [present("p001", "2027-03-09"), present("p001", "s3")]
    ).people[0]
    #expect(scanned.attended.map(\.id) == ["s1", "s3"] && scanned.attendedAtLeast(1))
    // Scanned in at both: both are recorded, and the share never passes 1.
    let both = SessionAttendance(
      plan: plan, schedule: clash,
      records: [present("p001", "s1"), present("p001", "s2"), present("p001", "s3")]
    ).people[0]
    #expect(both.attended.count == 3 && both.slots == 3 && both.share == 1)
  }
}
