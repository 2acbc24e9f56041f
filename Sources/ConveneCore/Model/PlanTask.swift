/// One task of the planning timeline (`tasks.csv`): what must be done, by when (an offset from
/// day 1 or from the last day), by whom, and whether it is done — written by the organiser, or
/// seen in the workspace through its `rule`.
public struct PlanTask: Sendable, Equatable {
  /// A short id (`venue-booked`): letters, digits, `-` and `_`.
  public var id: String
  /// The organiser's words; empty for a standard task, whose words come from the language
  /// table (`plan.task.ID`) in the event's first language.
  public var task: String
  /// When it is due, from day 1 (or the last day).
  public var offset: TaskOffset
  /// Who does it.
  public var owner: String
  /// When it was done, as the organiser wrote it.
  public var done: LocalDate?
  /// What in the workspace shows it done, if anything.
  public var rule: TaskRule?
  /// The line in `tasks.csv` (0 when not read from a file).
  public var line: Int

  /// Creates a task.
  public init(
    id: String, task: String = "", offset: TaskOffset, owner: String = "", done: LocalDate? = nil,
    rule: TaskRule? = nil, line: Int = 0
  ) {
    self.id = id
    self.task = task
    self.offset = offset
    self.owner = owner
    self.done = done
    self.rule = rule
    self.line = line
  }

  /// True for an id of letters, digits, `-` and `_` (at most 64), starting with a letter or
  /// digit: it names a calendar UID.
  public static func isValidID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64 else { return false }
    return isPlain(first) && id.unicodeScalars.allSatisfy { isPlain($0) || $0 == "-" || $0 == "_" }
  }

  private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }
}

extension PlanTask {
  /// The organiser's words, or the standard task's in `words`' language (`plan.task.ID`), or
  /// the id.
  public func title(words: LabelSet) -> String {
    if !task.isEmpty { return task }
    return words.words["task.\(id)"] ?? id
  }

  /// True for a task whose words the language table holds (`plan.task.ID`).
  public static func isStandard(_ id: String) -> Bool {
    LanguagePack.english.labels["plan.task.\(id)"] != nil
  }
}

/// When a task is due: a number of days, weeks or months before or after day 1 (`-16w`,
/// `+1d`, `0d`), or after the last day (`end+3w`, `end+4m`).
public struct TaskOffset: Sendable, Equatable, CustomStringConvertible {
  /// What the offset counts from.
  public enum Anchor: Sendable, Equatable {
    case firstDay, lastDay
  }

  /// What it counts in.
  public enum Unit: String, Sendable, Equatable {
    case days = "d", weeks = "w", months = "m"

    /// The largest amount read: ten years.
    var limit: Int {
      switch self {
      case .days: 3_660
      case .weeks: 522
      case .months: 120
      }
    }
  }

  public var anchor: Anchor
  /// Negative before the anchor, positive after.
  public var amount: Int
  public var unit: Unit

  /// Creates an offset.
  public init(anchor: Anchor = .firstDay, amount: Int, unit: Unit) {
    self.anchor = anchor
    self.amount = amount
    self.unit = unit
  }

  /// Reads `-16w`, `+1d`, `0d`, `end+3w`: an optional `end`, a sign (optional for 0), up to
  /// four digits within ten years, and `d`, `w` or `m`.
  public init?(_ text: String) {
    var rest = Substring(text.trimmed.lowercased())
    anchor = .firstDay
    if rest.hasPrefix("end") {
      anchor = .lastDay
      rest = rest.dropFirst(3)
    }
    guard let last = rest.last, let unit = Unit(rawValue: String(last)) else { return nil }
    rest = rest.dropLast()
    var sign = 0
    if rest.first == "-" || rest.first == "+" {
      sign = rest.first == "-" ? -1 : 1
      rest = rest.dropFirst()
    }
    guard (1...4).contains(rest.count), rest.allSatisfy({ $0.isASCII && $0.isNumber }),
      let number = Int(rest), number <= unit.limit, sign != 0 || number == 0
    else { return nil }
    self.amount = sign * number
    self.unit = unit
  }

  public var description: String {
    let number = amount < 0 ? "-\(-amount)" : amount == 0 ? "0" : "+\(amount)"
    return "\(anchor == .lastDay ? "end" : "")\(number)\(unit.rawValue)"
  }

  /// The due date for an event from `first` to `last`; months keep the day of the month, or
  /// take the month's last day when it is shorter. Computed exactly on either side of the
  /// years convene reads (an event in 2200 has a follow-up in 2201).
  public func date(first: LocalDate, last: LocalDate) -> LocalDate {
    let base = anchor == .firstDay ? first : last
    switch unit {
    case .days: return base.adding(days: amount)
    case .weeks: return base.adding(days: amount * 7)
    case .months:
      let months = base.year * 12 + (base.month - 1) + amount
      let year = months >= 0 ? months / 12 : (months - 11) / 12
      let month = months - year * 12 + 1
      var date = base
      date.year = year
      date.month = month
      date.day = min(base.day, LocalDate.daysIn(month: month, year: year))
      return date
    }
  }
}

/// What in the workspace shows a task done, so that `convene plan` sees it for itself.
public enum TaskRule: String, Sendable, Equatable, CaseIterable {
  /// Someone has registered (participants.csv holds a person who is not just invited).
  case registrationsOpen = "registrations-open"
  /// Every place is taken (capacity reached), or `registration_closes` has passed.
  case registrationsClosed = "registrations-closed"
  /// A release is in `releases/`.
  case schedulePublished = "schedule-published"
  /// Every person holding a place (with an e-mail) was sent their invitations, and nothing is
  /// waiting, failed or uncertain in the invitation ledger.
  case invitationsSent = "invitations-sent"
  /// Everyone's registration notice is sent (`convene notify` has nothing left to send).
  case noticesSent = "notices-sent"
  /// Everyone confirmed who needs a visa letter (travel.csv) has one in `letters/visa/`.
  case visaLettersWritten = "visa-letters-written"
  /// `feedback/feedback.csv` holds responses.
  case feedbackCollected = "feedback-collected"
  /// `reports/` holds the report.
  case reportWritten = "report-written"
}
