import ConveneCore
import ConveneTemplates
import Testing

@testable import ConveneAgenda

/// A small plan and its schedule: an opening plenary, a panel with a speaker who did not
/// consent to publication, and a workshop one participant signed up for.
enum Sample {
  static var plan: EventPlan {
    var plan = EventPlan(
      event: Event(
        id: "t", title: "Atelier <régional>", kind: .workshop, timezone: "Africa/Dakar",
        organiser: Organiser(name: "Unit", email: "events@example.org"), languages: ["fr", "en"],
        days: [EventDay(date: LocalDate("2027-03-09")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17),
          breaks: [EventBreak(start: TimeOfDay(hour: 12, minute: 30), end: TimeOfDay(hour: 13, minute: 30), label: "Déjeuner")])]))
    plan.rooms = [Room(id: "hall", name: "Salle plénière", capacity: 100), Room(id: "b", name: "Salle B", capacity: 30)]
    plan.participants = [
      Participant(id: "p001", name: "Aïcha Koné", email: "a@example.org", publishName: true, status: .confirmed),
      Participant(id: "p002", name: "Hidden Person", email: "h@example.org", title: "Senior Local Government Representative", country: "UG", publishName: false, status: .confirmed),
      Participant(id: "p003", name: "Awa", email: "w@example.org", cohorts: [], status: .confirmed),
    ]
    plan.sessions = [
      Session(id: "opening", title: "Ouverture", kind: .plenary, duration: 60, speakers: ["p001"]),
      Session(id: "panel", title: "Panel | \"what works\"", kind: .panel, duration: 90, speakers: ["p002"], interpretation: [LanguagePair("fr>en")!]),
      Session(id: "lab", title: "=Lab", kind: .workshop, duration: 60),
    ]
    plan.signups = [Signup(participant: "p003", session: "lab")]
    return plan
  }

  static var document: ScheduleDocument {
    func at(_ time: String) -> LocalDateTime { LocalDateTime("2027-03-09 \(time)+00:00")! }
    return ScheduleDocument(event: "t", timezone: "Africa/Dakar", version: 2, sessions: [
      .init(id: "opening", title: "Ouverture", start: at("09:00"), end: at("10:00"), room: "hall", speakers: ["p001"], moderators: []),
      .init(id: "panel", title: "Panel | \"what works\"", start: at("10:30"), end: at("12:00"), room: "hall", speakers: ["p002"], moderators: []),
      .init(id: "lab", title: "=Lab", start: at("13:30"), end: at("14:30"), room: "b", speakers: [], moderators: []),
    ])
  }
}

@Suite struct AgendaTests {
  @Test func itemsAreInTimeOrderWithBreaks() {
    let agenda = Agenda(document: Sample.document, release: 2, plan: Sample.plan, audience: .organisers)
    #expect(agenda.days[0].items.map(\.title) == ["Ouverture", "Panel | \"what works\"", "Déjeuner", "=Lab"])
    #expect(agenda.days[0].items[1].speakers == ["Hidden Person"])
  }

  @Test func thePublicSeesRolesInsteadOfNamesWithoutConsent() {
    let agenda = Agenda(document: Sample.document, release: 2, plan: Sample.plan, audience: .publicView)
    #expect(agenda.days[0].items[0].speakers == ["Aïcha Koné"])
    #expect(agenda.days[0].items[1].speakers == ["Senior Local Government Representative, Uganda"])
  }

  @Test func aPersonalAgendaHasWhatThePersonAttendsAndTheExclusiveSessions() {
    let plan = Sample.plan
    let agenda = Agenda(document: Sample.document, release: 2, plan: plan, audience: .organisers, participant: plan.participants[2])
    #expect(agenda.sessionIDs == ["opening", "lab"])
    #expect(agenda.person == "Awa")
  }

  /// A personal agenda is handed to its person: a speaker who did not consent to
  /// publication is shown to them as the public sees her, as in their invitations; a
  /// speaker's own agenda names her.
  @Test func aPersonalAgendaShowsOtherSpeakersAsThePublicSeesThem() {
    var plan = Sample.plan
    plan.signups.append(Signup(participant: "p003", session: "panel"))
    let agenda = Agenda(document: Sample.document, release: 2, plan: plan, audience: .organisers, participant: plan.participants[2])
    #expect(agenda.days[0].items.first { $0.id == "panel" }?.speakers == ["Senior Local Government Representative, Uganda"])
    let own = Agenda(document: Sample.document, release: 2, plan: plan, audience: .organisers, participant: plan.participants[1])
    #expect(own.days[0].items.first { $0.id == "panel" }?.speakers == ["Hidden Person"])
    #expect(own.person == "Hidden Person")
  }
}

@Suite struct AgendaRendererTests {
  let agenda = Agenda(document: Sample.document, release: 2, plan: Sample.plan, audience: .publicView)

  @Test func markdownEscapesTableCharacters() {
    let text = AgendaRenderer.markdown(agenda, labels: AgendaLabels(language: "fr"))
    #expect(text.contains("| 10:30-12:00 | Salle plénière | **Panel \\| \"what works\"** (Interprétation: fr>en) | Senior Local Government Representative, Uganda |"))
    #expect(text.contains("| 12:30-13:30 | | *Déjeuner* | |"))
    #expect(text.hasPrefix("# Atelier \\<régional\\>"))
    #expect(!text.contains("Hidden Person"))
  }

  @Test func csvNeutralisesFormulas() {
    let text = AgendaRenderer.csv(agenda)
    #expect(text.hasPrefix("date,start,end,room,session,title,kind,track,language,interpretation,speakers,moderators\r\n"))
    #expect(text.contains("2027-03-09,13:30,14:30,b,lab,'=Lab,workshop,"))
  }

  @Test func htmlIsEscapedAndRightToLeftInArabic() throws {
    let template = """
      <html lang="{{lang}}" dir="{{dir}}"><h1>{{title}}</h1>{{#days}}{{#items}}<p>{{title}}|{{speakers}}</p>{{/items}}{{/days}}</html>
      """
    let arabic = try AgendaRenderer.html(agenda, labels: AgendaLabels(language: "ar"), template: template)
    #expect(arabic.hasPrefix("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(arabic.contains("<h1>Atelier &lt;régional&gt;</h1>"))
    #expect(arabic.contains("<p>Panel | &quot;what works&quot;|Senior Local Government Representative, Uganda</p>"))
    let english = try AgendaRenderer.html(agenda, labels: AgendaLabels(language: "en"), template: template)
    #expect(english.hasPrefix("<html lang=\"en\" dir=\"ltr\">"))
  }

  @Test func peopleAreSeparatedBySemicolonsSinceTheirPublicNamesHoldCommas() throws {
    var document = Sample.document
    document.sessions[1].speakers = ["p002", "p001"]
    document.sessions[1].moderators = ["p002"]
    let agenda = Agenda(document: document, release: 2, plan: Sample.plan, audience: .publicView)
    let text = AgendaRenderer.markdown(agenda, labels: AgendaLabels(language: "en"))
    #expect(text.contains("| Senior Local Government Representative, Uganda; Aïcha Koné; Moderators: Senior Local Government Representative, Uganda |"))
    let html = try AgendaRenderer.html(agenda, labels: AgendaLabels(language: "en"), template: "{{#days}}{{#items}}[{{speakers}}]{{/items}}{{/days}}")
    #expect(html.contains("[Senior Local Government Representative, Uganda; Aïcha Koné]"))
  }

  /// The page's template isolates each name (`<bdi>`): an Arabic name beside a Latin one
  /// took the separator and its neighbour into its right-to-left run.
  @Test func eachNameIsIsolatedOnThePage() throws {
    var document = Sample.document
    document.sessions[1].speakers = ["p002", "p001"]
    let agenda = Agenda(document: document, release: 2, plan: Sample.plan, audience: .publicView)
    let template = try #require(TemplateBundle.text(of: "agenda.html.mustache"))
    let html = try AgendaRenderer.html(agenda, labels: AgendaLabels(language: "ar"), template: template)
    #expect(html.contains("<bdi>Senior Local Government Representative, Uganda</bdi>; <bdi>Aïcha Koné</bdi></div>"))
  }

  @Test func theAgendaNamesTheReleaseItShowsOrSaysItIsADraft() {
    let released = AgendaRenderer.markdown(agenda, labels: AgendaLabels(language: "en"))
    #expect(released.contains("Times are local (Africa/Dakar), release 2."))
    let draft = Agenda(document: Sample.document, release: nil, plan: Sample.plan, audience: .publicView)
    #expect(AgendaRenderer.markdown(draft, labels: AgendaLabels(language: "en")).contains("Times are local (Africa/Dakar), draft, not yet published."))
    #expect(AgendaRenderer.markdown(draft, labels: AgendaLabels(language: "fr")).contains("brouillon, pas encore publié"))
  }
}
