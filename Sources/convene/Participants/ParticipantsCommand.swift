import ArgumentParser

/// `convene participants ...`: registration.
struct ParticipantsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "participants",
    abstract: "Import registrations, list people, manage places and the waitlist.",
    subcommands: [
      ImportCommand.self, ListCommand.self, StatsCommand.self, WaitlistCommand.self,
      ConfirmCommand.self, CancelCommand.self, DeclineCommand.self, PromoteCommand.self,
    ])
}
