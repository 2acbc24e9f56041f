/// One person (`participants.csv`).
public struct Participant: Sendable, Equatable {
  /// The assigned id (`p001`): never derived from a name or an address.
  public var id: String
  /// The name, exactly as the person wrote it.
  public var name: String
  /// The e-mail address, trimmed and in lower case.
  public var email: String
  /// The category id.
  public var category: String
  /// Job title or role ("Deputy Mayor").
  public var title: String
  /// Organisation.
  public var organisation: String
  /// City.
  public var city: String
  /// ISO 3166-1 alpha-2 country code.
  public var country: String
  /// Network region.
  public var region: String
  /// `woman`, `man`, `non-binary`, `other`, `prefer-not-to-say`, or empty.
  public var gender: String
  /// An age group such as `25-34`, or empty.
  public var ageGroup: String
  /// ISO 639-1 codes.
  public var languages: [String]
  /// Access, dietary or other needs, as written.
  public var needs: [String]
  /// IANA time zone, for people who join online.
  public var timezone: String
  /// When the person arrives; before it they are unavailable.
  public var arrival: LocalDateTime?
  /// When the person leaves; after it they are unavailable.
  public var departure: LocalDateTime?
  /// Windows when the person is not available.
  public var unavailable: [TimeWindow]
  /// Groups whose members follow the same sessions.
  public var cohorts: [String]
  /// Whether public outputs may show the name.
  public var publishName: Bool
  /// Registration status.
  public var status: ParticipantStatus
  /// The line in `participants.csv` (0 when not read from a file).
  public var line: Int
  /// Columns of `participants.csv` that convene does not use, kept as they are.
  public var extra: [String: String] = [:]

  /// Creates a participant; only the id, name and e-mail are required.
  public init(
    id: String, name: String, email: String, category: String = "", title: String = "",
    organisation: String = "", city: String = "", country: String = "", region: String = "",
    gender: String = "", ageGroup: String = "", languages: [String] = [], needs: [String] = [],
    timezone: String = "", arrival: LocalDateTime? = nil, departure: LocalDateTime? = nil,
    unavailable: [TimeWindow] = [], cohorts: [String] = [], publishName: Bool = false,
    status: ParticipantStatus = .registered, line: Int = 0
  ) {
    self.id = id
    self.name = name
    self.email = email
    self.category = category
    self.title = title
    self.organisation = organisation
    self.city = city
    self.country = country
    self.region = region
    self.gender = gender
    self.ageGroup = ageGroup
    self.languages = languages
    self.needs = needs
    self.timezone = timezone
    self.arrival = arrival
    self.departure = departure
    self.unavailable = unavailable
    self.cohorts = cohorts
    self.publishName = publishName
    self.status = status
    self.line = line
  }

  /// True when the person holds one of the event's places.
  public var holdsPlace: Bool { status.holdsPlace }
}

/// Where a person stands in registration.
public enum ParticipantStatus: String, Sendable, CaseIterable, Equatable {
  case invited, registered, confirmed, waitlisted, declined, cancelled

  /// Invited, registered and confirmed people hold a place; the others do not.
  public var holdsPlace: Bool { self == .invited || self == .registered || self == .confirmed }
}
