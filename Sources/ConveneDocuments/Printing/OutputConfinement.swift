import ConveneCore
import ConveneWorkspace

/// Keeps what the document commands write inside the workspace: file names made from ids
/// only when the id is a plain file name, and output folders only when, links followed, they
/// are inside the workspace folder. (A local check: the workspace's own path confinement
/// replaces it.)
enum OutputConfinement {
  /// `id` + `suffix` as a file name, refused unless `id` is letters, digits, `-`, `_` and `.`
  /// and does not begin with a dot (so no `/`, `..`, control character or hidden name).
  static func fileName(id: String, suffix: String) throws(CommandFailure) -> String {
    let allowed = id.unicodeScalars.allSatisfy {
      ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-"
        || $0 == "_" || $0 == "."
    }
    guard allowed, !id.isEmpty, !id.hasPrefix("."), id.utf8.count <= 100 else {
      throw CommandFailure(
        "\"\(id)\" cannot name a file (ids are letters, digits, -, _ and .); fix participants.csv (see `convene check`)"
      )
    }
    return id + suffix
  }

  /// Creates `folder` (relative to the workspace) and returns its path, refusing when it
  /// resolves outside the workspace (a link pointing elsewhere).
  static func folder(_ folder: String, in workspace: Workspace) throws -> String {
    let path = workspace.path(folder)
    try workspace.fileSystem.createDirectory(path)
    if let root = workspace.fileSystem.resolvedPath(workspace.root),
      let resolved = workspace.fileSystem.resolvedPath(path),
      !(resolved + "/").hasPrefix(root.hasSuffix("/") ? root : root + "/")
    {
      throw CommandFailure(
        "\(path) leads outside the workspace (to \(resolved)); nothing was written")
    }
    return path
  }
}
