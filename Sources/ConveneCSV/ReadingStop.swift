/// Asked now and then while a large file is checked, decoded and scanned: true stops the
/// reading with `CSVReadError.interrupted` (a command that was sent SIGTERM or Ctrl-C stops
/// within a fraction of a second, whatever the size of the file).
public struct ReadingStop: Sendable {
  private let shouldStop: @Sendable () -> Bool

  /// A reading that is never stopped.
  public static let never = ReadingStop { false }

  /// How many bytes are read at most between two questions: about a millisecond of work.
  public static let interval = 1 << 20

  /// A reading stopped when `shouldStop` says so.
  public init(_ shouldStop: @escaping @Sendable () -> Bool) { self.shouldStop = shouldStop }

  /// True when the reading is to stop.
  public var isRequested: Bool { shouldStop() }

  /// Fails with `.interrupted` when the reading is to stop.
  func check() throws(CSVReadError) {
    if shouldStop() { throw .interrupted }
  }

  /// The bounds of `0..<count` in pieces of `interval` bytes, each ending where `isBoundary`
  /// allows (moved back at most three bytes: a UTF-8 character is not cut).
  static func pieces(
    _ count: Int, isBoundary: (Int) -> Bool = { _ in true }
  ) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = 0
    while start < count {
      var end = min(count, start + interval)
      if end < count {
        var moved = end
        while moved > start + 1 && end - moved < 3 && !isBoundary(moved) { moved -= 1 }
        if isBoundary(moved) { end = moved }
      }
      pieces.append(start..<end)
      start = end
    }
    return pieces
  }
}
