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
  /// The statuses of the approval column that could not be read.
  var statuses = StatusTally()

  /// What a rejected row leaves in `people`.
  static let empty = Participant(id: "", name: "", email: "")

  /// Reads every row of `table`, leaving out those whose `approval` cell (Zoom's approval
  /// status, or the answer to a question whether the person will come when
  /// `approvalIsQuestion`) is denied or cancelled (`RegistrationStatusWords`), putting those
  /// it says are on a waiting list on the waitlist and counting those it cannot read;
  /// `shouldStop`, asked every 256 rows, stops the reading (see `stopped`). What `statusWords`
  /// says a status means comes before the table's reading.
  init(
    _ table: ImportSheet.Table, columns: ImportColumns, dates: ImportDates, event: Event,
    genderLetters: [String: String], approval: Int?, approvalIsQuestion: Bool = false,
    statusWords: StatusWordChoices = StatusWordChoices(), split: RowSplit, shouldStop: @Sendable () -> Bool = { false }
  ) {
    let rows = table.rows
    let width = table.header.count
    let (people, parts) = ParallelMap.build(count: rows.count, in: split.ranges(rows.count)) {
      (range, people: inout ParallelMap.PartBuffer<Participant>) -> Part in
      Part(
        rows: rows, range, width: width, columns: columns, dates: dates, event: event, genderLetters: genderLetters,
        approval: approval, approvalIsQuestion: approvalIsQuestion, statusWords: statusWords, shouldStop: shouldStop,
        into: &people)
    }
    self.people = people
    facts = []
    facts.reserveCapacity(rows.count)
    rejections = []
    notes = []
    declined = []
    mojibake = QualityGate.mojibake(header: table.header, line: table.headerLine)
    statuses = StatusTally(choices: statusWords)
    for part in parts {
      facts += part.facts
      rejections += part.rejections
      notes += part.notes
      declined += part.declined
      names.add(part.names)
      mojibake.add(part.mojibake)
      statuses.add(part.statuses)
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
    var statuses: StatusTally
    var stopped = false

    /// Reads the rows of `range` (positions among `rows`) in order, appending their
    /// participants to `people`.
    init(
      rows: ExportRows, _ range: Range<Int>, width: Int, columns: ImportColumns, dates: ImportDates, event: Event,
      genderLetters: [String: String], approval: Int?, approvalIsQuestion: Bool, statusWords: StatusWordChoices,
      shouldStop: () -> Bool, into people: inout ParallelMap.PartBuffer<Participant>
    ) {
      statuses = StatusTally(choices: statusWords)
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
        let status =
          approval.map { statuses.read(record[$0].trimmedCell, line: record.line, isAnswer: approvalIsQuestion) }
        if let approval, status == .declined {
          declined.append((position, RegistrationImport.declined(record, approval: approval, columns: columns)))
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
  }
}
