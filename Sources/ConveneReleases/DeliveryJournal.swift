import ConveneCalendar
import ConveneCore

/// The journal of delivery states (`.convene/invitations.journal`), one line appended and
/// flushed per change. A send run opens with a `start` line; every line names its run, its
/// number in the run and ends with a checksum of the rest:
///
///     3f9c0a1b2c3d4e5f 0 start 8a7b…
///     3f9c0a1b2c3d4e5f 1 sending outbox/v1/p001-request.eml 1c2d…
///     3f9c0a1b2c3d4e5f 2 sent outbox/v1/p001-request.eml 9e8f…
///
/// so that a changed byte, a lost line or a line of another run is seen, never read as a
/// state or skipped. Journals of the former layout (`STATE MESSAGE`) are still read.
enum DeliveryJournal {
  /// What a journal says.
  struct Reading {
    /// The states read, in order.
    var states: [(state: DeliveryState, message: String)] = []
    /// The runs whose `start` line was read.
    var runs: Set<String> = []
    /// The first line that cannot be trusted (1-based; nil when the whole journal is missing
    /// or holds no start of the run), and why.
    var damage: (line: Int?, reason: String)?

    /// The messages whose last state read is definite (`sent`, `failed`).
    var settled: Set<String> {
      var last: [String: DeliveryState] = [:]
      for (state, message) in states { last[message] = state }
      return Set(last.filter { $0.value == .sent || $0.value == .failed }.keys)
    }
  }

  /// The word of a run's first line.
  static let start = "start"

  /// A line: the run, its number, the state (or `start`), the message, and the checksum.
  static func line(run: String, number: Int, word: String, message: String?) -> String {
    let body = [run, String(number), word, message].compactMap { $0 }.joined(separator: " ")
    return "\(body) \(contentDigest(body))\n"
  }

  /// Reads a journal. `openRun` is the run the ledger's marker says was started and not yet
  /// folded: its last line cut short is then damage (it may be the record of a hand-off),
  /// while without an open run such a line is one whose state was never reached.
  static func read(_ bytes: [UInt8], openRun: String?) -> Reading {
    var pieces = String(decoding: bytes, as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false)
    let tail = pieces.removeLast()
    var reading = Reading()
    var current: (run: String, next: Int)?
    for (index, piece) in pieces.enumerated() {
      let line = index + 1
      if current == nil, openRun == nil, let former = formerLine(piece) {
        reading.states.append(former)
        continue
      }
      switch parse(piece) {
      case .failure(let reason):
        reading.noteDamage(line: line, reason)
      case .success(let parsed):
        if parsed.word == start {
          guard parsed.number == 0 else {
            reading.noteDamage(line: line, "a run's start must be its line 0")
            continue
          }
          reading.runs.insert(parsed.run)
          current = (parsed.run, 1)
        } else if let expected = current, expected.run == parsed.run,
          let state = DeliveryState(rawValue: parsed.word), let message = parsed.message
        {
          if parsed.number != expected.next {
            reading.noteDamage(
              line: line,
              "line \(expected.next) of run \(parsed.run) is missing (this is line \(parsed.number))"
            )
          }
          reading.states.append((state, message))
          current = (parsed.run, parsed.number + 1)
        } else if DeliveryState(rawValue: parsed.word) == nil || parsed.message == nil {
          reading.noteDamage(line: line, "\"\(parsed.word)\" is not a delivery state of a message")
        } else {
          reading.noteDamage(line: line, "the line is not part of a run started before it")
        }
      }
    }
    if !tail.isEmpty, openRun != nil {
      reading.noteDamage(line: pieces.count + 1, "the last line is cut short")
    }
    if let openRun, reading.damage == nil, !reading.runs.contains(openRun) {
      reading.damage = (
        nil,
        bytes.isEmpty
          ? "missing or empty, though a send run (\(openRun)) was started"
          : "holds no start of the send run \(openRun) that was started"
      )
    }
    return reading
  }

  /// The parts of a line whose checksum matches.
  private struct Parsed {
    var run: String
    var number: Int
    var word: String
    var message: String?
  }

  private static func parse(_ piece: Substring) -> Result<Parsed, Reason> {
    guard let space = piece.lastIndex(of: " ") else { return .failure(.unreadable) }
    let body = piece[..<space]
    guard piece[piece.index(after: space)...] == contentDigest(String(body)) else {
      return .failure(.checksum)
    }
    let parts = body.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count >= 3, let number = Int(parts[1]), number >= 0, !parts[0].isEmpty else {
      return .failure(.unreadable)
    }
    return .success(
      Parsed(
        run: String(parts[0]), number: number, word: String(parts[2]),
        message: parts.count == 4 ? String(parts[3]) : nil))
  }

  /// Why a line cannot be read.
  private enum Reason: Error, CustomStringConvertible {
    case unreadable, checksum
    var description: String {
      switch self {
      case .unreadable: "the line does not read as RUN NUMBER STATE MESSAGE CHECKSUM"
      case .checksum: "the line does not match its checksum (it was changed or damaged)"
      }
    }
  }

  /// A line of the former layout, `STATE MESSAGE`.
  private static func formerLine(_ piece: Substring) -> (DeliveryState, String)? {
    let parts = piece.split(separator: " ", maxSplits: 1)
    guard parts.count == 2, let state = DeliveryState(rawValue: String(parts[0])),
      InvitationLedger.messagePathProblem(String(parts[1])) == nil
    else { return nil }
    return (state, String(parts[1]))
  }
}

extension DeliveryJournal.Reading {
  /// Keeps the first damage found.
  fileprivate mutating func noteDamage(line: Int, _ reason: CustomStringConvertible) {
    if damage == nil { damage = (line, reason.description) }
  }
}
