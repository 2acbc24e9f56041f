import CConveneProcess
import ConveneCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Starting a program with `posix_spawn` in a process group of its own, and waiting for it
/// with `waitid`/`waitpid` (the kernel wakes the waiter when it ends: no polling).
package enum ChildProcess {
  /// Starts `arguments[0]` (an absolute path) with `input` as its standard input and `errors`
  /// as its standard error (standard output goes to /dev/null), every other descriptor closed,
  /// signal dispositions and mask reset, in a new process group whose id is the returned
  /// process id.
  /// `environment` (`NAME=value` lines) replaces convene's own when given.
  package static func spawn(
    _ arguments: [String], input: Int32, errors: Int32, environment: [String]? = nil
  ) -> Result<pid_t, SpawnError> {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, errors, 2)
    convene_spawn_close_from(&actions, 3)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    posix_spawnattr_setpgroup(&attributes, 0)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    // convene ignores SIGPIPE and SIGXFSZ and handles SIGINT and SIGTERM; the program starts with the defaults.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGPIPE, SIGXFSZ, SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)

    let cArguments = arguments.map { strdup($0) } + [nil]
    defer { cArguments.forEach { free($0) } }
    var pid: pid_t = 0
    let cEnvironment = environment.map { $0.map { strdup($0) } + [nil] }
    defer { cEnvironment?.forEach { free($0) } }
    let status =
      if let cEnvironment {
        posix_spawn(&pid, arguments[0], &actions, &attributes, cArguments, cEnvironment)
      } else {
        posix_spawn(&pid, arguments[0], &actions, &attributes, cArguments, environ)
      }
    guard status == 0 else { return .failure(SpawnError(code: status)) }
    return .success(pid)
  }

  /// How a child ended.
  package enum Ending: Equatable {
    case exited(Int32)
    case killed(Int32)
  }

  /// Waits until `pid` ends without reaping it, so that its process id (and the process group
  /// it leads) cannot be reused until `reap` is called.
  package static func waitForEnd(_ pid: pid_t) -> Ending {
    var info = siginfo_t()
    while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 {
      if errno != EINTR { return .killed(0) }
    }
    let status = info._sifields._sigchld.si_status
    return info.si_code == CLD_EXITED ? .exited(status) : .killed(status)
  }

  /// How `pid` ended, or nil while it runs; like `waitForEnd`, it leaves the child unreaped.
  package static func ending(of pid: pid_t) -> Ending? {
    var info = siginfo_t()
    while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT | WNOHANG) != 0 {
      if errno != EINTR { return .killed(0) }
    }
    guard info._sifields._sigchld.si_pid == pid else { return nil }
    let status = info._sifields._sigchld.si_status
    return info.si_code == CLD_EXITED ? .exited(status) : .killed(status)
  }

  /// A prefix for a program's command line that makes the kernel send SIGKILL to the program
  /// the moment convene ends (`setpriv --pdeathsig KILL`, where util-linux provides it), so
  /// that a shell cannot start the next step of a script while the watchdog is waking up.
  /// Empty where `setpriv` is missing: the `ProcessGroupWatchdog` still ends the group.
  package static let deathSignalPrefix: [String] =
    access("/usr/bin/setpriv", X_OK) == 0 ? ["/usr/bin/setpriv", "--pdeathsig", "KILL", "--"] : []

  /// Collects an ended child.
  package static func reap(_ pid: pid_t) {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  }

  /// Two ends of a pipe, both closed on exec.
  package static func pipe() -> (read: Int32, write: Int32)? {
    var ends: [Int32] = [0, 0]
    guard convene_pipe_cloexec(&ends) == 0 else { return nil }
    return (ends[0], ends[1])
  }

  /// Writes all of `bytes`; false when the reader has gone (or another error). A reader that
  /// has gone raises SIGPIPE for this thread, which is blocked during the write and then
  /// consumed, so that it ends nothing whatever the process does with SIGPIPE.
  package static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
    defer {
      var pending = sigset_t()
      sigpending(&pending)
      if sigismember(&pending, SIGPIPE) == 1 && sigismember(&previous, SIGPIPE) == 0 {
        var none = timespec()
        _ = sigtimedwait(&pipeSignal, nil, &none)
      }
      pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
    return FileDescriptor.writeAll(bytes, to: descriptor)
  }
}
