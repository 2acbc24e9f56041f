import ConveneCore

/// Moves people between registration statuses and fills freed places from the waitlist, in
/// waitlist order (the order of `participants.csv`), respecting capacity and quotas.
public struct StatusChange: Sendable {
  /// The event whose capacity and quotas apply.
  public var event: Event

  /// Creates a status change for `event`.
  public init(event: Event) { self.event = event }

  /// What a change did.
  public struct Outcome: Sendable, Equatable {
    /// Every participant after the change.
    public var participants: [Participant]
    /// Ids whose status changed as asked, with the old status.
    public var changed: [(id: String, from: ParticipantStatus)]
    /// Ids already in the asked status.
    public var alreadyThere: [String]
    /// Ids moved from the waitlist to `registered` because places became free.
    public var promoted: [String]

    public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
      lhs.participants == rhs.participants && lhs.changed.map(\.id) == rhs.changed.map(\.id)
        && lhs.alreadyThere == rhs.alreadyThere && lhs.promoted == rhs.promoted
    }
  }

  /// Why a change cannot be made; nothing is changed.
  public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownParticipant(String)
    case noPlace(id: String, category: String)
    /// A free place would go to `id` while `ahead`, earlier on the waitlist, wait for it.
    case outOfTurn(id: String, ahead: [String])
    /// No place is left for `id` once `earlier`, of the same change and ahead of it in the
    /// order places are offered, took the free ones.
    case takenInTheSameChange(id: String, earlier: [String])

    public var description: String {
      switch self {
      case .unknownParticipant(let id): "no participant has the id \"\(Identifier.shown(id))\""
      case .noPlace(let id, let category):
        "\(id) does not hold a place and the event"
          + (category.isEmpty ? "" : " or its category \(category)")
          + " is full; cancel someone first, raise the capacity or quota in event.json, or use --over-capacity"
      case .outOfTurn(let id, let ahead):
        "a free place would go to \(id) while "
          + (ahead.count == 1 ? "\(ahead[0]) waits" : "\(ahead.joined(separator: ", ")) wait")
          + " for it ahead on the waitlist; `participants promote` offers places in waitlist order,"
          + " or use --out-of-turn to give \(id) the place first"
      case .takenInTheSameChange(let id, let earlier):
        "\(id) does not hold a place and none is left once \(earlier.joined(separator: ", ")), ahead of \(id) in the "
          + "order places are offered (that of participants.csv), "
          + (earlier.count == 1 ? "takes the free one" : "take the free ones")
          + "; confirm fewer people, raise the capacity or quota in event.json, or use --over-capacity"
      }
    }
  }

  /// Sets `ids` to `status`. Confirming someone who holds no place needs a free one unless
  /// `overCapacity`, and one no one waits for ahead of them on the waitlist unless
  /// `outOfTurn`; cancelling or declining frees places that the waitlist then fills. A change
  /// that frees no place (someone already in the status, a confirmation) moves no one on the
  /// waitlist: places already free are filled by `promoteFromWaitlist`.
  public func apply(
    _ status: ParticipantStatus, to ids: [String], in participants: [Participant],
    overCapacity: Bool = false, outOfTurn: Bool = false
  ) throws(Problem) -> Outcome {
    var people = participants
    let index = Dictionary(people.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    var places = PlaceCounter(event: event, participants: people)
    var changed: [(String, ParticipantStatus)] = []
    var already: [String] = []
    var freedAPlace = false
    var placed: [String] = []
    if let unknown = ids.first(where: { index[$0] == nil }) { throw .unknownParticipant(unknown) }
    // In the order places are offered (the waitlist's, that of participants.csv), whatever
    // the order of the command: the people of one change do not pass each other.
    let positions = ids.compactMap { id in index[id].map { (id: id, position: $0) } }
    for (id, position) in positions.sorted(by: { $0.position < $1.position }) {
      let person = people[position]
      if person.status == status {
        already.append(id)
        continue
      }
      if status.holdsPlace && !person.holdsPlace {
        let free = places.hasPlace(for: person.category)
        guard overCapacity || free else {
          let before = PlaceCounter(event: event, participants: participants)
          if !placed.isEmpty && before.hasPlace(for: person.category) {
            throw .takenInTheSameChange(id: id, earlier: placed)
          }
          throw .noPlace(id: id, category: person.category)
        }
        if free && !outOfTurn {
          let ahead = Self.waitingAhead(of: position, in: people, places: places, besides: Set(ids))
          if !ahead.isEmpty { throw .outOfTurn(id: id, ahead: ahead) }
        }
        places.take(person.category)
        placed.append(id)
      } else if !status.holdsPlace && person.holdsPlace {
        places.free(person.category)
        freedAPlace = true
      }
      people[position].status = status
      changed.append((id, person.status))
    }
    let promoted = freedAPlace ? Self.promote(&people, places: &places) : []
    return Outcome(participants: people, changed: changed, alreadyThere: already, promoted: promoted)
  }

  /// The people on the waitlist a free place would go to before the person at `position`:
  /// those earlier on it (everyone on it, for someone not on it) whose category has a free
  /// place, other than `besides` (the people of the same change).
  static func waitingAhead(
    of position: Int, in people: [Participant], places: PlaceCounter, besides: Set<String>
  ) -> [String] {
    let end = people[position].status == .waitlisted ? position : people.count
    return people[..<end].filter {
      $0.status == .waitlisted && !besides.contains($0.id) && places.hasPlace(for: $0.category)
    }.map(\.id)
  }

  /// Fills free places from the waitlist without changing anyone else.
  public func promoteFromWaitlist(_ participants: [Participant]) -> Outcome {
    var people = participants
    var places = PlaceCounter(event: event, participants: people)
    let promoted = Self.promote(&people, places: &places)
    return Outcome(participants: people, changed: [], alreadyThere: [], promoted: promoted)
  }

  static func promote(_ people: inout [Participant], places: inout PlaceCounter) -> [String] {
    var promoted: [String] = []
    for position in people.indices where people[position].status == .waitlisted {
      let category = people[position].category
      guard places.hasPlace(for: category) else { continue }
      places.take(category)
      people[position].status = .registered
      promoted.append(people[position].id)
    }
    return promoted
  }
}
