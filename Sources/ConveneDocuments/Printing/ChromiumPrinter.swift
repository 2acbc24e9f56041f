import ConveneCore
import Foundation

/// Prints an HTML file to PDF with headless Chromium (`--print-to-pdf`), in a profile folder
/// of its own that is removed afterwards; the page's `@page` rules set the paper. Nothing is
/// fetched: the pages convene prints hold everything inline, and the browser is started
/// without a proxy and with every host name unresolvable, so that a page cannot reach out.
public struct ChromiumPrinter: Sendable {
  /// The browser program.
  public let program: String
  /// How long one page may take before the browser is stopped, in seconds.
  public var timeLimit: Double = 120

  /// The names the browser goes by on Debian and elsewhere, looked for on `PATH` in order.
  public static let names = [
    "chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
  ]

  /// The printer of the browser `CHROMIUM` names, or of the first found on `PATH`, or nil
  /// when none is installed.
  public static func find(environment: [String: String]) -> ChromiumPrinter? {
    if let named = environment["CHROMIUM"], !named.isEmpty {
      return FileManager.default.isExecutableFile(atPath: named) ? ChromiumPrinter(program: named) : nil
    }
    let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    for name in names {
      for folder in folders {
        let path = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) {
          return ChromiumPrinter(program: path)
        }
      }
    }
    return nil
  }

  /// The PDF of the HTML file at `path`.
  public func pdf(ofHTMLFile path: String) throws(CommandFailure) -> [UInt8] {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convene-print-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let output = scratch.appendingPathComponent("page.pdf")
    do {
      try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    } catch {
      throw CommandFailure(
        "cannot make a scratch folder for printing (\(error.localizedDescription))")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
      "--disable-background-networking", "--disable-sync", "--disable-component-update",
      "--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND",
      "--user-data-dir=\(scratch.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
      "--print-to-pdf=\(output.path)", URL(fileURLWithPath: path).absoluteString,
    ]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw CommandFailure("\(program) could not be started (\(error.localizedDescription))")
    }
    let deadline = Date().addingTimeInterval(timeLimit)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw CommandFailure(
        "\(program) took longer than \(Int(timeLimit)) s to print \(path); no PDF was written")
    }
    guard process.terminationStatus == 0,
      let data = FileManager.default.contents(atPath: output.path),
      data.starts(with: Array("%PDF-".utf8))
    else {
      throw CommandFailure(
        "\(program) could not print \(path) (exit \(process.terminationStatus)); no PDF was written"
      )
    }
    return Array(data)
  }
}
