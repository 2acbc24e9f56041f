import ArgumentParser
import ConveneCore
import ConveneJSON
import ConveneMail
import ConveneProcess
import ConveneWorkspace

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the command and maps failures to the documented exit codes, in this one place: every
/// error a command lets escape is a `ConveneError` carrying its code (1 invalid input, 3 the
/// workspace in use, 128 + N stopped by signal N), except argument parsing's own (2 for usage
/// errors, 0 for --help and --version).
@main
enum Main {
  static func main() {
    // The hidden mode in which `invite --send` runs this binary as its mail watchdog.
    if CommandLine.arguments.count == 2 && CommandLine.arguments[1] == ProcessGroupWatchdog.argument {
      ProcessGroupWatchdog.serve()
    }
    // Ctrl-C and SIGTERM end convene with 128 + the signal from its first instant; a command
    // handles them itself once it holds the workspace lock.
    Interruption.installEndingAtOnce()
    // Writing to a mail program that has exited must fail as an error, not kill convene.
    signal(SIGPIPE, SIG_IGN)
    // A file-size limit (`ulimit -f`, as a full disk) must fail the write with EFBIG, reported
    // as an error with the temporary file removed, not kill convene mid-write.
    signal(SIGXFSZ, SIG_IGN)
    var command: (any ParsableCommand)?
    do {
      command = try Convene.parseAsRoot()
      try command?.run()
    } catch let failure as any ConveneError {
      if !failure.message.isEmpty {
        Terminal.error(failure.message)
        // A script asked for JSON and got none: it gets the failure as JSON where it reads.
        if (command as? any JSONReporting)?.output.json == true && !Terminal.hasPrinted {
          Terminal.print(JSONWriter.string(Self.json(failure)), terminator: "")
        }
      }
      exit(failure.exitCode)
    } catch {
      let code = Convene.exitCode(for: error)
      if code == .validationFailure {
        Terminal.error(Convene.fullMessage(for: error))
        exit(2)
      }
      Convene.exit(withError: error)
    }
  }

  /// A failure as `--json` prints it: `{"error": message, "exit_code": code}`.
  static func json(_ failure: any ConveneError) -> JSONNode {
    .object([("error", .string(failure.message)), ("exit_code", .number(Int(failure.exitCode)))])
  }
}
