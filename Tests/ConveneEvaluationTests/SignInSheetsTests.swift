import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct SignInSheetsTests {
  func entry(_ id: String, _ date: LocalDate, _ hour: Int, room: String = "r1")
    -> ScheduleDocument.Entry
  {
    ScheduleDocument.Entry(
      id: id, title: "Session \(id)", start: LocalDateTime(date: date, time: TimeOfDay(hour: hour)),
      end: LocalDateTime(date: date, time: TimeOfDay(hour: hour + 1)), room: room, speakers: [],
      moderators: [])
  }

  @Test func oneDayPageThenOnePagePerSessionWithTheExpectedPeopleByName() {
    let plan = Build.plan(
      people: [
        Build.person("p001", name: "Zainab Ali"), Build.person("p002", name: "Amadou Ba"),
        Build.person("p003", name: "Waiting", status: .waitlisted),
        Build.person("p004", name: "Chloé Martin"),
      ],
      sessions: [
        Build.session("s1"), Build.session("s2"), Build.session("plenary", exclusive: true),
      ],
      signups: [("p001", "s1"), ("p002", "s1"), ("p004", "s1"), ("p004", "s2"), ("p003", "s2")])
    let schedule = ScheduleDocument(
      event: "t-2027", timezone: "UTC", version: 1,
      sessions: [
        entry("s2", Build.day2, 9), entry("plenary", Build.day1, 9), entry("s1", Build.day1, 11),
      ])
    let sheets = SignInSheets(
      plan: plan, schedule: schedule, declined: [AttendanceKey(participant: "p004", session: "s1")])
    #expect(sheets.days.map(\.date) == ["2027-03-09", "2027-03-10"])
    #expect(sheets.days[0].pages.map(\.key) == ["2027-03-09", "plenary", "s1"])
    #expect(
      sheets.days[0].pages[0].rows.map(\.name) == ["Amadou Ba", "Chloé Martin", "Zainab Ali"])
    #expect(sheets.days[0].pages[2].rows.map(\.participant) == ["p002", "p001"])
    #expect(sheets.days[0].pages[2].time == "11:00-12:00")
    #expect(sheets.days[1].pages[1].rows.map(\.participant) == ["p004"])
  }

  @Test func withoutASchedulePagesComeLastAndPublicSheetsFollowPublishName() {
    let plan = Build.plan(
      people: [Build.person("p001", name: "Hidden Person", publishName: false)],
      sessions: [Build.session("s1", exclusive: true)])
    let sheets = SignInSheets(plan: plan, schedule: nil, publicNames: true)
    #expect(sheets.days.last?.date == "")
    let name = sheets.days.last?.pages.first?.rows.first?.name
    #expect(name != nil && name != "Hidden Person")
  }
  @Test func aPublicSheetListsTheNamedByNameThenTheUnnamedByIDSoNoPlaceBetraysAHiddenName() {
    let plan = Build.plan(
      people: [
        Build.person("p001", name: "Fatou Diop", publishName: false),
        Build.person("p002", name: "Fatou Diallo"), Build.person("p003", name: "Fatou Dione"),
        Build.person("p004", name: "Fatou Dia", publishName: false),
        Build.person("p005", name: "Aminata Sow"),
      ],
      sessions: [Build.session("s1", exclusive: true)])
    let rows = SignInSheets(plan: plan, schedule: nil, publicNames: true).days.last?.pages.first?.rows
    #expect(rows?.map(\.participant) == ["p005", "p002", "p003", "p001", "p004"])
    #expect(rows?.map(\.number) == [1, 2, 3, 4, 5])
    #expect(rows?.contains { $0.name.contains("Diop") || $0.name.contains("Fatou Dia,") } == false)
    let organisers = SignInSheets(plan: plan, schedule: nil).days.last?.pages.first?.rows
    #expect(organisers?.map(\.participant) == ["p005", "p004", "p002", "p003", "p001"])
  }
}
