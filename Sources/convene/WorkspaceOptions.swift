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
}

/// The `--json` flag shared by commands whose output a script may read.
struct JSONOutputOption: ParsableArguments {
  @Flag(name: .long, help: "Print JSON for scripts instead of text.")
  var json = false
}

extension Workspace {
  /// Runs `body` under the workspace lock, so that what it reads is still what it writes over,
  /// turning workspace errors (a held lock: exit code 3) into command failures.
  /// (`withLock` takes only bodies that throw workspace errors; commands also fail in their
  /// own words, so this takes the lock itself.)
  func locked<T>(_ body: () throws -> T) throws -> T {
    let lock: any WorkspaceLockHolder
    do {
      lock = try fileSystem.lock(
        lockPath, purpose: CommandLine.arguments.dropFirst().joined(separator: " "))
    } catch {
      throw CommandFailure(error)
    }
    defer { lock.release() }
    do {
      return try body()
    } catch let error as WorkspaceError {
      throw CommandFailure(error)
    }
  }
}
