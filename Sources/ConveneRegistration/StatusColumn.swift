import ConveneCSV
import ConveneCore

/// A column that says whether each registration stands: a status (Zoom's `Approval Status`,
/// Eventbrite's `Order Status` and `Attendee Status`, a `Statut` added by hand), a question
/// whether the person will come (`Can you attend?`, `RSVP`), or a column of its own for one
/// status, ticked or answered yes where it applies (a Google Sheets checkbox `Cancelled`,
/// `Annulé ?`, `Waitlist`). Every such column of a file is read, never only the first: a row is
/// declined when one of them declines it (an order refunded, an attendee cancelled, a box
/// ticked), waitlisted when one waitlists it and none declines it.
struct StatusColumn: Sendable, Equatable {
  /// How the column's cells are read.
  enum Kind: Sendable, Equatable {
    /// A status, in the table's status words (`RegistrationStatusWords.reading(_:)`).
    case status
    /// An answer to a question whether the person will come: a yes, a no or a status.
    case question
    /// A box for the one status: yes is that status, no or empty says nothing.
    case box(RegistrationStatusWords.Reading)
  }

  /// The column's position in the header.
  var index: Int
  /// The header as written.
  var header: String
  var kind: Kind

  /// True for a column of its own for one status, answered yes or no.
  var isBox: Bool {
    if case .box = kind { return true }
    return false
  }

  /// What `cell` (trimmed) says of the registration.
  func reading(_ cell: String) -> RegistrationStatusWords.Reading {
    switch kind {
    case .status: RegistrationStatusWords.reading(cell)
    case .question: RegistrationStatusWords.answerReading(cell)
    case .box(let status): RegistrationStatusWords.boxReading(cell, saying: status)
    }
  }

  /// The header words of a status column (Zoom's `Approval Status`, Eventbrite's `Order
  /// Status`), folded.
  static let statusHeaders = Set(LanguagePack.words(\.headers, "approval").map(\.folded))

  /// The header words of a form's question whether the person will come (Google Forms' `Can
  /// you attend?`, `RSVP`, `Présence`), folded: answered yes or no, or in a status's words.
  static let questionHeaders = Set(LanguagePack.words(\.headers, "rsvp").map(\.folded))

  /// The header words of a column of its own for one status (`Cancelled`, `Liste d'attente`),
  /// folded, with that status.
  static let boxHeaders: [String: RegistrationStatusWords.Reading] = {
    var headers: [String: RegistrationStatusWords.Reading] = [:]
    for (key, status) in [("declined_box", RegistrationStatusWords.Reading.declined), ("waitlisted_box", .waitlisted)] {
      for word in LanguagePack.words(\.headers, key) where headers[word.folded] == nil { headers[word.folded] = status }
    }
    return headers
  }()

  /// How a column headed `header` says whether a registration stands, or nil when it does not.
  /// A status box's header is read without the yes and no it offers (`Cancelled (Y/N)`).
  /// Of KoboToolbox's metadata columns (`_status`: how the form was sent, `submitted_via_web`),
  /// only `_validation_status` is one.
  static func kind(ofHeader header: String) -> Kind? {
    let trimmed = header.trimmed
    if trimmed.hasPrefix("_") { return trimmed.lowercased() == "_validation_status" ? .status : nil }
    let folded = header.folded
    if statusHeaders.contains(folded) { return .status }
    if questionHeaders.contains(folded) { return .question }
    return boxHeaders[RegistrationStatusWords.withoutAnswerChoices(trimmed).folded].map(Kind.box)
  }

  /// True when `header` heads a column that says whether a registration stands.
  static func isStatusHeader(_ header: String) -> Bool { kind(ofHeader: header) != nil }

  /// Every column of `header` that says whether a registration stands and that `isMapped`
  /// (`--map`) does not read as something else, in the order of the file.
  static func columns(
    of header: [String], given: (String) -> Bool = { _ in false }, isMapped: (String) -> Bool
  ) -> [StatusColumn] {
    header.indices.compactMap { index in
      // A column `--map COLUMN=status` names is read as a status, whatever its header says.
      if given(RegistrationImport.key(of: header[index])) {
        return StatusColumn(index: index, header: header[index], kind: .status)
      }
      guard !isMapped(header[index]), let kind = kind(ofHeader: header[index]) else { return nil }
      return StatusColumn(index: index, header: header[index], kind: kind)
    }
  }

  /// What a row's status columns say together: declined when one column declines it,
  /// waitlisted when one waitlists it and none declines it, unknown when one cannot be read
  /// (imported as registered past the warning), and registered otherwise.
  static func combined(_ readings: [RegistrationStatusWords.Reading]) -> RegistrationStatusWords.Reading {
    for reading in [RegistrationStatusWords.Reading.declined, .waitlisted, .unknown] where readings.contains(reading) {
      return reading
    }
    return .registered
  }

  /// The status of a declined row as the summary shows it: the declining cell as written,
  /// after its header when the file has more than one status column (`Attendee Status: Not
  /// Attending`).
  static func shown(_ record: ExportRow, declinedBy column: StatusColumn, among columns: [StatusColumn]) -> String {
    let cell = record[column.index].trimmed
    return columns.count > 1 ? "\(column.header): \(cell)" : cell
  }
}
