import ArgumentParser
import ConveneCore
import ConveneReleases
import ConveneWorkspace
import Foundation

/// `convene rsvp collect DIR`.
struct RSVPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rsvp", abstract: "Participants' answers to invitations.",
    subcommands: [Collect.self])

  /// Reads METHOD:REPLY files and records the answers in rsvp.csv.
  struct Collect: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "collect",
      abstract:
        "Read the replies (.ics, METHOD:REPLY) in a folder and record who accepted, may come or declined.",
      discussion:
        "Only replies from a participant invited to that session are taken; the others are listed with the reason. The files are never changed."
    )

    @Argument(help: "The folder of reply files.") var directory: String
    @Flag(help: "Record nothing unless every file is taken.") var strict = false
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
      let replies = try ReplyRun.replies(
        in: directory, on: LocalFileSystem(environment: ProcessInfo.processInfo.environment))
      let outcome = try ReplyRun.run(
        replies, in: options.open(), now: Int(Date().timeIntervalSince1970), purpose: WorkspaceOptions.purpose,
        strict: strict)
      let files = replies.files.count + replies.unreadable.count
      let counts = Dictionary(grouping: outcome.answers, by: \.answer).mapValues(\.count)
      Terminal.print(
        "Read \(files) reply file\(files == 1 ? "" : "s"): \(counts[.accepted] ?? 0) accepted, \(counts[.tentative] ?? 0) tentative, \(counts[.declined] ?? 0) declined in \(RSVPFile.name); \(outcome.rejected.count) rejected."
      )
      if !outcome.superseded.isEmpty {
        let count = outcome.superseded.count
        Terminal.print(
          "\(count) earlier answer\(count == 1 ? " no longer holds" : "s no longer hold"): the session changed or was withdrawn since (\(outcome.superseded.map { "\($0.participant) \($0.session)" }.joined(separator: ", "))); removed from \(RSVPFile.name)."
        )
      }
      for rejection in outcome.rejected {
        Terminal.printLine("  rejected \(directory)/\(rejection.file): \(rejection.reason)")
      }
      if outcome.refused {
        throw CommandFailure("\(outcome.rejected.count) file(s) rejected; \(RSVPFile.name) is unchanged (--strict)")
      }
    }
  }
}
