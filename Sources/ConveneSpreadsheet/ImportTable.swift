import ConveneCSV

/// Why a file to import cannot be read as a table.
public enum ImportTableError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A CSV or text export that cannot be read.
  case text(CSVReadError)
  /// An .xlsx workbook that cannot be read.
  case workbook(WorkbookError)
  /// A kind of file convene does not read.
  case unsupported(String)
  /// `--sheet` was given for a text file.
  case sheetOfTextFile
  /// `--encoding` was given for a workbook.
  case encodingOfWorkbook

  public var description: String {
    switch self {
    case .text(let error): error.description
    case .workbook(let error): error.description
    case .unsupported(let what): what
    case .sheetOfTextFile: "it is a text file, not a workbook: a sheet cannot be chosen"
    case .encodingOfWorkbook:
      "it is an .xlsx workbook, whose text is always Unicode: an encoding cannot be chosen"
    }
  }
}

/// Reads an export to import — a CSV or text file in any encoding, or an .xlsx workbook —
/// as a table, telling the kinds apart by their content, not their name.
public enum ImportTable {
  /// The table in `bytes`. `encoding` reads a text file in that encoding; `sheet` picks a
  /// workbook's sheet; `preferring` (the code pages of the event's languages) settles a
  /// close call between two code pages. `stop` is asked all along, as `document` asks it.
  public static func read(
    _ bytes: [UInt8], encoding: SourceEncoding? = nil, sheet: String? = nil,
    preferring: [SourceEncoding] = [], stop: ReadingStop = .never
  ) throws(ImportTableError) -> CSVTable {
    if let workbook = try workbookTable(bytes, encoding: encoding, sheet: sheet, stop: stop) { return workbook }
    do {
      return try CSVTable(bytes: withoutEndOfFileMark(bytes), encoding: encoding, preferring: preferring, stop: stop)
    } catch {
      throw .text(error)
    }
  }

  /// The same export as a `CSVDocument` (a text file kept as its text and the bounds of its
  /// fields; a workbook's sheet copied into one): what the registration import reads. `stop`
  /// is asked all along (`ReadingStop`): it stops the reading with `.text(.interrupted)` or
  /// `.workbook(.interrupted)`.
  public static func document(
    _ bytes: [UInt8], encoding: SourceEncoding? = nil, sheet: String? = nil,
    preferring: [SourceEncoding] = [], stop: ReadingStop = .never
  ) throws(ImportTableError) -> CSVDocument {
    if let workbook = try workbookTable(bytes, encoding: encoding, sheet: sheet, stop: stop) {
      return CSVDocument(workbook)
    }
    do {
      return try CSVDocument(bytes: withoutEndOfFileMark(bytes), encoding: encoding, preferring: preferring, stop: stop)
    } catch {
      throw .text(error)
    }
  }

  /// Gives `body` each sheet of the workbook in `bytes` other than the one called `read`, in
  /// the workbook's order, with whether the workbook hides it, as a document or as why it
  /// cannot be read; one at a time, so that memory holds one sheet, not all. Nothing for a text
  /// file. `stop` is asked all along, as `document` asks it.
  public static func eachOtherSheet(
    _ bytes: [UInt8], besides read: String, stop: ReadingStop = .never,
    _ body: (_ name: String, _ hidden: Bool, _ document: Result<CSVDocument, WorkbookError>) -> Void
  ) throws(ImportTableError) {
    guard let workbook = try opened(bytes) else { return }
    let hidden = workbook.hiddenSheetNames
    for name in workbook.sheetNames where name != read {
      let document: Result<CSVDocument, WorkbookError>
      do {
        document = .success(CSVDocument(try workbook.table(sheet: name, stop: stop)))
      } catch .interrupted {
        throw .workbook(.interrupted)
      } catch {
        document = .failure(error)
      }
      body(name, hidden.contains(name), document)
    }
  }

  /// The visible sheets of the workbook in `bytes`, other than the one called `read`, that
  /// hold cells: a sign-in workbook of one sheet a day, or Google Sheets' `Form responses 2`
  /// beside the first, whose rows the first sheet alone does not give. A KoboToolbox repeat
  /// group's sheet (its rows point at the main sheet's by `_parent_index`) is part of the
  /// main one and not named. Empty for a text file.
  public static func otherSheetsHoldingCells(
    _ bytes: [UInt8], besides read: String?, stop: ReadingStop = .never
  ) throws(ImportTableError) -> [String] {
    guard let workbook = try opened(bytes) else { return [] }
    let hidden = workbook.hiddenSheetNames
    var holding: [String] = []
    for name in workbook.sheetNames where name != read && !hidden.contains(name) {
      let table: CSVTable
      do {
        table = try workbook.table(sheet: name, stop: stop)
      } catch .interrupted {
        throw .workbook(.interrupted)
      } catch {
        // A sheet that cannot be read holds nothing a reader of cells would take for answers.
        continue
      }
      if !table.header.isEmpty && !table.header.contains("_parent_index") { holding.append(name) }
    }
    return holding
  }

  /// True when `bytes` begin as a zip archive does, as an .xlsx workbook is.
  static func isZip(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
  }

  /// The workbook in `bytes`, nil for a file that is no zip archive.
  static func opened(_ bytes: [UInt8]) throws(ImportTableError) -> Workbook? {
    guard isZip(bytes) else { return nil }
    do {
      return try Workbook(bytes: bytes)
    } catch {
      throw .workbook(error)
    }
  }

  /// `bytes` without the one Ctrl-Z (0x1A) that ends them, the end-of-file mark DOS-era
  /// programs still write after the last line (alone, or followed by a line break): it cannot
  /// be seen, and read as a row it made the file look cut short. A Ctrl-Z anywhere else, or
  /// two, is left for the reader to refuse.
  static func withoutEndOfFileMark(_ bytes: [UInt8]) -> [UInt8] {
    guard let mark = bytes.lastIndex(where: { $0 != 0x0A && $0 != 0x0D }), bytes[mark] == 0x1A,
      mark == 0 || (bytes[mark - 1] != 0x1A && bytes[mark - 1] != 0)
    else {
      return bytes
    }
    return Array(bytes[..<mark])
  }

  /// The name of an encrypted workbook's stream, as an OLE2 directory writes it (UTF-16 LE).
  static let encryptedPackageName: [UInt8] = "EncryptedPackage".utf8.flatMap { [$0, 0] as [UInt8] }

  /// True when `bytes` hold `pattern`.
  static func contains<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ pattern: [UInt8]) -> Bool {
    var start = bytes.startIndex
    while let found = bytes[start...].firstIndex(of: pattern[0]) {
      if bytes[found...].starts(with: pattern) { return true }
      start = bytes.index(after: found)
    }
    return false
  }

  /// The sheet of a workbook; nil for a text file (after refusing files convene does not
  /// read, and options that do not fit the kind).
  static func workbookTable(
    _ bytes: [UInt8], encoding: SourceEncoding?, sheet: String?, stop: ReadingStop = .never
  ) throws(ImportTableError) -> CSVTable? {
    if isZip(bytes) {
      if encoding != nil { throw .encodingOfWorkbook }
      do {
        return try Workbook(bytes: bytes).table(sheet: sheet, stop: stop)
      } catch {
        throw .workbook(error)
      }
    }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      // Excel saves a workbook with a password as an OLE2 container holding the encrypted
      // .xlsx as a stream named EncryptedPackage (and its key as EncryptionInfo).
      if contains(bytes, Self.encryptedPackageName) {
        throw .unsupported(
          "a password-protected .xlsx workbook (encrypted by Excel): open it, remove the password "
            + "(File > Info > Protect Workbook > Encrypt with Password, empty) and save it again, or save it as CSV")
      }
      throw .unsupported(
        "an Excel 97-2003 workbook (.xls) or another old Office file: save it as .xlsx or CSV")
    }
    if bytes.starts(with: Array("%PDF".utf8)) {
      throw .unsupported("a PDF document: export the data as .xlsx or CSV")
    }
    if sheet != nil { throw .sheetOfTextFile }
    return nil
  }
}
