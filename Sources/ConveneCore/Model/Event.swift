/// The settings of one event, as `event.json` describes them.
public struct Event: Sendable, Equatable {
  /// A short id used in file names and calendar UIDs (`nairobi-2027`).
  public var id: String
  /// The title shown to participants.
  public var title: String
  /// The kind of event.
  public var kind: EventKind
  /// In person, online or hybrid.
  public var mode: EventMode
  /// The IANA time zone of the venue (`Africa/Nairobi`).
  public var timezone: String
  /// Who sends invitations.
  public var organiser: Organiser
  /// ISO 639-1 codes of the working languages.
  public var languages: [String]
  /// The scheduling grid in minutes: session lengths and starts are multiples of it.
  public var gridMinutes: Int
  /// The days, in order.
  public var days: [EventDay]
  /// The venues rooms belong to.
  public var venues: [Venue]
  /// The most people who can hold a place, or nil for no limit.
  public var capacity: Int?
  /// The participant categories, with optional quotas.
  public var categories: [Category]
  /// Weights and settings for the scheduler.
  public var scheduling: SchedulingSettings
  /// Feedback questions and indicators; empty when `event.json` declares none.
  public var evaluation: Evaluation
  /// How published figures protect small groups.
  public var disclosure: DisclosurePolicy
  /// Who signs the organisers' letters (visa support), or nil when `event.json` has none.
  public var letterhead: Letterhead? = nil
  /// The last day registrations are taken, or nil when they close only when the event is full.
  public var registrationCloses: LocalDate? = nil

  /// Creates an event.
  public init(
    id: String, title: String, kind: EventKind, mode: EventMode = .inPerson, timezone: String,
    organiser: Organiser, languages: [String] = ["en"], gridMinutes: Int = 15,
    days: [EventDay], venues: [Venue] = [], capacity: Int? = nil,
    categories: [Category] = Category.defaults, scheduling: SchedulingSettings = .init(),
    evaluation: Evaluation = .init(), disclosure: DisclosurePolicy = .init()
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.mode = mode
    self.timezone = timezone
    self.organiser = organiser
    self.languages = languages
    self.gridMinutes = gridMinutes
    self.days = days
    self.venues = venues
    self.capacity = capacity
    self.categories = categories
    self.scheduling = scheduling
    self.evaluation = evaluation
    self.disclosure = disclosure
  }

  /// The dates of the days, in order.
  public var dates: [LocalDate] { days.map(\.date) }

  /// The category with the given id.
  public func category(_ id: String) -> Category? { categories.first { $0.id == id } }
}

/// The kinds of event the network runs.
public enum EventKind: String, Sendable, CaseIterable, Equatable {
  case workshop
  case regionalWorkshop = "regional-workshop"
  case globalSummit = "global-summit"
  case webinar
  case briefing
  case training
  case exchange
  case siteVisit = "site-visit"
  case leadershipInitiative = "leadership-initiative"
}

/// Where participants are.
public enum EventMode: String, Sendable, CaseIterable, Equatable {
  case inPerson = "in-person"
  case online
  case hybrid
}

/// The organiser named in invitations.
public struct Organiser: Sendable, Equatable {
  /// The display name.
  public var name: String
  /// The address replies go to.
  public var email: String

  /// Creates an organiser.
  public init(name: String, email: String) {
    self.name = name
    self.email = email
  }
}

/// One day of the event with its opening hours and breaks.
public struct EventDay: Sendable, Equatable {
  /// The date.
  public var date: LocalDate
  /// When sessions may begin.
  public var start: TimeOfDay
  /// When sessions must have ended.
  public var end: TimeOfDay
  /// Breaks in which no session runs.
  public var breaks: [EventBreak]

  /// Creates a day.
  public init(date: LocalDate, start: TimeOfDay, end: TimeOfDay, breaks: [EventBreak] = []) {
    self.date = date
    self.start = start
    self.end = end
    self.breaks = breaks
  }
}

/// A break inside a day.
public struct EventBreak: Sendable, Equatable {
  /// Start of the break.
  public var start: TimeOfDay
  /// End of the break.
  public var end: TimeOfDay
  /// What it is called on the agenda ("Lunch").
  public var label: String

  /// Creates a break.
  public init(start: TimeOfDay, end: TimeOfDay, label: String) {
    self.start = start
    self.end = end
    self.label = label
  }
}

/// A venue: a building with an address.
public struct Venue: Sendable, Equatable {
  /// The id rooms refer to.
  public var id: String
  /// The name.
  public var name: String
  /// The postal address, shown in invitations.
  public var address: String
  /// Minutes people need to get between this venue and any other (a site visit across town):
  /// sessions at two different venues are at least the larger of their two travel times apart
  /// for anyone who attends both. 0 for the main venue.
  public var travelMinutes: Int

  /// Creates a venue.
  public init(id: String, name: String, address: String, travelMinutes: Int = 0) {
    self.id = id
    self.name = name
    self.address = address
    self.travelMinutes = travelMinutes
  }
}

/// Scheduler settings that `event.json` may override.
public struct SchedulingSettings: Sendable, Equatable {
  /// Constraint weights by constraint name.
  public var weights: [String: Int]
  /// The shortest pause a person should have between two sessions.
  public var minPauseMinutes: Int
  /// Interpreter teams available per language pair (`en>fr`), for parallel sessions.
  public var interpretationTeams: [String: Int]

  /// Creates settings.
  public init(
    weights: [String: Int] = [:], minPauseMinutes: Int = 15,
    interpretationTeams: [String: Int] = [:]
  ) {
    self.weights = weights
    self.minPauseMinutes = minPauseMinutes
    self.interpretationTeams = interpretationTeams
  }
}
