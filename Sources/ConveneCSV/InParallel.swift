import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Work on the parts of a large text done at the same time, one thread per core (the module
/// has no Foundation: libdispatch runs it).
enum InParallel {
  /// The cores this machine has online.
  static var cores: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

  /// `body` of every part number below `count`, run at the same time, in order.
  static func map<Value>(_ count: Int, _ body: (Int) -> Value) -> [Value] {
    if count <= 1 { return count == 1 ? [body(0)] : [] }
    return withoutActuallyEscaping(body) { body in
      let results = Results<Value>(count: count)
      let work = Work(body: body)
      DispatchQueue.concurrentPerform(iterations: count) { part in results.set(part, work.body(part)) }
      return results.values()
    }
  }

  /// A part's work, handed to the threads.
  private struct Work<Value>: @unchecked Sendable {
    let body: (Int) -> Value
  }

  /// The parts' results, each written once by the thread of its part (no two threads touch
  /// one slot, and none moves the storage).
  private final class Results<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
      slots = .allocate(capacity: count)
      slots.initialize(repeating: nil)
    }

    deinit {
      slots.deinitialize()
      slots.deallocate()
    }

    func set(_ part: Int, _ value: Value) { slots[part] = value }

    /// The results, taken out (the slots are left empty, so that each result has one owner).
    func values() -> [Value] {
      let values = slots.map { $0! }
      slots.update(repeating: nil)
      return values
    }
  }
}
