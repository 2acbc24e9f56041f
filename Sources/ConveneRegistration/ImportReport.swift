import ConveneCore

/// What an import did, or would do with `--dry-run`: one entry per row of the file.
public struct ImportReport: Sendable, Equatable {
  /// A row that became a new participant.
  public struct Added: Sendable, Equatable {
    public var line: Int
    public var id: String
    public var name: String
    /// True when the person went on the waitlist.
    public var waitlisted: Bool
  }

  /// A row that changed an existing participant.
  public struct Updated: Sendable, Equatable {
    public var line: Int
    public var id: String
    /// The columns that changed.
    public var fields: [String]
  }

  /// A row whose answers differ from what participants.csv holds for its person, not applied
  /// (a re-import fills only empty fields unless `--update`): the organiser may have corrected
  /// them since the last import.
  public struct NotApplied: Sendable, Equatable {
    public var line: Int
    public var id: String
    /// Each field with the value kept and the export's.
    public var differences: [Difference]

    public struct Difference: Sendable, Equatable {
      public var field: String
      public var kept: String
      public var export: String
    }
  }

  /// A row that could not be imported.
  public struct Rejected: Sendable, Equatable {
    public var line: Int
    /// The column at fault, or nil.
    public var field: String?
    public var reason: String
  }

  /// A row the form tool says is no registration (Zoom's approval status `denied`): not
  /// imported, and not an error of the file.
  public struct Declined: Sendable, Equatable {
    public var line: Int
    public var name: String
    public var email: String
    /// The approval as the file writes it.
    public var approval: String
    /// The participant already registered under this e-mail by an earlier import, with the
    /// status they still have: a declined row changes nothing, so a place they hold stays
    /// taken until they are cancelled (`participants cancel ID`).
    public var participant: (id: String, status: ParticipantStatus)? {
      get { participantID.map { ($0, participantStatus ?? .registered) } }
      set {
        participantID = newValue?.id
        participantStatus = newValue?.status
      }
    }
    private var participantID: String?
    private var participantStatus: ParticipantStatus?
    /// People registered under the row's name at another address (none when its address is
    /// registered): the cancellation may be theirs, sent from a new address.
    public var sameName: [String] = []
    /// True when the row answers anything but yes to publishing the name: applied to the
    /// person registered under its e-mail all the same.
    public var withdrawsConsent = false

    public init(line: Int, name: String, email: String, approval: String) {
      self.line = line
      self.name = name
      self.email = email
      self.approval = approval
    }
  }

  /// People who are probably one person: the same name (ignoring case, accents and word
  /// order) and city, different e-mails. Listed once, however many they are.
  public struct DuplicateCluster: Sendable, Equatable {
    /// The name as the first of them wrote it.
    public var name: String
    public var city: String
    /// Their ids, in the order of the participant list.
    public var ids: [String]
  }

  /// Something that looks wrong in the export even when every row is valid: the import
  /// writes nothing unless it is accepted (`--accept-warnings`).
  public struct Warning: Sendable, Equatable {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Equatable {
      /// Text that was UTF-8, read in a Windows code page and saved again (`Ã©` for `é`).
      case mojibake
      /// Names that stand for no name ("anonymous").
      case placeholderNames = "placeholder-names"
      /// Names with letters the exporting tool wrote as `?` (`Jos? Mar?a`, `???? ?????`).
      case lostLetters = "lost-letters"
      /// Cells holding U+FFFD (`Jos� Garc�a`): what a tool writes for each letter it could not
      /// read, when it read a file in the wrong encoding and saved it as UTF-8.
      case replacedLetters = "replaced-letters"
      /// Cells holding box-drawing characters (`H├®l├¿ne`, `╨ÿ╨▓╨░╨╜`): UTF-8 read as a DOS
      /// code page (CP437, CP850, CP866) or KOI8-R and saved again. No name writes them.
      case boxDrawing = "box-drawing"
      /// Names that are a device's (`iPhone de Khadija`, `Galaxy A52`): what a meeting tool shows
      /// for someone who joined from a phone.
      case deviceNames = "device-names"
      /// Names that are a spreadsheet formula (`=HYPERLINK("http://x","y")`): no one's name.
      case formulaNames = "formula-names"
      /// A column read as nothing that holds e-mail addresses.
      case unreadEmails = "unread-emails"
      /// A column read as nothing that holds people's names.
      case unreadNames = "unread-names"
      /// A column read as nothing whose answers say people are not coming or are on a waiting
      /// list (`Not attending`, `Absent`, `Lista de espera`): they would be registered.
      case unreadStatuses = "unread-statuses"
      /// People left without a category although the event has categories.
      case emptyCategories = "empty-categories"
      /// A table of the file that was not read holds people the read one does not.
      case leftOutTable = "left-out-table"
      /// Rows of the file with one e-mail address and different people's names.
      case sharedEmail = "shared-email"
      /// Rows of one e-mail address with different ticket numbers (Eventbrite's `Attendee #`):
      /// the tickets of one order, whose other holders would be lost.
      case sharedTickets = "shared-tickets"
      /// Rows whose e-mail address is registered to a person of another name (left out).
      case otherPerson = "other-person"
      /// New people some of whom have no submission time: everyone is put in file order,
      /// which may not be the order they registered in.
      case untimedRows = "untimed-rows"
      /// Arrival or departure dates months away from the event's days.
      case datesFarFromEvent = "dates-far-from-event"
      /// One-letter genders that the column does not settle (`M` alone: man or woman).
      case genderLetters = "gender-letters"
      /// Two columns that could give the name (or the e-mail), whose headers do not say which,
      /// and which differ.
      case ambiguousColumns = "ambiguous-columns"
      /// Workbook cells holding a formula whose result the workbook does not store: their
      /// value cannot be known, and they are read as empty.
      case formulasWithoutValue = "formulas-without-value"
      /// A workbook column whose every formula stores 0 for its result (XlsxWriter's default):
      /// what the formulas compute is not known.
      case formulasReadingZero = "formulas-reading-zero"
      /// Rows of the workbook that it hides (a filter leaving out cancellations, rows hidden by
      /// hand): read like the others.
      case hiddenRows = "hidden-rows"
      /// A hidden column of the workbook read as a field (an old answer hidden beside the
      /// corrected one).
      case hiddenColumns = "hidden-columns"
      /// Registration statuses that say neither that the registration stands nor that the
      /// person is not coming (`Inscrit ?`): imported as registered only when accepted.
      case unknownStatuses = "unknown-statuses"
      /// A Brazilian form's `Apelido` (a nickname) that would be read as the family name.
      case nicknameColumn = "nickname-column"
      /// The file was read in the encoding `--encoding` named, and another reads its words
      /// clearly better (`--encoding windows-1252` on an Arabic file).
      case givenEncoding = "given-encoding"
      /// A cell holding what looks like a whole row after a line break: an unclosed quote
      /// joined rows into one cell.
      case swallowedRows = "swallowed-rows"
    }

    public var kind: Kind
    /// The column concerned (its header), if one is.
    public var column: String?
    /// How many cells or rows are concerned.
    public var count: Int
    /// A few of the lines concerned.
    public var lines: [Int]
    public var message: String
    /// What to do about it.
    public var hint: String
  }

  /// A field that several columns could give, the column read first and the ones passed over.
  public struct Choice: Sendable, Equatable {
    /// `name` or `email`.
    public var field: String
    /// The header of the column read first (`First Name + Last Name` for the pair).
    public var column: String
    /// The other candidates, each with why it came after.
    public var passedOver: [(column: String, reason: String)]

    public static func == (lhs: Choice, rhs: Choice) -> Bool {
      lhs.field == rhs.field && lhs.column == rhs.column
        && lhs.passedOver.map(\.column) == rhs.passedOver.map(\.column)
        && lhs.passedOver.map(\.reason) == rhs.passedOver.map(\.reason)
    }
  }

  /// How the dates of one column were read.
  public struct DateReading: Sendable, Equatable {
    public var column: String
    public var field: String
    public var reading: DateColumnReading
  }

  /// A table of the file that was not read.
  public struct LeftOutTable: Sendable, Equatable {
    /// The line of its header.
    public var line: Int
    /// The title row above it ("Panelist Details"), or empty.
    public var title: String
    public var rows: Int
  }

  /// A sheet of the workbook that was not read.
  public struct SheetNotRead: Sendable, Equatable {
    /// The sheet's name.
    public var name: String
    /// True when the workbook hides it.
    public var hidden: Bool
    /// How many people (distinct e-mail addresses) it holds, and how many of them the sheet
    /// read does not.
    public var people: Int
    public var others: Int
    /// Why it could not be looked at, when it could not (then `people` is 0).
    public var problem: String?
  }

  /// A note that does not stop the import (an unrecognised answer left empty, a repeated row).
  public struct Note: Sendable, Equatable {
    public var line: Int
    public var field: String?
    public var message: String
  }

  public var added: [Added] = []
  public var updated: [Updated] = []
  /// Rows whose answers differ from participants.csv and were not applied (see `NotApplied`).
  public var notApplied: [NotApplied] = []
  /// Lines whose participant was already exactly as the row says, with the id.
  public var unchanged: [(line: Int, id: String)] = []
  public var rejected: [Rejected] = []
  /// Rows whose registration the form tool marks denied or cancelled, left out.
  public var declined: [Declined] = []
  public var duplicateClusters: [DuplicateCluster] = []
  /// The waitlisted people a free place is kept for (`participants promote` gives it): new
  /// people wait behind them.
  public var placesKeptFor: [String] = []
  public var notes: [Note] = []
  /// What looks wrong although the rows are valid.
  public var warnings: [Warning] = []
  /// Each header cell and the field it was read as (`ignore` for left-out columns).
  public var columns: [(header: String, field: ImportField)] = []
  /// Header cells that matched no field.
  public var ignoredColumns: [String] = []
  /// The columns read as each registration's status (`Order Status` and `Attendee Status`,
  /// `Statut`, `Can you attend?`, a `Cancelled` box), in the order of the file: read for
  /// declines and waiting lists, feeding no field.
  public var statusColumns: [String] = []

  /// What the column headed `header`, read as `field`, is read as: `status` for a status
  /// column, else the field's name.
  public func reading(of header: String, as field: ImportField) -> String {
    field == .ignore && statusColumns.contains(header) ? "status" : field.rawValue
  }
  /// Fields several columns could give, and which was read first.
  public var choices: [Choice] = []
  /// How each date column was read.
  public var dates: [DateReading] = []
  /// The line of the header that was read.
  public var headerLine = 1
  /// Lines before the header that were skipped (a report's preamble), if any.
  public var preamble: ClosedRange<Int>?
  /// Other tables of the file, not read.
  public var leftOutTables: [LeftOutTable] = []
  /// The workbook's other sheets, not read, in the workbook's order.
  public var sheetsNotRead: [SheetNotRead] = []
  /// The rows under the header that was read.
  public var rows = 0

  public static func == (lhs: ImportReport, rhs: ImportReport) -> Bool {
    lhs.added == rhs.added && lhs.updated == rhs.updated && lhs.notApplied == rhs.notApplied
      && lhs.unchanged.map(\.line) == rhs.unchanged.map(\.line) && lhs.rejected == rhs.rejected
      && lhs.declined == rhs.declined
      && lhs.duplicateClusters == rhs.duplicateClusters && lhs.notes == rhs.notes
      && lhs.warnings == rhs.warnings && lhs.ignoredColumns == rhs.ignoredColumns
      && lhs.choices == rhs.choices && lhs.dates == rhs.dates && lhs.headerLine == rhs.headerLine
      && lhs.preamble == rhs.preamble && lhs.leftOutTables == rhs.leftOutTables
      && lhs.sheetsNotRead == rhs.sheetsNotRead
  }

  /// How many new people went on the waitlist.
  public var waitlistedCount: Int { added.filter(\.waitlisted).count }
}
