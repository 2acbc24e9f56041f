import ConveneCore

@testable import ConveneCalendar

/// A small published event: two sessions, three people (a moderator, a speaker, an attendee
/// who joins online from Dhaka), and a release placing both sessions.
enum PlanFixture {
  static var plan: EventPlan {
    var plan = EventPlan(
      event: Event(
        id: "nbo", title: "Nairobi Workshop", kind: .workshop, mode: .hybrid, timezone: "Africa/Nairobi",
        organiser: Organiser(name: "Unit", email: "events@example.org"), languages: ["en", "fr"],
        days: [EventDay(date: LocalDate("2027-03-09")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))],
        venues: [Venue(id: "v", name: "Conference Centre", address: "1 Example Road, Nairobi")]))
    plan.rooms = [Room(id: "hall", name: "Main Hall", venue: "v", capacity: 100)]
    plan.participants = [
      Participant(id: "p001", name: "Awa Moderator", email: "awa@example.org", publishName: true, status: .confirmed),
      Participant(id: "p002", name: "Secret Speaker", email: "secret@example.org", title: "Deputy Mayor", country: "UG", status: .confirmed),
      Participant(id: "p003", name: "Nusrat Online", email: "nusrat@example.org", timezone: "Asia/Dhaka", status: .confirmed),
    ]
    plan.sessions = [
      Session(id: "panel", title: "Panel", duration: 60, speakers: ["p002"], moderators: ["p001"], track: "youth", language: "en", interpretation: [LanguagePair("en>fr")!]),
      Session(id: "lab", title: "Lab", kind: .workshop, duration: 60),
    ]
    plan.signups = [Signup(participant: "p003", session: "panel"), Signup(participant: "p003", session: "lab")]
    return plan
  }

  static func release(panelAt time: String = "09:00", version: Int = 1, withLab: Bool = true, withPanel: Bool = true) -> ScheduleDocument {
    func at(_ time: String) -> LocalDateTime { LocalDateTime("2027-03-09 \(time)+03:00")! }
    let end = TimeOfDay(minutes: TimeOfDay(time)!.minutes + 60).description
    var sessions = [ScheduleDocument.Entry(id: "panel", title: "Panel", start: at(time), end: at(end), room: "hall", speakers: ["p002"], moderators: ["p001"])]
    if !withPanel { sessions = [] }
    if withLab { sessions.append(.init(id: "lab", title: "Lab", start: at("11:00"), end: at("12:00"), room: "hall", speakers: [], moderators: [])) }
    return ScheduleDocument(event: "nbo", timezone: "Africa/Nairobi", version: version, sessions: sessions)
  }
}
