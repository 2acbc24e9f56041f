import ConveneCore

/// Lays the rows of an export over the participants already registered: a row whose e-mail
/// is known updates that person (only the fields it answers), a new address adds a person;
/// new people then get ids and places in the order they registered.
struct ImportMerge {
  /// The participants already registered, updated in place.
  private var existing: [Participant]
  /// The new people, in file order.
  private var added: [Participant] = []
  private var newRows: [NewRow] = []
  private var indexByEmail: [String: Slot] = [:]
  /// The existing people this import touched (updated or unchanged), by index; every new
  /// person is touched too.
  private var touchedExisting: [Bool]
  private let existingCount: Int
  /// Rows imported, and those whose person is left without a category.
  private(set) var imported = 0
  private(set) var withoutCategory: (count: Int, lines: [Int]) = (0, [])
  /// Rows that repeat an e-mail address of the file under another person's name.
  private(set) var sharedEmails: [SharedEmail] = []

  /// Two rows of the file with one e-mail address and names that are not one person's.
  struct SharedEmail {
    var email: String
    var first: (line: Int, name: String)
    var second: (line: Int, name: String)
  }

  /// Where a person is: among the existing ones or the added ones.
  enum Slot {
    case existing(Int)
    case added(Int)
  }

  /// A row that adds a person: its place in the file, its submission time and its line.
  struct NewRow {
    var order: Int
    var submitted: Int?
    var line: Int
  }

  /// A merge of at most `rows` rows into `existing`. Its lists are made as large as they may
  /// need to be at once: a list of participants that doubles as it grows holds both its old
  /// and its new storage for a moment, the largest moment of an import.
  init(existing: consuming [Participant], rows: Int) {
    existingCount = existing.count
    touchedExisting = Array(repeating: false, count: existingCount)
    indexByEmail.reserveCapacity(existingCount + rows)
    added.reserveCapacity(rows)
    newRows.reserveCapacity(rows)
    for index in existing.indices where !existing[index].email.isEmpty {
      indexByEmail[existing[index].email] = .existing(index)
    }
    self.existing = consume existing
  }

  /// Takes the person a valid row describes.
  mutating func take(_ incoming: consuming Participant, from row: ImportRow, order: Int, report: inout ImportReport) {
    imported += 1
    let line = row.record.line
    switch indexByEmail[incoming.email] {
    case .existing(let index):
      let before = existing[index]
      let merged = RegistrationImport.merge(incoming, into: before, answered: row.answered)
      existing[index] = merged
      touchedExisting[index] = true
      count(merged, line: line)
      if merged == before {
        report.unchanged.append((line, merged.id))
      } else {
        report.updated.append(.init(line: line, id: merged.id, fields: RegistrationImport.changedFields(before, merged)))
      }
    case .added(let index):
      if !Self.sameName(incoming.name, added[index].name) {
        sharedEmails.append(
          SharedEmail(
            email: incoming.email, first: (newRows[index].line, added[index].name), second: (line, incoming.name)))
      }
      added[index] = RegistrationImport.merge(incoming, into: added[index], answered: row.answered)
      count(added[index], line: line)
      let firstLine = newRows[index].line
      report.notes.append(
        .init(line: line, field: "email", message: "repeats the e-mail of line \(firstLine); its answers replace the earlier ones"))
    case nil:
      incoming.status = .registered
      count(incoming, line: line)
      indexByEmail[incoming.email] = .added(added.count)
      added.append(incoming)
      newRows.append(NewRow(order: order, submitted: row.submitted, line: line))
    }
  }

  /// True when two names are one person's as written on two submissions: the same words,
  /// folded, in any order.
  static func sameName(_ one: String, _ other: String) -> Bool {
    one == other || one.folded.split(separator: " ").sorted() == other.folded.split(separator: " ").sorted()
  }

  private mutating func count(_ person: Participant, line: Int) {
    guard person.category.isEmpty else { return }
    withoutCategory.count += 1
    if withoutCategory.lines.count < QualityGate.sampleLines { withoutCategory.lines.append(line) }
  }

  /// Every participant: the existing ones, then the new ones with their ids and statuses, in
  /// the order they registered.
  mutating func finish(event: Event, retired: Set<String>, report: inout ImportReport) -> [Participant] {
    var places = PlaceCounter(event: event, participants: existing)
    var ids = IDAllocator(existing: existing.map(\.id) + retired)
    let order = Self.registrationOrder(newRows)
    Self.permute(&added, into: order)
    report.added.reserveCapacity(added.count)
    for index in added.indices {
      added[index].id = ids.next()
      if places.hasPlace(for: added[index].category) {
        places.take(added[index].category)
      } else {
        added[index].status = .waitlisted
      }
      let person = added[index]
      report.added.append(
        .init(line: newRows[order[index]].line, id: person.id, name: person.name, waitlisted: person.status == .waitlisted))
    }
    report.added.sort { $0.line < $1.line }
    var people = existing
    existing = []
    if people.isEmpty {
      swap(&people, &added)
    } else {
      people.reserveCapacity(people.count + added.count)
      people += added
    }
    added = []
    return people
  }

  /// Puts `elements[order[i]]` at `i`, following the permutation's cycles with swaps, so that
  /// no element is copied.
  static func permute<Element>(_ elements: inout [Element], into order: [Int]) {
    var placed = [Bool](repeating: false, count: order.count)
    for start in order.indices where !placed[start] {
      var current = start
      while order[current] != start {
        elements.swapAt(current, order[current])
        placed[current] = true
        current = order[current]
      }
      placed[current] = true
    }
  }

  /// True when the person at `index` of the finished list was touched by this import.
  func isTouched(_ index: Int) -> Bool { index >= existingCount || touchedExisting[index] }

  /// The positions of `rows` by submission time when every row has one, else in file order.
  static func registrationOrder(_ rows: [NewRow]) -> [Int] {
    let positions = Array(rows.indices)
    guard rows.allSatisfy({ $0.submitted != nil }) else { return positions }
    return positions.sorted { (rows[$0].submitted!, rows[$0].order) < (rows[$1].submitted!, rows[$1].order) }
  }
}
