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
