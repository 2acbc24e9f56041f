import ConveneCore

/// The folders convene writes its printable outputs to, relative to the workspace.
public enum OutputFolder {
  /// Visa support letters, one `ID.html` (and `ID.pdf`) per person.
  public static let visaLetters = "letters/visa"
  /// The M&E report (`convene report`), and in a network folder the network report.
  public static let reports = "reports"
}

extension Workspace {
  /// The path of an output file `name` in `folder` (relative to the workspace), once both are
  /// shown to stay inside the workspace: `name` a single file name of letters, digits, `-`,
  /// `_` and `.` not starting with a dot; `folder` relative, without `.` or `..`; and the
  /// path, links followed, inside the workspace (`ConfinedFileSystem`, the gate every write
  /// goes through again).
  public func confinedOutputPath(folder: String, name: String) throws(WorkspaceError) -> String {
    let parts = folder.split(separator: "/", omittingEmptySubsequences: false)
    guard !folder.hasPrefix("/"), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
      Self.isPlainFileName(name)
    else {
      throw .io(
        path: Identifier.shown("\(folder)/\(name)"),
        reason: "not a plain file name inside the workspace; nothing was written")
    }
    let path = path("\(folder)/\(name)")
    if let confined = fileSystem as? ConfinedFileSystem { _ = try confined.checked(path) }
    return path
  }

  /// A single file-name component of ASCII letters, digits, `-`, `_` and `.`, not starting
  /// with a dot, at most 100 characters.
  public static func isPlainFileName(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 100 && !name.hasPrefix(".")
      && name.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || "-_.".unicodeScalars.contains($0)
      }
  }
}
