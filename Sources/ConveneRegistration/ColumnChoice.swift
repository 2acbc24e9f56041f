import ConveneCSV
import ConveneCore

/// Where a row's name or e-mail address is read from, when several columns could give it: a
/// Microsoft Forms export has the respondent's account (`Email`, `Name`, often "anonymous")
/// before the questions (`Email address`, `Full name`); a Zoom report has the screen name
/// (`User Name (Original Name)`) beside `First Name` and `Last Name`.
///
/// The choice goes by content first: a column whose values are all placeholders ("anonymous",
/// blank-ish, or one value repeated on every row of three or more) never wins over one with
/// real values. Then by header: a full-name header of the language table (`Full name`, `Nom
/// complet`) before first and last name, those before a bare `Name`, then a screen or account
/// name, and a header that merely mentions a name last (`Name of the person who referred
/// you`); for e-mails, a header that is one of the table's e-mail headers (`Email Address`)
/// before one that merely mentions an e-mail (`Supervisor's email`). Among equals, the first
/// column — but when two equals hold different values on some row, neither header says which
/// is the person's, and `tie` names them for a warning. A row whose chosen column is empty
/// takes its value from the next source that has one.
struct ColumnChoice {
  /// A column, or the columns of a name's parts in the order they are written (given name,
  /// middle name, family name, second family name).
  enum Source: Equatable {
    case column(Int)
    case parts([Int])
  }

  /// What one source holds over all rows.
  struct Tally {
    var usable = 0
    var filled = 0
    var firstValue: String?
    var allSame = true

    mutating func add(_ value: String, usable isUsable: Bool) {
      guard !value.isEmpty else { return }
      filled += 1
      if isUsable { usable += 1 }
      if let firstValue {
        if allSame && value != firstValue { allSame = false }
      } else {
        firstValue = value
      }
    }

    /// True when the values stand for nothing: none usable, or one value on every row of
    /// three or more.
    var isPlaceholder: Bool { usable == 0 || (allSame && filled >= 3) }

    /// Why a source of this content was passed over, in words.
    var reason: String? {
      if filled == 0 { return "it is empty" }
      if let firstValue, allSame, filled >= 3 { return "every row says \"\(firstValue)\"" }
      return usable == 0 ? "no row holds a usable value" : nil
    }
  }

  /// One candidate.
  struct Candidate {
    var field: ImportField = .name
    var source: Source
    var header: String
    /// Lower is preferred (see the type's documentation).
    var rank: Int
    var tally = Tally()

    /// Why it was passed over for a source of rank `chosen`, in words.
    func reason(after chosen: Int) -> String {
      if let reason = tally.reason { return reason }
      if rank == ColumnChoice.accountRank {
        return field == .email ? "the account that answered the form" : "an account's or screen's name"
      }
      if rank == ColumnChoice.mentionRank && chosen < rank { return "its header only mentions \(field == .email ? "an e-mail" : "a name")" }
      return rank > chosen ? "a less specific header" : "an earlier column is read first"
    }
  }

  /// The sources in the order they are tried: the chosen one first.
  var sources: [Source]
  /// The headers of `sources`, and which of them are a form account's (`accountRank`).
  var headers: [String] = []
  var isAccount: [Bool] = []
  /// What was chosen and passed over, for the report; nil when there was no choice to make.
  var report: ImportReport.Choice?
  /// The column read and another of the same rank that holds a different value on some row:
  /// their headers, and the first such row with both values.
  var tie: Tie?

  struct Tie: Equatable {
    var field: ImportField
    var chosen: String
    var other: String
    var line: Int
    var values: (chosen: String, other: String)

    static func == (lhs: Tie, rhs: Tie) -> Bool {
      (lhs.field, lhs.chosen, lhs.other, lhs.line) == (rhs.field, rhs.chosen, rhs.other, rhs.line)
        && lhs.values == rhs.values
    }
  }

  /// Chooses among `candidates` for `field` by what `rows` hold; `usable` says whether a
  /// value counts.
  init(field: ImportField, candidates: [Candidate], rows: ExportRows?, usable: (String) -> Bool) {
    var tallied = candidates
    if candidates.count > 1, let rows {
      for row in rows {
        for index in tallied.indices {
          let value = Self.value(of: tallied[index].source, in: row)
          tallied[index].tally.add(value, usable: !value.isEmpty && usable(value))
        }
      }
    }
    let order = tallied.indices.sorted {
      let (a, b) = (tallied[$0], tallied[$1])
      return (a.tally.isPlaceholder ? 1 : 0, a.rank, $0) < (b.tally.isPlaceholder ? 1 : 0, b.rank, $1)
    }
    guard let best = order.first else {
      sources = []
      report = nil
      return
    }
    let tried = order.filter { $0 == best || !tallied[$0].tally.isPlaceholder }
    sources = tried.map { tallied[$0].source }
    headers = tried.map { tallied[$0].header }
    isAccount = tried.map { tallied[$0].rank == ColumnChoice.accountRank }
    if order.count > 1, let rows, case let second = order[1], !tallied[second].tally.isPlaceholder,
      tallied[second].rank == tallied[best].rank
    {
      tie = Self.tie(field: field, tallied[best], tallied[second], rows: rows)
    }
    report =
      tallied.count > 1
      ? ImportReport.Choice(
        field: field.rawValue, column: tallied[best].header,
        passedOver: order.dropFirst().map { (tallied[$0].header, tallied[$0].reason(after: tallied[best].rank)) })
      : nil
  }

  /// The first row where two sources hold different values (both non-empty), as a tie.
  static func tie(field: ImportField, _ chosen: Candidate, _ other: Candidate, rows: ExportRows) -> Tie? {
    for row in rows {
      let (one, two) = (value(of: chosen.source, in: row), value(of: other.source, in: row))
      guard !one.isEmpty, !two.isEmpty, one.folded != two.folded else { continue }
      return Tie(field: field, chosen: chosen.header, other: other.header, line: row.line, values: (one, two))
    }
    return nil
  }

  /// The source's value in `row`, trimmed; a name's parts are joined with a space, the empty
  /// ones left out.
  static func value(of source: Source, in row: ExportRow) -> String {
    switch source {
    case .column(let index): return cell(index, row)
    case .parts(let columns):
      return columns.map { cell($0, row) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
  }

  static func cell(_ index: Int, _ row: ExportRow) -> String { row[index].trimmedCell }

  /// The column the values come from when it is the only source.
  var onlyColumn: Int? {
    guard sources.count == 1, case .column(let index) = sources[0] else { return nil }
    return index
  }

  /// The first value in `row` that `usable` accepts, trying the sources in order; else the
  /// chosen source's value (which may be empty or a placeholder).
  func value(in row: ExportRow, usable: (String) -> Bool) -> String { reading(row, usable: usable).value }

  /// The same, with the place in `sources` of the source it came from.
  func reading(_ row: ExportRow, usable: (String) -> Bool) -> (value: String, source: Int) {
    guard let first = sources.first else { return ("", 0) }
    let chosen = Self.value(of: first, in: row)
    if sources.count == 1 || (!chosen.isEmpty && usable(chosen)) { return (chosen, 0) }
    for (place, source) in sources.enumerated().dropFirst() {
      let value = Self.value(of: source, in: row)
      if !value.isEmpty && usable(value) { return (value, place) }
    }
    return (chosen, 0)
  }

  /// The rank of a header that merely mentions a name or an e-mail.
  static let mentionRank = 4
  /// The rank of an account's or a screen's name, and of the e-mail of the account that
  /// answered a form.
  static let accountRank = 3

  /// The columns of the account that answered a Microsoft Forms form: its export always begins
  /// `ID`, `Start time`, `Completion time`, `Email`, `Name` (in the form's language), and the
  /// person's own name and address are the form's questions after them. A shared account (a
  /// secretariat answering for several people) fills `Email` with a real address that is not
  /// the person's, so the question's address wins whatever the account's holds.
  ///
  /// Google Forms, set to collect the respondents' addresses, writes the account's address
  /// second, after `Timestamp` (`Email Address`, `Adresse e-mail`): beside an address the form
  /// asks for, it is the account's too.
  /// The first header of a Microsoft Forms export in every language (`ID`, `Id`, `المعرف`),
  /// folded.
  static let formsIDHeaders = Set((["id"] + LanguagePack.words(\.headers, "forms_id")).map(\.folded))

  static func formsAccountColumns(_ cells: [ImportField?], header: [String]) -> Set<Int> {
    if cells.count > 2, cells[0] == .timestamp, cells[1] == .email, cells[2...].contains(.email) { return [1] }
    guard cells.count > 5, header.count > 5, formsIDHeaders.contains(header[0].folded),
      [cells[1], cells[2]].allSatisfy({ $0 == nil || $0 == .timestamp }), cells[3] == .email, cells[4] == .name,
      cells[5...].contains(.email)
    else { return [] }
    return [3, 4]
  }

  /// How preferred a name column is, from its header: 0 for a full-name header of the language
  /// table (`Full name`, `Nom complet`, `الاسم الكامل`), 2 for a bare `Name` (`Your name`), 3 for an account's
  /// or screen's name, 4 for a header that merely mentions a name (1 is the first/last pair).
  static func nameRank(_ header: String) -> Int {
    let words = header.folded.split(separator: " ").map(String.init)
    for phrase in FormToolWords.accountNames
    where ImportWords.contains(words, phrase.split(separator: " ").map(String.init)) {
      return accountRank
    }
    if words.count <= 1 || words.count == 2 && possessives.contains(words[0]) { return 2 }
    return isFieldHeader(header, fullNames) ? 0 : mentionRank
  }

  /// How preferred an e-mail column is: 0 for one of the language table's e-mail headers
  /// (`Email Address`, `Adresse e-mail`), 2 for one of them with words that say which of the
  /// person's addresses it is (`Personal email`, `E-mail para contato`, `Correo electrónico
  /// personal`: before a form account's, and two of them a tie), 4 for a header that merely
  /// mentions an e-mail (`Supervisor's email`).
  static func emailRank(_ header: String) -> Int {
    if isFieldHeader(header, emailHeaders) { return 0 }
    var words = ImportField.question(of: header).folded.split(separator: " ").map(String.init)
    if let first = words.first, possessives.contains(first), words.count > 1 { words.removeFirst() }
    for owner in emailOwnerWords where words.count > owner.count {
      if words.starts(with: owner) && emailHeaders.contains(words.dropFirst(owner.count).joined(separator: " ")) { return 2 }
      if words.reversed().starts(with: owner.reversed()) && emailHeaders.contains(words.dropLast(owner.count).joined(separator: " ")) {
        return 2
      }
    }
    return mentionRank
  }

  /// The words that say which of a person's addresses an e-mail question asks for, in every
  /// language, folded into word lists.
  static let emailOwnerWords = LanguagePack.words(\.headers, "email_owner").map { $0.folded.split(separator: " ").map(String.init) }

  /// True when the header, or its part after a KoboToolbox group's slash, is one of `phrases`
  /// whole, give or take a possessive (`Your email`, `Votre nom complet`).
  static func isFieldHeader(_ header: String, _ phrases: Set<String>) -> Bool {
    return [header, ImportField.question(of: header)].contains { text in
      var words = text.folded.split(separator: " ").map(String.init)
      if let first = words.first, possessives.contains(first), words.count > 1 { words.removeFirst() }
      return phrases.contains(words.joined(separator: " "))
    }
  }

  /// The language table's name headers of more than one word, and its e-mail headers, folded.
  static let fullNames = Set(LanguagePack.words(\.headers, "name").map(\.folded).filter { $0.contains(" ") })
  static let emailHeaders = Set(LanguagePack.words(\.headers, "email").map(\.folded))
  /// Words that make a header the respondent's own (`your email`, `votre nom`, `su nombre`).
  static let possessives: Set<String> = ["your", "votre", "ton", "su", "tu", "seu", "sua", "o", "a", "el", "le", "la", "the"]
}

/// Answers that stand for no value (see `FormToolWords.placeholders`).
enum Placeholder {
  /// The first two characters of the placeholders that begin with two ASCII characters, as
  /// the bytes of one number (a dozen, looked through faster than hashed): a text that starts
  /// with two other ASCII letters is none, without folding it (every name goes through here).
  static let beginnings = Array(
    Set(FormToolWords.placeholders.compactMap { placeholder -> UInt16? in
      let bytes = Array(placeholder.utf8.prefix(2))
      guard bytes.count == 2, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
    }))
  static let longest = FormToolWords.placeholders.map(\.utf8.count).max() ?? 0
  /// The first two letters of every placeholder of two letters or more, folded
  /// (`String.foldedFirstTwo`).
  static let beginningLetters = Set(FormToolWords.placeholders.compactMap(\.foldedFirstTwo))

  /// True for "anonymous", "N/A", "-", "?", `مجهول`, and the like, and for a text with no letter
  /// left once folded (`ـــ`, tatweels only).
  static func matches(_ text: String) -> Bool {
    guard text.utf8.count <= 2 * longest + 8 else { return false }
    var scalars = text.unicodeScalars.makeIterator()
    if let first = scalars.next(), let second = scalars.next(), first.isASCII, second.isASCII, isLetter(first),
      isLetter(second)
    {
      return beginnings.contains(UInt16(lower(first)) << 8 | UInt16(lower(second))) && isPlaceholder(folding: text)
    }
    // A text whose folded form is two letters or more is a placeholder only if it starts as one.
    if let letters = text.foldedFirstTwo, !beginningLetters.contains(letters) { return false }
    return isPlaceholder(folding: text)
  }

  /// True for what `matches` says of any answer, and in a name cell for a courtesy title
  /// alone (`Mr.`, `Mme`, `السيد`), an e-mail address, and placeholders side by side (`Test
  /// Test`, `asdf asdf`).
  static func matchesName(_ text: String) -> Bool {
    if matches(text) { return true }
    // One pass over the bytes finds an `@` and the first space.
    let bytes = text.utf8
    var hasAt = false
    var space: String.Index?
    var index = bytes.startIndex
    while index != bytes.endIndex {
      switch bytes[index] {
      case UInt8(ascii: "@"): hasAt = true
      case UInt8(ascii: " ") where space == nil: space = index
      default: break
      }
      bytes.formIndex(after: &index)
    }
    if hasAt, EmailAddress.normalised(text) != nil { return true }
    guard let space else { return isCourtesyTitle(text) }
    // Placeholders written twice or more (`Test Test`, `xxx xxx`): the first word is looked
    // at first, which most names' first word fails at once.
    guard bytes.count <= 4 * longest, isNoName(text[..<space]) else { return false }
    return text[space...].split(separator: " ").allSatisfy(isNoName)
  }

  /// A word of a name that names no one: a placeholder or a courtesy title.
  static func isNoName(_ word: Substring) -> Bool {
    let word = String(word)
    return matches(word) || isCourtesyTitle(word)
  }

  /// The first two letters of every courtesy title of two letters or more, folded.
  static let titleBeginnings = Set(FormToolWords.courtesyTitles.compactMap(\.foldedFirstTwo))

  /// True for a courtesy title alone (`FormToolWords.courtesyTitles`). A word whose first two
  /// letters begin no title is not folded whole (names go through here).
  static func isCourtesyTitle(_ word: String) -> Bool {
    guard word.utf8.count <= 24 else { return false }
    if let letters = word.foldedFirstTwo, !titleBeginnings.contains(letters) { return false }
    return FormToolWords.courtesyTitles.contains(word.folded)
  }

  /// The rule itself: the text folds to nothing or to a placeholder.
  static func isPlaceholder(folding text: String) -> Bool {
    let folded = text.folded
    return folded.isEmpty || FormToolWords.placeholders.contains(folded)
  }

  /// True for an ASCII letter.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
  }

  /// An ASCII scalar's byte, in lower case.
  static func lower(_ scalar: Unicode.Scalar) -> UInt8 {
    let byte = UInt8(truncatingIfNeeded: scalar.value)
    return (0x41...0x5A).contains(byte) ? byte + 32 : byte
  }
}

extension String {
  /// The text trimmed (see `trimmed`), looking no further when it starts and ends with a
  /// visible ASCII character, as most cells do.
  var trimmedCell: String {
    let visible =
      utf8.withContiguousStorageIfAvailable { bytes in
        guard let first = bytes.first, let last = bytes.last else { return true }
        return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
      } ?? false
    return visible ? self : trimmed
  }
}
