import Foundation

/// Workspaces several tests start from (an example scheduled and published, an example after
/// its returns), made once per run of the tests by the commands a user would run, and copied
/// into each test's folder: no file of a workspace names the folder it is in.
final class PreparedFolders: @unchecked Sendable {
  static let shared = PreparedFolders()
  // Recursive: a folder may be made from another (`make` copying a prepared folder itself).
  private let lock = NSRecursiveLock()
  private var folders: [String: URL] = [:]

  /// The folder made for `key` by `make` (run once, in a scratch folder of its own).
  func folder(_ key: String, make: (ConveneRunner) throws -> Void) throws -> URL {
    lock.lock()
    defer { lock.unlock() }
    if let folder = folders[key] { return folder }
    let maker = ConveneRunner()
    try make(maker)
    folders[key] = maker.folder
    return maker.folder
  }
}

extension ConveneRunner {
  /// Copies into this runner's folder everything `make` made for `key` (made once per run).
  func copyPrepared(_ key: String, make: (ConveneRunner) throws -> Void) throws {
    let template = try PreparedFolders.shared.folder(key, make: make)
    for item in try FileManager.default.contentsOfDirectory(atPath: template.path) {
      try FileManager.default.copyItem(
        at: template.appendingPathComponent(item), to: folder.appendingPathComponent(item))
    }
  }
}
