import ArgumentParser
import ConveneWorkspace
import Foundation

/// The options every workspace command shares.
struct WorkspaceOptions: ParsableArguments {
  @Option(name: .long, help: "The event workspace folder.")
  var workspace: String = "."

  /// The workspace on the real file system, confined to its folder.
  func open() -> Workspace {
    Workspace.local(root: workspace, environment: ProcessInfo.processInfo.environment)
  }

  /// What a command holds the workspace lock for, as a command that finds the workspace busy
  /// names it: the command line.
  static var purpose: String { CommandLine.arguments.dropFirst().joined(separator: " ") }
}

/// The `--json` flag shared by commands whose output a script may read.
struct JSONOutputOption: ParsableArguments {
  @Flag(name: .long, help: "Print JSON for scripts instead of text.")
  var json = false
}

/// A command with `--json`: when it fails, `Main` prints the failure as JSON on standard
/// output too, so that a script reading it gets JSON whatever happened.
protocol JSONReporting {
  var output: JSONOutputOption { get }
}

