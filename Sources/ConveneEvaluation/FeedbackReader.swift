import ConveneCSV
import ConveneCore
import ConveneJSON
import ConveneSpreadsheet

/// Reads returned feedback files: the form's JSON files, the CSV template, Google Forms and
/// KoboToolbox exports, as CSV or .xlsx. Columns are matched to answer fields by key (`satisfaction`,
/// `usefulness:s03`), after KoboToolbox group prefixes (`group_feedback/satisfaction`), by
/// the question's text in any of its languages (Google Forms), with `Question [Session
/// title]` for per-session grids, or as `--map COLUMN=FIELD` says.
public struct FeedbackReader: Sendable {
  /// What the columns of a CSV file hold.
  enum ColumnRole: Equatable {
    case answer(String)
    case participant, email, submittedAt, responseID, language
    /// The event the row answers for (the follow-up template's `event`).
    case event
    /// Left out: a tool's own column, or one `--map COLUMN=ignore` leaves out.
    case ignored
    /// A column that names nothing the reader knows: left out, unless it reads like one of the
    /// event's questions (`columnRoles`).
    case unread
  }

  /// The identity and metadata columns, by folded header, in every language of
  /// `LanguagePack.all` (the meanings `participant`, `email`, `timestamp`, `response` and
  /// `answer_language` of its `headers`), and the keys of the CSV template.
  static let metadata: [String: ColumnRole] = {
    var roles: [String: ColumnRole] = [
      "participant": .participant, "email": .email, "submitted at": .submittedAt, "response": .responseID,
      "language": .language, "event": .event,
    ]
    let meanings: [(String, ColumnRole)] = [
      ("participant", .participant), ("email", .email), ("timestamp", .submittedAt), ("response", .responseID),
      ("answer_language", .language),
    ]
    for (meaning, role) in meanings {
      for word in LanguagePack.words(\.headers, meaning) where roles[word.folded] == nil {
        roles[word.folded] = role
      }
    }
    return roles
  }()

  /// What kind of returned form a reader reads: the `format` its JSON files carry and the
  /// word for them in messages.
  public struct FormKind: Sendable, Equatable {
    /// The start of the JSON files' `format` (`convene-feedback`).
    public var format: String
    /// What the files are called in messages (`feedback`).
    public var noun: String

    /// Creates a kind.
    public init(format: String, noun: String) {
      self.format = format
      self.noun = noun
    }

    /// The feedback form's files.
    public static let feedback = FormKind(format: "convene-feedback", noun: "feedback")
  }

  /// The questionnaire answers are read against.
  public let questionnaire: FeedbackQuestionnaire
  /// `COLUMN=FIELD` overrides, by column header.
  public let columnMap: [String: String]
  /// The form whose files are read.
  public let kind: FormKind
  /// The code pages of the event's languages, which settle a close call in a CSV export.
  public let codePages: [SourceEncoding]
  /// The order of day and month in submission times that no value proves (`--date-order`):
  /// nil to decide from the event's days, or refuse.
  public var dateOrder: DateOrder?
  /// The registered participants' names, folded as names are matched: a file that says who
  /// answered by name only is refused, not read as anonymous.
  public var registeredNames: Set<String> = []

  /// Creates a reader; `columnMap` maps column headers to answer keys or to `participant`,
  /// `email`, `submitted_at`, `response`, `language`; a CSV export in a legacy code page is
  /// read preferring the code pages of `languages` (the event's) in a close call.
  public init(
    questionnaire: FeedbackQuestionnaire, columnMap: [String: String] = [:], kind: FormKind = .feedback,
    languages: [String] = []
  ) {
    self.questionnaire = questionnaire
    self.columnMap = columnMap
    self.kind = kind
    self.codePages = SourceEncoding.codePages(forLanguages: languages)
  }

  /// The submissions in one file, or the reason the whole file was rejected; rows that could
  /// not be read are rejected one by one.
  public func read(
    file name: String, bytes: [UInt8]
  ) -> (submissions: [FeedbackSubmission], rejections: [FeedbackRejection]) {
    let lower = name.lowercased()
    if lower.hasSuffix(".json") { return readForm(file: name, bytes: bytes) }
    if [".csv", ".tsv", ".txt", ".xlsx"].contains(where: lower.hasSuffix) {
      return readTable(file: name, bytes: bytes)
    }
    return (
      [],
      [
        FeedbackRejection(
          source: name, reason: "not a \(kind.noun) file (the form's .json, or a .csv or .xlsx export)")
      ]
    )
  }

  // MARK: - The form's JSON files

  func readForm(file: String, bytes: [UInt8]) -> ([FeedbackSubmission], [FeedbackRejection]) {
    func reject(_ reason: String) -> ([FeedbackSubmission], [FeedbackRejection]) {
      ([], [FeedbackRejection(source: file, reason: reason)])
    }
    // A file opened and saved again in a Windows editor may begin with a byte-order mark.
    let skipped = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let body = Array(bytes.dropFirst(skipped))
    // The form saves UTF-8: another byte would be stored as U+FFFD, the answer changed unseen.
    if let offset = Self.firstInvalidByte(in: body) {
      let byte = String(body[offset], radix: 16, uppercase: true)
      return reject("byte \(offset + skipped) (0x\(byte)) is not UTF-8; the form saves its files in UTF-8")
    }
    let document: JSONNode
    do {
      document = try JSONParser.parse(String(decoding: body, as: UTF8.self))
    } catch {
      return reject("not valid JSON (line \(error.line): \(error.reason))")
    }
    guard document.members != nil else {
      return reject("not a \(kind.noun) file: the JSON is not an object")
    }
    guard let format = document["format"]?.string, format.hasPrefix(kind.format) else {
      return reject("not a \(kind.noun) file saved by the form (no \"format\": \"\(kind.format)\")")
    }
    // Who answered, and the form's own fields, are text: a number or a list there would
    // otherwise read as no one, an answer named counted as anonymous.
    for field in ["response", "participant", "email", "language", "event"] {
      if let node = document[field], node.string == nil, node.value != .null {
        return reject("\(field): \(node.typeName) where the form writes text")
      }
    }
    guard let answers = document["answers"]?.members else {
      return reject("has no \"answers\" object")
    }
    var raw: [String: String] = [:]
    for (key, value) in answers {
      if let nested = value.members {
        for (session, inner) in nested {
          raw[FeedbackResponse.key(question: key, session: session)] = Self.text(inner)
        }
      } else {
        raw[key] = Self.text(value)
      }
    }
    // The form writes the time it was saved: without it neither "the latest answer counts" nor
    // "given after the event ended" could be applied.
    guard let submittedNode = document["submitted_at"] else {
      return reject("submitted_at: missing (the form writes the date and time it was saved)")
    }
    guard let submitted = submittedNode.string,
      let stamp = SubmissionTime.utc(submitted, timezone: questionnaire.event.timezone)
    else {
      return reject("submitted_at: \"\(QuotedValue.shown(Self.text(submittedNode)))\" is not a date and time")
    }
    return (
      [
        FeedbackSubmission(
          source: file, responseID: document["response"]?.string ?? "",
          participant: document["participant"]?.string?.trimmed ?? "",
          email: document["email"]?.string?.trimmed ?? "",
          submittedAt: stamp,
          language: document["language"]?.string ?? "", event: document["event"]?.string,
          answers: raw)
      ], []
    )
  }

  /// True for a column of times a server writes in UTC without an offset (KoboToolbox's
  /// `_submission_time`, also under a group prefix).
  static func isServerTime(_ header: String) -> Bool {
    let name = header.trimmed.lowercased()
    return name == "_submission_time" || name.hasSuffix("/_submission_time")
  }

  /// The offset of the first byte of `bytes` that is not UTF-8, or nil.
  static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
    var offset = 0
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  static func text(_ node: JSONNode) -> String {
    switch node.value {
    case .string(let text): text
    case .number(let number): JSONWriter.format(number)
    case .bool(let flag): flag ? "yes" : "no"
    default: ""
    }
  }

  // MARK: - CSV files

  /// A form tool's export: a CSV or text file in any encoding, or an .xlsx workbook's first
  /// sheet (KoboToolbox's default export, Microsoft Forms' only one), told apart by content.
  func readTable(file: String, bytes: [UInt8]) -> ([FeedbackSubmission], [FeedbackRejection]) {
    let table: CSVTable
    do {
      table = try ImportTable.read(bytes, preferring: codePages)
    } catch .text(let error) {
      return ([], [FeedbackRejection(source: "\(file):\(error.line)", reason: error.reason)])
    } catch {
      return ([], [FeedbackRejection(source: file, reason: error.description)])
    }
    if let formulas = UnstoredFormulas.refusal(in: table) {
      return ([], [FeedbackRejection(source: file, reason: formulas)])
    }
    if let sheet = table.sheet, table.header.isEmpty {
      return (
        [],
        [
          FeedbackRejection(
            source: file,
            reason: "its first sheet, \"\(sheet)\", is empty: delete the empty sheet so that the answers come first, "
              + "or export the sheet that holds them as CSV")
        ]
      )
    }
    if let sheet = table.sheet, let others = try? ImportTable.otherSheetsHoldingCells(bytes, besides: sheet),
      !others.isEmpty
    {
      // Google Sheets' `Form responses 2`, begun when the form was linked again: its answers
      // are not on the first sheet.
      return (
        [],
        [
          FeedbackRejection(
            source: file,
            reason: "its sheet\(others.count == 1 ? "" : "s") " + others.map { "\"\($0)\"" }.joined(separator: ", ")
              + " also hold\(others.count == 1 ? "s" : "") cells, and only the first, \"\(sheet)\", is read: save each "
              + "sheet of answers as a file of its own in the folder (a CSV download of each), or delete the sheets that hold none")
        ]
      )
    }
    let roles: [ColumnRole]
    switch columnRoles(of: table.header, file: file) {
    case .success(let found): roles = found
    case .failure(let rejection): return ([], [rejection])
    }
    if let unread = Self.unreadAddresses(table, roles: roles) ?? unreadNames(table, roles: roles) {
      return ([], [FeedbackRejection(source: file, reason: unread)])
    }
    if let hidden = HiddenCells.refusal(in: table, isRead: { $0 < roles.count && roles[$0] != .ignored && roles[$0] != .unread }) {
      return ([], [FeedbackRejection(source: file, reason: hidden)])
    }
    var monthFirst = false
    if let column = roles.firstIndex(of: .submittedAt) {
      let stamps = table.rows.compactMap { column < $0.fields.count ? $0.fields[column] : nil }
      switch stampOrder(stamps, column: table.header[column]) {
      case .success(let order): monthFirst = order
      case .failure(let problem): return ([], [FeedbackRejection(source: file, reason: problem.reason)])
      }
    }
    var submissions: [FeedbackSubmission] = []
    var rejections: [FeedbackRejection] = []
    let language = headerLanguage(table.header, roles: roles)
    for row in table.rows where !row.isBlank {
      var (submission, rowRejections) = rowSubmission(
        row, roles: roles, header: table.header, monthFirst: monthFirst, file: file)
      if let language, submission?.language.isEmpty == true { submission?.language = language }
      rejections += rowRejections
      if let submission { submissions.append(submission) }
    }
    return (submissions, rejections)
  }

  /// The one language in which every question's column is written, when the header says (a
  /// Google Forms export whose columns are the French texts: `fr`); nil when a column is an
  /// id (`satisfaction`), or its text is the same in two languages, or the columns mix them.
  func headerLanguage(_ header: [String], roles: [ColumnRole]) -> String? {
    var languages: Set<String>?
    for (index, role) in roles.enumerated() where index < header.count {
      guard case .answer = role else { continue }
      let cell = header[index].trimmed
      let text = cell.hasSuffix("]") ? String(cell[..<(cell.lastIndex(of: "[") ?? cell.endIndex)]) : cell
      let folded = text.folded
      let written = Set(
        questionnaire.evaluation.questions.flatMap { question in
          question.text.filter { $0.value.folded == folded }.map(\.key)
        })
      guard !written.isEmpty else { return nil }
      languages = languages.map { $0.intersection(written) } ?? written
    }
    guard let languages, languages.count == 1 else { return nil }
    return languages.first
  }

  /// Why a file whose columns say nothing of who answered, but one of whose columns left unread
  /// holds the names of registered participants (a paper form typed up with `Nom` and
  /// `Organisation`), cannot be read: answers are matched by id or e-mail, and read as they are
  /// they would be anonymous.
  func unreadNames(_ table: CSVTable, roles: [ColumnRole]) -> String? {
    guard !registeredNames.isEmpty, !roles.contains(.participant), !roles.contains(.email) else { return nil }
    for (column, role) in roles.enumerated() where role == .unread {
      let cells = table.rows.compactMap { column < $0.fields.count ? $0.fields[column].trimmed : nil }.filter { !$0.isEmpty }
      let names = cells.filter { registeredNames.contains($0.foldedName) }.count
      guard !cells.isEmpty, 2 * names > cells.count else { continue }
      let header = QuotedValue.shown(table.header[column].trimmed)
      return "column \"\(header)\" holds the names of \(names) registered participant\(names == 1 ? "" : "s"), but answers are "
        + "matched by participant id or e-mail: add a column of their ids or addresses (read as it is, every answer "
        + "would be anonymous)"
    }
    return nil
  }

  /// Why a file whose columns say nothing of who answered, but one of whose columns left
  /// unread holds e-mail addresses (`Username`, `Nom d'utilisateur`), cannot be read: its
  /// answers would be taken as anonymous, and a person who answered twice counted twice.
  static func unreadAddresses(_ table: CSVTable, roles: [ColumnRole]) -> String? {
    guard !roles.contains(.participant), !roles.contains(.email) else { return nil }
    for (column, role) in roles.enumerated() where role == .unread {
      let cells = table.rows.compactMap { column < $0.fields.count ? $0.fields[column].trimmed : nil }.filter { !$0.isEmpty }
      let addresses = cells.filter { EmailAddress.normalised($0) != nil }.count
      guard !cells.isEmpty, 2 * addresses > cells.count else { continue }
      let header = QuotedValue.shown(table.header[column].trimmed)
      return "column \"\(header)\" holds e-mail addresses but no column is read as who answered: --map \"\(header)=email\" "
        + "reads it (without it every answer would be anonymous)"
    }
    return nil
  }

  /// Whether the submission times of a column write the month first: a value that proves its
  /// order (`13/03/2027`, `3/13/2027`) settles it, two that prove both refuse the file, and
  /// `dateOrder` (`--date-order`) settles the rest. When nothing does and some are read
  /// differently either way (`3/12/2027`), the order that puts more of them, and more than
  /// half, on the event's days or in the `answeringDays` after them decides (forms are answered at the event or
  /// soon after: `11/03/2027` after a workshop on 9-10 March is the 11th of March, not the 3rd
  /// of November; a test answer a week before does not unsettle the others), and where both
  /// put every one there, the nearer; otherwise the file is refused. Nearer alone
  /// decided before, and read `06/07/2027` and `04/06/2027` after a March event as 7 June and
  /// 6 April, keeping the older of two answers.
  func stampOrder(_ stamps: [String], column: String) -> Result<Bool, AnswerProblem> {
    let values = stamps.compactMap { WrittenDateTime($0) }
    let proofs = Set(values.compactMap(\.evidence))
    if proofs.count > 1 {
      return .failure(AnswerProblem("\(column): some dates are day/month and others month/day; export the file again"))
    }
    if let proof = proofs.first {
      if let dateOrder, dateOrder != proof {
        return .failure(AnswerProblem("\(column): --date-order \(dateOrder.rawValue) is given, but the dates are \(proof.words)"))
      }
      return .success(proof == .monthDayYear)
    }
    if let dateOrder { return .success(dateOrder == .monthDayYear) }
    guard values.contains(where: \.isAmbiguous), let start = questionnaire.event.days.first?.date.daysSinceEpoch,
      let end = questionnaire.event.days.last?.date.daysSinceEpoch
    else { return .success(false) }
    // Days after the event's last, summed over the values.
    func distance(_ order: DateOrder) -> Int {
      values.reduce(0) { $0 + max(0, ($1.date(order)?.daysSinceEpoch ?? end) - end) }
    }
    func fitting(_ order: DateOrder) -> Int {
      values.count { value in
        guard let day = value.date(order)?.daysSinceEpoch else { return false }
        return day >= start && day <= end + Self.answeringDays
      }
    }
    let (dayFirst, monthFirst) = (fitting(.dayMonthYear), fitting(.monthDayYear))
    if dayFirst != monthFirst && 2 * max(dayFirst, monthFirst) > values.count { return .success(monthFirst > dayFirst) }
    // Both within the month: the order that puts them nearer the event's days (`05/04/2027`
    // at an event on 5-6 April is that day, not the 4th of May).
    if dayFirst == values.count {
      let (dayFirstDistance, monthFirstDistance) = (distance(.dayMonthYear), distance(.monthDayYear))
      if dayFirstDistance != monthFirstDistance { return .success(monthFirstDistance < dayFirstDistance) }
    }
    let written = stamps.first { WrittenDateTime($0)?.isAmbiguous == true }?.trimmed ?? ""
    return .failure(
      AnswerProblem(
        "\(column): \"\(QuotedValue.shown(written))\" and the other dates read as day/month and as month/day alike, "
          + "and the event's dates do not tell which; give --date-order dmy or mdy, or export them with the year first "
          + "(2027-03-12) or the month's name"))
  }

  /// The days after the event within which every form read by the nearness of its dates was
  /// answered: a month.
  static let answeringDays = 31

  /// What each column of `header` holds; the file is rejected when a column names no question
  /// of the event or no column is a question.
  func columnRoles(of header: [String], file: String) -> Result<[ColumnRole], FeedbackRejection> {
    var roles: [ColumnRole] = []
    var problems: [String] = []
    for column in header {
      switch role(of: column) {
      case .success(let role): roles.append(role)
      case .failure(let problem):
        roles.append(.ignored)
        problems.append(problem.reason)
      }
    }
    problems += Self.repeatedAnswers(header, roles) + unreadQuestions(header, roles)
    guard problems.isEmpty else {
      return .failure(FeedbackRejection(source: file, reason: problems.joined(separator: "; ")))
    }
    guard roles.contains(where: { if case .answer = $0 { true } else { false } }) else {
      return .failure(
        FeedbackRejection(
          source: file,
          reason: "no column is a question of this event (use --map COLUMN=QUESTION)"))
    }
    return .success(roles)
  }

  /// Two columns giving the same answer (`Keynote: Cities` and `Keynote - cities` of one
  /// grid, a question asked twice): which one holds the answer is not known.
  static func repeatedAnswers(_ header: [String], _ roles: [ColumnRole]) -> [String] {
    var first: [String: Int] = [:]
    var problems: [String] = []
    for (index, role) in roles.enumerated() {
      guard case .answer(let key) = role else { continue }
      if let earlier = first[key] {
        problems.append(
          "columns \"\(QuotedValue.shown(header[earlier]))\" and \"\(QuotedValue.shown(header[index]))\" both give "
            + "\(key): which one holds the answer is not known (--map COLUMN=ignore leaves one out)")
      } else {
        first[key] = index
      }
    }
    return problems
  }

  /// Columns read as nothing whose header reads like one of the event's questions (a form's
  /// wording changed: `…knowledge of the topics?` beside the event's `…of its topics?`): their
  /// answers would be lost without a word.
  func unreadQuestions(_ header: [String], _ roles: [ColumnRole]) -> [String] {
    let read = Set(roles.compactMap { role -> String? in
      guard case .answer(let key) = role else { return nil }
      return String(key.split(separator: ":").first ?? "")
    })
    let unanswered = questionnaire.evaluation.questions.filter { !read.contains($0.id) }
    return roles.indices.compactMap { index in
      guard roles[index] == .unread,
        let question = likelyQuestion(header[index]) ?? likelyUnansweredQuestion(header[index], among: unanswered)
      else { return nil }
      let column = QuotedValue.shown(header[index].trimmed)
      let key = question.perSession ? "\(question.id):SESSION" : question.id
      return "column \"\(column)\" is not a question of this event but reads like \"\(question.text(in: "en"))\" "
        + "(\(question.id)): --map \"\(column)=\(key)\" reads it, --map \"\(column)=ignore\" leaves it out"
    }
  }

  /// The question whose text in some language shares most of its words with `header` (at
  /// least three quarters of both, words of four letters or more), if any.
  func likelyQuestion(_ header: String) -> Question? {
    guard let own = Self.headerWords(header) else { return nil }
    return questionnaire.evaluation.questions.first { question in
      question.text.values.contains { text in
        let theirs = Self.significantWords(text)
        return 4 * own.intersection(theirs).count >= 3 * max(own.count, theirs.count)
      }
    }
  }

  /// The folded words of four letters or more of `text`: what two wordings of a question are
  /// compared by.
  static func significantWords(_ text: String) -> Set<Substring> {
    Set(text.folded.split(separator: " ").filter { $0.count >= 4 })
  }

  /// The significant words of a header's question (before a grid's `[`), or nil when it has
  /// fewer than two: too few to say which question it reads like.
  static func headerWords(_ header: String) -> Set<Substring>? {
    let own = significantWords(header.split(separator: "[").first.map(String.init) ?? header)
    return own.count >= 2 ? own : nil
  }

  /// The question of `unanswered` (those no column of the file reads) whose text in some
  /// language shares at least half of its words with `header`, and more than any other does
  /// (`Globalement, êtes-vous satisfait·e de cet événement ?` for `Dans l'ensemble, êtes-vous
  /// satisfait·e de l'événement ?`): a wording changed more than `likelyQuestion` allows, for a
  /// question the file would otherwise leave without an answer.
  func likelyUnansweredQuestion(_ header: String, among unanswered: [Question]) -> Question? {
    guard let own = Self.headerWords(header) else { return nil }
    let scored = unanswered.map { question in
      (question, question.text.values.map { text -> Int in
        let theirs = Self.significantWords(text)
        let shared = own.intersection(theirs).count
        return shared >= 2 && 2 * shared >= max(own.count, theirs.count) ? shared : 0
      }.max() ?? 0)
    }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
    guard let best = scored.first, scored.dropFirst().first?.1 != best.1 else { return nil }
    return best.0
  }

  /// The submission of one row, or why it is rejected: a submission time that does not read
  /// (day and month in the order `monthFirst` says), more cells than the header has columns.
  func rowSubmission(
    _ row: CSVRecord, roles: [ColumnRole], header: [String], monthFirst: Bool, file: String
  ) -> (FeedbackSubmission?, [FeedbackRejection]) {
    var submission = FeedbackSubmission(source: "\(file):\(row.line)", answers: [:])
    var rejections: [FeedbackRejection] = []
    for (index, role) in roles.enumerated() where index < row.fields.count {
      let cell = CSVWriter.restored(row.fields[index])
      switch role {
      case .answer(let key): if !cell.trimmed.isEmpty { submission.answers[key] = cell }
      case .participant: submission.participant = cell.trimmed
      // Microsoft Forms writes `anonymous` where a form took no address: no one's, an
      // anonymous answer.
      case .email: submission.email = FormToolWords.placeholders.contains(cell.folded) ? "" : cell.trimmed
      case .responseID: submission.responseID = cell.trimmed
      case .language: submission.language = cell.trimmed
      case .event: if !cell.trimmed.isEmpty { submission.event = cell.trimmed }
      case .submittedAt:
        guard !cell.trimmed.isEmpty else { continue }
        // KoboToolbox's `_submission_time` is its server's UTC, written without an offset; a
        // form tool's own time without one is the owner's clock, taken as the event's.
        let zone = Self.isServerTime(header[index]) ? nil : questionnaire.event.timezone
        guard let stamp = SubmissionTime.utc(cell, monthFirst: monthFirst, timezone: zone) else {
          rejections.append(
            FeedbackRejection(
              source: submission.source,
              reason: "\(header[index]): \"\(QuotedValue.shown(cell))\" is not a date and time"))
          continue
        }
        submission.submittedAt = stamp
      case .ignored, .unread: continue
      }
    }
    guard rejections.isEmpty else { return (nil, rejections) }
    guard row.fields.count <= header.count else {
      return (
        nil,
        [
          FeedbackRejection(
            source: submission.source,
            reason: "has \(row.fields.count) cells but the header has \(header.count)")
        ]
      )
    }
    return (submission, [])
  }

  /// What a column holds, or why the file cannot be read (a per-session column for a session
  /// the event does not have).
  func role(of header: String) -> Result<ColumnRole, AnswerProblem> {
    let trimmed = header.trimmed
    if let mapped = columnMap[trimmed] {
      if mapped.folded == "ignore" { return .success(.ignored) }
      if let role = Self.metadata[mapped.folded] { return .success(role) }
      if questionnaire.field(mapped) != nil { return .success(.answer(mapped)) }
      return .failure(
        AnswerProblem("--map \(trimmed)=\(mapped): the event has no question \"\(mapped)\""))
    }
    if questionnaire.field(trimmed) != nil { return .success(.answer(trimmed)) }
    // Google Forms' grids first: a session's title may hold a `/` (`Ouverture / Opening`).
    if let grid = gridRole(trimmed) { return grid }
    // KoboToolbox: group prefixes (`group_feedback/satisfaction`), then its own metadata; its
    // names hold no space, and a header with spaces is a question's text.
    let parts = trimmed.contains(" ") ? [trimmed] : trimmed.split(separator: "/").map { String($0).trimmed }
    if let last = parts.last, parts.count > 1 {
      if questionnaire.field(last) != nil { return .success(.answer(last)) }
      if let role = Self.metadata[last.folded], !last.hasPrefix("_") { return .success(role) }
      let pair = parts.suffix(2)
      if let question = questionnaire.evaluation.question(pair.first!), question.perSession {
        return sessionField(question, session: pair.last!, header: trimmed)
      }
    }
    if trimmed.hasPrefix("_") {
      let folded = trimmed.folded
      return .success(Self.metadata[folded] ?? .ignored)
    }
    if parts.count > 1 { return .success(.ignored) }  // meta/instanceID, formhub/uuid
    // `usefulness:s03`, `usefulness[s03]`, `usefulness.s03`.
    for separator: Character in [":", "[", "."] {
      if let cut = trimmed.firstIndex(of: separator) {
        let id = String(trimmed[..<cut]).trimmed
        if let question = questionnaire.evaluation.question(id), question.perSession {
          let session = trimmed[trimmed.index(after: cut)...].trimmingCharacters(in: "]").trimmed
          return sessionField(question, session: session, header: trimmed)
        }
      }
    }
    let folded = trimmed.folded
    if let role = Self.metadata[folded] { return .success(role) }
    // Google Forms: the question's text.
    if let question = questionnaire.evaluation.questions.first(where: {
      !$0.perSession && ($0.id.folded == folded || $0.text.values.contains { $0.folded == folded })
    }) {
      return .success(.answer(question.id))
    }
    return .success(.unread)
  }

  /// Google Forms' grid of a per-session question: `Question text [Session title]`; nil for
  /// any other header.
  func gridRole(_ header: String) -> Result<ColumnRole, AnswerProblem>? {
    guard header.hasSuffix("]"), let open = header.lastIndex(of: "[") else { return nil }
    let text = String(header[..<open]).folded
    let session = String(header[header.index(after: open)..<header.index(before: header.endIndex)])
    guard
      let question = questionnaire.evaluation.questions.first(where: {
        $0.perSession && $0.text.values.contains { $0.folded == text }
      })
    else { return nil }
    return sessionField(question, session: session, header: header)
  }

  /// The field of a per-session question for the session a header names by id or title.
  func sessionField(_ question: Question, session: String, header: String) -> Result<
    ColumnRole, AnswerProblem
  > {
    let written = session.trimmed
    let sessions = questionnaire.fields.filter { $0.question.id == question.id }.compactMap(\.session)
    // The id, then the title as written, then the title folded (case, accents, punctuation):
    // two sessions whose titles fold alike (`Women - peacebuilders`, `Women – peacebuilders`)
    // are told apart by the title as written, or not at all.
    let matches = [
      sessions.filter { $0.id == written }, sessions.filter { $0.title.trimmed == written },
      sessions.filter { $0.title.folded == session.folded },
    ].first { !$0.isEmpty } ?? []
    if matches.count == 1 {
      return .success(.answer(FeedbackResponse.key(question: question.id, session: matches[0].id)))
    }
    if matches.count > 1 {
      let ids = matches.map(\.id)
      return .failure(
        AnswerProblem(
          "column \"\(header)\": \"\(written)\" is the title of \(ids.count) sessions (\(ids.joined(separator: ", "))): "
            + "--map \"\(header)=\(question.id):\(ids[0])\" says which"))
    }
    return .failure(
      AnswerProblem(
        "column \"\(header)\": the event has no session \"\(written)\" (was its title changed after the form was made?): "
          + "--map \"\(header)=\(question.id):SESSION\" names the session it asks about"))
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = self
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
