import ConveneAgenda
import ConveneCalendar
import ConveneCore

/// An agenda as data for other programs (`agenda --format ics|json`): the schedule cut to the
/// agenda's sessions, with names as its audience may see them.
public enum AgendaExport {
  /// The calendar (METHOD:PUBLISH, no attendees) of `agenda`'s sessions in `document`,
  /// stamped `stamp` (seconds since 1970), its descriptions in `language`.
  public static func calendar(
    _ agenda: Agenda, of document: ScheduleDocument, plan: EventPlan, stamp: Int, language: String
  ) -> CalendarDocument {
    let events = SessionEvents(plan: plan, document: document, stamp: stamp)
    var calendar = events.agenda(language: language)
    let included = Set(agenda.sessionIDs.map(events.agendaUID))
    calendar.events = calendar.events.filter { included.contains($0.uid) }
    return calendar
  }

  /// `document` with `agenda`'s sessions only. A public or personal agenda leaves out the
  /// sessions not scheduled; a public one shows speakers and moderators by the names
  /// `publish_name` allows.
  public static func document(
    _ agenda: Agenda, of document: ScheduleDocument, plan: EventPlan, publicNames: Bool, personal: Bool,
    language: String
  ) -> ScheduleDocument {
    var filtered = document
    let included = Set(agenda.sessionIDs)
    filtered.sessions = document.sessions.filter { included.contains($0.id) }
    if publicNames || personal { filtered.unscheduled = [] }
    if publicNames {
      let people = plan.participantsByID
      func shown(_ id: String) -> String { people[id]?.publicName(in: language) ?? id }
      for index in filtered.sessions.indices {
        filtered.sessions[index].speakers = filtered.sessions[index].speakers.map(shown)
        filtered.sessions[index].moderators = filtered.sessions[index].moderators.map(shown)
      }
    }
    return filtered
  }
}
