import ConveneCSV
import ConveneCore

/// Which column of an export feeds which field; names and e-mail addresses may come from one
/// of several columns (see `ColumnChoice`). A class, immutable once made: every row, in every
/// part, refers to it.
final class ImportColumns: Sendable {
  /// The number of header cells.
  let width: Int
  /// The fields that have a column, in column order.
  let fields: [ImportField]
  private let indexes: [Int?]
  /// The columns that feed a field, with the field.
  let read: [(column: Int, field: ImportField)]
  /// Per entry of `read`, the most characters its field may hold (`Limits`), found once
  /// rather than by the field's name in every cell.
  let limits: [Int]
  /// Where names are read from.
  let names: ColumnChoice
  /// Where e-mail addresses are read from.
  let emails: ColumnChoice
  /// KoboToolbox's per-choice columns of select-multiple questions.
  let multiSelect: MultiSelectColumns?
  /// True when the needs column holds KoboToolbox choice names separated by spaces
  /// (`MultiSelectColumns.holdsChoiceNames`).
  let needsAreChoiceNames: Bool
  /// True for a meeting report (a header of `RegistrationImport.meetingReportHeaders`): its
  /// names are the meeting tool's display names.
  let isMeetingReport: Bool
  /// True when the country column asks for a nationality (`Nationalité`, no country of
  /// residence being asked): its answers may be adjectives (`Congolaise`, see `Nationalities`).
  let countryIsNationality: Bool
  /// True when most answers of the country column are ISO codes (`SN`, `sen`), not names: its
  /// `NA` is Namibia and its `NO` Norway. In a column of names they may say no answer
  /// (`ImportRow.countryInDoubt`).
  let countryIsCodes: Bool

  /// Columns from the field of each header cell (nil for cells that feed nothing); the
  /// columns for names and e-mails are chosen by what `rows` hold.
  init(
    _ cells: [ImportField?], header: [String] = [], rows: ExportRows? = nil, multiSelect: MultiSelectColumns? = nil
  ) {
    self.multiSelect = multiSelect
    isMeetingReport = header.contains { RegistrationImport.meetingReportHeaders.contains($0.folded) }
    width = cells.count
    var indexes = [Int?](repeating: nil, count: ImportField.allCases.count)
    for (index, field) in cells.enumerated() {
      if let field, indexes[field.ordinal] == nil { indexes[field.ordinal] = index }
    }
    self.indexes = indexes
    countryIsNationality =
      indexes[ImportField.country.ordinal].map { $0 < header.count && RegistrationImport.isSecondary(header[$0]) }
      ?? false
    countryIsCodes =
      if let rows, let country = indexes[ImportField.country.ordinal] {
        Self.holdsCodes(country, rows: rows)
      } else {
        false
      }
    needsAreChoiceNames =
      if let rows, let needs = indexes[ImportField.needs.ordinal], multiSelect?.choices[.needs] == nil {
        MultiSelectColumns.holdsChoiceNames(needs, rows: rows)
      } else {
        false
      }
    fields = cells.compactMap { $0 }
    read = cells.indices.compactMap { index in cells[index].map { (index, $0) } }
    limits = read.map { $0.field.isName ? Limits.shortTextCharacters : Limits.textCharacters(field: $0.field.rawValue) }
    func heading(_ index: Int) -> String { index < header.count ? header[index] : "column \(index + 1)" }
    let account = ColumnChoice.formsAccountColumns(cells, header: header)
    var nameCandidates = cells.indices.filter { cells[$0] == .name }.map {
      ColumnChoice.Candidate(
        field: .name, source: .column($0), header: heading($0),
        rank: account.contains($0) ? ColumnChoice.accountRank : ColumnChoice.nameRank(heading($0)))
    }
    let parts = ImportField.nameParts.compactMap { indexes[$0.ordinal] }
    if !parts.isEmpty {
      let label = parts.map(heading).joined(separator: " + ")
      nameCandidates.append(.init(field: .name, source: .parts(parts), header: label, rank: 1))
    }
    names = ColumnChoice(field: .name, candidates: nameCandidates, rows: rows) { !Placeholder.matchesName($0) }
    let emailCandidates = cells.indices.filter { cells[$0] == .email }.map {
      ColumnChoice.Candidate(
        field: .email, source: .column($0), header: heading($0),
        rank: account.contains($0) ? ColumnChoice.accountRank : ColumnChoice.emailRank(heading($0)))
    }
    emails = ColumnChoice(field: .email, candidates: emailCandidates, rows: rows) { EmailAddress.normalised($0) != nil }
  }

  /// True when more than half the cells of `column` filled with something else than `NA` or
  /// `NO` are two or three ASCII letters: the other answers say what those two are.
  static func holdsCodes(_ column: Int, rows: ExportRows) -> Bool {
    var filled = 0
    var codes = 0
    for row in rows {
      rows.document.withBytes(row.record, column) { bytes in
        // The cell's bytes without spaces, in lower case, up to four of them.
        var count = 0
        var word: UInt32 = 0
        var letters = true
        for byte in bytes where byte != UInt8(ascii: " ") {
          count += 1
          let lower = byte | 0x20
          letters = letters && (0x61...0x7A).contains(lower)
          if count <= 4 { word = word << 8 | UInt32(lower) }
        }
        guard count > 0, !(count == 2 && letters && (word == 0x6E61 || word == 0x6E6F)) else { return }  // na, no
        filled += 1
        if letters && (2...3).contains(count) { codes += 1 }
      }
    }
    return filled > 0 && 2 * codes > filled
  }

  /// The column of `field`, or nil when the export has none.
  func index(of field: ImportField) -> Int? { indexes[field.ordinal] }
}

/// A set of import fields kept as bits, cheap to build for every row.
struct ImportFieldSet {
  private var bits: UInt32 = 0

  func contains(_ field: ImportField) -> Bool { bits & (1 << field.ordinal) != 0 }

  mutating func insert(_ field: ImportField) { bits |= 1 << field.ordinal }

  mutating func remove(_ field: ImportField) { bits &= ~(1 << field.ordinal) }

  /// The fields of this set that are not in `other`.
  func subtracting(_ other: ImportFieldSet) -> ImportFieldSet {
    var rest = self
    rest.bits &= ~other.bits
    return rest
  }
}

extension ImportField {
  /// The position of the case in `allCases`, without hashing its raw value.
  var ordinal: Int {
    switch self {
    case .name: 0
    case .email: 1
    case .category: 2
    case .title: 3
    case .organisation: 4
    case .city: 5
    case .country: 6
    case .region: 7
    case .gender: 8
    case .languages: 9
    case .needs: 10
    case .timezone: 11
    case .arrival: 12
    case .departure: 13
    case .unavailable: 14
    case .cohorts: 15
    case .firstName: 16
    case .lastName: 17
    case .ageGroup: 18
    case .publishName: 19
    case .timestamp: 20
    case .ignore: 21
    case .middleName: 22
    case .secondLastName: 23
    }
  }
}
