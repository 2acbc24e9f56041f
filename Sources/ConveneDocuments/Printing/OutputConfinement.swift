import ConveneCore
import ConveneWorkspace

/// File names the document commands build from ids. (Where they may write is the workspace's
/// confined file system's business: a folder that links elsewhere is refused there.)
enum OutputConfinement {
  /// `id` + `suffix` as a file name, refused unless `id` is an identifier (so no `/`, `..`,
  /// control character or hidden name).
  static func fileName(id: String, suffix: String) throws(CommandFailure) -> String {
    if let problem = Identifier.problem(id) {
      throw CommandFailure(
        "\(problem), so it cannot name a file; fix participants.csv (see `convene check`)")
    }
    return id + suffix
  }

  /// Creates `folder` (relative to the workspace) and returns its path.
  static func folder(_ folder: String, in workspace: Workspace) throws -> String {
    let path = workspace.path(folder)
    try workspace.fileSystem.createDirectory(path)
    return path
  }
}
