/// The words of a file that hold bytes above 0x7F — the only bytes the legacy code pages read
/// differently — each once with its number of occurrences, gathered in one pass over the
/// whole file. Candidate readings are judged on these distinct words instead of decoding the
/// file once per candidate.
struct WordSample {
  /// Distinct words, as bytes: runs of ASCII letters and bytes above 0x7F.
  private(set) var words: [ArraySlice<UInt8>] = []
  /// How often each word occurs.
  private(set) var counts: [Int] = []
  /// Which byte values occur anywhere in the file.
  private(set) var present = [Bool](repeating: false, count: 256)

  /// Distinct words kept at most; later new words are not judged (their bytes still count in
  /// `present`).
  static let wordLimit = 50_000
  /// Longer runs are cut into words of this many bytes.
  static let wordLength = 64

  /// The sample of `bytes`; cut short when `stop` (asked every `ReadingStop.interval` bytes)
  /// says so.
  init(_ bytes: [UInt8], stop: ReadingStop = .never) {
    var words: [ArraySlice<UInt8>] = []
    var counts: [Int] = []
    var present = [Bool](repeating: false, count: 256)
    var index: [ArraySlice<UInt8>: Int] = [:]
    var start = -1
    var hasHighByte = false
    func finish(_ end: Int) {
      defer {
        start = -1
        hasHighByte = false
      }
      guard start >= 0, hasHighByte else { return }
      let word = bytes[start..<end]
      if let known = index[word] {
        counts[known] += 1
      } else if words.count < Self.wordLimit {
        index[word] = words.count
        words.append(word)
        counts.append(1)
      }
    }
    var nextCheck = ReadingStop.interval
    for position in bytes.indices {
      if position == nextCheck {
        if stop.isRequested { break }
        nextCheck += ReadingStop.interval
      }
      let byte = bytes[position]
      present[Int(byte)] = true
      let isWordByte = byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
      if isWordByte {
        if start >= 0 && position - start >= Self.wordLength { finish(position) }
        if start < 0 { start = position }
        if byte >= 0x80 { hasHighByte = true }
      } else if start >= 0 {
        finish(position)
      }
    }
    finish(bytes.count)
    self.words = words
    self.counts = counts
    self.present = present
  }
}
