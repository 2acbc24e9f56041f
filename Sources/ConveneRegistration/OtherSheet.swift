import ConveneCSV
import ConveneCore

extension RegistrationImport {
  /// A sheet of the workbook that is not read, with the people it holds: the summary names it,
  /// so that a sheet of late registrations or of cancellations beside the one read is seen.
  public struct OtherSheet: Sendable {
    public var name: String
    /// True when the workbook hides it.
    public var hidden: Bool
    /// The e-mail addresses of all its tables, or nil when it cannot be read.
    var addresses: Set<String>?
    /// Why it cannot be read.
    public var problem: String?

    /// The sheet called `name` whose cells are `document`, its tables found and its headers
    /// mapped as `registration` maps the sheet it reads; only its addresses are kept.
    public init(name: String, hidden: Bool = false, document: CSVDocument, readAs registration: RegistrationImport) {
      self.name = name
      self.hidden = hidden
      let fields = registration.fieldsOfHeader
      let found = ImportSheet(document, fields: fields)
      var addresses = Set<String>()
      for table in [found.table] + found.leftOut { addresses.formUnion(ImportSheet.addresses(in: table, fields: fields)) }
      self.addresses = addresses
    }

    /// The sheet called `name`, which could not be read for `problem`.
    public init(name: String, hidden: Bool = false, problem: String) {
      self.name = name
      self.hidden = hidden
      self.problem = problem
    }

    /// What each of `sheets` holds beside `table`, the one read: its people, and how many of
    /// them `table` does not hold.
    static func notRead(
      _ sheets: [OtherSheet], besides table: ImportSheet.Table, fields: ([String]) -> [ImportField?]
    ) -> [ImportReport.SheetNotRead] {
      guard !sheets.isEmpty else { return [] }
      let read = ImportSheet.addresses(in: table, fields: fields)
      return sheets.map { sheet in
        let people = sheet.addresses ?? []
        return ImportReport.SheetNotRead(
          name: sheet.name, hidden: sheet.hidden, people: people.count, others: people.subtracting(read).count,
          problem: sheet.problem)
      }
    }
  }
}
