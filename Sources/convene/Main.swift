import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the command and maps failures to the documented exit codes: 1 for invalid input,
/// 2 for usage errors, 3 when the workspace is locked.
@main
enum Main {
  static func main() {
    // Writing to a mail program that has exited must fail as an error, not kill convene.
    signal(SIGPIPE, SIG_IGN)
    do {
      var command = try Convene.parseAsRoot()
      try command.run()
    } catch let failure as CommandFailure {
      Terminal.error(failure.message)
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
}
