import ConveneCore
import ConveneWorkspace
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The folder one document is printed in: `.convene/print-UUID`, private to its owner (0700),
/// removed when printing ends. A process killed outright (kill -9) cannot remove it, so every
/// document command removes the leftovers first (`removeLeftovers`): it holds the workspace
/// lock, so no other process is printing in the workspace, and any such folder is stale.
public struct PrintScratch {
  /// The folder's absolute path.
  let path: String

  /// The prefix of the folders' names inside `.convene/`.
  static let prefix = "print-"

  /// Makes a new scratch folder in the workspace's `.convene/`.
  init(in workspace: Workspace) throws(CommandFailure) {
    let state = workspace.path(".convene")
    do { try workspace.fileSystem.createDirectory(state) } catch {
      throw CommandFailure("cannot make a folder for printing (\(error.message)); no PDF was written")
    }
    guard let resolved = workspace.fileSystem.resolvedPath(state) else {
      throw CommandFailure("cannot find the workspace's .convene folder; no PDF was written")
    }
    path = "\(resolved)/\(Self.prefix)\(UUID().uuidString)"
    guard mkdir(path, 0o700) == 0 else {
      throw CommandFailure(
        "cannot make a folder for printing in \(resolved) (\(String(cString: strerror(errno)))); no PDF was written")
    }
  }

  /// Removes the folder and everything in it.
  func remove() { try? FileManager.default.removeItem(atPath: path) }

  /// Removes the scratch folders that killed runs left in the workspace, and those that
  /// versions of convene before 2026-11 left in the temporary folder (`convene-print-*`, this
  /// user's, untouched for ten minutes: no print could still be using them). Call it under the
  /// workspace lock.
  public static func removeLeftovers(in workspace: Workspace) {
    if let state = workspace.fileSystem.resolvedPath(workspace.path(".convene")) {
      removeFolders(in: state) { $0.hasPrefix(prefix) }
    }
    let temporary = FileManager.default.temporaryDirectory.path
    let tenMinutesAgo = Date().addingTimeInterval(-600)
    removeFolders(in: temporary) { name in
      guard name.hasPrefix("convene-print-"),
        let attributes = try? FileManager.default.attributesOfItem(atPath: "\(temporary)/\(name)"),
        (attributes[.ownerAccountID] as? NSNumber)?.uint32Value == getuid(),
        let modified = attributes[.modificationDate] as? Date
      else { return false }
      return modified < tenMinutesAgo
    }
  }

  private static func removeFolders(in folder: String, where chosen: (String) -> Bool) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where chosen(name) {
      try? FileManager.default.removeItem(atPath: "\(folder)/\(name)")
    }
  }
}
