import ConveneCore

/// What the organiser says some registration statuses of one export mean (`participants import
/// --status-word 'Regrets=declined'`): for a wording the language table does not know, or reads
/// otherwise than this file means it. A status is matched whole, as the table's words are
/// compared (case, accents, punctuation and spacing aside; a mark as itself), and the
/// organiser's meaning comes before the table's.
public struct StatusWordChoices: Sendable, Equatable {
  /// A choice that cannot be taken, saying why.
  public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }

  /// One status as the organiser wrote it, and what it means.
  struct Choice: Sendable, Equatable {
    var written: String
    var status: String
    var reading: RegistrationStatusWords.Reading
  }

  /// The statuses a choice may give, as `participants.csv` writes them, with what each does to
  /// the row: `registered` and `confirmed` import it (as the table's `Confirmed` is, registered),
  /// `waitlisted` puts it on the waitlist, `declined` and `cancelled` leave it out.
  public static let statuses: [(name: String, reading: RegistrationStatusWords.Reading)] = [
    ("registered", .registered), ("confirmed", .registered), ("waitlisted", .waitlisted), ("declined", .declined),
    ("cancelled", .declined),
  ]

  /// Each choice by its comparable form (`RegistrationStatusWords.comparable(_:)`).
  private(set) var choices: [String: Choice] = [:]

  /// No choice: the table alone reads the statuses.
  public init() {}

  /// True when the organiser gave no choice.
  public var isEmpty: Bool { choices.isEmpty }

  /// Adds `argument`, written `WORDS=STATUS` (`Confirmed by phone=confirmed`); throws naming it
  /// when it is not so written, when STATUS is none of `statuses`, or when the same words were
  /// given another status already.
  public mutating func add(_ argument: String) throws(Problem) {
    guard let equals = argument.lastIndex(of: "=") else {
      throw Problem(message: "--status-word \(Self.quoted(argument)) must be WORDS=STATUS, e.g. 'Regrets=declined'")
    }
    let written = String(argument[..<equals]).trimmed
    let status = String(argument[argument.index(after: equals)...]).trimmed.lowercased()
    let key = RegistrationStatusWords.comparable(written)
    guard !key.isEmpty else {
      throw Problem(
        message: "--status-word \(Self.quoted(argument)): write the status before the = as the file writes it "
          + "(it needs a letter, a digit or a mark)")
    }
    guard let reading = Self.statuses.first(where: { $0.name == status })?.reading else {
      throw Problem(
        message: "--status-word \(Self.quoted(argument)): \"\(status)\" is not a status; the statuses are "
          + Self.statuses.map(\.name).joined(separator: ", "))
    }
    if let earlier = choices[key], earlier.reading != reading {
      throw Problem(
        message: "--status-word \(Self.quoted(argument)): \"\(written)\" was given as \(earlier.status) already "
          + "(\(Self.quoted(earlier.written + "=" + earlier.status)))")
    }
    if choices[key] == nil { choices[key] = Choice(written: written, status: status, reading: reading) }
  }

  /// What the organiser says `comparable` (a status in its comparable form) means, or nil.
  func reading(ofComparable comparable: String) -> RegistrationStatusWords.Reading? {
    choices[comparable]?.reading
  }

  /// The choices whose status is none of `met` (comparable forms), as written, in the order
  /// of their words.
  func unmatched(_ met: Set<String>) -> [(written: String, status: String)] {
    choices.filter { !met.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.value.written, $0.value.status) }
  }

  /// `text` as a shell word: in single quotes, or in double quotes when it holds one
  /// (`"N'a pas confirmé=declined"`).
  public static func quoted(_ text: String) -> String {
    guard text.contains("'") else { return "'\(text)'" }
    var escaped = ""
    for character in text {
      if "\"$`\\".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return "\"\(escaped)\""
  }
}
