import ConveneAgenda
import ConveneCore
import ConveneWorkspace

/// What `convene agenda` reads: the plan (participants, sessions and rooms free of errors),
/// the schedule it shows (`AgendaSource`) and, for a personal agenda, the person. It only
/// reads, so it takes no lock.
public enum AgendaRun {
  /// What was read, and the agenda made of it.
  public struct Outcome: Sendable {
    public var plan: EventPlan
    /// The schedule shown.
    public var document: ScheduleDocument
    /// The person of a personal agenda.
    public var participant: Participant?
    public var agenda: Agenda
  }

  /// The agenda of release `release` (or of `schedule.json`) for `audience`, of one
  /// participant's sessions when `participant` is given; fails when the files it needs have
  /// errors, the schedule is missing, or no participant has the id or that person holds no
  /// place.
  public static func load(
    _ workspace: Workspace, release: Int?, participant id: String?, audience: Agenda.Audience, language: String? = nil
  ) throws -> Outcome {
    let plan = try workspace.loadPlan(
      requiringValid: [ParticipantsFile.name, SessionsFile.name, RoomsFile.name]
    ).plan
    let (document, shown) = try AgendaSource.load(workspace, release: release)
    var person: Participant?
    if let id {
      guard let found = plan.participants.first(where: { $0.id == id }) else {
        throw CommandFailure("--for \"\(Identifier.shown(id))\": no participant has this id")
      }
      // As for invitations (`SessionAttendees`): someone waitlisted, declined or cancelled
      // attends nothing, not even the plenaries.
      guard found.holdsPlace else {
        throw CommandFailure(
          "--for \(id): \(id) is \(found.status.rawValue) and holds no place, so has no agenda (and no invitations); `participants confirm \(id)` gives them one")
      }
      person = found
    }
    let agenda = Agenda(
      document: document, release: shown, plan: plan, audience: audience, participant: person,
      language: language ?? plan.event.languages.first ?? LanguagePack.english.code)
    return Outcome(plan: plan, document: document, participant: person, agenda: agenda)
  }
}
