/// A failure that says what went wrong in words a user can act on, and the process exit code
/// it ends `convene` with. Every error a command lets escape conforms; `Main` maps it once.
///
/// The codes: 1 invalid input or errors found, 2 usage errors, 3 the workspace is in use by
/// another command, 128 + N stopped by signal N (130 Ctrl-C, 143 SIGTERM).
public protocol ConveneError: Error {
  /// The process exit code.
  var exitCode: Int32 { get }
  /// What to print on standard error; empty when the command has already said it.
  var message: String { get }
}

/// A failure described in words, with its exit code (1 unless said otherwise).
public struct CommandFailure: ConveneError, Equatable, CustomStringConvertible {
  public var message: String
  public var exitCode: Int32

  /// A failure with a message.
  public init(_ message: String, exitCode: Int32 = 1) {
    self.message = message
    self.exitCode = exitCode
  }

  /// A failure whose details the command has already printed: only the exit code is left.
  public static func alreadyReported(exitCode: Int32 = 1) -> CommandFailure {
    CommandFailure("", exitCode: exitCode)
  }

  public var description: String { message }
}
