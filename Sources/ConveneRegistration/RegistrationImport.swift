import ConveneCSV
import ConveneCore

/// Turns a registration export (Google Forms, KoboToolbox, a spreadsheet) into participants:
/// maps its columns, normalises e-mails, countries, categories and the rest, matches people
/// by e-mail so that a re-import updates instead of duplicating, gives new people the next
/// free ids, and puts them on the waitlist when the event or their category is full.
public struct RegistrationImport: Sendable {
  /// The event (categories, capacity, quotas).
  public var event: Event
  /// Column overrides, header (as written, any case) to field.
  public var columnMap: [String: ImportField]

  /// Creates an import for `event`.
  public init(event: Event, columnMap: [String: ImportField] = [:]) {
    self.event = event
    self.columnMap = Dictionary(
      columnMap.map { ($0.key.trimmed.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
  }

  /// The outcome: the full participant list after the import, and the report.
  public struct Outcome: Sendable {
    /// Every participant: existing ones (updated in place), then the new ones in registration order.
    public var participants: [Participant]
    /// What happened, row by row.
    public var report: ImportReport
  }

  /// A problem with the file as a whole (no e-mail column, a `--map` naming no column).
  public struct FileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }

  /// Imports `table` into `existing`. Rows that are rejected are left out of the outcome;
  /// whether to write it anyway is the caller's decision.
  public func run(_ table: CSVTable, into existing: [Participant]) throws(FileProblem) -> Outcome {
    var report = ImportReport()
    let columns = ImportColumns(try mapColumns(table.header, report: &report))
    let answers = AnswerCache(matcher: CategoryMatcher(categories: event.categories))
    var participants = existing
    var indexByEmail: [String: Int] = [:]
    for (index, person) in existing.enumerated() where !person.email.isEmpty {
      indexByEmail[person.email] = index
    }
    var addedLineByEmail: [String: Int] = [:]
    var newRows: [NewRow] = []
    var touched = Set<String>()

    for (order, record) in table.rows.enumerated() {
      var row = ImportRow(record: record, columns: columns, answers: answers)
      guard var incoming = row.participant() else {
        report.rejected.append(row.rejection!)
        continue
      }
      report.notes += row.notes
      if let index = indexByEmail[incoming.email] {
        let before = participants[index]
        let merged = Self.merge(incoming, into: before, answered: row.answered)
        let changed = merged == before ? [] : Self.changedFields(before, merged)
        participants[index] = merged
        if index < existing.count { touched.insert(merged.id) }
        if let firstLine = addedLineByEmail[incoming.email] {
          report.notes.append(
            .init(
              line: record.line, field: "email",
              message: "repeats the e-mail of line \(firstLine); its answers replace the earlier ones"))
        } else if changed.isEmpty {
          report.unchanged.append((record.line, merged.id))
        } else {
          report.updated.append(.init(line: record.line, id: merged.id, fields: changed))
        }
        continue
      }
      incoming.status = .registered
      participants.append(incoming)
      indexByEmail[incoming.email] = participants.count - 1
      addedLineByEmail[incoming.email] = record.line
      newRows.append(NewRow(order: order, timestamp: row.timestamp, index: participants.count - 1, line: record.line))
    }

    // New registrations take places in the order they were submitted.
    let orderedNew = Self.registrationOrder(newRows)
    var kept = Array(participants.prefix(existing.count))
    var places = PlaceCounter(event: event, participants: kept)
    var ids = IDAllocator(existing: existing.map(\.id))
    for entry in orderedNew {
      var person = participants[entry.index]
      person.id = ids.next()
      touched.insert(person.id)
      if places.hasPlace(for: person.category) {
        places.take(person.category)
      } else {
        person.status = .waitlisted
      }
      kept.append(person)
      report.added.append(
        .init(line: entry.line, id: person.id, name: person.name, waitlisted: person.status == .waitlisted))
    }
    report.added.sort { $0.line < $1.line }
    report.probableDuplicates = Self.probableDuplicates(in: kept, touching: touched)
    return Outcome(participants: kept, report: report)
  }

  /// The word for "name" alone in every language (`Name`, `Nom`, `Nombre`, `Nome`, `الاسم`), folded.
  static let bareNames = Set(LanguagePack.all.flatMap(\.bareNames).map(\.folded))

  func mapColumns(_ header: [String], report: inout ImportReport) throws(FileProblem) -> [ImportField?] {
    let lowered = header.map { $0.trimmed.lowercased() }
    for column in columnMap.keys where !lowered.contains(column) {
      throw FileProblem(
        message: "--map names the column \"\(column)\", which the file does not have; its columns are: "
          + header.joined(separator: ", "))
    }
    var fields: [ImportField?] = []
    var taken = Set<ImportField>()
    for (cell, key) in zip(header, lowered) {
      var field = columnMap[key] ?? ImportField.matching(header: cell)
      if let chosen = field, chosen != .ignore, taken.contains(chosen), columnMap[key] == nil {
        field = nil  // a second column for the same field: keep the first, report this one
      }
      if let field {
        taken.insert(field)
        report.columns.append((cell, field))
      } else if !cell.isEmpty {
        report.ignoredColumns.append(cell)
      }
      fields.append(field == .ignore ? nil : field)
    }
    // "Nom" beside "Prénom" (or "Name" beside "First name") is the family name; "Nombre"
    // beside "Apellidos" (or "Nome" beside "Sobrenome", "الاسم" beside "اسم العائلة") the given name.
    if taken.contains(.firstName) != taken.contains(.lastName),
      let index = fields.firstIndex(of: .name), columnMap[lowered[index]] == nil,
      Self.bareNames.contains(header[index].folded)
    {
      let field: ImportField = taken.contains(.firstName) ? .lastName : .firstName
      fields[index] = field
      if let entry = report.columns.firstIndex(where: { $0.header == header[index] }) {
        report.columns[entry].field = field
      }
    }
    guard taken.contains(.email) else {
      throw FileProblem(
        message: "no column holds e-mail addresses (columns: \(header.joined(separator: ", "))); "
          + "name it with --map COLUMN=email")
    }
    guard taken.contains(.name) || taken.contains(.firstName) || taken.contains(.lastName) else {
      throw FileProblem(
        message: "no column holds names (columns: \(header.joined(separator: ", "))); "
          + "name it with --map COLUMN=name")
    }
    return fields
  }

  /// `incoming`'s answers laid over `existing`: only fields the row answered change; the id
  /// and status stay.
  static func merge(_ incoming: Participant, into existing: Participant, answered: ImportFieldSet) -> Participant {
    var merged = existing
    func take<Value>(_ field: ImportField, _ path: WritableKeyPath<Participant, Value>) {
      if answered.contains(field) { merged[keyPath: path] = incoming[keyPath: path] }
    }
    if answered.contains(.name) || answered.contains(.firstName) || answered.contains(.lastName) {
      merged.name = incoming.name
    }
    take(.category, \.category)
    take(.title, \.title)
    take(.organisation, \.organisation)
    take(.city, \.city)
    take(.country, \.country)
    if answered.contains(.region) || (answered.contains(.country) && incoming.country != existing.country) {
      merged.region = incoming.region
    }
    take(.gender, \.gender)
    take(.ageGroup, \.ageGroup)
    take(.languages, \.languages)
    take(.needs, \.needs)
    take(.timezone, \.timezone)
    take(.arrival, \.arrival)
    take(.departure, \.departure)
    take(.unavailable, \.unavailable)
    take(.cohorts, \.cohorts)
    take(.publishName, \.publishName)
    return merged
  }

  static func changedFields(_ before: Participant, _ after: Participant) -> [String] {
    let names = ParticipantFields.names
    let old = ParticipantFields.cells(before), new = ParticipantFields.cells(after)
    return names.indices.filter { old[$0] != new[$0] }.map { names[$0] }
  }

  /// A row that adds a person: its place in the file, its submission time and its index in
  /// the participant list.
  struct NewRow {
    var order: Int
    var timestamp: String?
    var index: Int
    var line: Int
  }

  /// New rows by submission time when every row has one that can be read, else in file order.
  static func registrationOrder(_ rows: [NewRow]) -> [NewRow] {
    let keys = SubmissionTime.sortKeys(rows.map(\.timestamp))
    guard let keys else { return rows }
    return zip(rows, keys).sorted { ($0.1, $0.0.order) < ($1.1, $1.0.order) }.map(\.0)
  }

  /// People with the same name (ignoring case, accents and word order) and city but different
  /// e-mails, where at least one of them was touched by this import.
  static func probableDuplicates(in people: [Participant], touching: Set<String>) -> [ImportReport.ProbableDuplicate] {
    var groups: [String: [Int]] = [:]
    var cities: [String: String] = [:]
    for index in people.indices {
      let name = people[index].name, cityName = people[index].city
      if name.isEmpty { continue }
      let city = cities[cityName] ?? cityName.folded
      cities[cityName] = city
      var words = name.folded.split(separator: " ")
      if words.count > 1 { words.sort() }
      groups[words.joined(separator: " ") + "|" + city, default: []].append(index)
    }
    var result: [ImportReport.ProbableDuplicate] = []
    for group in groups.values where group.count > 1 {
      for (offset, first) in group.enumerated() {
        for second in group[(offset + 1)...]
        where people[first].email != people[second].email
          && (touching.contains(people[first].id) || touching.contains(people[second].id))
        {
          result.append(
            .init(first: people[first].id, second: people[second].id, name: people[second].name, city: people[second].city))
        }
      }
    }
    return result.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
  }
}

/// Hands out participant ids after the highest `pNNN` already used.
struct IDAllocator {
  private var nextNumber: Int

  init(existing: [String]) {
    // Numbers of a billion or more are no ids convene gave: counting on from them could
    // overflow, and new ids below them cannot collide with them.
    let numbers = existing.compactMap { id -> Int? in
      guard id.hasPrefix("p"), let number = Int(id.dropFirst()), number < 1_000_000_000 else { return nil }
      return number
    }
    nextNumber = (numbers.max() ?? 0) + 1
  }

  mutating func next() -> String {
    defer { nextNumber += 1 }
    let digits = String(nextNumber)
    return "p" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
  }
}
