import ConveneCore

/// Problems that stop an evaluation command before it writes anything.
public struct FindingsError: Error, Sendable, Equatable {
  /// What is wrong, with file, line and field.
  public var findings: [Finding]

  /// Creates the error.
  public init(_ findings: [Finding]) { self.findings = findings }
}
