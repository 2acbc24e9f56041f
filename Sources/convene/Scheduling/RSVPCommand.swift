import ArgumentParser
import ConveneCSV
import ConveneCalendar
import ConveneCore
import ConveneWorkspace
import Foundation

/// `convene rsvp collect DIR`.
struct RSVPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rsvp", abstract: "Participants' answers to invitations.", subcommands: [Collect.self])

  /// Reads METHOD:REPLY files and records the answers in rsvp.csv.
  struct Collect: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "collect",
      abstract: "Read the replies (.ics, METHOD:REPLY) in a folder and record who accepted, may come or declined.",
      discussion: "Only replies from a participant invited to that session are taken; the others are listed with the reason. The files are never changed.")

    @Argument(help: "The folder of reply files.") var directory: String
    @OptionGroup var options: WorkspaceOptions

    static let file = "rsvp.csv"
    static let columns = ["participant", "session", "answer", "file", "stamp"]

    func run() throws {
      let workspace = options.open()
      let plan: EventPlan
      do {
        plan = try workspace.loadPlan(requiringValid: [ParticipantsFile.name, SessionsFile.name]).plan
      } catch {
        throw CommandFailure(error)
      }
      let ledger = try InviteCommand.loadLedger(workspace)
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
        throw CommandFailure("\(directory): no such folder")
      }
      let files = names.sorted().filter { $0.lowercased().hasSuffix(".ics") }.compactMap { name -> (String, String)? in
        guard let data = FileManager.default.contents(atPath: directory + "/" + name) else { return nil }
        return (name, String(decoding: data, as: UTF8.self))
      }
      let existing = try Self.load(workspace)
      let (answers, rejected) = ReplyCollector(plan: plan, ledger: ledger).collect(files, into: existing)
      let text = CSVWriter.document(
        header: Self.columns,
        rows: answers.map { [$0.participant, $0.session, $0.answer.rawValue.lowercased(), $0.file, String($0.stamp)] })
      try workspace.locked { () throws in try workspace.fileSystem.write(text, to: workspace.path(Self.file)) }
      let counts = Dictionary(grouping: answers, by: \.answer).mapValues(\.count)
      Terminal.print(
        "Read \(files.count) reply file\(files.count == 1 ? "" : "s"): \(counts[.accepted] ?? 0) accepted, \(counts[.tentative] ?? 0) tentative, \(counts[.declined] ?? 0) declined in \(Self.file); \(rejected.count) rejected.")
      for rejection in rejected { Terminal.print("  rejected \(directory)/\(rejection.file): \(rejection.reason)") }
    }

    static func load(_ workspace: Workspace) throws -> [ReplyCollector.Answer] {
      guard let bytes = try? workspace.fileSystem.contents(of: workspace.path(file)) else { return [] }
      let table = try CSVTable(bytes: bytes)
      return table.rows.compactMap { row in
        guard row.fields.count == 5, let answer = CalendarAttendee.Answer(rawValue: row.fields[2].uppercased()) else { return nil }
        return .init(participant: row.fields[0], session: row.fields[1], answer: answer, file: row.fields[3], stamp: Int(row.fields[4]) ?? 0)
      }
    }
  }
}
