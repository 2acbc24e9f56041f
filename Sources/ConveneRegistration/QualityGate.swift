import ConveneCSV
import ConveneCore
import ConveneSpreadsheet

/// What looks wrong in an export even when every row is valid (see `ImportReport.Warning`):
/// mojibake, placeholder names, columns read as nothing that hold e-mail addresses or names,
/// people left without a category, and tables left out that hold other people.
enum QualityGate {
  /// How many lines a warning names.
  static let sampleLines = 5
  /// How many values of a column read as nothing are looked at.
  static let sampleValues = 1000

  /// Cells whose text was UTF-8 read in a Windows code page and saved again, column by column:
  /// how many, on which lines, and the first of them. Rows may be looked at in parts, each
  /// with a tally of its own, put together in row order.
  struct MojibakeTally {
    /// The cells of one column found so far: how many, a few of their lines, and the first.
    struct Entry<Example: Sendable>: Sendable {
      var count: Int
      var lines: [Int]
      var example: Example

      mutating func add(line: Int) {
        count += 1
        if lines.count < sampleLines && lines.last != line { lines.append(line) }
      }

      /// Takes in, column by column, the entries of the rows after those counted in `entries`.
      static func merge(_ later: [Int: Entry], into entries: inout [Int: Entry]) {
        for (column, entry) in later {
          guard var mine = entries[column] else {
            entries[column] = entry
            continue
          }
          mine.count += entry.count - entry.lines.count
          for line in entry.lines { mine.add(line: line) }
          entries[column] = mine
        }
      }
    }

    private var found: [Int: Entry<(text: String, match: Mojibake.Match)>] = [:]
    /// Cells holding U+FFFD, by column.
    private var replaced: [Int: Entry<String>] = [:]
    /// Cells holding box-drawing characters, by column.
    private var drawn: [Int: Entry<String>] = [:]
    /// Cells beyond ASCII written right, wholly or in some words: iconv over the whole file
    /// would damage them, so its command is not offered.
    private var writtenRight = 0
    /// The ways of undoing that every damaged cell so far allows (a code page and how many times
    /// through it; Arabic read as ISO-8859-1 beside French read as Windows-1252 is undone by
    /// ISO-8859-1 too); nil before the first. One iconv command undoes the file only when
    /// some way is left.
    private var undoings: Set<Undoing>?

    struct Undoing: Hashable {
      var codePage: Mojibake.CodePage
      var times: Int
    }

    /// Looks at one cell.
    mutating func look(_ text: String, column: Int, line: Int) {
      guard let match = Mojibake.repair(text) else {
        if text.utf8.contains(where: { $0 >= 0x80 }) { writtenRight += 1 }
        return
      }
      if match.partly { writtenRight += 1 }
      var ways: Set = [Undoing(codePage: match.codePage, times: match.times)]
      if match.times == 1, !match.partly {
        for codePage in Mojibake.codePages(undoing: text, to: match.repaired) {
          ways.insert(Undoing(codePage: codePage, times: 1))
        }
      }
      undoings = undoings?.intersection(ways) ?? ways
      var entry = found[column] ?? Entry(count: 0, lines: [], example: (text, match))
      entry.add(line: line)
      found[column] = entry
    }

    /// Looks at the first `width` cells of a row, making strings only of those whose bytes
    /// may be double-encoded.
    mutating func look(at row: ExportRow, width: Int) {
      for column in 0..<min(row.count, width) {
        switch row.document.withBytes(row.record, column, Self.kind) {
        case .ascii: continue
        case .writtenRight: writtenRight += 1
        case .replaced:
          writtenRight += 1
          noteReplaced(row[column], column: column, line: row.line)
        case .boxDrawing:
          drawn[column, default: Entry(count: 0, lines: [], example: row[column])].add(line: row.line)
        case .mayBeDoubleEncoded: look(row[column], column: column, line: row.line)
        }
      }
    }

    mutating func noteReplaced(_ text: String, column: Int, line: Int) {
      replaced[column, default: Entry(count: 0, lines: [], example: text)].add(line: line)
    }

    enum CellKind { case ascii, writtenRight, replaced, mayBeDoubleEncoded, boxDrawing }

    static func kind(_ utf8: UnsafeBufferPointer<UInt8>) -> CellKind {
      if holdsReplacement(utf8) { return .replaced }
      if holdsBoxDrawing(utf8) { return .boxDrawing }
      if Mojibake.mayBeDoubleEncoded(utf8) { return .mayBeDoubleEncoded }
      return utf8.contains(where: { $0 >= 0x80 }) ? .writtenRight : .ascii
    }

    /// True when the bytes hold U+FFFD (EF BF BD), the replacement character.
    static func holdsReplacement(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
      guard utf8.count >= 3 else { return false }
      for index in 0..<(utf8.count - 2) where utf8[index] == 0xEF && utf8[index + 1] == 0xBF && utf8[index + 2] == 0xBD {
        return true
      }
      return false
    }

    /// True when the bytes hold a box-drawing or block character (U+2500 to U+259F: E2 94 80
    /// to E2 96 9F), which DOS code pages and KOI8-R give for the bytes of UTF-8 letters.
    static func holdsBoxDrawing(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
      guard utf8.count >= 3 else { return false }
      for index in 0..<(utf8.count - 2) where utf8[index] == 0xE2 && (0x94...0x96).contains(utf8[index + 1]) {
        return true
      }
      return false
    }

    /// Takes in the tally of the rows after those looked at so far.
    mutating func add(_ later: MojibakeTally) {
      writtenRight += later.writtenRight
      if let theirs = later.undoings { undoings = undoings?.intersection(theirs) ?? theirs }
      Entry.merge(later.found, into: &found)
      Entry.merge(later.replaced, into: &replaced)
      Entry.merge(later.drawn, into: &drawn)
    }

    /// One warning per column, in column order: the cells whose letters were replaced by
    /// U+FFFD, then those double-encoded, then those holding box-drawing characters.
    func warnings(header: [String]) -> [ImportReport.Warning] {
      damagedCells(replaced, kind: .replacedLetters, header: header) { entry in
        "\(entry.count) cell\(entry.count == 1 ? " holds" : "s hold") \"\u{FFFD}\" (\"\(entry.example.trimmed)\"): "
          + "a tool read the file in the wrong encoding and saved it as UTF-8, replacing the letters it could not read; "
          + "they cannot be read back"
      }
        + mojibakeWarnings(header: header)
        + damagedCells(drawn, kind: .boxDrawing, header: header) { entry in
          "\(entry.count) cell\(entry.count == 1 ? " holds" : "s hold") box-drawing characters (\"\(entry.example.trimmed)\"): "
            + "text written as UTF-8, read as a DOS code page (CP437, CP850, CP866) or KOI8-R and saved again; no name writes them"
        }
    }

    /// One warning per column of `cells`, in column order, whose damage only the form tool or a
    /// hand can undo.
    func damagedCells(
      _ cells: [Int: Entry<String>], kind: ImportReport.Warning.Kind, header: [String], message: (Entry<String>) -> String
    ) -> [ImportReport.Warning] {
      cells.keys.sorted().map { column in
        let entry = cells[column]!
        return ImportReport.Warning(
          kind: kind, column: header[column], count: entry.count, lines: entry.lines, message: message(entry),
          hint: "export the file again from the form tool (or open the original, not the copy saved again), "
            + "or correct the cells by hand, or --accept-warnings to import them as they are")
      }
    }

    func mojibakeWarnings(header: [String]) -> [ImportReport.Warning] {
      found.keys.sorted().map { column in
        let entry = found[column]!
        let example = entry.example
        return ImportReport.Warning(
          kind: .mojibake, column: header[column], count: entry.count, lines: entry.lines,
          message: "\(entry.count) cell\(entry.count == 1 ? " looks" : "s look") double-encoded: \"\(example.text.trimmed)\" "
            + "is \"\(example.match.repaired.trimmed)\" written as UTF-8, read as \(example.match.codePage.rawValue) and saved again"
            + (example.match.times > 1 ? ", \(example.match.times) times over" : ""),
          hint: undoHint(example.match))
      }
    }

    /// What to do about the damage: iconv over the whole file when every cell beyond ASCII
    /// went through the same code page as often; otherwise iconv would change the cells
    /// written right too (or stop at them), so the damaged ones are to be corrected by hand.
    func undoHint(_ match: Mojibake.Match) -> String {
      let again = "export the file again from the form tool"
      let own = Undoing(codePage: match.codePage, times: match.times)
      let ways = undoings ?? [own]
      if writtenRight == 0, let way = ways.contains(own) ? own : ways.min(by: { $0.codePage.rawValue < $1.codePage.rawValue }) {
        return again + ", or undo the damage with " + QualityGate.iconvLine(way.codePage, times: way.times) + " and import that"
      }
      let why =
        writtenRight > 0
        ? "\(writtenRight) cell\(writtenRight == 1 ? " holds" : "s hold") text written right, which iconv would damage"
        : "the cells went through different code pages"
      return again + ", or correct the damaged cells by hand (" + why + ")"
    }
  }

  /// The command that undoes a double-encoding: iconv back to the code page, once per time
  /// it went through it.
  static func iconvLine(_ codePage: Mojibake.CodePage, times: Int) -> String {
    let name = codePage == .macRoman ? "macintosh" : codePage.rawValue.lowercased()
    let once = "iconv -f utf-8 -t \(name)"
    return "\(once) FILE" + String(repeating: " | \(once)", count: times - 1) + " > repaired.csv"
  }

  /// Why a header whose columns name no e-mail or name cannot be read, when its cells look
  /// double-encoded (an export opened in a code page and saved again, headers and all): the
  /// damage and how to undo it, not a `--map` that would import the damaged text; nil when no
  /// cell looks so.
  static func doubleEncodedHeader(_ header: [String]) -> RegistrationImport.FileProblem? {
    for cell in header {
      guard let match = Mojibake.repair(cell), !match.partly else { continue }
      return RegistrationImport.FileProblem(
        message: "the header looks double-encoded: \"\(cell.trimmed)\" is \"\(match.repaired.trimmed)\" written as UTF-8, "
          + "read as \(match.codePage.rawValue) and saved again\(match.times > 1 ? ", \(match.times) times over" : ""); "
          + "export the file again from the form tool, or undo the damage with "
          + iconvLine(match.codePage, times: match.times) + " and import that")
    }
    return nil
  }

  /// The header's cells that look double-encoded (see `MojibakeTally`).
  static func mojibake(header: [String], line: Int) -> MojibakeTally {
    var tally = MojibakeTally()
    for (column, cell) in header.enumerated() { tally.look(cell, column: column, line: line) }
    return tally
  }

  /// The names of the rows imported: how many are placeholders, on which lines, and whether
  /// they are all one name.
  struct NameTally {
    var rows = 0
    var placeholders = 0
    var lines: [Int] = []
    var first: String?
    /// The first name as names are compared (`foldedName`: `Test User` and `TEST USER` are one
    /// name), made when a name written otherwise comes.
    var firstFolded: String?
    var allSame = true
    /// Names that are a device's (`FormToolWords.isDeviceName`).
    var devices = NameSample()
    /// Names with letters the exporting tool lost as `?` (`QualityGate.hasLostLetters`).
    var lostLetters = NameSample()
    /// Names that are a spreadsheet formula (`QualityGate.isFormula`).
    var formulas = NameSample()

    mutating func add(_ name: String, line: Int) {
      rows += 1
      if QualityGate.holdsFormula(name) { formulas.add(name, line: line) }
      let lost = QualityGate.hasLostLetters(name)
      if lost { lostLetters.add(name, line: line) }
      if FormToolWords.isDeviceName(name) { devices.add(name, line: line) }
      if let first {
        if allSame && name != first {
          if firstFolded == nil { firstFolded = first.foldedName }
          if name.foldedName != firstFolded { allSame = false }
        }
      } else {
        first = name
      }
      // `???? ?????` folds to nothing, like a placeholder, but it is a name whose letters were lost.
      guard !lost, Placeholder.matchesName(name) else { return }
      placeholders += 1
      if lines.count < sampleLines { lines.append(line) }
    }

    /// Takes in the tally of the rows after those counted so far.
    mutating func add(_ later: NameTally) {
      if let laterFirst = later.first {
        if let first {
          allSame = allSame && later.allSame && (first == laterFirst || first.foldedName == laterFirst.foldedName)
        } else {
          first = laterFirst
          allSame = later.allSame
        }
      }
      rows += later.rows
      placeholders += later.placeholders
      lines += later.lines.prefix(sampleLines - lines.count)
      devices.add(later.devices)
      lostLetters.add(later.lostLetters)
      formulas.add(later.formulas)
    }
  }

  /// Names of one kind (a device's, a formula): how many, the first, and the first lines.
  struct NameSample {
    var count = 0
    var first: String?
    var lines: [Int] = []

    mutating func add(_ name: String, line: Int) {
      count += 1
      if first == nil { first = name }
      if lines.count < sampleLines { lines.append(line) }
    }

    /// Takes in the sample of the rows after those counted so far.
    mutating func add(_ later: NameSample) {
      count += later.count
      if first == nil { first = later.first }
      lines += later.lines.prefix(sampleLines - lines.count)
    }
  }

  /// True when a question mark stands inside or instead of a word of `name` (`Jos? Mar?a`,
  /// `???? ?????`, `?йгерім`): what a tool writes for each letter its code page lacks when it
  /// saves a name in Windows-1252 or another code page. A name holds no question mark beside
  /// a letter; a lone `?` between words (`Awa (?)`, `Awa Ndiaye ?`) is a doubt, not a lost
  /// letter, and is left alone.
  static func hasLostLetters(_ name: String) -> Bool {
    guard name.utf8.contains(UInt8(ascii: "?")) else { return false }
    for word in name.split(whereSeparator: \.isWhitespace) where word.contains("?") {
      if word.count >= 2, word.allSatisfy({ $0 == "?" || $0 == "-" || $0 == "." || $0 == "'" }) { return true }
      var previous: Character?
      for character in word {
        if character == "?", previous?.isLetter == true { return true }
        if previous == "?", character.isLetter { return true }
        previous = character
      }
    }
    return false
  }

  /// Rows whose name is a placeholder, or a name column that says the same on every row of
  /// three or more.
  static func placeholderNames(column: String, _ names: NameTally) -> ImportReport.Warning? {
    let hint = "read the names from another column with --map COLUMN=name, or --accept-warnings to import them as they are"
    // Names that are all placeholders, or all lost letters (`???? ????` on every row), are told as such.
    if let first = names.first, names.allSame, names.rows >= 3, names.placeholders + names.lostLetters.count < names.rows {
      return ImportReport.Warning(
        kind: .placeholderNames, column: column, count: names.rows, lines: [],
        message: "every row has the name \"\(first)\"", hint: hint)
    }
    guard names.placeholders > 0 else { return nil }
    let (count, rows) = (names.placeholders, names.rows)
    return ImportReport.Warning(
      kind: .placeholderNames, column: column, count: count, lines: names.lines,
      message: "\(count) of \(rows) row\(rows == 1 ? " has" : "s have") a placeholder for a name (\"anonymous\", \"N/A\", \"-\" and the like)",
      hint: hint)
  }

  /// Rows whose name has letters lost as `?`: a code page without those letters (Arabic or
  /// Cyrillic names saved as Windows-1252), which no reading of the file brings back.
  static func lostLetters(column: String, _ names: NameTally) -> ImportReport.Warning? {
    guard let first = names.lostLetters.first else { return nil }
    let (count, rows) = (names.lostLetters.count, names.rows)
    return ImportReport.Warning(
      kind: .lostLetters, column: column, count: count, lines: names.lostLetters.lines,
      message: "\(count) of \(rows) name\(rows == 1 ? " has" : "s have") letters written as \"?\" (\"\(first)\"): "
        + "the tool that saved the file used a code page without them, and they cannot be read back",
      hint: "export the file again as UTF-8 (Excel: CSV UTF-8; a form tool: its .xlsx download), "
        + "or correct the names by hand, or --accept-warnings to import them as they are")
  }

  /// Rows whose name is a device's (`iPhone de Khadija`): a meeting tool's display name for
  /// someone who joined from a phone, which would go on badges and certificates.
  static func deviceNames(column: String, _ names: NameTally) -> ImportReport.Warning? {
    sampled(
      .deviceNames, names.devices, column: column, of: names.rows, are: { "a device's name for a person's (\"\($0)\")" },
      hint: "correct the names in the export (or read them from another column with --map COLUMN=name), or --accept-warnings to import them as they are")
  }

  /// A warning that the `sample`'s names, of `rows`, are what `what` says of the first; nil
  /// when there are none.
  static func sampled(
    _ kind: ImportReport.Warning.Kind, _ sample: NameSample, column: String, of rows: Int, are what: (String) -> String,
    hint: String
  ) -> ImportReport.Warning? {
    guard let first = sample.first else { return nil }
    return ImportReport.Warning(
      kind: kind, column: column, count: sample.count, lines: sample.lines,
      message: "\(sample.count) of \(rows) row\(rows == 1 ? " has" : "s have") \(what(first))", hint: hint)
  }

  /// The encoding named with `--encoding` when another reads the file's words clearly better:
  /// one line as each reads it, so that the organiser sees which is right.
  static func givenEncoding(_ doubt: EncodingAmbiguity) -> ImportReport.Warning {
    let given = doubt.readings[0]
    let better = doubt.readings.dropFirst()
    return ImportReport.Warning(
      kind: .givenEncoding, column: nil, count: 1, lines: [doubt.line],
      message: "the file was read as \(given.encoding.name), as --encoding says, but its words read clearly better in "
        + better.map(\.encoding.name).joined(separator: " or ") + ": line \(doubt.line) reads \"\(given.text)\""
        + better.map { " where \($0.encoding.name) reads \"\($0.text)\"" }.joined(),
      hint: better.map { "import it with --encoding \($0.encoding.option)" }.joined(separator: " or ")
        + ", or --accept-warnings if \(given.encoding.name) is right")
  }

  /// True for a name that is a spreadsheet formula: `=` and then a letter (`=HYPERLINK(...)`,
  /// `=A1`), as a hostile or broken export holds; `= Awa` typed with a space is none.
  static func isFormula(_ name: String) -> Bool {
    let bytes = name.utf8
    guard bytes.first == UInt8(ascii: "="), let second = bytes.dropFirst().first else { return false }
    return (second | 0x20) >= 0x61 && (second | 0x20) <= 0x7A
  }

  /// True when a cell of `row` holds, after a line break, a line with an e-mail address and as
  /// many delimiters as a row of the file, less one: a quote opened and never closed (`"quiet
  /// room` with the closing quote a row later) swallows the rows in between into one cell,
  /// and their people are lost.
  static func holdsARow(_ row: ExportRow, width: Int) -> Bool {
    guard width >= 3 else { return false }
    let delimiter = row.document.delimiter
    for column in 0..<row.count {
      let cell = row[column]
      guard cell.contains(where: \.isNewline) else { continue }
      for line in cell.split(whereSeparator: \.isNewline).dropFirst() {
        let fields = line.split(separator: delimiter, omittingEmptySubsequences: false)
        if fields.count >= width - 1, fields.contains(where: { EmailAddress.normalised(String($0)) != nil }) { return true }
      }
    }
    return false
  }

  /// Rows one of whose cells holds what looks like a whole row (`holdsARow`).
  static func swallowedRows(_ lines: [Int]) -> ImportReport.Warning? {
    guard !lines.isEmpty else { return nil }
    return ImportReport.Warning(
      kind: .swallowedRows, column: nil, count: lines.count, lines: Array(lines.prefix(sampleLines)),
      message: "\(lines.count) cell\(lines.count == 1 ? " holds" : "s hold") what looks like a whole row with an e-mail address "
        + "after a line break: a quote opened and never closed joins the rows up to the next quote into one cell, "
        + "and their people would be lost",
      hint: "close the quote in the export (or write the cell on one line), or --accept-warnings if the cell is right")
  }

  /// True for a name that is a formula or whose part is one (`=HYPERLINK(...)` in the family
  /// name column, joined after the given name): no word of a name starts with `=` and a letter.
  static func holdsFormula(_ name: String) -> Bool {
    isFormula(name) || holdsSpaceEquals(name) && name.split(separator: " ").contains { isFormula(String($0)) }
  }

  /// True when a space is followed by `=` (a formula after the first word), found in the bytes:
  /// every name goes through here.
  static func holdsSpaceEquals(_ name: String) -> Bool {
    var previous: UInt8 = 0
    for byte in name.utf8 {
      if byte == UInt8(ascii: "=") && previous == UInt8(ascii: " ") { return true }
      previous = byte
    }
    return false
  }

  /// Rows whose name is a spreadsheet formula: stored as text, it would go on badges and
  /// certificates as the formula.
  static func formulaNames(column: String, _ names: NameTally) -> ImportReport.Warning? {
    sampled(
      .formulaNames, names.formulas, column: column, of: names.rows, are: { "a spreadsheet formula for a name (\"\($0)\")" },
      hint: "correct the names in the export, or --accept-warnings to import them as they are (stored as text)")
  }

  /// Columns read as nothing whose values are mostly e-mail addresses or people's names. When
  /// the columns read give a family name but no given name (`Surname` beside an unknown `Other
  /// names`), a column of single capitalised words (`Peter`, `Aline`) holds names too, even in
  /// a file of one row: the given names would be lost. So does a column of family names
  /// (`Diop`, `DIALLO`, `de Souza`) beside given names read without one (`Prénom` beside an
  /// unknown `Question 2`).
  static func unreadColumns(
    _ columns: [Int], header: [String], rows: ExportRows, fields: [ImportField?], passedOver: Set<Int> = []
  ) -> [ImportReport.Warning] {
    let lacksGivenNames = Self.lacksGivenNames(fields)
    let lacksFamilyNames = Self.lacksFamilyNames(fields)
    let otherHalf: ImportField? = lacksGivenNames ? .firstName : lacksFamilyNames ? .lastName : nil
    return columns.compactMap { column in
      var values: [(line: Int, text: String)] = []
      for row in rows {
        let text = row[column].trimmed
        if !text.isEmpty { values.append((row.line, text)) }
        if values.count == sampleValues { break }
      }
      guard !values.isEmpty else { return nil }
      let hint =
        "read it with --map \"\(header[column])=\(otherHalf?.rawValue ?? "FIELD")\", or leave it out with --map \"\(header[column])=ignore\""
      let addresses = values.filter { EmailAddress.normalised($0.text) != nil }
      if addresses.count * 2 >= values.count {
        return ImportReport.Warning(
          kind: .unreadEmails, column: header[column], count: addresses.count, lines: addresses.prefix(sampleLines).map(\.line),
          message: "the column is read as nothing but holds e-mail addresses", hint: hint)
      }
      if let statuses = statusAnswers(in: column, header: header[column], rows: rows) { return statuses }
      let names = values.filter {
        looksLikeName($0.text)
          || DemographicValues.yesNo($0.text) == nil
            && (lacksGivenNames && looksLikeGivenName($0.text) || lacksFamilyNames && looksLikeFamilyName($0.text))
      }
      let distinct = Set(values.map(\.text)).count
      let enough =
        lacksGivenNames || lacksFamilyNames
        ? names.count * 5 >= values.count * 3 && (values.count < 3 || distinct * 2 >= values.count)
        : values.count >= 3 && names.count * 5 >= values.count * 3 && distinct * 5 >= values.count * 4
      guard enough else { return nil }
      return ImportReport.Warning(
        kind: .unreadNames, column: header[column], count: names.count, lines: names.prefix(sampleLines).map(\.line),
        message: passedOver.contains(column)
          ? "the column is read only where the name columns are empty, but holds what look like the other half of the names"
          : "the column is read as nothing but holds what look like people's names", hint: hint)
    }
  }

  /// True when the columns read give family names and no given name.
  static func lacksGivenNames(_ fields: [ImportField?]) -> Bool {
    fields.contains(.lastName) && !fields.contains { $0 == .firstName || $0 == .middleName || $0 == .name }
  }

  /// True when the columns read give given names and no family name.
  static func lacksFamilyNames(_ fields: [ImportField?]) -> Bool {
    fields.contains(.firstName) && !fields.contains { $0 == .lastName || $0 == .name }
  }

  /// The name columns passed over for name parts that give one half of the names only
  /// (`Nom usuel`, whose header only mentions a name, beside `Prénom`): read only where the
  /// parts are empty, they may hold the other half, and are looked at as columns read as
  /// nothing are. Returned with `fields` as if they were read as nothing.
  static func passedOverHalves(
    _ names: ColumnChoice, fields: [ImportField?]
  ) -> (columns: [Int], fields: [ImportField?]) {
    guard case .parts = names.sources.first else { return ([], fields) }
    let passed = names.sources.dropFirst().compactMap { source -> Int? in
      if case .column(let column) = source, column < fields.count { return column }
      return nil
    }
    var asUnread = fields
    for column in passed { asUnread[column] = nil }
    guard lacksGivenNames(asUnread) || lacksFamilyNames(asUnread) else { return ([], fields) }
    return (passed, asUnread)
  }

  /// A column read as nothing, any of whose answers says, in the status words of the language
  /// table, that the person is not coming or is on a waiting list (`Not attending`, `Absent`,
  /// `Décliné`, `Lista de espera`): read as nothing, those people would take places. Every row
  /// is looked at, each distinct answer read once; a bare `No` or a bare mark (`❌`, `✓`) says
  /// nothing here (it answers many questions).
  static func statusAnswers(in column: Int, header: String, rows: ExportRows) -> ImportReport.Warning? {
    var readings: [String: RegistrationStatusWords.Reading] = [:]
    var count = 0
    var lines: [Int] = []
    for row in rows {
      let text = row[column].trimmed
      guard !text.isEmpty else { continue }
      let reading = readings[text] ?? (text.folded.isEmpty ? .unknown : RegistrationStatusWords.reading(text))
      readings[text] = reading
      guard reading == .declined || reading == .waitlisted else { continue }
      count += 1
      if lines.count < sampleLines { lines.append(row.line) }
    }
    guard count > 0 else { return nil }
    return ImportReport.Warning(
      kind: .unreadStatuses, column: header, count: count, lines: lines,
      message: "the column is read as nothing but \(count) of its answers say the person is not coming or is on "
        + "a waiting list; they would be imported as registered",
      hint: "read it as the registration status with --map \"\(header)=status\", "
        + "or --accept-warnings to import everyone as registered")
  }

  /// The first of `columns` whose answers are mostly e-mail addresses (`field` `.email`:
  /// at least half of them) or mostly distinct names (`.name`: three in five, four in five
  /// distinct), among the first `sampleValues` answers of each; nil when none is.
  static func column(holding field: ImportField, among columns: [Int], rows: ExportRows) -> Int? {
    columns.first { column in
      var values: [String] = []
      for row in rows {
        let text = row[column].trimmed
        if !text.isEmpty { values.append(text) }
        if values.count == sampleValues { break }
      }
      guard !values.isEmpty else { return false }
      if field == .email { return values.filter { EmailAddress.normalised($0) != nil }.count * 2 >= values.count }
      let names = values.filter(looksLikeName).count
      return names * 5 >= values.count * 3 && Set(values).count * 5 >= values.count * 4
    }
  }

  /// Two to five words of letters (hyphens, apostrophes and dots allowed), each capitalised or
  /// of a script without case, except short particles: "Awa Ndiaye", "ليلى حداد",
  /// "Jean-Marc de la Tour"; not "Thanks for organising this".
  static func looksLikeName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard (2...5).contains(words.count), text.count <= 60, let initial = words[0].first,
      initial.isUppercase || !initial.isCased
    else { return false }
    return words.allSatisfy { word in
      guard let first = word.first, first.isLetter, first.isUppercase || !first.isCased || word.count <= 3 else { return false }
      return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
    }
  }

  /// One capitalised word of letters (`Peter`, `Aline`, `Jean-Marc`, `ليلى`): a given name
  /// beside a family name.
  static func looksLikeGivenName(_ text: String) -> Bool {
    guard !text.contains(" "), text.count <= 30, let initial = text.first, initial.isLetter,
      initial.isUppercase || !initial.isCased
    else { return false }
    return text.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
  }

  /// A family name beside a given name: one capitalised or upper-case word (`Diop`, `DIALLO`,
  /// `N'Diaye`, `العلي`), or up to four words of letters whose last is capitalised (`de Souza`,
  /// `van der Berg`, `Ben Ali`).
  static func looksLikeFamilyName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard (1...4).contains(words.count), text.count <= 40, let last = words.last?.first, last.isLetter,
      last.isUppercase || !last.isCased
    else { return false }
    return words.allSatisfy { word in word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } }
  }

  /// People left without a category, when they are at least a fifth of the rows imported.
  static func emptyCategories(
    event: Event, column: String?, imported: Int, empty: Int, lines: [Int]
  ) -> ImportReport.Warning? {
    guard !event.categories.isEmpty, empty > 0, empty * 5 >= imported else { return nil }
    let ids = event.categories.map(\.id).joined(separator: ", ")
    return ImportReport.Warning(
      kind: .emptyCategories, column: column, count: empty, lines: column == nil ? [] : lines,
      message: column == nil
        ? "no column gives a category, so \(empty) of \(imported) people would have none (the event's are \(ids))"
        : "\(empty) of \(imported) people would have no category (the event's are \(ids))",
      hint: column == nil
        ? "map a column with --map COLUMN=category, or --accept-warnings and set the categories in participants.csv"
        : "fill in the category, or --accept-warnings and set the categories in participants.csv")
  }

  /// New people some of whom have no submission time (`lines`), in a file whose other rows
  /// have one: the registration order, which gives the places, is then the file's.
  static func untimedRows(_ lines: [Int], column: String?) -> ImportReport.Warning? {
    guard let first = lines.first, let column else { return nil }
    let count = lines.count
    return ImportReport.Warning(
      kind: .untimedRows, column: column, count: count, lines: Array(lines.prefix(sampleLines)),
      message: "\(count) new \(count == 1 ? "person has" : "people have") no submission time (line \(first)"
        + (count > 1 ? " and \(count - 1) more" : "") + "): places would go by the rows' order in the file, "
        + "not by the times the others give",
      hint: "fill in the missing times, or --accept-warnings to give places in file order")
  }

  /// The headers of a ticket's own number (Eventbrite's `Attendee #`), folded.
  static let ticketHeaders = Set(LanguagePack.words(\.headers, "ticket").map(\.folded))

  /// Rows of one address whose ticket numbers differ (an order of several tickets whose
  /// attendees were not asked for their own address): matched by e-mail, every holder but
  /// one would be lost, whatever the names say.
  static func sharedTickets(rows: ExportRows, header: [String], emails: ColumnChoice) -> ImportReport.Warning? {
    guard let column = header.firstIndex(where: { ticketHeaders.contains($0.folded) }) else { return nil }
    var tickets: [String: [(line: Int, ticket: String)]] = [:]
    for row in rows {
      let ticket = row[column].trimmed
      guard !ticket.isEmpty, let email = EmailAddress.normalised(emails.value(in: row) { EmailAddress.normalised($0) != nil })
      else { continue }
      tickets[email, default: []].append((row.line, ticket))
    }
    let shared = tickets.filter { Set($0.value.map(\.ticket)).count > 1 }.sorted { $0.value[0].line < $1.value[0].line }
    guard let (email, first) = shared.first else { return nil }
    let others = shared.count > 1 ? " (and \(shared.count - 1) other address\(shared.count == 2 ? "" : "es"))" : ""
    return ImportReport.Warning(
      kind: .sharedTickets, column: header[column], count: shared.count,
      lines: Array(shared.flatMap { $0.value.map(\.line) }.prefix(2 * sampleLines)),
      message: "\(email) holds \(first.count) tickets (\(header[column]) "
        + first.prefix(5).map(\.ticket).joined(separator: ", ") + (first.count > 5 ? ", ..." : "")
        + ", lines \(first.prefix(5).map { String($0.line) }.joined(separator: ", "))\(first.count > 5 ? ", ..." : ""))\(others): "
        + "people are matched by e-mail, so every ticket holder but one would be lost",
      hint: "ask each attendee for their own e-mail address (the form tool's attendee information per ticket), or "
        + "--accept-warnings to keep one person per address")
  }

  /// Rows that give one e-mail address to people of different names: matched by e-mail, the
  /// later would replace the earlier and one person would be lost.
  static func sharedEmails(_ shared: [ImportMerge.SharedEmail], column: String?) -> ImportReport.Warning? {
    guard let example = shared.first else { return nil }
    let addresses = Set(shared.map(\.email)).count
    let others = addresses > 1 ? " (and \(addresses - 1) other address\(addresses == 2 ? "" : "es"))" : ""
    return ImportReport.Warning(
      kind: .sharedEmail, column: column, count: addresses,
      lines: Array(shared.flatMap { [$0.first.line, $0.second.line] }.prefix(2 * sampleLines)),
      message: "\(example.email) is the e-mail of line \(example.first.line) (\(example.first.name)) and of line "
        + "\(example.second.line) (\(example.second.name))\(others): people are matched by e-mail, so only the later would be kept",
      hint: "give each person their own e-mail address, or --accept-warnings to keep only the later row of each address")
  }

  /// Rows whose e-mail address is registered to a person of another name: an update never
  /// changes who a person is, so the stored person is kept and the row left out.
  static func otherPeople(_ others: [ImportMerge.OtherPerson], column: String?) -> ImportReport.Warning? {
    guard let example = others.first else { return nil }
    let more = others.count > 1 ? " (and \(others.count - 1) other row\(others.count == 2 ? "" : "s"))" : ""
    return ImportReport.Warning(
      kind: .otherPerson, column: column, count: others.count, lines: others.prefix(sampleLines).map(\.line),
      message: "line \(example.line) gives \(example.email), the address of \(example.id) (\(example.registered)), "
        + "to \(example.name)\(more): an import does not change who a person is, so \(example.id) would be kept as "
        + "registered and the row left out",
      hint: "give the other person their own e-mail address (or correct the name in participants.csv if it is the same "
        + "person), or --accept-warnings to keep the registered people and leave these rows out")
  }

  /// Arrival and departure dates further from the event's days than `Event.plausibleDistance`,
  /// one warning per column: the column, how it was read, an example, and the `--date-order`
  /// that would bring them in when the other order does (one month-first date settles a
  /// column; a day-first column read that way moves everyone by months).
  static func datesFarFromEvent(
    _ dates: ImportDates, event: Event, columns: ImportColumns, header: [String], rows: ExportRows
  ) -> [ImportReport.Warning] {
    guard let first = event.dates.min(), let last = event.dates.max() else { return [] }
    return [ImportField.arrival, .departure].compactMap { field -> ImportReport.Warning? in
      guard let column = columns.index(of: field) else { return nil }
      let order = dates.order(of: field)
      let other = order.map { $0 == .dayMonthYear ? DateOrder.monthDayYear : .dayMonthYear }
      var far: [(line: Int, text: String, date: LocalDate)] = []
      var count = 0, fitOtherWay = 0
      for row in rows {
        guard let value = dates.value(field, record: row.record)?.written, let date = value.date(order),
          event.isFarFrom(date)
        else { continue }
        count += 1
        if far.count < sampleLines { far.append((row.line, row[column].trimmed, date)) }
        if let other, let swapped = value.date(other), !event.isFarFrom(swapped) { fitOtherWay += 1 }
      }
      guard let example = far.first else { return nil }
      let reading = dates.readings.first { $0.field == field.rawValue }.map { " (read \($0.reading.description))" } ?? ""
      let fix =
        if let other, fitOtherWay == count {
          "if the dates are \(other.words), give --date-order \(other.rawValue) (dates that do not fit it are then rejected); "
        } else { "" }
      return ImportReport.Warning(
        kind: .datesFarFromEvent, column: header[column], count: count, lines: far.map(\.line),
        message: "\(count) date\(count == 1 ? " is" : "s are") more than \(Event.plausibleDistance) days from the event "
          + "(\(first) to \(last))\(reading): line \(example.line), \(example.text), is \(example.date)",
        hint: fix + "correct the dates, or --accept-warnings if they are right")
    }
  }

  /// How the one-letter answers of the gender column read (`DemographicValues.genderLetters`),
  /// and a warning for each letter the column does not settle (`M` with no `H` or `F` beside
  /// it may be man or woman): those answers would be left empty.
  static func genderLetters(
    column: Int?, header: [String], rows: ExportRows
  ) -> (readings: [String: String], warnings: [ImportReport.Warning]) {
    guard let column else { return ([:], []) }
    var seen: [String: (count: Int, lines: [Int])] = [:]
    for row in rows {
      let letter = rows.document.withBytes(row.record, column) { bytes -> UInt8? in
        let letters = bytes.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ".") }
        guard letters.count == 1, case let lower = letters[0] | 0x20, (0x61...0x7A).contains(lower) else { return nil }
        return lower
      }
      guard let letter else { continue }
      let key = String(UnicodeScalar(letter))
      guard DemographicValues.isGenderLetter(key) else { continue }
      var entry = seen[key] ?? (0, [])
      entry.count += 1
      if entry.lines.count < sampleLines { entry.lines.append(row.line) }
      seen[key] = entry
    }
    let offered = Set(seen.keys).union(headerLetters(header[column]))
    var readings = DemographicValues.genderLetters(offered)
    // Only a civility's letters are settled by the answers written out (`M.` beside `Mme` is
    // Monsieur): in a gender column, `M` beside `Male` may be short for it as well as for mujer.
    if seen.keys.contains(where: { readings[$0] == nil }), civilityHeaders.contains(header[column].folded) {
      readings = DemographicValues.genderLetters(offered, besideGenders: writtenGenders(column: column, rows: rows))
    }
    let warnings = seen.keys.sorted().filter { readings[$0] == nil }.map { letter in
      let entry = seen[letter]!
      let others = Set(seen.keys).union(headerLetters(header[column])).sorted().filter { $0 != letter }.map { $0.uppercased() }
      return ImportReport.Warning(
        kind: .genderLetters, column: header[column], count: entry.count, lines: entry.lines,
        message: "\"\(letter.uppercased())\" may be a man or a woman (masculino, male; mujer, mulher)"
          + (others.isEmpty ? ", and no other letter of the column says which" : ", and the column's other letters (\(others.joined(separator: ", "))) do not say which")
          + "; \(entry.count) answer\(entry.count == 1 ? "" : "s") would be left empty",
        hint: "write the answers out (Hombre, Mujer) or --accept-warnings to leave them empty")
    }
    return (readings, warnings)
  }

  /// Headers of a column of civilities (`Civilité`: `M.`, `Mme`), folded.
  static let civilityHeaders: Set<String> = ["civilite", "civility", "salutation", "tratamiento", "tratamento"]

  /// The genders the column's answers give written out (`Mme`, `Femme`, `Hombre`), read only
  /// when a letter is left unsettled by the others.
  static func writtenGenders(column: Int, rows: ExportRows) -> Set<String> {
    var genders = Set<String>()
    for row in rows where genders.count < DemographicValues.genders.count {
      let answer = row[column]
      guard !DemographicValues.isGenderLetter(answer), let gender = DemographicValues.gender(answer), !gender.isEmpty else {
        continue
      }
      genders.insert(gender)
    }
    return genders
  }

  /// The one-letter answers a header offers: `Sexo (H/M)` gives H and M.
  static func headerLetters(_ header: String) -> [String] {
    guard let open = header.lastIndex(of: "("), let close = header[open...].firstIndex(of: ")") else { return [] }
    let letters = header[header.index(after: open)..<close].split(separator: "/").map { String($0).trimmed.lowercased() }
    return letters.count >= 2 && letters.allSatisfy(DemographicValues.isGenderLetter) ? letters : []
  }

  /// Two columns of the same rank that could both give the name or the e-mail and hold
  /// different values (`ColumnChoice.tie`): the first is read, but nothing says it is right.
  /// Two columns of one header cannot be told apart by `--map`: the hint is to rename one.
  static func ambiguousColumns(_ choices: [ColumnChoice]) -> [ImportReport.Warning] {
    choices.compactMap(\.tie).map { tie in
      let what = tie.field == .email ? "e-mail address" : "name"
      let hint =
        tie.chosen.folded == tie.other.folded
        ? sameHeaderHint(tie.chosen)
        : "choose with --map \"\(tie.chosen)=\(tie.field.rawValue)\" --map \"\(tie.other)=ignore\", or the other way round"
          + (tie.field == .name
            ? "; when they are two halves of the name, --map \"\(tie.chosen)=first_name\" --map \"\(tie.other)=last_name\""
            : "")
      return ImportReport.Warning(
        kind: .ambiguousColumns, column: tie.chosen, count: 2, lines: [tie.line],
        message: "\"\(tie.chosen)\" and \"\(tie.other)\" could both give the person's \(what), and their headers do not say "
          + "which; line \(tie.line) has \"\(tie.values.chosen)\" and \"\(tie.values.other)\" (the first is read)",
        hint: hint)
    }
  }

  /// The workbook's hidden rows among the rows read, and its hidden columns read as a field:
  /// a workbook keeps what a filter or the organiser hid, and an import reads it all (the
  /// cancellations a filter left out of sight are registrations to it; a hidden `Full name`
  /// beside the visible corrected one is read instead of it).
  static func hiddenCells(
    rows hidden: [Int], columns: [Int], table: ImportSheet.Table, fields: [ImportField?]
  ) -> [ImportReport.Warning] {
    var warnings: [ImportReport.Warning] = []
    let hiddenLines = Set(hidden)
    let lines = table.rows.map(\.line).filter(hiddenLines.contains)
    if !lines.isEmpty {
      warnings.append(
        ImportReport.Warning(
          kind: .hiddenRows, column: nil, count: lines.count, lines: Array(lines.prefix(sampleLines)),
          message: "\(lines.count) row\(lines.count == 1 ? " is" : "s are") hidden in the workbook (a filter, or hidden by hand) "
            + "and read like the others",
          hint: "if they were hidden to leave them out, delete them in the workbook and import again; "
            + "--accept-warnings reads them"))
    }
    for column in columns.sorted() where column < fields.count && column < table.header.count {
      guard let field = fields[column] else { continue }
      warnings.append(
        ImportReport.Warning(
          kind: .hiddenColumns, column: table.header[column], count: 1, lines: [table.headerLine],
          message: "the column is hidden in the workbook but read as \(field.rawValue)",
          hint: "if it holds old answers, leave it out with --map \"\(table.header[column])=ignore\"; "
            + "--accept-warnings reads it"))
    }
    return warnings
  }

  /// The way out when two columns share a header: `--map` names columns by their header.
  static func sameHeaderHint(_ header: String) -> String {
    "both columns are headed \"\(header)\", which --map cannot tell apart: rename one of them in the file (or delete "
      + "the one that is wrong) and import again"
  }

  /// A column read as nothing because an earlier column of the same header gives its field
  /// (`Country` twice), where the two disagree on some row: the first is read, but nothing
  /// says it is right (an export's second `Country` may be where people live).
  static func repeatedColumns(
    _ unread: [Int], header: [String], fields: [ImportField?], rows: ExportRows
  ) -> [ImportReport.Warning] {
    unread.compactMap { column in
      let folded = header[column].folded
      guard !folded.isEmpty,
        let first = header.indices.first(where: { $0 < column && header[$0].folded == folded }),
        let field = fields[first], field != .name, field != .email
      else { return nil }
      var differing: [(line: Int, first: String, other: String)] = []
      for row in rows {
        let (a, b) = (row[first].trimmed, row[column].trimmed)
        if !a.isEmpty, !b.isEmpty, a.folded != b.folded, !sameCountry(a, b, field: field) {
          differing.append((row.line, a, b))
        }
      }
      guard let example = differing.first else { return nil }
      return ImportReport.Warning(
        kind: .ambiguousColumns, column: header[column], count: differing.count,
        lines: differing.prefix(sampleLines).map(\.line),
        message: "two columns are headed \"\(header[column])\" (\(field.rawValue)) and hold different values on "
          + "\(differing.count) row\(differing.count == 1 ? "" : "s"); line \(example.line) has \"\(example.first)\" and "
          + "\"\(example.other)\" (the first column is read)",
        hint: sameHeaderHint(header[column]))
    }
  }

  /// True when `a` and `b` name one country, as a country column reads them (`Senegal` and
  /// `SN`, `Sénégal` and `السنغال`): the same answer written two ways.
  static func sameCountry(_ a: String, _ b: String, field: ImportField) -> Bool {
    guard field == .country, let country = Country.matching(a) else { return false }
    return Country.matching(b) == country
  }

  /// One warning per column of a workbook's cells that hold a formula whose result the
  /// workbook does not store (openpyxl and other scripts write none): such a cell is read as
  /// empty, and what it would show cannot be known.
  static func formulasWithoutValue(_ cells: [CSVCellPosition], sheet: String?, header: [String]) -> [ImportReport.Warning]
  {
    formulaColumns(cells, header: header).map { column in
      ImportReport.Warning(
        kind: .formulasWithoutValue, column: column.name, count: column.count, lines: column.lines,
        message: "\(column.count) cell\(column.count == 1 ? "" : "s") of sheet \"\(sheet ?? "")\" (\(column.cells)) "
          + "hold\(column.count == 1 ? "s" : "") a formula whose result the workbook does not store: read as empty",
        hint: "open the workbook in Excel or LibreOffice and save it, so that it stores the formulas' results, "
          + "or export the sheet as CSV; --accept-warnings reads those cells as empty")
    }
  }

  /// One warning per column of a workbook whose every formula stores 0 for its result: a
  /// script (XlsxWriter) wrote 0 in place of what the formulas compute, which only a
  /// spreadsheet program works out. A column of formulas that are all 0 in Excel is rare in
  /// a registration export, and `--accept-warnings` reads it.
  static func formulasReadingZero(_ cells: [CSVCellPosition], sheet: String?, header: [String]) -> [ImportReport.Warning]
  {
    formulaColumns(cells, header: header).map { column in
      ImportReport.Warning(
        kind: .formulasReadingZero, column: column.name, count: column.count, lines: column.lines,
        message: "every formula of the column, \(column.count) cell\(column.count == 1 ? "" : "s") of sheet \"\(sheet ?? "")\" "
          + "(\(column.cells)), stores 0 for its result: a script that writes workbooks (XlsxWriter) stores 0 "
          + "in place of what a formula computes",
        hint: "open the workbook in Excel or LibreOffice and save it, so that it stores the formulas' results, "
          + "or export the sheet as CSV; --accept-warnings reads those cells as 0")
    }
  }

  /// Workbook cells grouped by column, in column order: the column's header (or its letters),
  /// how many cells, a few of their lines, and the first cells named (`D2, D3, …`).
  static func formulaColumns(
    _ cells: [CSVCellPosition], header: [String]
  ) -> [(name: String, count: Int, lines: [Int], cells: String)] {
    var byColumn: [Int: [Int]] = [:]
    for cell in cells { byColumn[cell.column, default: []].append(cell.line) }
    return byColumn.keys.sorted().map { column in
      let lines = byColumn[column]!
      let letters = UnstoredFormulas.columnLetters(column)
      let name = column < header.count && !header[column].isEmpty ? header[column] : "column \(letters)"
      let named = lines.prefix(sampleLines).map { "\(letters)\($0)" }.joined(separator: ", ")
      return (name, lines.count, Array(lines.prefix(sampleLines)), named + (lines.count > sampleLines ? ", …" : ""))
    }
  }


  /// Tables not read that hold e-mail addresses the read table does not.
  static func leftOutTables(_ sheet: ImportSheet, fields: ([String]) -> [ImportField?]) -> [ImportReport.Warning] {
    // The table's addresses are gathered only when there is something to hold them against.
    guard sheet.preamble != nil || !sheet.leftOut.isEmpty else { return [] }
    let read = ImportSheet.addresses(in: sheet.table, fields: fields)
    return [otherDelimiterPreamble(sheet, besides: read)].compactMap { $0 } + sheet.leftOut.compactMap { table in
      let others = ImportSheet.addresses(in: table, fields: fields).subtracting(read)
      guard !others.isEmpty else { return nil }
      let name = table.title.isEmpty ? "the table" : "the table \"\(table.title)\""
      return ImportReport.Warning(
        kind: .leftOutTable, column: nil, count: others.count, lines: [],
        message: "\(name) on line \(table.headerLine) is not read; it holds \(others.count) "
          + "e-mail address\(others.count == 1 ? "" : "es") that the table read (line \(sheet.table.headerLine)) does not",
        hint: "import that table from a file of its own, or --accept-warnings to leave those people out")
    }
  }

  /// Lines before the header read whose one cell holds e-mail addresses between another
  /// delimiter's marks: an export written with commas joined before one written with
  /// semicolons, whose people the preamble would hide. A meeting report's preamble (Zoom's host
  /// and its e-mail) is written with the file's own delimiter, and is no such line.
  static func otherDelimiterPreamble(_ sheet: ImportSheet, besides read: Set<String>) -> ImportReport.Warning? {
    let document = sheet.table.rows.document
    let header = sheet.table.rows.startIndex - 1
    guard sheet.preamble != nil, header > 0 else { return nil }
    var found = Set<String>()
    var lines: [Int] = []
    for record in 0..<header where document.fieldCount(record) == 1 {
      let text = document.field(record, 0)
      guard let other = [",", ";", "\t"].first(where: { $0 != document.delimiter && text.contains($0) }) else { continue }
      let addresses = text.split(separator: other).compactMap { EmailAddress.normalised(String($0).trimmed) }
      guard !addresses.isEmpty else { continue }
      found.formUnion(addresses)
      lines.append(document.line(record))
    }
    let others = found.subtracting(read)
    guard !others.isEmpty else { return nil }
    let shown = lines.count == 1 ? "line \(lines[0])" : "lines \(lines[0])-\(lines[lines.count - 1])"
    return ImportReport.Warning(
      kind: .leftOutTable, column: nil, count: others.count, lines: Array(lines.prefix(sampleLines)),
      message: "\(shown), before the header on line \(sheet.table.headerLine), \(lines.count == 1 ? "holds" : "hold") "
        + "\(others.count) e-mail address\(others.count == 1 ? "" : "es") in cells separated by another mark than the "
        + "table's: an export with another delimiter joined on? Those people are not read",
      hint: "import each export from a file of its own, or --accept-warnings to leave those people out")
  }
}
