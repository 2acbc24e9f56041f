import ArgumentParser
import ConveneWorkspace
import Foundation

/// The options every workspace command shares.
struct WorkspaceOptions: ParsableArguments {
  @Option(name: .long, help: "The event workspace folder.")
  var workspace: String = "."

  /// The workspace on the real file system.
  func open() -> Workspace {
    Workspace(
      root: workspace,
      fileSystem: LocalFileSystem(environment: ProcessInfo.processInfo.environment))
  }
}

/// The `--json` flag shared by commands whose output a script may read.
struct JSONOutputOption: ParsableArguments {
  @Flag(name: .long, help: "Print JSON for scripts instead of text.")
  var json = false
}

extension Workspace {
  /// Runs `body` under the workspace lock, turning workspace errors (a held lock: exit code 3)
  /// into command failures.
  func locked<T>(_ body: () throws(WorkspaceError) -> T) throws -> T {
    do {
      return try withLock(purpose: CommandLine.arguments.dropFirst().joined(separator: " "), body)
    } catch {
      throw CommandFailure(error)
    }
  }
}
