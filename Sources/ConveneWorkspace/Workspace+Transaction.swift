import ConveneWorkspace

extension Workspace {
  /// Runs `body` as one transaction of the workspace: under its lock (naming `purpose`), and
  /// not at all after a Ctrl-C or SIGTERM.
  func transaction<T>(purpose: String, _ body: () throws -> T) throws -> T {
    try withLock(purpose: purpose) {
      try Interruption.checkpoint()
      return try body()
    }
  }
}
