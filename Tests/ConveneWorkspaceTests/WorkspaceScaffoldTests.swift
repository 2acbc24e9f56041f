import ConveneCore
import ConveneTestSupport
import Testing

@testable import ConveneWorkspace

@Suite struct WorkspaceScaffoldTests {
  let templates = InMemoryFileSystem([
    "t/training/event.json": #"{"id": "EVENT_ID", "title": "Training", "kind": "training", "timezone": "UTC", "days": [{"date": "day1", "start": "09:00", "end": "17:00"}, {"date": "day2", "start": "09:00", "end": "16:00"}], "scheduling": {}}"#,
    "t/training/rooms.csv": "id,name,venue,capacity,features,unavailable\n",
    "t/training/sessions.csv": "id,title\n",
    "t/training/tasks.csv": "id,task,offset,owner,done,auto\nvenue-booked,,-16w,logistics,,\nmenus,Choose the menus,-2w,,,\n",
    "t/exchange/event.json": #"{"id": "EVENT_ID", "title": "Exchange", "kind": "exchange", "timezone": "UTC", "languages": ["fr", "en"], "days": [{"date": "day1", "start": "09:00", "end": "17:00"}]}"#,
    "t/exchange/rooms.csv": "id,name,venue,capacity,features,unavailable\n",
    "t/exchange/sessions.csv": "id,title\n",
    "t/exchange/tasks.csv": "id,task,offset,owner,done,auto\nvenue-booked,,-16w,logistics,,\nbad,,soon,,,\n",
    "t/common/categories.json": #"[{"id": "mayor", "label": "Mayor"}]"#,
    "t/common/participants.csv": "id,name,email\n",
    "t/common/signups.csv": "participant,session\n",
    "t/common/evaluation.json": #"{"questions": [{"id": "satisfaction", "kind": "scale", "text": "How satisfied?"}], "indicators": []}"#,
  ])

  @Test func fillsInIdTitleTimeZoneDatesAndCategories() throws {
    let scaffold = WorkspaceScaffold(id: "kigali-2027", title: "Kigali Training", kind: .training, start: LocalDate("2027-12-31")!, timezone: "Africa/Kigali")
    try scaffold.create(at: "new", templates: "t", fileSystem: templates)
    let event = try #require(templates.text("new/event.json"))
    #expect(event.contains("\"id\": \"kigali-2027\""))
    #expect(event.contains("\"title\": \"Kigali Training\""))
    #expect(event.contains("\"timezone\": \"Africa/Kigali\""))
    #expect(event.contains("\"date\": \"2027-12-31\""))
    #expect(event.contains("\"date\": \"2028-01-01\""))
    #expect(event.contains("{ \"id\": \"mayor\", \"label\": \"Mayor\" }"))
    #expect(templates.text("new/signups.csv") == "participant,session\n")
    // The standard questions and indicators come with every new workspace.
    #expect(event.contains("\"evaluation\": {"))
    #expect(event.contains("\"id\": \"satisfaction\""))
  }

  /// The task list is the kind's, each standard task in the words of the event's first
  /// language, so that the file reads in a spreadsheet; a starter list with errors is refused.
  @Test func theTaskListSpeaksTheEventsFirstLanguage() throws {
    let scaffold = WorkspaceScaffold(id: "k", title: nil, kind: .training, start: LocalDate("2027-12-31")!, timezone: nil)
    try scaffold.create(at: "new", templates: "t", fileSystem: templates)
    #expect(
      templates.text("new/tasks.csv")
        == "id,task,offset,owner,done,auto\r\nvenue-booked,Book the venue,'-16w,logistics,,\r\nmenus,Choose the menus,'-2w,,,\r\n")
    let french = WorkspaceScaffold(id: "x", title: nil, kind: .exchange, start: LocalDate("2027-12-31")!, timezone: nil)
    #expect(throws: WorkspaceError.self) { try french.create(at: "fr", templates: "t", fileSystem: templates) }
    let list = try french.taskList(Array("id,task,offset,owner,done,auto\nvenue-booked,,-16w,logistique,,\n".utf8), language: "fr")
    #expect(String(decoding: list, as: UTF8.self).contains("venue-booked,Réserver le lieu,'-16w,logistique,,"))
  }

  @Test func refusesAFolderThatIsNotEmpty() {
    let scaffold = WorkspaceScaffold(id: "x", title: nil, kind: .training, start: LocalDate("2027-01-04")!, timezone: nil)
    #expect(throws: WorkspaceError.self) { try scaffold.create(at: "t", templates: "t", fileSystem: templates) }
  }

  @Test func theIdComesFromTheFolderNameAsLettersDigitsAndDashes() {
    #expect(WorkspaceScaffold.id(forFolder: "Atelier Régional Dakar 2027") == "atelier-regional-dakar-2027")
    #expect(WorkspaceScaffold.id(forFolder: "../x y/") == "x-y")
    #expect(WorkspaceScaffold.id(forFolder: "عمّان") == "event")
  }

  @Test func dayOneIsTheMondayAtLeastEightWeeksAhead() {
    // 2027-01-04 is a Monday: eight weeks on is a Monday too; a Tuesday waits six more days.
    #expect(WorkspaceScaffold.defaultStart(today: LocalDate("2027-01-04")!) == LocalDate("2027-03-01"))
    #expect(WorkspaceScaffold.defaultStart(today: LocalDate("2027-01-05")!) == LocalDate("2027-03-08"))
  }
}
