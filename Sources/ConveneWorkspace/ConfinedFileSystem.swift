#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import ConveneCore
import Foundation

/// A file system that reaches only inside its folders (the workspace, and the `--output`
/// folders a command was given): every path is checked before it is read or written, so that
/// no name built from an id or read from a file (`../../x`, `/etc/passwd`, a folder that is
/// a symbolic link to elsewhere) can lead a command outside. It is the one gate every writer
/// goes through; readers of files outside the workspace (exports, returned forms) do not use it.
public struct ConfinedFileSystem: FileSystem {
  /// The file system it guards.
  public let base: any FileSystem
  /// The folders it may reach, as absolute paths without `.` or `..`.
  public let roots: [String]
  let followsLinks: Bool
  /// The folder relative paths start from.
  let currentDirectory: String

  /// Confines `base` to `roots`; relative roots and paths are taken from `currentDirectory`.
  /// Symbolic links are resolved when `base` is the real file system.
  public init(_ base: any FileSystem, roots: [String], currentDirectory: String) {
    self.base = base
    self.roots = roots.map { Self.normalised($0, from: currentDirectory) }
    self.currentDirectory = currentDirectory
    followsLinks = base is LocalFileSystem
  }

  /// The same file system reaching `folder` too.
  public func allowing(_ folder: String) -> ConfinedFileSystem {
    ConfinedFileSystem(base, roots: roots + [folder], currentDirectory: currentDirectory)
  }

  /// `path` when it lies inside one of the roots, or a refusal naming it.
  public func checked(_ path: String) throws(WorkspaceError) -> String {
    guard !path.utf8.contains(0), isInside(path) else {
      throw .io(
        path: Identifier.shown(path),
        reason: "is outside the workspace; convene reads and writes only inside it")
    }
    return path
  }

  /// True when `path` lies inside a root, both as written and after following links.
  public func isInside(_ path: String) -> Bool {
    guard !path.utf8.contains(0) else { return false }
    let absolute = Self.normalised(path, from: currentDirectory)
    guard let root = roots.first(where: { Self.contains($0, absolute) }) else { return false }
    guard followsLinks else { return true }
    // The deepest part of the path that exists, with its links resolved, must still be
    // inside the root with its own links resolved.
    var existing = absolute
    while !existing.isEmpty && existing != "/" && !base.exists(existing) {
      existing = Self.parent(existing)
    }
    let resolvedRoot = Self.resolved(root) ?? root
    guard let resolvedPart = Self.resolved(existing) else { return false }
    return Self.contains(resolvedRoot, resolvedPart) || Self.contains(resolvedPart, resolvedRoot)
  }

  public func contents(of path: String) throws(WorkspaceError) -> [UInt8]? {
    try base.contents(of: checked(path))
  }

  public func write(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    try base.write(bytes, to: checked(path))
  }

  public func stage(_ bytes: [UInt8], for path: String) throws(WorkspaceError) -> any StagedFile {
    try base.stage(bytes, for: checked(path))
  }

  public func exists(_ path: String) -> Bool { isInside(path) && base.exists(path) }

  public func isDirectory(_ path: String) -> Bool { isInside(path) && base.isDirectory(path) }

  public func isSymbolicLink(_ path: String) -> Bool { isInside(path) && base.isSymbolicLink(path) }

  public func createDirectory(_ path: String) throws(WorkspaceError) {
    try base.createDirectory(checked(path))
  }

  public func list(_ path: String) throws(WorkspaceError) -> [String] {
    try base.list(checked(path))
  }

  public func lock(_ path: String, purpose: String) throws(WorkspaceError) -> any WorkspaceLockHolder {
    try base.lock(checked(path), purpose: purpose)
  }

  public func append(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    try base.append(bytes, to: checked(path))
  }

  // MARK: - Paths

  /// `path` made absolute from `directory`, with `.`, `..` and repeated slashes removed.
  public static func normalised(_ path: String, from directory: String) -> String {
    let full = path.hasPrefix("/") ? path : directory + "/" + path
    var parts: [Substring] = []
    for part in full.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// True when `path` is `folder` or inside it (both normalised).
  static func contains(_ folder: String, _ path: String) -> Bool {
    folder == "/" || path == folder || path.hasPrefix(folder + "/")
  }

  static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  /// The path with every symbolic link resolved, or nil when it cannot be.
  static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}

extension Workspace {
  /// The workspace at `root` on the real file system, confined to its folder.
  public static func local(root: String, environment: [String: String] = [:]) -> Workspace {
    Workspace(
      root: root,
      fileSystem: ConfinedFileSystem(
        LocalFileSystem(environment: environment), roots: [root],
        currentDirectory: FileManager.default.currentDirectoryPath))
  }

  /// The same workspace, also reaching `folder` (a command's `--output`). Names built from
  /// ids must still stay inside it.
  public func allowing(_ folder: String) -> Workspace {
    guard let confined = fileSystem as? ConfinedFileSystem else { return self }
    return Workspace(root: root, fileSystem: confined.allowing(folder))
  }
}

extension ConfinedFileSystem {
  /// The path with `.`, `..` and (on the real file system) symbolic links resolved, or nil
  /// when it is outside the workspace or nothing is there.
  public func resolvedPath(_ path: String) -> String? {
    guard isInside(path), base.exists(path) else { return nil }
    let absolute = Self.normalised(path, from: currentDirectory)
    return followsLinks ? Self.resolved(absolute) : absolute
  }
}
