#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Kills the process group of a program convene runs (the mail program, the PDF browser) when
/// convene dies, however it dies.
///
/// A killed process runs no code, so something else must act: a small process of its own
/// (convene started again in a hidden mode, `serve()`), in a process group of its own so that
/// Ctrl-C at the terminal does not reach it. Its standard input is the reading end of a pipe
/// whose only writer is convene: convene writes the group id of each program before the
/// program gets its input, and `-` once the program has ended. When convene ends, the
/// kernel closes the pipe; the watchdog reads end-of-file and kills the last group it was
/// given with SIGKILL — the shell of `sh -c "sleep 1; cat >> mbox"` and every process it
/// started, not only the first. The group id stays valid until convene has reaped the program,
/// and convene says `-` before reaping it, so the watchdog never signals a reused id.
public final class ProcessGroupWatchdog: @unchecked Sendable {
  /// The argument that makes the convene binary serve as the watchdog.
  public static let argument = "--serve-mail-watchdog"

  private let pid: pid_t
  private var lifeline: Int32

  /// Starts the watchdog: `executable` run with `argument` (the convene binary itself).
  public init(executable: String) throws(WatchdogError) {
    guard let pipe = ChildProcess.pipe() else { throw WatchdogError(executable: executable, reason: "no pipe") }
    let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
    defer {
      close(pipe.read)
      if null >= 0 { close(null) }
    }
    switch ChildProcess.spawn([executable, Self.argument], input: pipe.read, errors: null) {
    case .success(let pid):
      self.pid = pid
      lifeline = pipe.write
    case .failure(let error):
      close(pipe.write)
      throw WatchdogError(executable: executable, reason: error.description)
    }
  }

  /// The convene binary of this process, for `init(executable:)`.
  public static var currentExecutable: String { "/proc/self/exe" }

  /// From now on, convene's death kills process group `group`.
  package func watch(group: pid_t) { _ = ChildProcess.writeAll(Array("\(group)\n".utf8), to: lifeline) }

  /// The group watched has ended.
  package func forget() { _ = ChildProcess.writeAll(Array("-\n".utf8), to: lifeline) }

  /// Ends the watchdog (it finds nothing to kill) and waits for it.
  public func stop() {
    guard lifeline >= 0 else { return }
    forget()
    close(lifeline)
    lifeline = -1
    ChildProcess.reap(pid)
  }

  deinit { stop() }

  /// The watchdog's whole life, in the hidden mode: read group ids from standard input until
  /// end-of-file, then kill the last one given (unless it was `-`), and exit.
  public static func serve() -> Never {
    if let group = lastGroup(readingFrom: STDIN_FILENO) { kill(-group, SIGKILL) }
    exit(0)
  }

  /// The last group id read before end-of-file, or nil when the last line was `-`.
  static func lastGroup(readingFrom descriptor: Int32) -> pid_t? {
    var last: pid_t?
    var line: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 256)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return last }
      for byte in buffer[..<count] {
        if byte == UInt8(ascii: "\n") {
          let text = String(decoding: line, as: UTF8.self)
          last = pid_t(text).flatMap { $0 > 1 ? $0 : nil }
          line = []
        } else {
          line.append(byte)
        }
      }
    }
  }
}
