import ConveneWorkspace

/// A failure the command has already described in words, with its exit code.
struct CommandFailure: Error {
  var message: String
  var exitCode: Int32 = 1

  init(_ message: String, exitCode: Int32 = 1) {
    self.message = message
    self.exitCode = exitCode
  }

  init(_ error: WorkspaceError) {
    self.init(error.description, exitCode: error.exitCode)
  }
}
