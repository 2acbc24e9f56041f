import ConveneCSV
import ConveneCore

/// The rows of an export read into participants, in parts at the same time (see `RowSplit`).
/// Each part reads its rows in order with an answer cache and tallies of its own and puts its
/// participants straight into its own range of one list, one per row, so that nothing is
/// copied when the parts are put together and the outcome is the same however the rows are cut.
struct RowReading {
  /// What a row that was not rejected says besides its participant.
  struct Facts {
    /// The fields it answered.
    var answered = ImportFieldSet()
    /// When it was submitted (seconds since 1970, UTC), if the file says.
    var submitted: Int?
  }

  /// One participant per row, in file order; a rejected row leaves an empty one.
  var people: [Participant]
  /// Per row, in file order.
  var facts: [Facts]
  /// The rejected rows (by position among the rows) and why, in file order.
  var rejections: [(row: Int, rejection: ImportReport.Rejected)]
  /// Notes about the rows that were not rejected, in file order.
  var notes: [(row: Int, note: ImportReport.Note)]
  /// The rows whose registration the form tool marks denied or cancelled, in file order: not
  /// read (each leaves an empty participant).
  var declined: [(row: Int, declined: ImportReport.Declined)]
  /// True when `shouldStop` stopped the reading before every row was read.
  var stopped = false
  /// The names of the rows that were not rejected.
  var names = QualityGate.NameTally()
  /// Cells that look double-encoded, the header's first.
  var mojibake: QualityGate.MojibakeTally
  /// The lines of rows one of whose cells holds what looks like a whole row (`QualityGate.holdsARow`).
  var swallowingRows: [Int] = []
  /// The statuses of each status column that could not be read, in the order of the columns.
  var statuses: [StatusTally]

  /// What a rejected row leaves in `people`.
  static let empty = Participant(id: "", name: "", email: "")

  /// Reads every row of `table`, leaving out those that one of the `statusColumns` (Zoom's
  /// approval status, Eventbrite's order and attendee statuses, a question whether the person
  /// will come, a `Cancelled` box) says are denied or cancelled (`StatusColumn.combined`),
  /// putting those one says are on a waiting list on the waitlist and counting, column by
  /// column, the statuses it cannot read of the rows imported; `shouldStop`, asked every 256
  /// rows, stops the reading (see `stopped`). What `statusWords` says a status means comes
  /// before the table's reading.
  init(
    _ table: ImportSheet.Table, columns: ImportColumns, dates: ImportDates, event: Event,
    genderLetters: [String: String], statusColumns: [StatusColumn] = [],
    statusWords: StatusWordChoices = StatusWordChoices(), split: RowSplit, shouldStop: @Sendable () -> Bool = { false }
  ) {
    let rows = table.rows
    let width = table.header.count
    let (people, parts) = ParallelMap.build(count: rows.count, in: split.ranges(rows.count)) {
      (range, people: inout ParallelMap.PartBuffer<Participant>) -> Part in
      Part(
        rows: rows, range, width: width, columns: columns, dates: dates, event: event, genderLetters: genderLetters,
        statusColumns: statusColumns, statusWords: statusWords, shouldStop: shouldStop, into: &people)
    }
    self.people = people
    facts = []
    facts.reserveCapacity(rows.count)
    rejections = []
    notes = []
    declined = []
    mojibake = QualityGate.mojibake(header: table.header, line: table.headerLine)
    statuses = statusColumns.map { StatusTally(column: $0, choices: statusWords) }
    for part in parts {
      facts += part.facts
      rejections += part.rejections
      notes += part.notes
      declined += part.declined
      names.add(part.names)
      mojibake.add(part.mojibake)
      swallowingRows += part.swallowingRows
      for index in statuses.indices { statuses[index].add(part.statuses[index]) }
      stopped = stopped || part.stopped
    }
  }

  /// The participants, left to the caller (the reading keeps none).
  mutating func takePeople() -> [Participant] {
    var taken: [Participant] = []
    swap(&taken, &people)
    return taken
  }

  /// What one part of the rows gives besides its participants.
  struct Part: Sendable {
    var facts: [Facts] = []
    var rejections: [(row: Int, rejection: ImportReport.Rejected)] = []
    var notes: [(row: Int, note: ImportReport.Note)] = []
    var declined: [(row: Int, declined: ImportReport.Declined)] = []
    var names = QualityGate.NameTally()
    var mojibake = QualityGate.MojibakeTally()
    var swallowingRows: [Int] = []
    var statuses: [StatusTally]
    var stopped = false

    /// Reads the rows of `range` (positions among `rows`) in order, appending their
    /// participants to `people`.
    init(
      rows: ExportRows, _ range: Range<Int>, width: Int, columns: ImportColumns, dates: ImportDates, event: Event,
      genderLetters: [String: String], statusColumns: [StatusColumn], statusWords: StatusWordChoices,
      shouldStop: () -> Bool, into people: inout ParallelMap.PartBuffer<Participant>
    ) {
      statuses = statusColumns.map { StatusTally(column: $0, choices: statusWords) }
      let answers = AnswerCache(matcher: CategoryMatcher(categories: event.categories))
      answers.genderLetters = genderLetters
      facts.reserveCapacity(range.count)
      for position in range {
        if position & 255 == 255, shouldStop() {
          stopped = true
          while people.count < range.count { people.append(RowReading.empty) }
          return
        }
        let record = rows[rows.startIndex + position]
        let bytes = record.bytes
        // Double-encoded text is told by its non-ASCII characters: an ASCII row holds none.
        if bytes.contains(.nonASCII) { mojibake.look(at: record, width: width) }
        if bytes.contains(.lineBreakStart), QualityGate.holdsARow(record, width: width) { swallowingRows.append(record.line) }
        let (status, decliner) = readStatus(of: record)
        if let decliner {
          declined.append((position, RegistrationImport.declined(record, by: decliner, among: statusColumns, columns: columns)))
          let stamp = dates.value(.timestamp, record: record.record)?.written
          facts.append(Facts(submitted: stamp?.secondsSinceEpoch(dates.order(of: .timestamp))))
          people.append(RowReading.empty)
          continue
        }
        let row = ImportRow(record: record, columns: columns, answers: answers, dates: dates, bytes: bytes)
        var person = Participant(id: "", name: "", email: "")
        guard row.read(into: &person) else {
          rejections.append((position, row.rejection!))
          facts.append(Facts())
          people.append(Participant(id: "", name: "", email: ""))
          continue
        }
        // The form tool's waiting list holds no place: the person joins convene's.
        if status == .waitlisted { person.status = .waitlisted }
        for note in row.notes { notes.append((position, note)) }
        names.add(person.name, line: record.line)
        facts.append(Facts(answered: row.answered, submitted: row.submitted))
        people.append(consume person)
      }
    }

    /// What the status columns say of `record` together (`StatusColumn.combined`), and the
    /// first column that declines it; the unknown statuses of a row not declined are counted.
    mutating func readStatus(of record: ExportRow) -> (RegistrationStatusWords.Reading, decliner: StatusColumn?) {
      guard !statuses.isEmpty else { return (.registered, nil) }
      var readings: [RegistrationStatusWords.Reading] = []
      readings.reserveCapacity(statuses.count)
      for index in statuses.indices {
        readings.append(statuses[index].reading(of: record[statuses[index].column.index].trimmedCell))
      }
      if let first = readings.firstIndex(of: .declined) { return (.declined, statuses[first].column) }
      for index in statuses.indices where readings[index] == .unknown {
        statuses[index].countUnread(record[statuses[index].column.index].trimmedCell, line: record.line)
      }
      return (StatusColumn.combined(readings), nil)
    }
  }
}
