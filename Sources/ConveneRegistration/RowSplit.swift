import ConveneCore

/// How the rows of an export are cut into parts that are read at the same time, one part per
/// core. Whatever the cut, the import's outcome is the same: each part reads its rows in order
/// with caches and tallies of its own, and the parts are put together in row order.
struct RowSplit: Sendable {
  /// How many parts at most.
  var parts: Int
  /// The fewest rows worth a part of their own: below it, handing rows to another thread
  /// costs more than it saves.
  var minimumRows: Int

  /// One part per core, of at least 2,000 rows.
  static let automatic = RowSplit(parts: ParallelMap.cores, minimumRows: 2_000)

  /// The parts of `count` rows, in order.
  func ranges(_ count: Int) -> [Range<Int>] { ParallelMap.ranges(count, parts: parts, minimum: minimumRows) }
}
