extension Workspace {
  /// Runs `body` as one transaction of the workspace: under its lock (naming `purpose`; a
  /// transaction inside another joins it), and not at all after a Ctrl-C or SIGTERM, so that
  /// nothing more is written.
  public func transaction<T>(purpose: String, _ body: () throws -> T) throws -> T {
    try withLock(purpose: purpose) {
      try Interruption.checkpoint()
      return try body()
    }
  }
}
