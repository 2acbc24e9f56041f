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

extension Workspace {
  /// Runs `body` as one transaction under the workspace lock (`Workspace.withLock`), naming
  /// the command line as the lock's purpose; a transaction inside another joins it. After a
  /// Ctrl-C or SIGTERM, `body` does not start: nothing more is written.
  func locked<T>(_ body: () throws -> T) throws -> T {
    try withLock(purpose: WorkspaceOptions.purpose) {
      try Interruption.checkpoint()
      return try body()
    }
  }
}
