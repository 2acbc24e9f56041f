import ConveneCore
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM, handled alike while a command holds the workspace lock: the
/// first signal is only noted, and the command stops at its next safe point — before it
/// writes anything, between two messages it sends, or, for `schedule`, with the best
/// schedule found so far — releasing the lock as it ends. A second signal ends the process
/// at once; every file is still whole (writes are atomic) and the kernel releases the lock.
public enum Interruption {
  private static let received = Atomic<Int32>(0)
  private static let installed = Atomic<Bool>(false)
  /// True from `installEndingAtOnce` until a command takes over the signals (`install`).
  private static let endsAtOnce = Atomic<Bool>(false)

  /// Installs the handlers first thing in a process: until a command starts handling the
  /// signals (`install`, when it takes the workspace lock) a signal ends the process at once,
  /// as it would without a handler, but with the exit code 128 + the signal, as documented.
  public static func installEndingAtOnce() { install(endingAtOnce: true) }

  /// Installs the handlers (once per process) and unblocks the two signals, which a parent
  /// process may have blocked.
  public static func install() { install(endingAtOnce: false) }

  private static func install(endingAtOnce: Bool) {
    // Set before the signals are unblocked: one pending since the start is judged by it.
    endsAtOnce.store(endingAtOnce, ordering: .sequentiallyConsistent)
    guard installed.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged
    else { return }
    // The flag is initialised here, not lazily inside the handler (which may not take locks).
    _ = received.load(ordering: .relaxed)
    _ = endsAtOnce.load(ordering: .relaxed)
    for number in [SIGINT, SIGTERM] {
      var action = sigaction()
      #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = { Interruption.note($0) }
      #else
        action.__sigaction_handler.sa_handler = { Interruption.note($0) }
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = SA_RESTART
      sigaction(number, &action, nil)
    }
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
  }

  /// Called from the signal handler: async-signal-safe operations only.
  private static func note(_ number: Int32) {
    if endsAtOnce.load(ordering: .sequentiallyConsistent) {
      let said: StaticString = number == SIGINT ? "interrupted (Ctrl-C)\n" : "interrupted (SIGTERM)\n"
      _ = write(2, said.utf8Start, said.utf8CodeUnitCount)
      _exit(128 + number)
    }
    if received.exchange(number, ordering: .relaxed) != 0 { _exit(128 + number) }
  }

  /// The signal received, if any.
  public static var signal: Int32? {
    let number = received.load(ordering: .relaxed)
    return number == 0 ? nil : number
  }

  /// True once SIGINT or SIGTERM has arrived.
  public static var isRequested: Bool { signal != nil }

  /// Fails with `Interrupted` when a signal has arrived: call it before a command starts to
  /// write, so that an interrupted command writes nothing.
  public static func checkpoint() throws(Interrupted) {
    if let signal { throw Interrupted(signal: signal, detail: "nothing was written") }
  }

  /// Forgets a signal (for tests).
  static func reset() { received.store(0, ordering: .relaxed) }
}

/// A command stopped by SIGINT or SIGTERM at a safe point.
public struct Interrupted: ConveneError, Equatable {
  /// The signal's number.
  public var signal: Int32
  /// What the command did and did not do before stopping.
  public var detail: String

  /// Creates the error.
  public init(signal: Int32, detail: String) {
    self.signal = signal
    self.detail = detail
  }

  public var exitCode: Int32 { 128 + signal }

  public var message: String {
    "interrupted (\(signal == SIGTERM ? "SIGTERM" : signal == SIGINT ? "Ctrl-C" : "signal \(signal)")): \(detail)"
  }
}
