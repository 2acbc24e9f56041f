import ConveneCore

/// What the workspace shows of the run-up and wrap-up, for the tasks whose `TaskRule` lets
/// `convene plan` see them done: read by `PlanRun` from the participants, releases, ledgers,
/// travel, letters, feedback and reports.
public struct WorkspaceSignals: Sendable, Equatable {
  /// Messages of one kind by delivery state.
  public struct Messages: Sendable, Equatable {
    public var sent = 0
    /// Written or failed: not handed to the mail program yet.
    public var waiting = 0
    /// Left in `sending` by an interrupted run.
    public var uncertain = 0

    /// Creates counts.
    public init(sent: Int = 0, waiting: Int = 0, uncertain: Int = 0) {
      self.sent = sent
      self.waiting = waiting
      self.uncertain = uncertain
    }

    /// The counts of a ledger's states.
    public init(states: [DeliveryState]) {
      for state in states {
        switch state {
        case .sent: sent += 1
        case .written, .failed: waiting += 1
        case .sending: uncertain += 1
        case .superseded: break
        }
      }
    }
  }

  /// People who registered (every status but `invited`).
  public var registered = 0
  /// People holding a place, and the capacity.
  public var placesHeld = 0
  public var capacity: Int?
  /// `registration_closes` in `event.json`.
  public var registrationCloses: LocalDate?
  /// Releases in `releases/`.
  public var releases = 0
  /// The invitation ledger's messages.
  public var invitations = Messages()
  /// People holding a place, with an e-mail address, of whom the ledger knows no message.
  public var peopleWithoutInvitation = 0
  /// The notification ledger's messages.
  public var notices = Messages()
  /// Notices `convene notify --send` would still send (written or not).
  public var noticesDue = 0
  /// Rows of `travel.csv`.
  public var travellers = 0
  /// People holding a place who need a visa, and those with a letter in `letters/visa/`.
  public var visaLettersNeeded = 0
  public var visaLettersWritten = 0
  /// Responses in `feedback/feedback.csv`.
  public var feedbackResponses = 0
  /// True when `reports/` holds the report.
  public var reportWritten = false

  /// Creates signals; every count starts at zero.
  public init() {}
}
