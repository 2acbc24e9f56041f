/// One person's travel and stay (`travel.csv`): passport and visa, flights, hotel and room,
/// dietary and access needs, funding. Personal data that stays in the workspace: it reaches
/// no public output, and reports only as suppressed counts.
public struct TravelRecord: Sendable, Equatable {
  /// The participant id.
  public var participant: String
  /// ISO 3166-1 alpha-2 code of the passport's country.
  public var nationality: String
  /// As printed in the passport: capital letters and digits.
  public var passportNumber: String
  public var passportExpiry: LocalDate?
  /// True when the person needs a visa (and so a support letter).
  public var needsVisa: Bool
  /// Flight numbers (`AF718`), and times local to the venue.
  public var arrivalFlight: String
  public var arrivalAt: LocalDateTime?
  /// False when `arrivalAt` was written as a date alone: the day is known, the landing time
  /// is not (it reads as 00:00).
  public var arrivalTimeGiven = true
  public var departureFlight: String
  public var departureAt: LocalDateTime?
  /// The hotel's name, as the organisers booked it.
  public var hotel: String
  /// The participant id of the person they share a room with, or empty.
  public var roomSharing: String
  /// Dietary needs (`vegetarian`, `halal`, ...), in lower case.
  public var dietary: [String]
  /// Access needs (`wheelchair`, `sign-language`, ...), in lower case.
  public var access: [String]
  /// Whether the organisers pay for the travel, or nil when not said.
  public var funded: Bool?
  /// The line in `travel.csv` (0 when not read from a file).
  public var line: Int

  /// Creates a record; only the participant is required.
  public init(
    participant: String, nationality: String = "", passportNumber: String = "",
    passportExpiry: LocalDate? = nil, needsVisa: Bool = false, arrivalFlight: String = "",
    arrivalAt: LocalDateTime? = nil, departureFlight: String = "", departureAt: LocalDateTime? = nil,
    hotel: String = "", roomSharing: String = "", dietary: [String] = [], access: [String] = [],
    funded: Bool? = nil, line: Int = 0
  ) {
    self.participant = participant
    self.nationality = nationality
    self.passportNumber = passportNumber
    self.passportExpiry = passportExpiry
    self.needsVisa = needsVisa
    self.arrivalFlight = arrivalFlight
    self.arrivalAt = arrivalAt
    self.departureFlight = departureFlight
    self.departureAt = departureAt
    self.hotel = hotel
    self.roomSharing = roomSharing
    self.dietary = dietary
    self.access = access
    self.funded = funded
    self.line = line
  }

  /// The dietary needs convene knows by name (its labels are `travel.need.NAME`); others are
  /// counted as written.
  public static let knownDietary = [
    "vegetarian", "vegan", "halal", "kosher", "gluten-free", "lactose-free", "nut-allergy",
    "diabetic",
  ]
  /// The access needs convene knows by name.
  public static let knownAccess = [
    "wheelchair", "step-free", "hearing-loop", "sign-language", "large-print", "assistance",
    "quiet-room",
  ]
}
