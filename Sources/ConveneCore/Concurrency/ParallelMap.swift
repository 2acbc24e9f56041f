import Foundation

/// Runs independent work on every core, keeping the order of the results.
public enum ParallelMap {
  /// `transform` applied to every item, in parallel chunks.
  public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
    let box = Box<Result>(count: items.count)
    let chunks = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      for index in stride(from: chunk, to: items.count, by: chunks) { box.set(index, transform(items[index])) }
    }
    return box.values.map { $0! }
  }

  /// The cores this machine lets the process use.
  public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// `0..<count` cut into at most `parts` contiguous ranges of nearly equal size, none shorter
  /// than `minimum` (one range when `count` is under twice `minimum`; none when it is 0).
  public static func ranges(_ count: Int, parts: Int, minimum: Int = 1) -> [Range<Int>] {
    guard count > 0 else { return [] }
    let number = max(1, min(parts, count / max(1, minimum)))
    return (0..<number).map { part in (count * part / number)..<(count * (part + 1) / number) }
  }

  /// An array of `count` elements built in parts at the same time, without copying any: `body`
  /// is given each of `ranges` (which cut `0..<count` in order) and appends the elements of its
  /// range, every one and in order, straight into the array; what each part returns besides
  /// comes back in range order.
  public static func build<Element: Sendable, Result: Sendable>(
    count: Int, in ranges: [Range<Int>], _ body: @Sendable (Range<Int>, inout PartBuffer<Element>) -> Result
  ) -> (elements: [Element], results: [Result]) {
    precondition(
      ranges.first?.lowerBound ?? 0 == 0 && ranges.last?.upperBound ?? 0 == count
        && zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound },
      "the ranges cut 0..<count in order")
    guard count > 0 else { return ([], []) }
    var results: [Result] = []
    let elements = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      let start = Address(pointer: buffer.baseAddress!)
      results = map(ranges) { range in
        var part = PartBuffer(start: start.pointer + range.lowerBound, capacity: range.count)
        let result = body(range, &part)
        precondition(part.count == range.count, "a part appends every element of its range")
        return result
      }
      initialized = count
    }
    return (elements, results)
  }

  /// Where one part of `build` appends its elements: its own range of the array being built.
  public struct PartBuffer<Element> {
    private let start: UnsafeMutablePointer<Element>
    private let capacity: Int
    /// How many elements were appended.
    public private(set) var count = 0

    init(start: UnsafeMutablePointer<Element>, capacity: Int) {
      self.start = start
      self.capacity = capacity
    }

    /// Puts `element` after the ones appended before it.
    public mutating func append(_ element: consuming Element) {
      precondition(count < capacity, "a part appends no more elements than its range holds")
      (start + count).initialize(to: element)
      count += 1
    }
  }

  /// The start of an array being built, handed to the threads that build it: each writes only
  /// its own range.
  private struct Address<Element>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Element>
  }

  /// Results written from many threads.
  private final class Box<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
      lock.lock()
      values[index] = value
      lock.unlock()
    }
  }
}
