import ConveneCore
import Testing

@testable import ConveneCalendar

@Suite struct InvitationPlannerTests {
  func messages(
    _ release: ScheduleDocument, ledger: InvitationLedger, plan: EventPlan = PlanFixture.plan, earlier: [ScheduleDocument] = [],
    basis: InvitationPlanner.Basis = .written
  ) -> [InvitationPlanner.Message] {
    InvitationPlanner(events: SessionEvents(plan: plan, document: release, stamp: 0), earlier: earlier).messages(ledger: ledger, basis: basis)
  }

  /// Records the messages as release `version`'s files, in `state`; returns their paths.
  @discardableResult
  func record(
    _ messages: [InvitationPlanner.Message], in ledger: inout InvitationLedger, version: Int = 1,
    state: InvitationLedger.State = .written
  ) -> [String] {
    messages.map { message in
      var path = "outbox/v\(version)/\(message.participant)-\(message.calendar.method.rawValue.lowercased()).eml"
      while ledger.state(of: path) != nil { path = path.replacingOccurrences(of: ".eml", with: "-2.eml") }
      ledger.record(message: path, entries: message.entries, state: state)
      return path
    }
  }

  @Test func firstInvitationsHoldEachPersonsSessionsAtSequenceZero() {
    let first = messages(PlanFixture.release(), ledger: InvitationLedger())
    #expect(first.map(\.participant) == ["p001", "p002", "p003"])
    #expect(first.map { $0.calendar.events.map(\.uid) } == [["panel@nbo.convene"], ["panel@nbo.convene"], ["panel@nbo.convene", "lab@nbo.convene"]])
    #expect(first.allSatisfy { $0.calendar.method == .request && $0.calendar.events.allSatisfy { $0.sequence == 0 } })
  }

  @Test func nothingIsSentTwiceAndAChangeRaisesTheSequenceOfThatSessionOnly() {
    var ledger = InvitationLedger()
    record(messages(PlanFixture.release(), ledger: ledger), in: &ledger)
    #expect(messages(PlanFixture.release(), ledger: ledger).isEmpty)
    let moved = messages(PlanFixture.release(panelAt: "14:00", version: 2), ledger: ledger)
    #expect(moved.map(\.participant) == ["p001", "p002", "p003"])
    #expect(moved.allSatisfy { $0.changed == ["panel"] && $0.calendar.events.map(\.sequence) == [1] })
  }

  @Test func droppedSessionsAndCancelledPeopleGetCancellations() {
    var ledger = InvitationLedger()
    let v1 = PlanFixture.release()
    record(messages(v1, ledger: ledger), in: &ledger)
    var plan = PlanFixture.plan
    plan.participants[1].status = .cancelled
    let next = messages(PlanFixture.release(version: 2, withLab: false), ledger: ledger, plan: plan, earlier: [v1])
    #expect(next.map(\.participant) == ["p002", "p003"])
    #expect(next.map(\.calendar.method) == [.cancel, .cancel])
    #expect(next.map(\.cancelled) == [["panel"], ["lab"]])
    let lab = next[1].calendar.events[0]
    #expect(lab.status == .cancelled)
    #expect(lab.sequence == 1)
    #expect(lab.start == LocalDateTime("2027-03-09 11:00"))  // where it was when it was sent
  }

  /// A session deleted from `sessions.csv` is cancelled as the release that held it gave it,
  /// and the cancellation names its recipient, in their part, as every message does.
  @Test func theCancellationOfADeletedSessionNamesItsRecipient() throws {
    var ledger = InvitationLedger()
    let v1 = PlanFixture.release()
    record(messages(v1, ledger: ledger), in: &ledger)
    var plan = PlanFixture.plan
    plan.sessions.removeAll { $0.id == "panel" }
    let next = messages(PlanFixture.release(version: 2, withPanel: false), ledger: ledger, plan: plan, earlier: [v1])
    #expect(next.map(\.participant) == ["p001", "p002", "p003"])
    #expect(next.allSatisfy { $0.calendar.method == .cancel && $0.cancelled == ["panel"] })
    for message in next {
      let person = try #require(plan.participants.first { $0.id == message.participant })
      let ics = try CalendarWriter.ics(message.calendar)
      let lines = ics.replacingOccurrences(of: "\r\n ", with: "").split(separator: "\r\n")
      let attendees = lines.filter { $0.hasPrefix("ATTENDEE") }
      #expect(attendees.count == 1)
      #expect(attendees.first?.hasSuffix(":mailto:\(person.email)") == true)
    }
    let roles = next.map { $0.calendar.events[0].attendees.map(\.role) }
    #expect(roles == [[.chair], [.required], [.optional]])
  }

  @Test func sendingPlansFromWhatWasSentSoAnUnsentEarlierReleaseIsNeverSent() {
    // v1 written but never sent; v2 moves the panel and drops the lab. Sending plans each
    // person's calendar afresh at v2: no old times, no cancellation of what nobody received.
    var ledger = InvitationLedger()
    let v1 = PlanFixture.release()
    record(messages(v1, ledger: ledger), in: &ledger)
    let v2 = PlanFixture.release(panelAt: "14:00", version: 2, withLab: false)
    let written = messages(v2, ledger: ledger, earlier: [v1])
    #expect(written.map(\.calendar.method).contains(.cancel))
    let sending = messages(v2, ledger: ledger, earlier: [v1], basis: .delivered(resendingUncertain: false))
    #expect(sending.map(\.calendar.method) == [.request, .request, .request])
    #expect(sending.allSatisfy { $0.calendar.events.map(\.uid) == ["panel@nbo.convene"] })
    // The panel changed since the unsent v1 message (SEQUENCE 0): the new one is SEQUENCE 1.
    #expect(sending.allSatisfy { $0.calendar.events[0].sequence == 1 && $0.calendar.events[0].start == LocalDateTime("2027-03-09 14:00") })
  }

  @Test func aMessageStillRightForTheReleaseIsPlannedExactlyAsWrittenSoItCanBeSentAsItIs() {
    var ledger = InvitationLedger()
    let v1 = PlanFixture.release()
    let paths = record(messages(v1, ledger: ledger), in: &ledger)
    let sending = messages(v1, ledger: ledger, basis: .delivered(resendingUncertain: false))
    #expect(sending.count == 3)
    for (message, path) in zip(sending, paths) {
      #expect(ledger.message(message.participant, carrying: message.entries, among: [.written, .failed]) == path)
    }
  }

  @Test func whatMayHaveBeenSentCountsAsReceivedUnlessItIsToBeSentAgain() {
    var ledger = InvitationLedger()
    let v1 = PlanFixture.release()
    let paths = record(messages(v1, ledger: ledger), in: &ledger, state: .sending)
    #expect(messages(v1, ledger: ledger, basis: .delivered(resendingUncertain: false)).isEmpty)
    let again = messages(v1, ledger: ledger, basis: .delivered(resendingUncertain: true))
    #expect(again.count == 3)
    #expect(ledger.message(again[0].participant, carrying: again[0].entries, among: [.written, .failed, .sending]) == paths[0])
    // A cancellation is due for what may have arrived.
    var plan = PlanFixture.plan
    plan.participants[0].status = .cancelled
    let cancels = messages(v1, ledger: ledger, plan: plan, basis: .delivered(resendingUncertain: false))
    #expect(cancels.map(\.calendar.method) == [.cancel])
  }
}
