/// Why the bytes of a file could not be turned into text with certainty.
public enum TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Two or more code pages read the file about equally well, differently.
  case ambiguous(EncodingAmbiguity)
  /// No encoding reads the bytes as text.
  case unreadable(line: Int, reason: String)
  /// The encoding given, or announced by a byte-order mark, cannot read a byte.
  case invalid(SourceEncoding, line: Int, reason: String)

  /// The line the problem is on.
  public var line: Int {
    switch self {
    case .ambiguous(let ambiguity): ambiguity.line
    case .unreadable(let line, _), .invalid(_, let line, _): line
    }
  }

  /// What is wrong, in plain words (without the line).
  public var reason: String {
    switch self {
    case .ambiguous(let ambiguity):
      "the encoding cannot be told for sure: "
        + ambiguity.readings.map { "as \($0.encoding.name) it reads \"\($0.text)\"" }.joined(
          separator: ", ")
        + "; save the file as UTF-8"
    case .unreadable(_, let reason): reason
    case .invalid(let encoding, _, let reason): "\(reason) (reading it as \(encoding.name))"
    }
  }

  public var description: String { "line \(line): \(reason)" }
}

/// A file that two or more code pages read about equally well: one of its lines as each reads it.
public struct EncodingAmbiguity: Sendable, Equatable {
  /// One reading of the sample line.
  public struct Reading: Sendable, Equatable {
    public var encoding: SourceEncoding
    public var text: String
  }

  /// The first line the best reading and another read differently.
  public var line: Int
  /// The best reading first.
  public var readings: [Reading]
  /// When CP850 is among the readings, the first line that each MS-DOS variant reading the
  /// file as words (CP860, Portugal's) reads otherwise, as CP850 and as the variant reads it.
  public var dosVariants: [(line: Int, readings: [Reading])] = []

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.line == rhs.line && lhs.readings == rhs.readings
      && lhs.dosVariants.map(\.line) == rhs.dosVariants.map(\.line)
      && lhs.dosVariants.map(\.readings) == rhs.dosVariants.map(\.readings)
  }
}
