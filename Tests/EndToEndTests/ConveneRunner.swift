import Foundation

/// Runs the built `convene` binary the way a user does, in a scratch folder of its own.
struct ConveneRunner {
  /// The repository (for `Examples/`).
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The binary: next to the test bundle, where `swift build` puts it.
  static let binary: URL = {
    if let path = ProcessInfo.processInfo.environment["CONVENE_BINARY"] { return URL(fileURLWithPath: path) }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("convene")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return repository.appendingPathComponent(".build/debug/convene")
  }()

  /// A new empty folder for one test.
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("convene-e2e-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  /// Copies an example workspace into the scratch folder and returns its path.
  func copyExample(_ name: String, as copy: String = "ws") throws -> String {
    let target = folder.appendingPathComponent(copy)
    try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Examples/\(name)"), to: target)
    return target.path
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  func example(_ relative: String) -> String { Self.repository.appendingPathComponent("Examples/\(relative)").path }

  func write(_ text: String, to name: String) throws -> String {
    let path = path(name)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Runs `convene ARGUMENTS` in the scratch folder and waits for it.
  @discardableResult
  func run(_ arguments: String..., environment: [String: String] = [:]) throws -> Result {
    let process = try start(arguments, environment: environment)
    let output = process.standardOutput as! Pipe, error = process.standardError as! Pipe
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self), error: String(decoding: errData, as: UTF8.self))
  }

  /// Starts `convene ARGUMENTS` without waiting.
  func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    process.standardOutput = Pipe()
    process.standardError = Pipe()
    try process.run()
    return process
  }

  /// The bytes of a file.
  func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

  /// Holds a workspace's lock as another convene command would (flock on `.convene/lock`,
  /// with a note naming the holder) until the returned descriptor is closed.
  func holdLock(_ workspace: String, note: String) throws -> Int32 {
    try FileManager.default.createDirectory(atPath: workspace + "/.convene", withIntermediateDirectories: true)
    let descriptor = open(workspace + "/.convene/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    precondition(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0, "cannot take the lock")
    ftruncate(descriptor, 0)
    _ = Array(note.utf8).withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    return descriptor
  }

  /// True when no process holds the workspace's lock (a lock file may exist: it is never removed).
  func lockIsFree(_ workspace: String) -> Bool {
    let descriptor = open(workspace + "/.convene/lock", O_RDWR | O_CLOEXEC)
    guard descriptor >= 0 else { return true }
    defer { close(descriptor) }
    return flock(descriptor, LOCK_EX | LOCK_NB) == 0
  }
}
