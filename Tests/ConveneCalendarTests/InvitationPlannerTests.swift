import ConveneCore
import Testing

@testable import ConveneCalendar

@Suite struct InvitationPlannerTests {
  func messages(_ release: ScheduleDocument, ledger: InvitationLedger, plan: EventPlan = PlanFixture.plan, earlier: [ScheduleDocument] = []) -> [InvitationPlanner.Message] {
    InvitationPlanner(events: SessionEvents(plan: plan, document: release, stamp: 0), earlier: earlier).messages(ledger: ledger)
  }

  func record(_ messages: [InvitationPlanner.Message], in ledger: inout InvitationLedger) {
    for message in messages { for entry in message.entries { ledger.record(entry) } }
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
}
