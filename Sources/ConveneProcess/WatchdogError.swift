import ConveneCore

/// The watchdog process could not be started; nothing was run.
public struct WatchdogError: ConveneError, Equatable {
  /// The convene binary that was to serve as the watchdog.
  public var executable: String
  /// Why it could not start.
  public var reason: String

  public var exitCode: Int32 { 1 }

  public var message: String {
    "cannot start the watchdog that ends convene's child programs with it (\(executable)): \(reason); nothing was run"
  }
}
