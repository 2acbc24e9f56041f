import ArgumentParser

/// The `convene` command: it only lists the subcommands.
struct Convene: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convene",
    abstract: "Plan and run city-network events from a folder of plain files.",
    discussion: """
      Every command works on an event workspace (the current folder, or --workspace DIR).
      Exit codes: 0 success, 1 invalid input or errors found, 2 usage errors, 3 workspace busy, \
      130 Ctrl-C, 143 SIGTERM.
      """,
    version: "0.1.0",
    subcommands: [
      InitCommand.self, CheckCommand.self, ParticipantsCommand.self, ScheduleCommand.self,
      ExplainCommand.self, PublishCommand.self, AgendaCommand.self, InviteCommand.self, RSVPCommand.self,
      NotifyCommand.self, PlanCommand.self, TravelCommand.self, LettersCommand.self,
      AttendanceCommand.self, FeedbackCommand.self, ReportCommand.self, BadgesCommand.self,
      CertificatesCommand.self, FollowupCommand.self, NetworkCommand.self,
    ])
}
