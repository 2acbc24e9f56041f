import ArgumentParser
import ConveneCore
import ConveneEvaluationRuns
import ConveneJSON
import ConveneNetwork
import ConveneReports
import ConveneTemplates
import ConveneWorkspace
import Foundation

/// `convene network init|check|report`.
struct NetworkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "network",
    abstract: "The network across events and years: member cities, the results framework, city records.",
    discussion: """
      A network folder holds network.json (the title, languages and the event workspaces it \
      covers), cities.csv (member cities), framework.json (the results framework) and \
      requests.csv (help-desk requests). Every network command takes --network DIR (default: \
      the current folder).
      """,
    subcommands: [Init.self, Check.self, Report.self])
}

/// The option every network command shares.
struct NetworkOptions: ParsableArguments {
  @Option(name: .long, help: "The network folder.")
  var network: String = "."

  /// The folder on the real file system, each folder confined to itself.
  func open() -> NetworkFolder {
    NetworkFolder.local(root: network, environment: ProcessInfo.processInfo.environment)
  }

  /// Reads the folder and its events.
  func load() throws -> NetworkFolder.Loaded {
    do {
      return try open().load(standardEvaluation: EvaluationContext.standardEvaluation())
    } catch let error as WorkspaceError {
      throw CommandFailure(error)
    }
  }
}

extension NetworkCommand {
  /// `convene network init DIR --events WS ...`.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create a network folder over event workspaces.",
      discussion: """
        Writes network.json (the events, by their path from the new folder), cities.csv with one \
        row per city the events' participants come from (keep the member cities, add when they \
        joined and their population), a starting framework.json and an empty requests.csv.
        """)

    @Argument(help: "The folder to create (it must not exist or be empty).") var directory: String
    @Option(parsing: .upToNextOption, help: "The event workspaces the network covers.") var events: [String] = []
    @Option(help: "The title of the network's reports.") var title = "Network"

    func validate() throws {
      if events.isEmpty { throw ValidationError("--events needs at least one event workspace") }
    }

    func run() throws {
      guard let framework = TemplateBundle.text(of: "network/framework.json") else {
        throw CommandFailure("the starting framework is missing from this installation of convene")
      }
      let environment = ProcessInfo.processInfo.environment
      let outcome: NetworkScaffold.Outcome
      do {
        outcome = try NetworkScaffold(title: title, events: events).create(
          at: directory, framework: Array(framework.utf8), fileSystem: LocalFileSystem(environment: environment),
          currentDirectory: FileManager.default.currentDirectoryPath,
          openWorkspace: { Workspace.local(root: $0, environment: environment) })
      } catch {
        throw CommandFailure(error)
      }
      Terminal.print(
        """
        Created the network folder \(directory) over \(outcome.events.count) event\(outcome.events.count == 1 ? "" : "s") (\(outcome.events.joined(separator: ", "))).
        cities.csv lists the \(outcome.cities.count) cities their participants come from: keep the member cities, and add
        when each joined and its population; then edit framework.json and run `convene network check --network \(directory)`.
        """)
    }
  }

  /// `convene network check`.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate the network folder and the files of its events that the network report reads.",
      discussion: "Exit code 0 when there are no errors (warnings allowed), 1 when there are.")

    @OptionGroup var options: NetworkOptions
    @OptionGroup var output: JSONOutputOption

    func run() throws {
      let loaded = try options.load()
      let findings = NetworkChecker.ordered(loaded.findings)
      let errors = findings.filter { $0.severity == .error }
      let warnings = findings.filter { $0.severity == .warning }
      if output.json {
        Terminal.print(
          JSONWriter.string(CheckCommand.json(findings, errors: errors.count, warnings: warnings.count)), terminator: "")
      } else {
        for finding in errors + warnings { Terminal.print(finding.description) }
        let records = loaded.records
        let summary =
          "\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        Terminal.print(
          "\(records.cities.count) member cities, \(records.framework.indicators.count) framework indicators, \(records.requests.count) requests, \(records.events.count) events."
        )
        Terminal.print(errors.isEmpty ? "The network is valid (\(summary))." : "The network has problems: \(summary).")
      }
      if !errors.isEmpty { throw CommandFailure.alreadyReported() }
    }
  }
}

extension NetworkCommand.Check: JSONReporting {}
