/// Everything a workspace describes about one event, as loaded from its files.
public struct EventPlan: Sendable, Equatable {
  /// `event.json`.
  public var event: Event
  /// `rooms.csv`.
  public var rooms: [Room]
  /// `participants.csv`.
  public var participants: [Participant]
  /// `sessions.csv`.
  public var sessions: [Session]
  /// `signups.csv`.
  public var signups: [Signup]
  /// Lines of `event.json` by field path (`days[0].breaks[1]`), for messages.
  public var eventLines: [String: Int]

  /// Creates a plan.
  public init(
    event: Event, rooms: [Room] = [], participants: [Participant] = [],
    sessions: [Session] = [], signups: [Signup] = [], eventLines: [String: Int] = [:]
  ) {
    self.event = event
    self.rooms = rooms
    self.participants = participants
    self.sessions = sessions
    self.signups = signups
    self.eventLines = eventLines
  }
}
