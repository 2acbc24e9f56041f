/// Where a message is on its way to its recipient. `written` → `sending` (recorded, on disk,
/// just before the mail program gets it) → `sent` (the program exited with 0) or `failed`
/// (it refused: safe to send again). A message left in `sending` may or may not have been
/// sent (convene or the program was killed during the hand-off). `superseded`: never sent,
/// and replaced by a later message before it was.
public enum DeliveryState: String, Sendable, CaseIterable {
  case written, sending, sent, failed, superseded
}

/// What a plan of messages counts as already given to their recipients.
public enum DeliveryBasis: Sendable, Equatable {
  /// Every message made, sent by convene or not: for organisers who send the files of
  /// `outbox/` themselves.
  case written
  /// Only what was handed to the mail program: `sent`, and `sending` (it may have arrived).
  /// Messages made but never sent are not counted: what they carried is planned again, and
  /// they are superseded unless the new plan is exactly theirs. With `resendingUncertain`,
  /// messages left in `sending` are not counted either, so they are sent again.
  case delivered(resendingUncertain: Bool)

  /// The states of messages whose content the recipient has, or may have.
  public var given: Set<DeliveryState> {
    switch self {
    case .written: [.written, .sending, .sent, .failed]
    case .delivered(let resending): resending ? [.sent] : [.sending, .sent]
    }
  }

  /// The states of messages not counted as given, which a new plan may send as they were
  /// written when it needs exactly what they carry.
  public var reusable: Set<DeliveryState> {
    switch self {
    case .written: []
    case .delivered(let resending): resending ? [.written, .failed, .sending] : [.written, .failed]
    }
  }

  /// The states of messages a new plan that does not reuse them records as `superseded`:
  /// those never handed to the mail program. A message left in `sending` may have arrived, so
  /// it is never recorded as never sent, even when `--resend-uncertain` plans its content
  /// again (to an address corrected since, or in a later release): it stays "may have been
  /// sent" until the organiser records it with `--mark-sent`.
  public var supersedable: Set<DeliveryState> { reusable.subtracting([.sending]) }
}
