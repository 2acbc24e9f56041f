import ConveneCore

/// One question a member city put to the network's help desk, as `requests.csv` records it.
public struct HelpRequest: Sendable, Equatable {
  /// Where the request stands.
  public enum Status: String, Sendable, CaseIterable, Equatable {
    /// Received, not yet answered.
    case open
    /// Being worked on.
    case inProgress = "in-progress"
    /// Answered: `resolved_on` says when.
    case resolved
    /// Closed without an answer (withdrawn, out of scope).
    case closed
  }

  /// The member city's id.
  public var city: String
  /// The day the request came in.
  public var date: LocalDate
  /// What it was about (`funding`, `prevention plan`), as the help desk files it.
  public var topic: String
  /// Where it stands.
  public var status: Status
  /// The day it was answered, or nil.
  public var resolvedOn: LocalDate?
  /// The line in `requests.csv` (0 when not read from it).
  public var line: Int

  /// Creates a request.
  public init(
    city: String, date: LocalDate, topic: String, status: Status, resolvedOn: LocalDate? = nil,
    line: Int = 0
  ) {
    self.city = city
    self.date = date
    self.topic = topic
    self.status = status
    self.resolvedOn = resolvedOn
    self.line = line
  }

  /// Days from the request to its answer, for a resolved request.
  public var daysToResolve: Int? {
    guard status == .resolved, let resolvedOn else { return nil }
    return resolvedOn.daysSinceEpoch - date.daysSinceEpoch
  }
}
