import ConveneCore
import ConveneWorkspace

extension StatusChange {
  /// `participants confirm|cancel|decline|promote` as one transaction: under the workspace
  /// lock, read `participants.csv`, move `ids` to `status` (or, with no status, fill free
  /// places from the waitlist), and write the file when something changed.
  public static func run(
    _ status: ParticipantStatus?, ids: [String], overCapacity: Bool, outOfTurn: Bool = false,
    in workspace: Workspace, purpose: String
  ) throws -> Outcome {
    try workspace.transaction(purpose: purpose) {
      let (plan, contents) = try workspace.loadPlan(requiringValid: [ParticipantsFile.name])
      let change = StatusChange(event: plan.event)
      let outcome: Outcome
      if let status {
        do {
          outcome = try change.apply(
            status, to: ids, in: plan.participants, overCapacity: overCapacity, outOfTurn: outOfTurn)
        } catch {
          throw CommandFailure("\(ParticipantsFile.name): \(error); nothing was changed")
        }
      } else {
        outcome = change.promoteFromWaitlist(plan.participants)
      }
      if !outcome.changed.isEmpty || !outcome.promoted.isEmpty {
        try Interruption.checkpoint()
        try workspace.saveParticipants(
          outcome.participants, extraColumns: contents.participantExtraColumns)
      }
      return outcome
    }
  }
}
