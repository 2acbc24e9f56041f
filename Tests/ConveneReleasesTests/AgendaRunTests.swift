import ConveneAgenda
import ConveneCore
import ConveneWorkspace
import Testing

@testable import ConveneReleases

@Suite struct AgendaRunTests {
  @Test func aPersonalAgendaHoldsThePersonsSessionsOnly() throws {
    let workspace = try dakarCopy()
    try schedule(workspace)
    let everyone = try AgendaRun.load(workspace, release: nil, participant: nil, audience: .organisers)
    let speaker = try #require(everyone.plan.participants.first { person in
      everyone.plan.sessions.contains { $0.speakers.contains(person.id) }
    })
    let personal = try AgendaRun.load(workspace, release: nil, participant: speaker.id, audience: .organisers)
    let wanted = Set(everyone.plan.sessions(attendedBy: speaker).map(\.id))
    #expect(personal.participant?.id == speaker.id)
    #expect(!personal.agenda.sessionIDs.isEmpty)
    #expect(Set(personal.agenda.sessionIDs) == wanted.intersection(everyone.agenda.sessionIDs))
    #expect(personal.agenda.sessionIDs.count < everyone.agenda.sessionIDs.count)
  }

  @Test func anUnknownParticipantIsRefusedByTheOption() throws {
    let workspace = try dakarCopy()
    try schedule(workspace)
    #expect {
      try AgendaRun.load(workspace, release: nil, participant: "p999999", audience: .publicView)
    } throws: { error in
      (error as? CommandFailure)?.message == "--for p999999: no participant has this id"
    }
  }

  @Test func aReleaseThatDoesNotExistIsNamed() throws {
    let workspace = try dakarCopy()
    try schedule(workspace)
    #expect {
      try AgendaRun.load(workspace, release: 7, participant: nil, audience: .organisers)
    } throws: { error in
      (error as? CommandFailure)?.message.hasSuffix("releases/v7.json: no such release") == true
    }
  }
}
