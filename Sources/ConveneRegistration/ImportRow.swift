import ConveneCSV
import ConveneCore

/// One row of a registration export read into a participant: what it answered, what had to
/// be left empty, or why it cannot be imported. A class: reading a row asks it for a dozen
/// cells through closures, and a struct holding four references would be copied (and each
/// reference counted) at every one of them.
final class ImportRow {
  let record: ExportRow
  let columns: ImportColumns
  let answers: AnswerCache
  let dates: ImportDates
  /// The kinds of byte the row holds: a per-cell check is skipped when none of its cells can
  /// hold what it looks for.
  let bytes: RowBytes
  /// The fields this row gave a non-empty answer for.
  private(set) var answered = ImportFieldSet()
  /// Answers that could not be used but do not stop the row.
  private(set) var notes: [ImportReport.Note] = []
  /// Why the row cannot be imported, when it cannot.
  private(set) var rejection: ImportReport.Rejected?
  /// When the form was submitted, in seconds since 1970 (UTC), if the file says.
  private(set) var submitted: Int?

  init(record: ExportRow, columns: ImportColumns, answers: AnswerCache, dates: ImportDates, bytes: RowBytes) {
    self.record = record
    self.columns = columns
    self.answers = answers
    self.dates = dates
    self.bytes = bytes
  }

  func value(_ field: ImportField) -> String {
    if let ticked = columns.multiSelect?.answer(field, in: record) { return ticked }
    guard let index = columns.index(of: field) else { return "" }
    return record[index].trimmedCell
  }

  /// True when `field`'s cell is empty once trimmed (or the export has no such column),
  /// decided from its bytes when they show it.
  func isBlank(_ field: ImportField) -> Bool {
    if let ticked = columns.multiSelect?.answer(field, in: record) { return ticked.isEmpty }
    guard let index = columns.index(of: field) else { return true }
    return record.document.withBytes(record.record, index) { bytes in
      var ascii = true
      for byte in bytes where byte != 0x20 && !(0x09...0x0D).contains(byte) {
        guard byte >= 0x80 else { return false }
        ascii = false
      }
      return ascii || value(field).isEmpty
    }
  }

  /// What `answer` reads from `field`'s cell, given its bytes as written (followed by 0xFF for a
  /// cell with doubled quotes, see below) and a way to make its trimmed text (see `AnswerCache`).
  func answer<Answer>(
    _ field: ImportField, _ answer: (UnsafeBufferPointer<UInt8>, () -> String) -> Answer
  ) -> Answer {
    if var ticked = columns.multiSelect?.answer(field, in: record) {
      let text = ticked
      return ticked.withUTF8 { bytes in answer(bytes, { text }) }
    }
    guard let index = columns.index(of: field) else { return answer(UnsafeBufferPointer(start: nil, count: 0), { "" }) }
    return self.answer(column: index, answer)
  }

  /// The same for the cell in column `index`.
  func answer<Answer>(column index: Int, _ answer: (UnsafeBufferPointer<UInt8>, () -> String) -> Answer) -> Answer {
    func text() -> String { ColumnChoice.cell(index, record) }
    // A quoted cell with quotes inside is written `a""b`, as an unquoted `a""b` is: it is
    // found by its bytes followed by 0xFF, a byte UTF-8 text never holds, so that the two
    // are never taken for each other and neither needs its text made to be found.
    guard !record.document.isEscaped(record.record, index) else {
      return record.document.withBytes(record.record, index) { bytes in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { key in
          _ = key.initialize(fromContentsOf: bytes)
          key[bytes.count] = 0xFF
          return answer(UnsafeBufferPointer(key), text)
        }
      }
    }
    return record.document.withBytes(record.record, index) { answer($0, text) }
  }

  /// `field`'s text as `value` gives it, one string for every cell written the same (see
  /// `AnswerCache.text`).
  func text(_ field: ImportField) -> String {
    answer(field) { answers.text(field, $0, $1) }
  }

  /// The name, from the one name column when there is one, without a meeting tool's guest mark
  /// (`FormToolWords.personName(fromDisplayName:)`, with a note when there was one).
  func name() -> String {
    let shown =
      if let column = columns.names.onlyColumn {
        answer(column: column) { answers.text(.name, $0, $1) }
      } else if let parts = nameParts, let joined = nameWithoutPlaceholderParts(parts) ?? nameWrittenOnce(parts) {
        joined
      } else {
        columns.names.value(in: record) { !Placeholder.matchesName($0) }
      }
    let name = PersonName.withoutEdgeTatweels(
      FormToolWords.personName(fromDisplayName: shown, inMeetingReport: columns.isMeetingReport))
    if name != shown, name != PersonName.withoutEdgeTatweels(shown) {
      note(.name, "\"\(shown)\" is a meeting tool's display name; read as \"\(name)\"")
    }
    return name
  }

  /// The non-empty cells of the name's parts with their fields, when the name is read from
  /// parts (`First name` + `Last name`); read once, for the name and for its checks. The parts
  /// are the columns of `ImportField.nameParts` that the export has, in that order (`ImportColumns`).
  private(set) lazy var nameParts: [(field: ImportField, text: String)]? = {
    guard case .parts(let parts)? = columns.names.sources.first else { return nil }
    let fields = ImportField.nameParts.filter { columns.index(of: $0) != nil }
    return zip(fields, parts).compactMap { field, column in
      let text = ColumnChoice.cell(column, record)
      return text.isEmpty ? nil : (field, text)
    }
  }()

  /// The name of the parts that name someone, when another part is a mark typed to get past a
  /// required question (`Awa` + `-`, a person of one name; `N/A`): the mark is left out with a
  /// note. Only marks: a word that is a placeholder elsewhere may be a family name here
  /// (`Na`, `السيد`). Nil when there is nothing to leave out, or nothing but placeholders
  /// (which the placeholder warning is for). A part of question marks (`?????????`) is a name
  /// whose letters the exporting tool lost, not a mark: it stays, for the quality gate.
  func nameWithoutPlaceholderParts(_ parts: [(field: ImportField, text: String)]) -> String? {
    func isMark(_ text: String) -> Bool {
      Placeholder.matchesName(text) && (!text.contains(where: \.isLetter) || text.contains("/"))
        && !QualityGate.hasLostLetters(text)
    }
    let real = parts.filter { !isMark($0.text) }
    guard !real.isEmpty, real.count < parts.count else { return nil }
    for part in parts where isMark(part.text) {
      note(part.field, "\"\(part.text)\" is no name; left out of the name")
    }
    return real.map(\.text).joined(separator: " ")
  }

  /// The name of the parts without a part that another already holds whole, at its start or
  /// its end (`Awa Ndiaye` typed as the given name beside the family name `Ndiaye`), or that
  /// repeats an earlier one of two words or more (`Lina Haddad` in both columns), with a note;
  /// nil when no part repeats another.
  func nameWrittenOnce(_ parts: [(field: ImportField, text: String)]) -> String? {
    guard parts.count > 1 else { return nil }
    let words = parts.map { $0.text.foldedName.split(separator: " ") }
    // A part held whole by a longer one, or the same name of two words or more typed again
    // in a later column (`Lina Haddad` in both); one word twice may be a name (`Kumar Kumar`).
    func holds(_ other: Int, _ index: Int) -> Bool {
      guard other != index, !words[index].isEmpty else { return false }
      if words[other] == words[index] { return words[index].count > 1 && other < index }
      return words[other].count > words[index].count
        && (words[other].starts(with: words[index]) || words[other].reversed().starts(with: words[index].reversed()))
    }
    let holders = parts.indices.map { index in parts.indices.first { holds($0, index) } }
    guard holders.contains(where: { $0 != nil }) else { return nil }
    for (index, holder) in holders.enumerated() {
      guard let holder else { continue }
      note(parts[index].field, "\"\(parts[index].text)\" is already in \"\(parts[holder].text)\"; written once in the name")
    }
    return parts.indices.filter { holders[$0] == nil }.map { parts[$0].text }.joined(separator: " ")
  }

  func reject(_ field: ImportField?, _ reason: String) {
    if rejection == nil { rejection = .init(line: record.line, field: field?.rawValue, reason: reason) }
  }

  /// Notes `message` (which quotes the answer: a line break or a control in it is shown
  /// escaped, on one line).
  func note(_ field: ImportField, _ message: String) {
    notes.append(.init(line: record.line, field: field.rawValue, message: UnsafeCharacter.escapedOnOneLine(message)))
  }

  /// Reads the participant the row describes (without an id) into `person` (an empty one);
  /// false when the row is rejected (see `rejection`). The caller's participant is filled in
  /// place, so that a valid row's is never copied.
  func read(into person: inout Participant) -> Bool {
    noteAnswered()
    guard cellsCanBeRead() else { return false }
    let name = name()
    guard nameFits(name) else { return false }
    readContact(name: name, into: &person)
    readCategory(into: &person)
    readPlace(into: &person)
    readDemographics(into: &person)
    readTimes(into: &person)
    readLists(into: &person)
    readConsent(into: &person)
    return rejection == nil
  }

  /// Marks the fields the row answered (a placeholder of free text is taken back, see
  /// `freeText(_:)`).
  func noteAnswered() {
    for field in columns.fields where !Self.isChosen(field) && !isBlank(field) {
      answered.insert(field)
    }
    if columns.multiSelect != nil {
      for field in MultiSelectColumns.listFields where !value(field).isEmpty { answered.insert(field) }
    }
  }

  /// The text of a free-text field (title, organisation, city), empty for a placeholder (`-`,
  /// `N/A`), which answers nothing, as an empty cell: `--update` erases nothing with it.
  func freeText(_ field: ImportField) -> String {
    let (answer, placeholder) = self.answer(field) { answers.freeText(field, $0, $1) }
    if placeholder {
      answered.remove(field)
      // Said, since a real answer may look like one (`ABC`, `X`).
      note(field, "\"\(QuotedValue.shown(value(field)))\" reads as no answer; left empty")
    }
    return answer
  }

  /// False, with the rejection, when a cell cannot be read at all: a value beyond the header's
  /// columns, a control character, a spreadsheet's error value, a cell longer than its field.
  func cellsCanBeRead() -> Bool {
    if record.count > columns.width,
      let extra = (columns.width..<record.count).first(where: { !record[$0].trimmed.isEmpty })
    {
      reject(
        nil,
        "has a value in column \(extra + 1) but the header has \(columns.width) columns (a comma inside an unquoted cell?)")
      return false
    }
    if let (field, scalar) = unsafeCharacter() {
      reject(field, UnsafeCharacter.problem(scalar) + "; remove it from the cell and import again")
      return false
    }
    if let (field, value) = spreadsheetError() {
      reject(
        field, "\"\(value)\" is a spreadsheet's error value (a formula that failed), not an answer; correct the cell "
          + "in the sheet and export again")
      return false
    }
    if let (field, length, limit) = overlongCell() {
      reject(
        field, "is \(length.grouped) characters long, more than the \(limit.grouped) a \(field.rawValue) may hold "
          + "(text pasted into the wrong cell, or columns shifted?); shorten it and import again")
      return false
    }
    return true
  }

  /// False, with the rejection, when the name's parts joined are longer than a name may be; an
  /// empty name is rejected too, but the row is read on.
  func nameFits(_ name: String) -> Bool {
    if let length = Limits.overlong(name, limit: Limits.shortTextCharacters) {
      reject(
        .name, "is \(length.grouped) characters long once its parts are joined, more than the "
          + "\(Limits.shortTextCharacters.grouped) a name may hold; shorten it and import again")
      return false
    }
    if name.isEmpty {
      reject(.name, "the name is empty")
    } else if name.utf8.contains(UInt8(ascii: "@")), EmailAddress.normalised(name) == nil {
      // `Eve Smith <eve@example.org>` pasted whole: an address in the name would be printed on
      // badges and certificates, and written into the e-mails' `To:` (a name that is an
      // address alone is a placeholder, a warning of its own).
      reject(.name, "\"\(QuotedValue.shown(name))\" holds an e-mail address; keep the name alone in the name column")
    } else {
      answered.insert(.name)
    }
    return true
  }

  /// The name, e-mail, title, organisation and city, each on one line and the name with no
  /// character that cannot be seen.
  func readContact(name: String, into person: inout Participant) {
    let (rawEmail, source) = columns.emails.reading(record) { EmailAddress.normalised($0) != nil }
    let email = EmailAddress.normalised(rawEmail)
    if rawEmail.isEmpty {
      reject(.email, "the e-mail is empty")
    } else if email == nil {
      reject(.email, Self.emailProblem(rawEmail))
    } else if source > 0, columns.emails.isAccount[source], !columns.emails.isAccount[0] {
      // A form account (a secretariat registering several people) is no one's address but its own.
      reject(
        .email,
        "\"\(columns.emails.headers[0])\" is empty, and \"\(columns.emails.headers[source])\" gives the address of the "
          + "account that answered the form (\(rawEmail)), perhaps another person's: fill in this person's address")
    }
    person.name = name
    person.email = email ?? ""
    person.title = freeText(.title)
    person.organisation = freeText(.organisation)
    person.city = freeText(.city)
    if bytes.contains(.nonASCII) {
      // Stored as typed on a keyboard, whatever form the export wrote (see `composed`): a
      // re-export in the other form is then the same bytes, and unchanged.
      person.name = person.name.composed
      person.title = person.title.composed
      person.organisation = person.organisation.composed
      person.city = person.city.composed
    }
    // The four fields are made of the row's cells: without a byte a line break starts with,
    // none holds one.
    if bytes.contains(.lineBreakStart), let field = Self.lineBreakField(of: person) {
      reject(field, "holds a line break (CR, LF or a line separator); write it on one line and import again")
    }
    if bytes.contains(.tab), let field = Self.tabField(of: person) {
      reject(field, "holds a tab (pasted from a web page or a table?); replace it with a space and import again")
    }
    if bytes.contains(.nonASCII), let scalar = PersonName.invisibleCharacter(in: name) {
      reject(
        .name, "\"\(Identifier.shown(name))\" holds \(UnsafeCharacter.named(scalar)), a character that cannot be seen "
          + "(copied from a web page or a PDF?): the name would not be the one typed plainly; delete it and import again")
    } else if let problem = PersonName.malformation(of: name) {
      reject(.name, "\"\(Identifier.shown(name))\" \(problem)")
    } else if let parts = nameParts {
      // A number in one part is no name, though the other parts give letters.
      for part in parts {
        if let problem = PersonName.malformation(of: part.text) {
          reject(part.field, "\"\(Identifier.shown(part.text))\" \(problem)")
        }
      }
    }
  }

  /// Needs and cohorts, as lists.
  func readLists(into person: inout Participant) {
    person.needs =
      columns.needsAreChoiceNames
      ? MultiSelectColumns.choiceNames(value(.needs)) : value(.needs).listItems(alsoSplittingOnLineBreaks: true)
    person.cohorts = value(.cohorts).listItems(alsoSplittingOnCommas: true, alsoSplittingOnLineBreaks: true)
  }

  /// Whether the name may be published: only a plain yes publishes it.
  func readConsent(into person: inout Participant) {
    guard !isBlank(.publishName) else { return }
    if let flag = answer(.publishName, answers.consent) {
      person.publishName = flag
    } else {
      person.publishName = false
      let answer = value(.publishName)
      let reading = DemographicValues.yesNo(answer) == true ? "is a yes with a condition" : "is not yes or no"
      note(.publishName, "\"\(answer)\" \(reading); the name will not be published")
    }
  }

  /// The first control or bidirectional override character in a cell the import reads, with
  /// its field (`UnsafeCharacter`): stored, it would reach terminals, badges and e-mails.
  func unsafeCharacter() -> (ImportField, Unicode.Scalar)? {
    guard bytes.contains(.unsafeStart) else { return nil }
    for (column, field) in columns.read
    where record.document.withBytes(record.record, column, UnsafeCharacter.occurs(in:)) {
      if let scalar = UnsafeCharacter.first(in: record[column]) { return (field, scalar) }
    }
    return nil
  }

  /// The first cell the import reads that is longer than its field may be (`Limits`), with
  /// its field, length and limit; each cell's byte count is enough to pass most.
  func overlongCell() -> (ImportField, Int, Int)? {
    for ((column, field), limit) in zip(columns.read, columns.limits) {
      guard record.document.withBytes(record.record, column, { $0.count > limit }),
        let length = Limits.overlong(record[column], limit: limit)
      else { continue }
      return (field, length, limit)
    }
    return nil
  }

  /// The first cell the import reads that holds a spreadsheet's error value, with its field.
  func spreadsheetError() -> (ImportField, String)? {
    guard bytes.contains(.hash) else { return nil }
    for (column, field) in columns.read where record.document.withBytes(record.record, column, SpreadsheetError.mayBe) {
      if let value = SpreadsheetError.value(record[column]) { return (field, value) }
    }
    return nil
  }

  /// The first of the one-line fields (name, title, organisation, city) whose text `holds`
  /// says yes of, if any.
  static func oneLineField(of person: Participant, where holds: (String) -> Bool) -> ImportField? {
    let fields: [(ImportField, String)] = [
      (.name, person.name), (.title, person.title), (.organisation, person.organisation), (.city, person.city),
    ]
    return fields.first { holds($0.1) }?.0
  }

  /// The first of the one-line fields that holds a tab, if any.
  static func tabField(of person: Participant) -> ImportField? {
    oneLineField(of: person) { $0.utf8.contains(0x09) }
  }

  /// The first of the one-line fields that holds a line break: `participants.csv` keeps them
  /// on one line, as `check` requires.
  static func lineBreakField(of person: Participant) -> ImportField? {
    oneLineField(of: person, where: breaksLine)
  }

  /// `UnsafeCharacter.holdsLineBreak`, asked only of a text with a byte a line break starts
  /// with (LF, CR, or the E2 of U+2028 and U+2029), looked for in its UTF-8 bytes in place:
  /// most cells hold none.
  private static func breaksLine(_ text: String) -> Bool {
    let candidate =
      text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0xE2 } } ?? true
    return candidate && UnsafeCharacter.holdsLineBreak(text)
  }

  /// Why a cell is not an e-mail address: an invisible character inside it is named, since
  /// the address looks right on screen.
  static func emailProblem(_ raw: String) -> String {
    let address = raw.trimmed
    if address.contains("<"), address.hasSuffix(">") {
      return "\"\(raw)\" is a name with an address: keep only the address between < and >"
    }
    if let sign = address.unicodeScalars.first(where: { $0.value == 0xFF20 || $0.value == 0xFE6B }) {
      return "\"\(raw)\" holds \(UnsafeCharacter.named(sign)) (\(Character(sign))), a wide at sign some keyboards type: "
        + "type it as @"
    }
    // `+221 77 123 45 67`: a telephone number typed where the address was asked.
    if !address.contains("@"), address.filter(\.isNumber).count >= 7,
      address.allSatisfy({ $0.isNumber || " +-.()/".contains($0) })
    {
      return "\"\(raw)\" is a telephone number, not an e-mail address: ask the person for their address"
    }
    if address.filter({ $0 == "@" }).count > 1 {
      return "\"\(raw)\" holds more than one address: keep one (the person's own)"
    }
    if let space = address.firstIndex(of: " ") {
      let after = address[address.index(after: space)...]
      return "\"\(raw)\" holds a space\(after.hasPrefix("@") || address[..<space].hasSuffix("@") ? " beside the @" : ""): "
        + "remove it, or keep only the address"
    }
    if let scalar = EmailAddress.invisibleCharacter(in: address) {
      return "\"\(Identifier.shown(raw))\" holds \(UnsafeCharacter.named(scalar)), a character that cannot be seen"
        + " (copied from a web page or a PDF?); type the address again"
    }
    if let scalar = EmailAddress.lookAlike(in: raw.trimmed.lowercased()) {
      return "\"\(Identifier.shown(raw))\" mixes Latin letters with \(UnsafeCharacter.named(scalar)) (\(Character(scalar))), a Cyrillic or Greek letter, in one part of its "
        + "domain: it looks like another address and reaches no one; type the address again"
    }
    if let scalar = EmailAddress.markOnASCII(in: address) {
      return "\"\(Identifier.shown(raw))\" holds \(UnsafeCharacter.named(scalar)), a mark over a Latin letter: it looks "
        + "like the plain letter and makes another address; type the address again"
    }
    if let scalar = EmailAddress.compatibilityForm(in: address.lowercased()) {
      return "\"\(Identifier.shown(raw))\" holds \(UnsafeCharacter.named(scalar)) (\(Character(scalar))), a wide or "
        + "compatibility form of a character: it looks like the plain one and makes another address; type the address again"
    }
    if let scalar = EmailAddress.otherDigit(in: address) {
      let digit = scalar.properties.numericValue.map { String(Int($0)) } ?? "a Latin digit"
      return "\"\(raw)\" holds the digit \(Character(scalar)) of another script than Latin: "
        + "type it as \(digit) (the address with \(Character(scalar)) is another and reaches no one)"
    }
    if let problem = EmailAddress.syntaxProblem(in: address.lowercased()) {
      return "\"\(raw)\" is not an e-mail address: \(problem)"
    }
    return "\"\(raw)\" is not an e-mail address"
  }

  /// True for the fields read through a `ColumnChoice` rather than one column.
  static func isChosen(_ field: ImportField) -> Bool {
    switch field {
    case .email: true
    default: field.isName
    }
  }

  func readCategory(into person: inout Participant) {
    guard !isBlank(.category) else { return }
    if let id = answer(.category, answers.category) {
      person.category = id
    } else {
      reject(.category, "\"\(value(.category))\" is not a category of this event (write one of event.json's categories, by its id or label)")
    }
  }

  func readPlace(into person: inout Participant) {
    if !isBlank(.country) {
      if let doubt = countryInDoubt() {
        reject(.country, doubt)
      } else if let country = answer(.country, answers.country) {
        person.country = country.code
        person.region = country.region
      } else if columns.countryIsNationality, let country = nationality() {
        person.country = country.code
        person.region = country.region
      } else if case let readings = Country.readings(of: value(.country)), !readings.isEmpty {
        let named = readings.map { "\($0.code) (\($0.name))" }
        reject(
          .country,
          "\"\(value(.country))\" may be \(named.joined(separator: " or ")): write the code or the full name")
      } else {
        reject(.country, "\"\(value(.country))\" is not a country name or ISO code")
      }
    }
    readRegion(into: &person)
    let zone = value(.timezone)
    if !zone.isEmpty {
      if TimeZoneNames.isKnown(zone) {
        person.timezone = zone
      } else {
        reject(.timezone, "\"\(zone)\" is not an IANA time zone (such as Asia/Karachi)")
      }
    }
  }

  /// Why a country answer of `NA` or `no` is in doubt, in a column of country names: it may be
  /// Namibia's or Norway's code, or say no answer (not applicable, none); nil in a column of
  /// codes, and for any other answer.
  func countryInDoubt() -> String? {
    guard !columns.countryIsCodes, case let answer = value(.country), answer.utf8.count == 2 else { return nil }
    switch answer.lowercased() {
    case "na":
      return "\"\(answer)\" may be NA (Namibia) or no answer (not applicable): write the country's name, or leave the "
        + "cell empty"
    case "no":
      return "\"\(answer)\" may be NO (Norway) or the answer no: write the country's name, or leave the cell empty"
    default: return nil
    }
  }

  /// The country a nationality adjective names (`Congolaise` is ambiguous and rejected, with
  /// both), with a note saying how it was read; nil otherwise.
  func nationality() -> Country? {
    let given = value(.country)
    let codes = Nationalities.countries(of: given)
    guard !codes.isEmpty else { return nil }
    let countries = codes.compactMap(Country.withCode)
    guard countries.count == 1, let country = countries.first else {
      let named = countries.map { "\($0.code) (\($0.names["en"] ?? $0.code))" }
      reject(
        .country,
        "\"\(given)\" is a nationality of \(named.joined(separator: " or ")): write the code or the country's name")
      return nil
    }
    let name = country.names["en"] ?? country.code
    note(.country, "\"\(given)\" is a nationality; read as \(country.code) (\(name)), no country of residence being asked")
    return country
  }

  /// A region column is kept only when it names one of the network's regions, and the
  /// country's when there is one: a form's `Region` is often a province or a state.
  func readRegion(into person: inout Participant) {
    let given = text(.region)
    guard !given.isEmpty else { return }
    let country = person.country.isEmpty ? nil : "the region of \(person.country), \(person.region), is kept"
    guard let region = Country.region(named: given) else {
      note(.region, "\"\(given)\" is not one of the network's regions; " + (country ?? "left empty"))
      answered.remove(.region)
      return
    }
    if let country, region != person.region {
      note(.region, "\"\(given)\" is not the region of the country given; " + country)
      answered.remove(.region)
      return
    }
    person.region = region
  }

  func readDemographics(into person: inout Participant) {
    if let gender = answer(.gender, answers.gender) {
      person.gender = gender
    } else {
      let genderText = value(.gender)
      note(
        .gender,
        DemographicValues.isGenderLetter(genderText)
          ? "\"\(genderText)\" may be a man or a woman here; left empty"
          : "\"\(genderText)\" is not a gender convene records; left empty")
      answered.remove(.gender)
    }
    switch answer(.ageGroup, answers.age) {
    case .impossible:
      let given = value(.ageGroup)
      reject(
        .ageGroup,
        DemographicValues.birthYear(given) != nil
          ? "\"\(given)\" is a year of birth, not an age (write the age on the event's first day, or an age group such as 45-54)"
          : "\"\(given)\" is not a possible age (write an age from 0 to 120, or an age group such as 18-24)")
      answered.remove(.ageGroup)
    case .group(let group):
      person.ageGroup = group
    case .unread:
      note(.ageGroup, "\"\(value(.ageGroup))\" is not an age or age group; left empty")
      answered.remove(.ageGroup)
    }
    let (codes, unknown) = answer(.languages, answers.languages)
    person.languages = codes
    for word in unknown { note(.languages, "\"\(word)\" is not a language convene knows; left out") }
  }

  func readTimes(into person: inout Participant) {
    for field in [ImportField.arrival, .departure] {
      let end: LocalDateTime.StayEnd = field == .departure ? .departure : .arrival
      guard let time = date(field)?.localDateTime(dates.order(of: field), bareDate: .of(end)) else { continue }
      if field == .arrival { person.arrival = time } else { person.departure = time }
    }
    // As `check` holds participants.csv to it (`ParticipantRowRules`): stored, the row would
    // stop every command that writes from the file until it is mended.
    if let arrival = person.arrival, let departure = person.departure,
      ParticipantRowRules.leaves(departure, before: arrival, eventZone: dates.eventZone)
    {
      reject(
        .departure,
        "\"\(value(.departure))\" is not after the arrival \"\(value(.arrival))\" (\(departure) ≤ \(arrival)); correct one of them")
    }
    submitted = date(.timestamp)?.secondsSinceEpoch(dates.order(of: .timestamp))
    for item in value(.unavailable).listItems(alsoSplittingOnLineBreaks: true) {
      if let window = TimeWindow(item.asciiDigits) {
        person.unavailable.append(window)
      } else {
        reject(.unavailable, "\"\(item)\" is not a time window (write 2027-03-09 09:00-12:00 or day2)")
      }
    }
  }

  /// The date in `field`'s column, read in the column's order; nil when it is empty, and a
  /// rejection when it is no date.
  func date(_ field: ImportField) -> WrittenDateTime? {
    guard let stored = dates.value(field, record: record.record), !stored.isEmpty else { return nil }
    guard let written = stored.written else {
      let text = value(field)
      reject(field, "\"\(text)\" is not a date and time (write 2027-03-09 08:30)")
      return nil
    }
    if written.contradictsWeekday, let weekday = written.weekday, case .known(let day) = written.day {
      reject(
        field,
        "\"\(value(field))\" names a \(LocalDate.weekdayNames[weekday - 1]), but \(day) is a "
          + "\(LocalDate.weekdayNames[day.isoWeekday - 1]); write the date again")
      return nil
    }
    let order = dates.order(of: field)
    guard written.date(order) != nil else {
      reject(field, "\"\(value(field))\" is not a date read \(order?.words ?? "either way")")
      return nil
    }
    return written
  }
}
