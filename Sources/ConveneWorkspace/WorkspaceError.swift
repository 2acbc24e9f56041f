import ConveneCore

/// Why a workspace command could not go ahead.
public enum WorkspaceError: ConveneError, Sendable, Equatable, CustomStringConvertible {
  /// Another convene process holds the lock.
  case locked(path: String, holder: String)
  /// A file could not be read or written.
  case io(path: String, reason: String)
  /// The files hold errors that must be fixed first.
  case invalid([Finding])
  /// The folder is not a workspace.
  case notAWorkspace(path: String)

  public var description: String {
    switch self {
    case .locked(_, let holder):
      "the workspace is in use by another convene command (\(holder)); try again when it has finished"
    case .io(let path, let reason): "\(path): \(reason)"
    case .invalid(let findings):
      findings.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
    case .notAWorkspace(let path):
      "\(path) is not an event workspace (no event.json); create one with `convene init`"
    }
  }

  /// The process exit code: 3 for a held lock, 1 otherwise.
  public var exitCode: Int32 {
    if case .locked = self { return 3 }
    return 1
  }

  public var message: String { description }
}

extension CommandFailure {
  /// The failure a workspace error ends a command with.
  public init(_ error: WorkspaceError) {
    self.init(error.description, exitCode: error.exitCode)
  }
}
