#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fields of a large text found in parts at the same time, one per core. The text is cut
/// just after line feeds and each part is scanned as a text of its own; the parts' fields and
/// lines are then put together in order. A cut that fell inside a quoted field (a cell over
/// several lines) leaves the part before it ending in an open quote: then the cut cannot be
/// trusted and the whole text is scanned again in one part. Otherwise every part began where
/// the whole text's scan would have been at that place (outside quotes, at a record's start),
/// so the fields, the lines and the first error are the same however the text is cut.
enum PartedScan {
  /// The fewest bytes worth a part of their own.
  static let minimumPart = 1 << 20

  /// Where the parts of `bytes` start, the first at 0: one part per core, each of at least
  /// `minimumPart` bytes, cut after the first line feed at or past an even share.
  static func cuts(in bytes: UnsafeBufferPointer<UInt8>, parts: Int = InParallel.cores) -> [Int] {
    let parts = max(1, min(parts, bytes.count / minimumPart))
    var cuts = [0]
    for part in 1..<max(1, parts) {
      let target = max(bytes.count * part / parts, cuts[cuts.count - 1])
      guard target < bytes.count, let feed = memchr(bytes.baseAddress! + target, 0x0A, bytes.count - target) else {
        break
      }
      let cut = bytes.baseAddress!.distance(to: feed.assumingMemoryBound(to: UInt8.self)) + 1
      if cut >= bytes.count { break }
      cuts.append(cut)
    }
    return cuts
  }

  /// The bounds of the fields of `bytes`, scanned in the parts that start at `cuts` (each
  /// after a line feed; the first at 0), as one scan of the whole text finds them.
  static func fields(
    in bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, cuts: [Int], stop: ReadingStop
  ) -> Result<CSVDocument.BoundsSink, CSVReadError> {
    let ranges = cuts.indices.map { cuts[$0]..<(cuts.indices.contains($0 + 1) ? cuts[$0 + 1] : bytes.count) }
    let text = Text(bytes: bytes)
    let most = InParallel.map(ranges.count) { part in
      CSVDocument.BoundsSink.mostFields(in: text.part(ranges[part]), delimiter: delimiter, stop: stop)
    }
    guard most.allSatisfy({ $0 != nil }) else { return .failure(.interrupted) }
    let total = most.reduce(0) { $0 + $1! }
    var scanned = InParallel.map(ranges.count) { part in
      // The first part makes room for every part's fields, which are appended to it.
      var sink = CSVDocument.BoundsSink(
        bytes: text.bytes, base: ranges[part].lowerBound, fields: part == 0 ? total : most[part]!)
      var lastLine = 1
      let error = CSVScanner.scan(
        text.part(ranges[part]), delimiter: delimiter, into: &sink, stop: stop, lastLine: &lastLine)
      return Scanned(sink: sink, error: error, lastLine: lastLine)
    }
    // The first part is moved out of the list, so that appending to it copies nothing.
    var whole = scanned.removeFirst()
    var failed = whole.error.map { (error: $0, isLast: scanned.isEmpty) }
    var lines = whole.lastLine - 1
    for part in scanned.indices where failed == nil {
      let next = scanned[part]
      if let error = next.error {
        failed = (shifted(error, lines: lines), part == scanned.count - 1)
      } else {
        whole.sink.append(next.sink, lines: lines)
        lines += next.lastLine - 1
      }
    }
    guard let failed else { return .success(whole.sink) }
    if !failed.isLast, case .syntax(let syntax) = failed.error, syntax.reason == CSVScanner.unclosedQuote {
      // A cut fell inside a quoted field: the part before it ends in an open quote.
      scanned = []
      whole.sink = CSVDocument.BoundsSink(bytes: bytes, fields: 0)
      return wholeScan(bytes, delimiter: delimiter, fields: total, stop: stop)
    }
    return .failure(failed.error)
  }

  /// The fields of `bytes` scanned in one part.
  private static func wholeScan(
    _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, fields: Int, stop: ReadingStop
  ) -> Result<CSVDocument.BoundsSink, CSVReadError> {
    var sink = CSVDocument.BoundsSink(bytes: bytes, fields: fields)
    if let error = CSVScanner.scan(bytes, delimiter: delimiter, into: &sink, stop: stop) { return .failure(error) }
    return .success(sink)
  }

  /// `error`, found in a part that starts `lines` lines down, with the line of the whole text.
  private static func shifted(_ error: CSVReadError, lines: Int) -> CSVReadError {
    guard case .syntax(var syntax) = error else { return error }
    syntax.line += lines
    return .syntax(syntax)
  }

  /// The text the parts are scanned from, handed to the threads that scan them (each reads
  /// only).
  private struct Text: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>

    func part(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }
  }

  /// One part's scan.
  private struct Scanned {
    var sink: CSVDocument.BoundsSink
    var error: CSVReadError?
    var lastLine: Int
  }
}
