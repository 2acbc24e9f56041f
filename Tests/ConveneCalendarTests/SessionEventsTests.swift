import ConveneCore
import Testing

@testable import ConveneCalendar

@Suite struct SessionEventsTests {
  let events = SessionEvents(plan: PlanFixture.plan, document: PlanFixture.release(), stamp: 1_800_000_000)

  @Test func invitationsNameTheRecipientAloneWithTheirRole() {
    let plan = PlanFixture.plan
    let entry = PlanFixture.release().sessions[0]
    #expect(events.event(entry, sequence: 0, status: .confirmed, for: plan.participants[0]).attendees.map(\.role) == [.chair])
    #expect(events.event(entry, sequence: 0, status: .confirmed, for: plan.participants[1]).attendees.map(\.role) == [.required])
    let online = events.event(entry, sequence: 0, status: .confirmed, for: plan.participants[2])
    #expect(online.attendees.map(\.person.email) == ["nusrat@example.org"])
    #expect(online.attendees.map(\.role) == [.optional])
  }

  @Test func theDescriptionUsesPublicNamesAndGivesRemoteParticipantsTheirOwnTime() {
    let plan = PlanFixture.plan
    let online = events.event(PlanFixture.release().sessions[0], sequence: 0, status: .confirmed, for: plan.participants[2])
    #expect(online.description == """
      Speakers: Deputy Mayor, Uganda
      Moderators: Awa Moderator
      Track: youth
      Language: English; interpretation: en>fr
      Your local time (Asia/Dhaka): 2027-03-09 12:00 - 13:00
      """)
    #expect(online.location == "Main Hall, Conference Centre, 1 Example Road, Nairobi")
    #expect(online.start == LocalDateTime("2027-03-09 09:00"))
    #expect(online.timezone == "Africa/Nairobi")
    #expect(online.uid == "panel@nbo.convene")
  }

  /// An invitation is described in its recipient's language, as its e-mail is: the words,
  /// the language's name and the countries of public names (they were English in a French
  /// and an Arabic invitation).
  @Test(arguments: [
    ("fr", "Intervenants: Deputy Mayor, Ouganda\nModération: Awa Moderator\nParcours: youth\nLangue: Anglais; interprétation: en>fr"),
    ("ar", "المتحدثون: Deputy Mayor, أوغندا\nإدارة الجلسة: Awa Moderator\nالمسار: youth\nاللغة: الإنجليزية; الترجمة الفورية: en>fr"),
  ])
  func anInvitationIsDescribedInItsRecipientsLanguage(language: String, expected: String) {
    var plan = PlanFixture.plan
    plan.event.languages = ["en", language]
    var reader = plan.participants[0]
    reader.languages = [language]
    let event = SessionEvents(plan: plan, document: PlanFixture.release(), stamp: 0)
      .event(PlanFixture.release().sessions[0], sequence: 0, status: .confirmed, for: reader)
    #expect(event.description == expected)
  }

  /// A session that ends after midnight where the person is gives the end's date too.
  @Test func aLocalTimeAcrossMidnightGivesTheEndsDate() {
    let release = PlanFixture.release(panelAt: "20:30")
    let online = SessionEvents(plan: PlanFixture.plan, document: release, stamp: 0)
      .event(release.sessions[0], sequence: 0, status: .confirmed, for: PlanFixture.plan.participants[2])
    #expect(online.description.hasSuffix("Your local time (Asia/Dhaka): 2027-03-09 23:30 - 2027-03-10 00:30"))
  }

  @Test func peopleInADescriptionAreSeparatedBySemicolons() {
    var release = PlanFixture.release()
    release.sessions[0].speakers = ["p002", "p001"]
    let event = SessionEvents(plan: PlanFixture.plan, document: release, stamp: 0)
      .event(release.sessions[0], sequence: 0, status: .confirmed, for: nil)
    #expect(event.description.hasPrefix("Speakers: Deputy Mayor, Uganda; Awa Moderator\n"))
  }

  @Test func theWholeAgendaIsPublishedWithoutAttendeesUnderUIDsOfItsOwn() {
    let agenda = events.agenda()
    #expect(agenda.method == .publish)
    // Not the invitations' UIDs, whose SEQUENCE counts each person's updates, not releases.
    #expect(agenda.events.map(\.uid) == ["panel@agenda.nbo.convene", "lab@agenda.nbo.convene"])
    #expect(events.uid("panel") == "panel@nbo.convene")
    #expect(agenda.events.allSatisfy { $0.attendees.isEmpty && $0.sequence == 1 })
    #expect(agenda.timezones.map(\.identifier) == ["Africa/Nairobi"])
  }
}
