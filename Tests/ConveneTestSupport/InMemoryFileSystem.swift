import ConveneWorkspace
import Foundation

/// A file system in memory for tests: files by path, and a lock that can be held.
public final class InMemoryFileSystem: FileSystem, @unchecked Sendable {
  private let mutex = NSLock()
  private var files: [String: [UInt8]] = [:]
  private var folders: Set<String> = []
  /// Every path written or appended to, in order.
  public private(set) var writes: [String] = []

  /// A file system holding `files` (path: text).
  public init(_ files: [String: String] = [:]) {
    for (path, text) in files { self.files[path] = Array(text.utf8) }
  }

  /// A file's text, or nil when it does not exist.
  public func text(_ path: String) -> String? {
    mutex.withLock { files[path].map { String(decoding: $0, as: UTF8.self) } }
  }

  public func contents(of path: String) throws(WorkspaceError) -> [UInt8]? { mutex.withLock { files[path] } }

  /// Deletes a file, as someone would by hand.
  public func delete(_ path: String) { _ = mutex.withLock { files.removeValue(forKey: path) } }

  public func write(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    mutex.withLock {
      files[path] = bytes
      writes.append(path)
    }
  }

  public func append(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    mutex.withLock {
      files[path, default: []] += bytes
      writes.append(path)
    }
  }

  public func resolvedPath(_ path: String) -> String? { exists(path) ? path : nil }

  public func exists(_ path: String) -> Bool {
    mutex.withLock { files[path] != nil || folders.contains(path) || files.keys.contains { $0.hasPrefix(path + "/") } }
  }

  public func isDirectory(_ path: String) -> Bool {
    mutex.withLock { folders.contains(path) || files.keys.contains { $0.hasPrefix(path + "/") } }
  }

  /// The in-memory file system has no links.
  public func isSymbolicLink(_ path: String) -> Bool { false }

  public func createDirectory(_ path: String) throws(WorkspaceError) { _ = mutex.withLock { folders.insert(path) } }

  public func list(_ path: String) throws(WorkspaceError) -> [String] {
    mutex.withLock {
      Set(files.keys.filter { $0.hasPrefix(path + "/") }.map { String($0.dropFirst(path.count + 1).split(separator: "/")[0]) }).sorted()
    }
  }

  public func lock(_ path: String, purpose: String) throws(WorkspaceError) -> any WorkspaceLockHolder {
    mutex.lock()
    defer { mutex.unlock() }
    if files[path] != nil { throw .locked(path: path, holder: "a test") }
    files[path] = Array(purpose.utf8)
    return Holder(onRelease: { self.mutex.withLock { self.files[path] = nil } })
  }

  struct Holder: WorkspaceLockHolder {
    let onRelease: @Sendable () -> Void
    func release() { onRelease() }
  }
}
