import ArgumentParser
import ConveneCore
import ConveneTemplates
import ConveneWorkspace
import Foundation

extension EventKind: ExpressibleByArgument {}

/// `convene init DIR --kind KIND`: a new workspace from the kind's starter files.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Create an event workspace from the starter files of a kind.")

  @Argument(help: "The folder to create (it must not exist or be empty).")
  var directory: String

  @Option(help: "The kind of event: \(EventKind.allCases.map(\.rawValue).joined(separator: ", ")).")
  var kind: EventKind

  @Option(help: "The title (default: the kind's).")
  var title: String?

  @Option(help: "The date of day 1, YYYY-MM-DD (default: the Monday eight weeks from today).")
  var start: String?

  @Option(help: "The IANA time zone of the venue, such as Africa/Nairobi (default: UTC).")
  var timezone: String?

  func validate() throws {
    if let start, LocalDate(start) == nil {
      throw ValidationError("--start \"\(start)\" is not a date; write YYYY-MM-DD")
    }
    // The rules `check` holds event.json's title to: the new workspace passes it.
    if let title {
      let shown = "--title \"\(Identifier.shown(title))\""
      if let scalar = UnsafeCharacter.first(in: title) { throw ValidationError("\(shown) \(UnsafeCharacter.problem(scalar))") }
      if UnsafeCharacter.holdsLineBreak(title) { throw ValidationError("\(shown) holds a line break; write it on one line") }
      if title.trimmed.isEmpty { throw ValidationError("--title is empty") }
    }
    if let timezone, !TimeZoneNames.isKnown(timezone) {
      throw ValidationError("--timezone \"\(timezone)\" is not an IANA time zone such as Africa/Nairobi")
    }
  }

  func run() throws {
    guard let templates = TemplateBundle.workspacesURL?.path else {
      throw CommandFailure("the starter files are missing from this installation of convene")
    }
    let folderName = URL(fileURLWithPath: directory).lastPathComponent
    let scaffold = WorkspaceScaffold(
      id: WorkspaceScaffold.id(forFolder: folderName), title: title, kind: kind,
      start: start.flatMap(LocalDate.init) ?? WorkspaceScaffold.defaultStart(today: .today),
      timezone: timezone)
    do {
      try scaffold.create(
        at: directory, templates: templates,
        fileSystem: LocalFileSystem(environment: ProcessInfo.processInfo.environment))
    } catch {
      throw CommandFailure(error)
    }
    Terminal.print(
      """
      Created the \(kind.rawValue) workspace \(directory) (event id \(scaffold.id), day 1 \(scaffold.start)\
      \(timezone == nil ? ", time zone UTC" : ", time zone \(timezone!)")).
      Next: edit event.json, rooms.csv and sessions.csv, import registrations with
      `convene participants import FILE --workspace \(directory)`, then run `convene check --workspace \(directory)`.
      """)
  }
}
