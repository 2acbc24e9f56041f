import ConveneCalendar
import ConveneCore
import ConveneWorkspace

/// A participant whose invitations went to another address than `participants.csv` gives now:
/// the new address is sent every session (the calendar there has none), and the calendar at the
/// old address keeps what it was sent, which no message from convene can reach any more.
public struct MovedAddress: Sendable, Equatable {
  public var participant: String
  /// The address the earlier invitations went to.
  public var before: String
  /// The address `participants.csv` gives now.
  public var now: String

  /// The people among `planned` (those sent an update) whose last invitation given (`given`
  /// states: sent, or written for an organiser who sends the files) went to another address,
  /// read from that message's `To:` header.
  static func find(
    in planned: [InvitationPlanner.Message], plan: EventPlan, ledger: InvitationLedger, given: Set<DeliveryState>,
    workspace: Workspace
  ) throws -> [MovedAddress] {
    let people = plan.participantsByID
    var seen = Set<String>()
    var moved: [MovedAddress] = []
    for message in planned where !message.changed.isEmpty && seen.insert(message.participant).inserted {
      guard let person = people[message.participant], let now = EmailAddress.normalised(person.email) else { continue }
      let earlier = ledger.uids(of: person.id).lazy.compactMap { ledger.latest(person.id, $0, among: given)?.message }
      guard let last = earlier.first, let bytes = try workspace.fileSystem.contents(of: workspace.path(last)),
        let before = recipient(ofMessage: bytes), before != now
      else { continue }
      moved.append(MovedAddress(participant: person.id, before: before, now: now))
    }
    return moved
  }

  /// The address of the `To:` header of an e-mail (`Name <address>` or `address`), normalised.
  static func recipient(ofMessage bytes: [UInt8]) -> String? {
    let text = String(decoding: bytes.prefix(16_384), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    let head = text.components(separatedBy: "\n\n").first ?? ""
    let unfolded = head.replacingOccurrences(of: "\n ", with: " ").replacingOccurrences(of: "\n\t", with: " ")
    guard let line = unfolded.split(separator: "\n").first(where: { $0.lowercased().hasPrefix("to:") }) else { return nil }
    let value = line.dropFirst(3)
    if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
      return EmailAddress.normalised(String(value[value.index(after: open)..<close]))
    }
    return EmailAddress.normalised(String(value).trimmed)
  }
}
