import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files (`.NAME.PID.tmp`) that commands killed mid-write left anywhere in a
/// workspace, a superseded `outbox/vN/` included, where no later command may write again:
/// every command that takes the lock removes them, and `check` names them. Only files of
/// processes that have ended are taken; the workspace's own folders are searched to
/// `depth` levels, without following links.
public enum OrphanedTemporaries {
  /// How deep below the workspace folder the search goes (`outbox/v1/` is 2, `letters/visa/` 2).
  static let depth = 3

  /// The orphaned temporary files of `workspace`, relative to its folder, sorted; none on file
  /// systems without temporary files.
  public static func found(in workspace: Workspace) -> [String] {
    guard let root = localRoot(of: workspace) else { return [] }
    var found: [String] = []
    var folders: [(path: String, level: Int)] = [("", 0)]
    while let (folder, level) = folders.popLast() {
      let absolute = folder.isEmpty ? root : joinPath(root, folder)
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else {
        continue
      }
      for name in names {
        let relative = folder.isEmpty ? name : folder + "/" + name
        var status = stat()
        guard lstat(joinPath(root, relative), &status) == 0 else { continue }
        switch status.st_mode & S_IFMT {
        case S_IFDIR where level < depth: folders.append((relative, level + 1))
        case S_IFREG where isOrphaned(name): found.append(relative)
        default: continue
        }
      }
    }
    return found.sorted()
  }

  /// Removes the orphaned temporary files of `workspace` (while its lock is held).
  static func remove(in workspace: Workspace) {
    guard let root = localRoot(of: workspace) else { return }
    for relative in found(in: workspace) { unlink(joinPath(root, relative)) }
  }

  /// True when `name` is a temporary file name whose process has ended.
  static func isOrphaned(_ name: String) -> Bool {
    guard let pid = LocalFileSystem.temporaryFileOwner(name), pid != getpid() else { return false }
    return kill(pid, 0) != 0 && errno == ESRCH
  }

  /// The workspace folder when its files are on the real file system.
  private static func localRoot(of workspace: Workspace) -> String? {
    let fileSystem = (workspace.fileSystem as? ConfinedFileSystem)?.base ?? workspace.fileSystem
    return fileSystem is LocalFileSystem ? workspace.root : nil
  }
}
