#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// `posix_spawn` failed.
package struct SpawnError: Error, Equatable {
  var code: Int32
  package var description: String { String(cString: strerror(code)) }
}
