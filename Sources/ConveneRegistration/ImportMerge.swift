import ConveneCore

/// Lays the rows of an export over the participants already registered: a row whose e-mail
/// is known updates that person (only the fields it answers), a new address adds a person;
/// new people then get ids and places in the order they registered.
///
/// The rows' participants are held in one list, one per row, from reading to finishing: a row
/// that adds a person leaves it where it is, and finishing moves the new people together and
/// into registration order without copying any.
struct ImportMerge {
  /// The participants already registered, updated in place.
  private var existing: [Participant]
  /// One participant per row, in file order: a new person stays at its row; a row merged into
  /// someone else, or rejected, leaves an empty participant.
  private var rows: [Participant]
  /// The rows that add a person, in file order.
  private var newRows: [NewRow] = []
  private var indexByEmail: [String: Slot] = [:]
  /// The existing people this import touched (updated or unchanged), by index; every new
  /// person is touched too.
  private var touchedExisting: [Bool]
  /// The positions of the people participants.csv holds, by folded name (`existingPeople`).
  private var existingByName: [String: [Int]]?
  /// The fields that held a value in participants.csv, for the existing people rows of this
  /// import have been laid over (by index).
  private var filledBefore: [Int: ImportFieldSet] = [:]
  private let existingCount: Int
  /// Rows imported, and those whose person is left without a category.
  private(set) var imported = 0
  private(set) var withoutCategory: (count: Int, lines: [Int]) = (0, [])
  /// Rows that repeat an e-mail address of the file under another person's name.
  private(set) var sharedEmails: [SharedEmail] = []
  /// Rows whose e-mail address is registered to someone of another name: left out.
  private(set) var otherPeople: [OtherPerson] = []
  /// True when a row's answers replace an existing person's (`--update`); otherwise they
  /// fill only the person's empty fields (`ReimportFill`).
  var updatesExisting = false

  /// A row whose address belongs to a person registered before under a name that is not
  /// the row's (`PersonName.mayBeSamePerson`): an import never changes who a person is.
  struct OtherPerson {
    var email: String
    var id: String
    var registered: String
    var line: Int
    var name: String
  }

  /// Two rows of the file with one e-mail address and names that are not one person's.
  struct SharedEmail {
    var email: String
    var first: (line: Int, name: String)
    var second: (line: Int, name: String)
  }

  /// Where a person is: among the existing ones, or the new ones (by position in `newRows`).
  enum Slot: Equatable {
    case existing(Int)
    case added(Int)
  }

  /// A row that adds a person: its place in the file, its submission time and its line, and
  /// the time of the latest answers laid over it (rows of the same address).
  struct NewRow {
    var order: Int
    var submitted: Int?
    var line: Int
    var latest: Int?
  }

  /// A merge of `rows` (one participant per row of the export) into `existing`. Its lists are
  /// made as large as they may need to be at once: a list that doubles as it grows holds both
  /// its old and its new storage for a moment.
  init(existing: consuming [Participant], rows: consuming [Participant]) {
    existingCount = existing.count
    touchedExisting = Array(repeating: false, count: existingCount)
    indexByEmail.reserveCapacity(existingCount + rows.count)
    newRows.reserveCapacity(rows.count)
    for index in existing.indices where !existing[index].email.isEmpty {
      indexByEmail[existing[index].email] = .existing(index)
    }
    self.existing = consume existing
    self.rows = consume rows
  }

  /// The person registered before this import under `email` (normalised), if any.
  func existingPerson(withEmail email: String) -> Participant? {
    guard case .existing(let index) = indexByEmail[email] else { return nil }
    return existing[index]
  }

  /// The people participants.csv holds under `name` (folded as names are matched) at another
  /// address than `email`, by id: a cancellation sent from a new address may be theirs.
  mutating func existingPeople(named name: String, besides email: String) -> [(id: String, status: ParticipantStatus)] {
    let folded = name.foldedName
    guard !folded.isEmpty else { return [] }
    if existingByName == nil {
      // Made once, on the first declined row that needs it: a name's folding costs, and an
      // export may hold thousands of cancellations.
      existingByName = Dictionary(grouping: 0..<existingCount) { existing[$0].name.foldedName }
    }
    return (existingByName?[folded] ?? []).filter { existing[$0].email != email }.map {
      (existing[$0].id, existing[$0].status)
    }
  }

  /// Withdraws the consent of the person registered under `email` to have their name
  /// published (a declined row that answers no: the withdrawal holds whatever the row's
  /// status); true when it changed them.
  mutating func withdrawConsent(ofEmail email: String) -> Bool {
    guard case .existing(let index) = indexByEmail[email] else { return false }
    return withdrawConsent(at: index)
  }

  /// Withdraws the consent of the person at `index` of participants.csv; true when it changed them.
  private mutating func withdrawConsent(at index: Int) -> Bool {
    guard existing[index].publishName else { return false }
    existing[index].publishName = false
    touchedExisting[index] = true
    return true
  }

  /// The e-mail address of the valid row at position `row`, not yet taken.
  func email(ofRow row: Int) -> String { rows[row].email }

  /// The name of the person at position `row`.
  func name(ofRow row: Int) -> String { rows[row].name }

  /// Takes the person of the valid row at position `row`.
  mutating func take(row: Int, line: Int, facts: RowReading.Facts, report: inout ImportReport) {
    imported += 1
    // One look-up: a new address is entered as the next new person's at once.
    let next = Slot.added(newRows.count)
    let slot = Self.entry(&indexByEmail[rows[row].email, default: next])
    if slot == next {
      // The form tool's waiting list stays one (see `finish`); anyone else is registered.
      if rows[row].status != .waitlisted { rows[row].status = .registered }
      count(rows[row].category, line: line)
      newRows.append(NewRow(order: row, submitted: facts.submitted, line: line, latest: facts.submitted))
      return
    }
    switch slot {
    case .existing(let index):
      take(row: row, line: line, into: index, answered: facts.answered, report: &report)
    case .added(let position):
      let first = newRows[position]
      let incoming = takeOut(row)
      if !PersonName.mayBeSamePerson(incoming.name, rows[first.order].name) {
        sharedEmails.append(
          SharedEmail(email: incoming.email, first: (first.line, rows[first.order].name), second: (line, incoming.name)))
      }
      let older = Self.isOlder(facts.submitted, than: first.latest)
      // An older answer fills only what the later ones left empty.
      let answered =
        older ? facts.answered.subtracting(ReimportFill.filledFields(of: rows[first.order])) : facts.answered
      // The later submission decides the status too: off the waiting list or back on it.
      let status: ParticipantStatus = incoming.status == .waitlisted ? .waitlisted : .registered
      rows[first.order] = RegistrationImport.merge(incoming, into: rows[first.order], answered: answered)
      if !older { rows[first.order].status = status }
      if older {
        // The person registered when they first answered.
        newRows[position].submitted = min(first.submitted ?? .max, facts.submitted ?? .max)
      } else if let submitted = facts.submitted {
        newRows[position].latest = submitted
      }
      count(rows[first.order].category, line: line)
      report.notes.append(.init(line: line, field: "email", message: Self.repeatNote(firstLine: first.line, older: older)))
    }
  }

  /// True when both rows tell their submission time and `submitted` is before `latest`.
  static func isOlder(_ submitted: Int?, than latest: Int?) -> Bool {
    guard let submitted, let latest else { return false }
    return submitted < latest
  }

  /// The note for a row that repeats the e-mail address of an earlier line.
  static func repeatNote(firstLine: Int, older: Bool) -> String {
    older
      ? "repeats the e-mail of line \(firstLine) but was submitted before it; the later answers are kept, and this row fills only what they leave empty"
      : "repeats the e-mail of line \(firstLine); its answers replace the earlier ones"
  }

  /// Lays the valid row at position `row` over the existing person at `index`: a person of
  /// another name is left as they are (`otherPeople`); otherwise the row fills the person's
  /// empty fields and lists its other answers as not applied (`ReimportFill`), or with
  /// `updatesExisting` replaces every field it answers.
  private mutating func take(row: Int, line: Int, into index: Int, answered: ImportFieldSet, report: inout ImportReport) {
    let before = existing[index]
    let incoming = rows[row].name
    if !PersonName.mayBeSamePerson(before.name, incoming) {
      otherPeople.append(OtherPerson(email: before.email, id: before.id, registered: before.name, line: line, name: incoming))
      let row = takeOut(row)
      count(before.category, line: line)
      // Whoever answers from the address, a withdrawn consent is applied: it must never wait
      // (`Γιώργος` registered, `Giorgos` saying no from the same address).
      if answered.contains(.publishName) && !row.publishName && withdrawConsent(at: index) {
        report.updated.append(.init(line: line, id: before.id, fields: ["publish_name"]))
      } else {
        report.unchanged.append((line, before.id))
      }
      return
    }
    if rows[row].status == .waitlisted && before.holdsPlace {
      report.notes.append(
        .init(
          line: line, field: "status",
          message: "the export puts \(before.id) on its waiting list, but \(before.id) holds a place here "
            + "(\(before.status.rawValue)) and keeps it: an import changes no status participants.csv holds; "
            + "`convene participants cancel \(before.id)` if the place is to be given up"))
    }
    var merged: Participant
    var differs = false
    if updatesExisting {
      var applied = answered
      if Self.shortens(before.name, to: incoming) || Self.losesMarks(before.name, to: incoming) {
        applied.remove(.name)
        differs = true
        report.notApplied.append(.init(line: line, id: before.id, differences: [.init(field: "name", kept: before.name, export: incoming)]))
      }
      merged = RegistrationImport.merge(takeOut(row), into: before, answered: applied)
    } else {
      let filled = filledBefore[index] ?? ReimportFill.filledFields(of: before)
      filledBefore[index] = filled
      let fill = ReimportFill(takeOut(row), into: before, filledBefore: filled, answered: answered)
      merged = fill.merged
      differs = !fill.differences.isEmpty
      if differs { report.notApplied.append(.init(line: line, id: before.id, differences: fill.differences)) }
    }
    existing[index] = merged
    touchedExisting[index] = true
    count(merged.category, line: line)
    if merged != before {
      report.updated.append(.init(line: line, id: merged.id, fields: RegistrationImport.changedFields(before, merged)))
    } else if !differs {
      report.unchanged.append((line, merged.id))
    }
  }

  /// True when `incoming` is `stored` with words left out, or cut short or to their initials,
  /// or `stored` cut short (`Mamadou Saliou`, `M. S. Diallo`, `Mamadou Sal. Diallo` or `Mamadou
  /// Sali` for `Mamadou Saliou Diallo`): an export whose name columns were read short or cut at a width, or a form that
  /// asked for less; `--update` never shortens a stored name, and lists the export's as not
  /// applied.
  static func shortens(_ stored: String, to incoming: String) -> Bool {
    let cutShort = incoming.folded.trimmed
    if !cutShort.isEmpty, cutShort.count < stored.folded.trimmed.count, stored.folded.trimmed.hasPrefix(cutShort) {
      return true
    }
    let kept = PersonName.words(stored), export = PersonName.words(incoming)
    guard !export.isEmpty, export.count <= kept.count else { return false }
    var unused = kept
    var cut = false
    for word in export {
      if let index = unused.firstIndex(of: word) {
        unused.remove(at: index)
      } else if let stem = cutStem(word),
        let index = unused.firstIndex(where: { $0.count > stem.count && $0.starts(with: stem) })
      {
        unused.remove(at: index)
        cut = true
      } else {
        return false
      }
    }
    return cut || export.count < kept.count
  }

  /// True when `incoming` is `stored` written poorer: the same letters once folded, with
  /// fewer marked letters (`Nguyen Van Minh` for `Nguyễn Văn Minh`, `احمد` for `أحمد`: an
  /// export through a tool that drops accents or hamzas) or in capitals alone where `stored`
  /// is not; `--update` keeps the stored spelling and lists the export's as not applied. A
  /// richer spelling (`Nguyễn` for `NGUYEN`) is applied.
  static func losesMarks(_ stored: String, to incoming: String) -> Bool {
    guard stored != incoming, stored.folded == incoming.folded else { return false }
    // Letters that folding changes beyond their case: accented, with a hamza, and the like.
    func marked(_ text: String) -> Int {
      text.filter { $0.isLetter && String($0).folded != String($0).lowercased() }.count
    }
    if marked(incoming) < marked(stored) { return true }
    return !incoming.contains(where: \.isLowercase) && stored.contains(where: \.isLowercase)
  }

  /// A folded word without the full stops that end an abbreviation (`m.` → `m`, `sal.` →
  /// `sal`), or nil for one of full stops alone: an initial, or a word cut short, when a
  /// stored word begins with it.
  static func cutStem(_ word: [UInt8]) -> ArraySlice<UInt8>? {
    var letters = word[...]
    while letters.last == UInt8(ascii: ".") { letters = letters.dropLast() }
    return letters.isEmpty ? nil : letters
  }

  /// A dictionary's entry, read through the access that inserts the default when the key is
  /// missing.
  private static func entry(_ slot: inout Slot) -> Slot { slot }

  /// The participant of a row, moved out of the list (an empty one is left in its place).
  private mutating func takeOut(_ row: Int) -> Participant {
    var taken = RowReading.empty
    swap(&taken, &rows[row])
    return taken
  }

  /// Counts the person with `category` if it is none.
  private mutating func count(_ category: String, line: Int) {
    guard category.isEmpty else { return }
    withoutCategory.count += 1
    if withoutCategory.lines.count < QualityGate.sampleLines { withoutCategory.lines.append(line) }
  }

  /// Every participant: the existing ones, then the new ones with their ids and statuses, in
  /// the order they registered.
  mutating func finish(event: Event, retired: Set<String>, report: inout ImportReport) -> [Participant] {
    var places = PlaceCounter(event: event, participants: existing)
    // A place free for someone already waiting (a quota raised, a cancellation written into
    // participants.csv) is theirs, given by `participants promote`, not a newcomer's.
    let waiting = PlaceCounter.promotable(existing, at: event)
    for person in waiting { places.take(person.category) }
    report.placesKeptFor = waiting.map(\.id)
    var ids = IDAllocator(existing: existing.map(\.id) + retired)
    let order = Self.registrationOrder(newRows)
    var added = takeNewPeople()
    Self.permute(&added, into: order)
    for index in added.indices {
      added[index].id = ids.next()
      if added[index].status == .waitlisted {
        continue  // the form tool's waiting list: no place taken
      } else if places.hasPlace(for: added[index].category) {
        places.take(added[index].category)
      } else {
        added[index].status = .waitlisted
      }
    }
    let entries = Self.addedInFileOrder(added, order: order, rows: newRows)
    // Taken as it is when the report lists no one yet (the first import): not copied.
    if report.added.isEmpty { report.added = entries } else { report.added += entries }
    var people = existing
    existing = []
    if people.isEmpty {
      swap(&people, &added)
    } else {
      people.reserveCapacity(people.count + added.count)
      people += added
    }
    return people
  }

  /// The new people in file order, each moved down over the rows before it that added no one.
  private mutating func takeNewPeople() -> [Participant] {
    var added: [Participant] = []
    swap(&added, &rows)
    added.withUnsafeMutableBufferPointer { buffer in
      // Every position from `position` to the row's own holds an empty participant.
      for (position, row) in newRows.enumerated() { buffer.swapAt(position, row.order) }
    }
    added.removeLast(added.count - newRows.count)
    return added
  }

  /// Puts `elements[order[i]]` at `i`, following the permutation's cycles with swaps that
  /// move elements, so that none is copied.
  static func permute<Element>(_ elements: inout [Element], into order: [Int]) {
    var placed = [Bool](repeating: false, count: order.count)
    elements.withUnsafeMutableBufferPointer { elements in
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
  }

  /// True when the person at `index` of the finished list was touched by this import.
  func isTouched(_ index: Int) -> Bool { index >= existingCount || touchedExisting[index] }

  /// The report's entries of the new people (`added`, in registration `order`), in file
  /// order: `rows` are in file order, so each entry goes to its row's place, and nothing is
  /// sorted.
  static func addedInFileOrder(_ added: [Participant], order: [Int], rows: [NewRow]) -> [ImportReport.Added] {
    var index = [Int](repeating: 0, count: order.count)
    for (position, row) in order.enumerated() { index[row] = position }
    return index.enumerated().map { row, position in
      .init(
        line: rows[row].line, id: added[position].id, name: added[position].name,
        waitlisted: added[position].status == .waitlisted)
    }
  }

  /// The lines of the new people without a submission time, when others have one: the
  /// registration order is then the file's (`registrationOrder`).
  var untimedLines: [Int] {
    let untimed = newRows.filter { $0.submitted == nil }
    return untimed.count < newRows.count ? untimed.map(\.line) : []
  }

  /// The positions of `rows` by submission time when every row has one, else in file order.
  static func registrationOrder(_ rows: [NewRow]) -> [Int] {
    var keys: [(submitted: Int, order: Int, position: Int)] = []
    keys.reserveCapacity(rows.count)
    for (position, row) in rows.enumerated() {
      guard let submitted = row.submitted else { return Array(rows.indices) }
      keys.append((submitted, row.order, position))
    }
    // Each row's place in the file is its own: no two keys are equal.
    keys.sort { ($0.submitted, $0.order) < ($1.submitted, $1.order) }
    return keys.map(\.position)
  }
}
