import ConveneCore
import ConveneProcess

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A sendmail-compatible program (`sendmail -t -i`, `msmtp -t`, any shell command) that reads
/// one message on its standard input and exits with 0 once it has taken charge of it.
///
/// It is run as `/bin/sh -c COMMAND`, started with `posix_spawn` in a process group of its own
/// (so that a whole pipeline or script is one group), its standard output discarded and its
/// standard error kept for the reason of a failure. The shell dies with convene (parent-death
/// signal); everything else in its group is killed by the `ProcessGroupWatchdog`. convene waits for it with `waitid` and
/// records the outcome at once. When it has ended, whatever it left running in its group is
/// killed: a message handed over counts only once the program has ended. While it runs, a
/// `ProcessGroupWatchdog` kills its group if convene dies.
public struct MailProgram: Sendable {
  /// The shell command.
  public let command: String

  /// Creates a mail program.
  public init(command: String) { self.command = command }

  /// What came of one hand-off.
  public enum Outcome: Sendable, Equatable {
    /// The program exited with 0: it took the message.
    case accepted
    /// The program could not start or exited with an error: the message was not taken and
    /// can be sent again.
    case refused(String)
    /// The program was killed by a signal: it may or may not have passed the message on.
    case uncertain(String)
  }

  /// Hands `message` to a new run of the program and waits for it to end.
  public func send(_ message: [UInt8], watchdog: ProcessGroupWatchdog?) -> Outcome {
    guard let input = ChildProcess.pipe() else {
      return .refused("cannot make a pipe to `\(command)`")
    }
    // Standard error goes to an unnamed temporary file: the program can write as much as it
    // likes without waiting for convene to read it.
    guard let errorFile = tmpfile() else {
      close(input.read)
      close(input.write)
      return .refused("cannot make a temporary file for `\(command)`")
    }
    defer { fclose(errorFile) }
    let spawned = ChildProcess.spawn(
      ChildProcess.deathSignalPrefix + ["/bin/sh", "-c", command], input: input.read, errors: fileno(errorFile))
    close(input.read)
    guard case .success(let pid) = spawned else {
      close(input.write)
      if case .failure(let error) = spawned {
        return .refused("cannot start `\(command)`: \(error.description)")
      }
      return .refused("cannot start `\(command)`")
    }
    // The group is watched before the program has the message: if convene dies from here on,
    // the program dies too, and before this point it has nothing to send.
    watchdog?.watch(group: pid)
    // A program that exits without reading everything closes the pipe: its exit status says
    // whether it took the message.
    _ = ChildProcess.writeAll(message, to: input.write)
    close(input.write)
    let ending = ChildProcess.waitForEnd(pid)
    kill(-pid, SIGKILL)
    watchdog?.forget()
    ChildProcess.reap(pid)
    switch ending {
    case .exited(0): return .accepted
    case .exited(let status):
      return .refused(
        "`\(command)` exited with \(status): \(Self.lastLine(of: errorFile) ?? "no message")")
    case .killed(let signal):
      return .uncertain("`\(command)` was killed by signal \(signal)")
    }
  }

  /// The last non-empty line the program wrote on standard error.
  static func lastLine(of file: UnsafeMutablePointer<FILE>) -> String? {
    let descriptor = fileno(file)
    let size = lseek(descriptor, 0, SEEK_END)
    guard size > 0 else { return nil }
    let length = Int(min(size, 4096))
    var buffer = [UInt8](repeating: 0, count: length)
    let count = buffer.withUnsafeMutableBytes {
      pread(descriptor, $0.baseAddress, length, off_t(size) - off_t(length))
    }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[..<count], as: UTF8.self)
    return text.split(whereSeparator: \.isNewline).last.map(String.init)
  }
}

