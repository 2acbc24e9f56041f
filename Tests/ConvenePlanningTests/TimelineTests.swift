import ConveneCore
import Testing

@testable import ConvenePlanning

/// The timeline on a given day: done by the organiser's date or by what the workspace shows,
/// otherwise due until its date and late after it.
@Suite struct TimelineTests {
  let event = Event(
    id: "t", title: "T", kind: .workshop, timezone: "UTC",
    organiser: Organiser(name: "Unit", email: "events@example.org"), languages: ["fr", "en"],
    days: [
      EventDay(date: LocalDate("2027-03-09")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17)),
      EventDay(date: LocalDate("2027-03-10")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17)),
    ])

  func task(_ id: String, _ offset: String, done: String? = nil, rule: TaskRule? = nil) -> PlanTask {
    PlanTask(id: id, task: id == "venue-booked" ? "" : id, offset: TaskOffset(offset)!, done: done.flatMap(LocalDate.init), rule: rule)
  }

  func timeline(_ tasks: [PlanTask], today: String, signals: WorkspaceSignals = .init(), language: String = "en") -> Timeline {
    Timeline(tasks: tasks, event: event, signals: signals, today: LocalDate(today)!, language: language)
  }

  @Test func dueUntilItsDayLateTheDayAfterDoneWhenDated() {
    let tasks = [
      task("report", "end+3w"), task("venue-booked", "-16w", done: "2026-12-01"), task("menus", "-1w"),
      task("badges", "-1w"),
    ]
    let onTheDay = timeline(tasks, today: "2027-03-02")
    #expect(onTheDay.items.map(\.task.id) == ["venue-booked", "menus", "badges", "report"])
    #expect(onTheDay.items.map(\.status) == [.done, .due, .due, .due])
    #expect(onTheDay.items.map(\.days) == [-105, 0, 0, 29])
    #expect(onTheDay.items[0].title == "Book the venue" && !onTheDay.items[0].seen)
    let dayAfter = timeline(tasks, today: "2027-03-03")
    #expect(dayAfter.items.map(\.status) == [.done, .late, .late, .due])
    #expect(dayAfter.count(.late) == 2 && dayAfter.count(.done) == 1 && dayAfter.count(.due) == 1)
    // A date in the file is done even when it came after the due date, but a date still to
    // come is a typo (`check` warns): not done until that day.
    #expect(timeline([task("x", "-1w", done: "2027-03-05")], today: "2027-03-05").items[0].status == .done)
    #expect(timeline([task("x", "-1w", done: "2027-04-01")], today: "2027-03-05").items[0].status == .late)
    #expect(timeline([task("x", "+1w", done: "2027-04-01")], today: "2027-03-05").items[0].status == .due)
    #expect(timeline([task("x", "-1w", done: "2027-04-01")], today: "2027-04-01").items[0].status == .done)
    #expect(timeline(tasks, today: "2027-03-02", language: "fr").items[0].title == "Réserver le lieu")
  }

  /// Each rule against what the workspace shows.
  @Test func whatTheWorkspaceShowsMarksATaskDone() {
    var signals = WorkspaceSignals()
    let today = LocalDate("2027-02-01")!
    func done(_ rule: TaskRule) -> Bool { rule.isDone(signals, today: today) }
    #expect(TaskRule.allCases.allSatisfy { !done($0) })
    signals.registered = 1
    #expect(done(.registrationsOpen))
    signals.capacity = 3
    signals.placesHeld = 2
    #expect(!done(.registrationsClosed))
    signals.registrationCloses = LocalDate("2027-02-01")
    #expect(!done(.registrationsClosed))
    signals.registrationCloses = LocalDate("2027-01-31")
    #expect(done(.registrationsClosed))
    signals.registrationCloses = nil
    signals.placesHeld = 3
    #expect(done(.registrationsClosed))
    signals.releases = 1
    #expect(done(.schedulePublished))
    signals.invitations = .init(sent: 10, waiting: 0, uncertain: 1)
    #expect(!done(.invitationsSent))
    signals.invitations = .init(sent: 10)
    signals.peopleWithoutInvitation = 1
    #expect(!done(.invitationsSent))
    signals.peopleWithoutInvitation = 0
    #expect(done(.invitationsSent))
    signals.notices = .init(sent: 5)
    signals.noticesDue = 1
    #expect(!done(.noticesSent))
    signals.noticesDue = 0
    #expect(done(.noticesSent))
    signals.visaLettersNeeded = 2
    signals.visaLettersWritten = 2
    #expect(!done(.visaLettersWritten))  // no travel.csv yet: nothing is known
    signals.travellers = 10
    #expect(done(.visaLettersWritten))
    signals.visaLettersWritten = 1
    #expect(!done(.visaLettersWritten))
    signals.feedbackResponses = 1
    #expect(done(.feedbackCollected))
    signals.reportWritten = true
    #expect(done(.reportWritten))
    let words = LabelSet(language: "en", sections: ["plan"])
    #expect(TaskRule.invitationsSent.evidence(signals, words: words) == "invitations: 10 sent, 0 not sent; holding a place without one: 0")
    #expect(TaskRule.registrationsClosed.evidence(signals, words: words) == "places taken: 3 of 3")
    #expect(TaskRule.visaLettersWritten.evidence(signals, words: LabelSet(language: "fr", sections: ["plan"])) == "lettres de visa : 1 sur 2")
    let seen = timeline([task("published", "-6w", rule: .schedulePublished)], today: "2027-03-01", signals: signals)
    #expect(seen.items[0].status == .done && seen.items[0].seen && seen.items[0].evidence == "1 release published")
  }

  @Test func theDeliveryStatesOfALedgerAreCounted() {
    #expect(
      WorkspaceSignals.Messages(states: [.sent, .sent, .written, .failed, .sending, .superseded])
        == .init(sent: 2, waiting: 2, uncertain: 1))
  }
}
