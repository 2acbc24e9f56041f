import ConveneCheck
import ConveneCore
import ConveneWorkspace

/// What `convene travel` reads: the plan and `travel.csv`, which must pass `convene check`
/// (a rooming list made from rows that contradict each other would be wrong). It only reads.
public struct TravelLists: Sendable {
  public let plan: EventPlan
  public let travel: [TravelRecord]

  /// Reads the workspace; fails when `travel.csv` is missing or has errors.
  public static func load(_ workspace: Workspace) throws -> TravelLists {
    let (plan, contents) = try workspace.loadPlan(
      requiringValid: [ParticipantsFile.name, TravelFile.name])
    try requireFile(in: workspace)
    let errors = WorkspaceChecker.check(plan, travel: contents.travel).filter {
      $0.file == TravelFile.name && $0.severity == .error
    }
    guard errors.isEmpty else { throw WorkspaceError.invalid(errors) }
    return TravelLists(plan: plan, travel: contents.travel)
  }

  /// Fails, saying what the file holds, when the workspace has no `travel.csv`.
  private static func requireFile(in workspace: Workspace) throws {
    guard workspace.fileSystem.exists(workspace.path(TravelFile.name)) else {
      throw CommandFailure(
        "\(workspace.path(TravelFile.name)): no travel yet (columns \(TravelFile.columns.joined(separator: ",")))")
    }
  }

  /// The people holding a place: the lists are theirs.
  public var holding: Set<String> { Set(plan.participants.filter(\.holdsPlace).map(\.id)) }

  /// Names by participant id, as registered.
  public var names: [String: String] { plan.participantsByID.mapValues(\.name) }

  /// Travel rows of people who hold no place (waitlisted, cancelled, declined), left out of
  /// every list, with their status.
  public var leftOut: [(participant: String, status: ParticipantStatus)] {
    let people = plan.participantsByID
    return travel.compactMap { record in
      guard let person = people[record.participant], !person.holdsPlace else { return nil }
      return (record.participant, person.status)
    }
  }
}
