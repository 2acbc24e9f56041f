/// The rules a row of `participants.csv` keeps on its own: no value longer than its field may
/// be (`Limits.textCharacters`), a known country, language codes and time zone, a departure
/// after the arrival. They are applied where the file is read, so that `check` reports them
/// and no command that writes badges, agendas or e-mails from the file goes on with them.
public enum ParticipantRowRules {
  /// One broken rule: the column, the message and a hint.
  public struct Problem: Sendable, Equatable {
    /// The column.
    public var field: String
    /// What is wrong.
    public var message: String
    /// How to mend it.
    public var hint: String?
  }

  /// Every rule `person` breaks, in column order.
  public static func problems(of person: Participant) -> [Problem] {
    var problems = lengthProblems(of: person)
    if !person.country.isEmpty && Country.withCode(person.country) == nil {
      problems.append(
        Problem(
          field: "country", message: "\"\(person.country)\" is not an ISO 3166-1 alpha-2 country code",
          hint: "for example KE, FR, LB"))
    }
    for code in person.languages where Language.withCode(code) == nil {
      let unknown = Language.unknown(code)
      problems.append(Problem(field: "languages", message: unknown.message, hint: unknown.hint))
    }
    if !person.timezone.isEmpty && !TimeZoneNames.isKnown(person.timezone) {
      problems.append(
        Problem(
          field: "timezone", message: "unknown time zone \"\(person.timezone)\"",
          hint: "use an IANA name such as Asia/Karachi"))
    }
    if let arrival = person.arrival, let departure = person.departure, leaves(departure, before: arrival) {
      problems.append(
        Problem(field: "departure", message: "\(person.id) leaves (\(departure)) before arriving (\(arrival))"))
    }
    return problems
  }

  /// True when `departure` is at or before `arrival`: the row leaves before it arrives. When
  /// both carry an offset from UTC they are compared as instants (`01:00+00:00` is after
  /// `03:00+03:00`); when neither does, as the clock times written. When one does, the other
  /// is the event's clock (`eventZone`, an IANA name): without it, nothing can be told, and
  /// the answer is false (`check`, which knows the zone, asks again).
  public static func leaves(
    _ departure: LocalDateTime, before arrival: LocalDateTime, eventZone: String? = nil
  ) -> Bool {
    if departure.offsetMinutes == nil && arrival.offsetMinutes == nil {
      return (departure.date, departure.time) <= (arrival.date, arrival.time)
    }
    func offset(_ value: LocalDateTime) -> Int? {
      value.offsetMinutes ?? eventZone.flatMap { TimeZoneNames.offsetMinutes(at: value, in: $0) }
    }
    guard let leaving = offset(departure), let coming = offset(arrival) else { return false }
    return departure.minutesSinceEpoch - leaving <= arrival.minutesSinceEpoch - coming
  }

  /// A value longer than its field may be: stored, it would make badges, certificates and
  /// e-mail headers that no one can use.
  static func lengthProblems(of person: Participant) -> [Problem] {
    var problems: [Problem] = []
    var column = 0
    ParticipantFields.forEachCell(of: person) { cell in
      defer { column += 1 }
      let field = ParticipantFields.names[column]
      let limit = Limits.textCharacters(field: field)
      guard let length = Limits.overlong(cell, limit: limit) else { return }
      problems.append(
        Problem(
          field: field,
          message: "\(person.id)'s \(field) is \(length.grouped) characters long, more than the \(limit.grouped) it may hold",
          hint: "shorten it"))
    }
    return problems
  }
}
