import ConveneAgenda
import ConveneCore
import ConveneWorkspace
import Foundation
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
      (error as? CommandFailure)?.message == "--for \"p999999\": no participant has this id"
    }
  }

  /// A waitlisted person is invited to nothing, and has no agenda either.
  @Test func someoneWithoutAPlaceHasNoPersonalAgenda() throws {
    let workspace = try dakarCopy()
    try schedule(workspace)
    #expect {
      try AgendaRun.load(workspace, release: nil, participant: "p024", audience: .organisers)
    } throws: { error in
      (error as? CommandFailure)?.message
        == "--for p024: p024 is waitlisted and holds no place, so has no agenda (and no invitations); `participants confirm p024` gives them one"
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

  @Test func thePersonalAgendaOfAReleaseHoldsTheSessionsThatReleaseGaveThePerson() throws {
    let workspace = try dakarCopy()
    try schedule(workspace)
    _ = try PublishRun.run(in: workspace, purpose: "publish")
    // After v1, b3-cohesion's speaker p038 (not signed up for it) is replaced by p014.
    let path = workspace.root + "/sessions.csv"
    let sessions = try String(contentsOfFile: path, encoding: .utf8)
    let old = "Atelier : cohésion sociale dans les quartiers,breakout,90,p038,"
    #expect(sessions.contains(old))
    try sessions.replacingOccurrences(of: old, with: "Atelier : cohésion sociale dans les quartiers,breakout,90,p014,")
      .write(toFile: path, atomically: true, encoding: .utf8)

    let first = try AgendaRun.load(workspace, release: 1, participant: "p038", audience: .organisers)
    #expect(first.agenda.sessionIDs.contains("b3-cohesion"))
    let item = first.agenda.days.flatMap(\.items).first { $0.id == "b3-cohesion" }
    #expect(item?.speakers == ["Cheikh Hounkpè"])
    // The other sessions are still those sessions.csv gives the person.
    #expect(first.agenda.sessionIDs.contains("b5-schools"))
    #expect(!first.agenda.sessionIDs.contains("b4-women"))
  }
}
