import ConveneCore
import ConveneProcess
import ConveneWorkspace
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Prints an HTML file to PDF with headless Chromium (`--print-to-pdf`). Nothing is fetched:
/// the pages convene prints hold everything inline, and the browser is started without a
/// proxy and with every host unresolvable (the rule maps IP addresses too), so that a page
/// cannot reach out, not even to an address of this machine.
///
/// The page, the PDF and the browser's profile (its History names the page) stay inside the
/// workspace: the browser runs in a `PrintScratch` folder of `.convene/` (0700, its files
/// 0600), with that folder as its profile, home and temporary folder, and the folder is
/// removed however printing ends. The browser runs in a process group of its own, stopped
/// (the whole group) when it takes longer than `timeLimit`, at the first Ctrl-C or SIGTERM,
/// and — through the `ProcessGroupWatchdog`, when given — when convene itself is killed.
public struct ChromiumPrinter: Sendable {
  /// The browser program.
  public let program: String
  /// How long one document may take before the browser is stopped, in seconds.
  public var timeLimit: Double = 60
  /// Kills the browser's group if convene is killed (nil: the browser's own parent-death
  /// signal only, which spares what it started).
  public var watchdog: ProcessGroupWatchdog?

  /// A printer of `program`.
  public init(program: String, timeLimit: Double = 60, watchdog: ProcessGroupWatchdog? = nil) {
    self.program = program
    self.timeLimit = timeLimit
    self.watchdog = watchdog
  }

  /// The longest temporary folder Chromium can use: it makes a Unix socket
  /// `TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket`, and a socket's path has at most
  /// 107 bytes.
  static let longestTemporaryFolder = 60

  /// The names the browser goes by on Debian and elsewhere, looked for on `PATH` in order.
  public static let names = [
    "chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
  ]

  /// The browser `CHROMIUM` names, or the first found on `PATH`, or nil when none is installed.
  public static func findProgram(environment: [String: String]) -> String? {
    if let named = environment["CHROMIUM"], !named.isEmpty {
      return FileManager.default.isExecutableFile(atPath: named) ? named : nil
    }
    let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    for name in names {
      for folder in folders {
        let path = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    return nil
  }

  /// The PDF of the workspace's HTML file `name` (workspace-relative), printed in a scratch
  /// folder of the workspace that is gone when this returns or throws.
  public func pdf(ofHTMLFile name: String, in workspace: Workspace) throws -> [UInt8] {
    let scratch = try PrintScratch(in: workspace)
    defer { scratch.remove() }
    guard let page = workspace.fileSystem.resolvedPath(workspace.path(name)) else {
      throw CommandFailure("\(name) cannot be printed: it is not in the workspace")
    }
    let output = scratch.path + "/page.pdf"
    let pid = try start(page: page, output: output, scratch: scratch.path)
    let ending: ChildProcess.Ending
    switch wait(for: pid) {
    case .ended(let end): ending = end
    case .interrupted(let signal):
      throw Interrupted(
        signal: signal,
        detail: "the browser printing \(name) was stopped and its scratch folder removed; no PDF of it was written")
    case .timedOut:
      throw CommandFailure(
        "\(program) took longer than \(Int(timeLimit)) s to print \(name) and was stopped; no PDF was written")
    }
    guard case .exited(0) = ending,
      let data = FileManager.default.contents(atPath: output),
      data.starts(with: Array("%PDF-".utf8))
    else {
      let how =
        switch ending {
        case .exited(let status): "exit \(status)"
        case .killed(let signal): "killed by signal \(signal)"
        }
      throw CommandFailure("\(program) could not print \(name) (\(how)); no PDF was written")
    }
    return Array(data)
  }

  /// Starts the browser on `page` in a group of its own, under `umask 077`, with `scratch` as
  /// its profile and home, and as its temporary folder when the path is short enough for the
  /// Unix socket Chromium makes there (otherwise the system's: it holds only that socket).
  private func start(page: String, output: String, scratch: String) throws(CommandFailure) -> pid_t {
    let arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
      "--disable-background-networking", "--disable-sync", "--disable-component-update",
      "--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND",
      "--user-data-dir=\(scratch)/profile", "--no-pdf-header-footer",
      "--print-to-pdf=\(output)", URL(fileURLWithPath: page).absoluteString,
    ]
    var environment = ProcessInfo.processInfo.environment
    for name in ["HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"] {
      environment[name] = scratch
    }
    if scratch.utf8.count <= Self.longestTemporaryFolder { environment["TMPDIR"] = scratch }
    let null = open("/dev/null", O_RDWR | O_CLOEXEC)
    defer { if null >= 0 { close(null) } }
    let spawned = ChildProcess.spawn(
      ChildProcess.deathSignalPrefix + ["/bin/sh", "-c", "umask 077 && exec \"$0\" \"$@\"", program] + arguments,
      input: null, errors: null, environment: environment.map { "\($0.key)=\($0.value)" })
    switch spawned {
    case .success(let pid):
      watchdog?.watch(group: pid)
      return pid
    case .failure(let error):
      throw CommandFailure("\(program) could not be started (\(error.description)); no PDF was written")
    }
  }

  /// How waiting for the browser ended.
  private enum Wait {
    case ended(ChildProcess.Ending)
    case interrupted(Int32)
    case timedOut
  }

  /// Waits for the browser to end, or until the time limit passes or Ctrl-C or SIGTERM
  /// arrives; then kills its whole group (whatever it left running) and reaps it.
  private func wait(for pid: pid_t) -> Wait {
    let deadline = Date().addingTimeInterval(timeLimit)
    var ending = ChildProcess.ending(of: pid)
    while ending == nil && !Interruption.isRequested && Date() < deadline {
      usleep(10_000)
      ending = ChildProcess.ending(of: pid)
    }
    kill(-pid, SIGKILL)
    _ = ChildProcess.waitForEnd(pid)
    watchdog?.forget()
    ChildProcess.reap(pid)
    if let ending { return .ended(ending) }
    if let signal = Interruption.signal { return .interrupted(signal) }
    return .timedOut
  }
}
