import ConveneCore
import Foundation

/// Prints an HTML file to PDF with headless Chromium (`--print-to-pdf`): a fresh profile in a
/// temporary folder, no network (every host name resolves to nothing and no proxy is used),
/// no header or footer, at most `timeout` seconds.
public struct PDFPrinter: Sendable {
  /// The browser's executable.
  public let executable: String
  public var timeout: Double = 90

  /// Creates a printer.
  public init(executable: String) { self.executable = executable }

  /// The browsers looked for on `PATH`, in order; `CHROMIUM` names one directly.
  public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

  /// The printer of the first browser found, or nil.
  public static func find(environment: [String: String]) -> PDFPrinter? {
    if let named = environment["CHROMIUM"], !named.isEmpty {
      return FileManager.default.isExecutableFile(atPath: named) ? PDFPrinter(executable: named) : nil
    }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in names {
      for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
        return PDFPrinter(executable: "\(folder)/\(name)")
      }
    }
    return nil
  }

  /// The PDF of the HTML file at `htmlPath` (an absolute path).
  public func pdf(ofHTMLAt htmlPath: String) throws -> [UInt8] {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convene-print-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let output = scratch.appendingPathComponent("out.pdf").path
    let errors = scratch.appendingPathComponent("stderr.txt")
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
      "--disable-background-networking", "--disable-sync", "--disable-component-update",
      "--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND",
      "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
      "--no-pdf-header-footer", "--print-to-pdf=\(output)",
      URL(fileURLWithPath: htmlPath).absoluteString,
    ]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = try FileHandle(forWritingTo: errors)
    do {
      try process.run()
    } catch {
      throw CommandFailure("cannot start \(executable): \(error.localizedDescription)")
    }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw CommandFailure("\(executable) did not finish printing within \(Int(timeout)) s")
    }
    guard let data = FileManager.default.contents(atPath: output), data.starts(with: Array("%PDF-".utf8))
    else {
      let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
      let last = said.split(whereSeparator: \.isNewline).last { !$0.contains("dbus") } ?? "no message"
      throw CommandFailure(
        "\(executable) exited with \(process.terminationStatus) without a PDF: \(last)")
    }
    return Array(data)
  }
}
