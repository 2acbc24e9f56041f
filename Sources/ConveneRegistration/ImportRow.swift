import ConveneCSV
import ConveneCore

/// One row of a registration export read into a participant: what it answered, what had to
/// be left empty, or why it cannot be imported.
struct ImportRow {
  let record: ExportRow
  let columns: ImportColumns
  let answers: AnswerCache
  let dates: ImportDates
  /// The fields this row gave a non-empty answer for.
  private(set) var answered = ImportFieldSet()
  /// Answers that could not be used but do not stop the row.
  private(set) var notes: [ImportReport.Note] = []
  /// Why the row cannot be imported, when it cannot.
  private(set) var rejection: ImportReport.Rejected?
  /// When the form was submitted, in seconds since 1970 (UTC), if the file says.
  private(set) var submitted: Int?

  init(record: ExportRow, columns: ImportColumns, answers: AnswerCache, dates: ImportDates) {
    self.record = record
    self.columns = columns
    self.answers = answers
    self.dates = dates
  }

  func value(_ field: ImportField) -> String {
    if let ticked = columns.multiSelect?.answer(field, in: record) { return ticked }
    guard let index = columns.index(of: field) else { return "" }
    return record[index].trimmedCell
  }

  mutating func reject(_ field: ImportField?, _ reason: String) {
    if rejection == nil { rejection = .init(line: record.line, field: field?.rawValue, reason: reason) }
  }

  mutating func note(_ field: ImportField, _ message: String) {
    notes.append(.init(line: record.line, field: field.rawValue, message: message))
  }

  /// The participant the row describes (without an id), or nil when it is rejected.
  mutating func participant() -> Participant? {
    for field in columns.fields where !Self.isChosen(field) && !value(field).isEmpty {
      answered.insert(field)
    }
    if columns.multiSelect != nil {
      for field in MultiSelectColumns.listFields where !value(field).isEmpty { answered.insert(field) }
    }
    if record.count > columns.width,
      let extra = (columns.width..<record.count).first(where: { !record[$0].trimmed.isEmpty })
    {
      reject(
        nil,
        "has a value in column \(extra + 1) but the header has \(columns.width) columns (a comma inside an unquoted cell?)")
      return nil
    }
    if let (field, scalar) = unsafeCharacter() {
      reject(field, UnsafeCharacter.problem(scalar) + "; remove it from the cell and import again")
      return nil
    }
    let name = columns.names.value(in: record) { !Placeholder.matches($0) }
    if name.isEmpty { reject(.name, "the name is empty") } else { answered.insert(.name) }
    let rawEmail = columns.emails.value(in: record) { EmailAddress.normalised($0) != nil }
    let email = EmailAddress.normalised(rawEmail)
    if rawEmail.isEmpty {
      reject(.email, "the e-mail is empty")
    } else if email == nil {
      reject(.email, "\"\(rawEmail)\" is not an e-mail address")
    }
    var person = Participant(id: "", name: name, email: email ?? "")
    person.title = value(.title)
    person.organisation = value(.organisation)
    person.city = value(.city)
    readCategory(into: &person)
    readPlace(into: &person)
    readDemographics(into: &person)
    readTimes(into: &person)
    person.needs = value(.needs).listItems()
    person.cohorts = value(.cohorts).listItems(alsoSplittingOnCommas: true)
    let publish = value(.publishName)
    if !publish.isEmpty {
      if let flag = answers.yesNo(publish) {
        person.publishName = flag
      } else {
        person.publishName = false
        note(.publishName, "\"\(publish)\" is not yes or no; the name will not be published")
      }
    }
    return rejection == nil ? person : nil
  }

  /// The first control or bidirectional override character in a cell the import reads, with
  /// its field (`UnsafeCharacter`): stored, it would reach terminals, badges and e-mails.
  func unsafeCharacter() -> (ImportField, Unicode.Scalar)? {
    for (column, field) in columns.read
    where record.document.withBytes(record.record, column, UnsafeCharacter.occurs(in:)) {
      if let scalar = UnsafeCharacter.first(in: record[column]) { return (field, scalar) }
    }
    return nil
  }

  /// True for the fields read through a `ColumnChoice` rather than one column.
  static func isChosen(_ field: ImportField) -> Bool {
    switch field {
    case .name, .email, .firstName, .lastName: true
    default: false
    }
  }

  mutating func readCategory(into person: inout Participant) {
    let text = value(.category)
    guard !text.isEmpty else { return }
    if let id = answers.category(text) {
      person.category = id
    } else {
      reject(.category, "\"\(text)\" is not a category of this event (map it with one of its ids or labels)")
    }
  }

  mutating func readPlace(into person: inout Participant) {
    let countryText = value(.country)
    if !countryText.isEmpty {
      if let country = answers.country(countryText) {
        person.country = country.code
        person.region = country.region
      } else {
        reject(.country, "\"\(countryText)\" is not a country name or ISO code")
      }
    }
    let region = value(.region)
    if !region.isEmpty { person.region = region }
    let zone = value(.timezone)
    if !zone.isEmpty {
      if TimeZoneNames.isKnown(zone) {
        person.timezone = zone
      } else {
        reject(.timezone, "\"\(zone)\" is not an IANA time zone (such as Asia/Karachi)")
      }
    }
  }

  mutating func readDemographics(into person: inout Participant) {
    let genderText = value(.gender)
    if let gender = answers.gender(genderText) {
      person.gender = gender
    } else {
      note(
        .gender,
        DemographicValues.isGenderLetter(genderText)
          ? "\"\(genderText)\" may be a man or a woman here; left empty"
          : "\"\(genderText)\" is not a gender convene records; left empty")
      answered.remove(.gender)
    }
    let ageText = value(.ageGroup)
    if answers.isImpossibleAge(ageText) {
      reject(.ageGroup, "\"\(ageText)\" is not a possible age (write an age from 0 to 120, or an age group such as 18-24)")
      answered.remove(.ageGroup)
    } else if let group = answers.ageGroup(ageText) {
      person.ageGroup = group
    } else {
      note(.ageGroup, "\"\(ageText)\" is not an age or age group; left empty")
      answered.remove(.ageGroup)
    }
    let (codes, unknown) = answers.languages(value(.languages))
    person.languages = codes
    for word in unknown { note(.languages, "\"\(word)\" is not a language convene knows; left out") }
  }

  mutating func readTimes(into person: inout Participant) {
    for field in [ImportField.arrival, .departure] {
      guard let time = date(field)?.localDateTime(dates.order(of: field)) else { continue }
      if field == .arrival { person.arrival = time } else { person.departure = time }
    }
    submitted = date(.timestamp)?.secondsSinceEpoch(dates.order(of: .timestamp))
    for item in value(.unavailable).listItems() {
      if let window = TimeWindow(item.asciiDigits) {
        person.unavailable.append(window)
      } else {
        reject(.unavailable, "\"\(item)\" is not a time window (write 2027-03-09 09:00-12:00 or day2)")
      }
    }
  }

  /// The date in `field`'s column, read in the column's order; nil when it is empty, and a
  /// rejection when it is no date.
  mutating func date(_ field: ImportField) -> WrittenDateTime? {
    guard let stored = dates.value(field, record: record.record), !stored.isEmpty else { return nil }
    guard let written = stored.written else {
      let text = value(field)
      reject(field, "\"\(text)\" is not a date and time (write 2027-03-09 08:30)")
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
