import Foundation

/// What a form tool's or an organiser's registration status says (Zoom's `Approval Status`,
/// Eventbrite's `Attendee Status`, a `Statut` column added by hand), read through the language
/// table's words: `declined` (the person is not coming), `attending` (the registration stands),
/// `waitlisted` (on a waiting list), `negations` (`not`, `ne … pas`, `não`, `لن`, `unable`,
/// `imposible`) and `statusFillers` (`to`, `de`, `the`, `registration`), which say nothing.
///
/// A status is cut into clauses at its punctuation, and each clause into runs of words the
/// table knows, one verb group each (`vai faltar`): a run means what its last word means
/// (`faltar`, will miss), reversed by each negation before it since the run before (`Não vai
/// faltar` is will not miss: attending). A status is declined when one of its runs is,
/// waitlisted when one is and none declines, and registered when every run attends. It is
/// `unknown` when a word is none of the table's (`Unable` before a table that lacked it read
/// `Unable to attend` as attending), when no run is found (`Jalisco`, `No`), when a negation is
/// left with no run after it in its clause (`Confirmed? No`) or reverses a waiting list: a
/// status the table cannot read with certainty is never taken for a registration. A clause of
/// none of the table's words beside a declined one is the reason given (`Withdrawn - travel`).
/// A mark is a word: a cross (`❌ ✗ ✘ ✖ ✕ × ☒ 🚫 👎`) declines, a tick (`✅ ✓ ✔ ☑ 👍`) attends, and
/// any other symbol is a word the table does not know. A check-in state (`Checked In`, `Not
/// Checked In`), with the negations before it, is a run that says nothing: every registrant is
/// not checked in before the event.
public enum RegistrationStatusWords {
  /// What a status says of the registration.
  public enum Reading: Equatable, Sendable {
    /// The registration stands (`Approved`, `Attending`, `Não vai faltar`), or nothing is said.
    case registered
    /// The person is not coming (`Cancelled`, `Absent`, `Non participant`, `N'a pas participé`).
    case declined
    /// The person is on a waiting list and holds no place (`Waitlisted`, `Lista de espera`).
    case waitlisted
    /// Neither could be read with certainty.
    case unknown
  }

  /// What the words of the table are, by their folded spelling (see `words(of:)`).
  enum Kind {
    case declined, attending, waitlisted, checkIn, negation, negationEnd, filler
  }

  /// What one run of a clause says.
  enum Run {
    case attends, declines, waits, unclear
    /// A check-in state: nothing said of the registration.
    case saysNothing
  }

  /// Every word and phrase of the table, folded, with its kind; a phrase of two kinds keeps the
  /// first of `declined`, `attending`, `waitlisted`, `checkIn`, `negation`, `negationEnd`, `filler`.
  static let lexicon: [String: Kind] = {
    var lexicon: [String: Kind] = [:]
    let lists: [(Kind, (LanguagePack) -> [String])] = [
      (.declined, \.values.declined), (.attending, \.values.attending),
      (.waitlisted, \.values.waitlisted), (.checkIn, \.values.checkIn), (.negation, \.values.negations),
      (.negationEnd, \.values.negationEnds), (.filler, \.values.statusFillers),
    ]
    for (kind, list) in lists {
      for phrase in LanguagePack.words(list) {
        let key = words(of: phrase).joined(separator: " ")
        if !key.isEmpty, lexicon[key] == nil { lexicon[key] = kind }
      }
    }
    lexicon[noMark] = .declined
    lexicon[yesMark] = .attending
    return lexicon
  }()

  /// The words a status's marks are read as: a cross (`✗`, `×`, a crossed box `☒`), a no-entry
  /// sign or a thumb down says the person is not coming, a tick (`✓`, a ticked box `☑`) or a
  /// thumb up that the registration stands; any other symbol is a word of none of the table's
  /// (`⭐`, an empty box `☐`), so its status is unknown. A letter `X` is no mark of this list: a
  /// cross to some and a box ticked to others, it is a word the table does not know.
  static let noMark = "<no>"
  static let yesMark = "<yes>"
  static let otherMark = "<mark>"
  static let marks: [Unicode.Scalar: String] = {
    var marks: [Unicode.Scalar: String] = [:]
    for scalar in "❌❎✗✘✖✕×☒🚫⛔👎".unicodeScalars { marks[scalar] = noMark }
    for scalar in "✅✓✔☑👍".unicodeScalars { marks[scalar] = yesMark }
    return marks
  }()

  /// True when `text` holds a symbol (`❌`, `✓`, `⭐`) or is a cross written as letters (`X`,
  /// `xx`): a mark, which is read, never taken for a blank cell.
  public static func holdsMark(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: isMark) || ["x", "xx", "xxx"].contains(text.folded)
  }

  /// `text` with each mark a clause of its own (`Cancelled ✓` is `Cancelled; ✓`, declined): a
  /// mark says what it says, never ending a run of the words before it.
  static func separatingMarks(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isMark) else { return text }
    var separated = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isMark(scalar) {
        separated.append(contentsOf: ";\(scalar);".unicodeScalars)
      } else {
        separated.append(scalar)
      }
    }
    return String(separated)
  }

  /// True for a symbol (not punctuation, not a skin tone, which only colours the one before).
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    if marks[scalar] != nil { return true }
    if (0x1F3FB...0x1F3FF).contains(scalar.value) { return false }
    switch scalar.properties.generalCategory {
    case .mathSymbol, .currencySymbol, .otherSymbol: return true
    default: return false
    }
  }

  /// The most words a phrase of the table has.
  static let longestPhrase = lexicon.keys.map { $0.split(separator: " ").count }.max() ?? 1

  /// The characters that end a clause of a status (`Approved, then cancelled`).
  static let clauseEnds: Set<Character> = [
    ",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "|", "/", "–", "—", "،", "؛", "؟",
  ]

  /// What `status` says; an empty status says nothing and leaves the registration standing.
  public static func reading(_ status: String) -> Reading {
    var found: [Run] = []
    var clauses = 0
    var asides = false
    // A hyphen between spaces ends a clause (`Withdrawn - travel`); one in a word does not
    // (`Non-participant`).
    let status = joiningUndoingPrefixes(separatingMarks(joiningBracketedEndings(status)))
      .replacingOccurrences(of: " - ", with: "; ")
    for clause in status.split(whereSeparator: clauseEnds.contains) {
      let words = words(of: String(clause))
      guard !words.isEmpty else { continue }
      clauses += 1
      if let runs = runs(in: words) {
        found += runs
      } else if words.allSatisfy({ phrase(in: [$0], at: 0) == nil }) {
        asides = true  // a clause of no word of the table: a reason (`Withdrawn - travel`)
      } else {
        return .unknown
      }
    }
    if clauses == 0 { return .registered }
    if found.isEmpty { return .unknown }
    // A reason may follow a refusal; beside anything else it may undo it (`Approved - not`).
    if found.contains(.declines) { return .declined }
    if asides { return .unknown }
    if found.contains(.unclear) { return .unknown }
    return found.contains(.waits) ? .waitlisted : .registered
  }

  /// The table's yes and no answers, folded.
  static let yesAnswers = Set(LanguagePack.words(\.values.yes).map { words(of: $0).joined(separator: " ") })
  static let noAnswers = Set(LanguagePack.words(\.values.no).map { words(of: $0).joined(separator: " ") })

  /// What an answer to a question whether the person will come says (Google Forms' `Can you
  /// attend?`: `Yes, I'll be there`, `Sorry, can't make it`; `¿Puedes asistir?`: `No`): a yes
  /// or a no of the table, alone or as the first clause with the others agreeing, or else
  /// words read as a status is (`reading(_:)`). A yes with a clause that is no registration
  /// (`Yes, but cancelled`), or a no with one that is (`No, I'll be there`), is unknown.
  /// A yes or a no with a mark beside it (`✅ Oui`, `No ❌`) is read as the yes or no when the
  /// mark agrees, and is unknown when it does not (`❌ Oui`).
  public static func answerReading(_ answer: String) -> Reading {
    let clauses = joiningBracketedEndings(answer).split(whereSeparator: clauseEnds.contains)
      .map { words(of: String($0)) }.filter { !$0.isEmpty }
    guard let firstWords = clauses.first else { return .registered }
    let others = clauses.dropFirst()
    let rest = others.isEmpty ? nil : reading(others.map { $0.joined(separator: " ") }.joined(separator: ", "))
    let first = firstWords.filter { $0 != yesMark && $0 != noMark }.joined(separator: " ")
    let hasYesMark = firstWords.contains(yesMark)
    let hasNoMark = firstWords.contains(noMark)
    if yesAnswers.contains(first) {
      return !hasNoMark && (rest == nil || rest == .registered) ? .registered : .unknown
    }
    if noAnswers.contains(first) {
      return hasYesMark || rest == .registered || rest == .waitlisted ? .unknown : .declined
    }
    return reading(answer)
  }

  /// What an answer says under a column of its own for one status (`Cancelled`, `Annulé ?`,
  /// `Waitlist`, `ملغى`), ticked or answered yes where that status applies: a yes of the table
  /// (`TRUE`, `Oui`, `Sí`, `نعم`, `x`) or a tick (`✓`, `☑`) is `status`, a no (`FALSE`, `Non`,
  /// `لا`) or an empty cell says nothing (registered), and anything else is unknown: a cross
  /// (`✗`: ticked, or no?) or words (`Refunded`) are no answer to a box.
  public static func boxReading(_ answer: String, saying status: Reading) -> Reading {
    let key = words(of: answer).joined(separator: " ")
    if key.isEmpty || noAnswers.contains(key) { return .registered }
    return key == yesMark || yesAnswers.contains(key) ? status : .unknown
  }

  /// `header` without the yes and no a status box offers in brackets at its end (`Cancelled
  /// (Y/N)`, `Annulé (Oui/Non) ?`, `Baja [Sí/No]`): the status is the header before them. A
  /// bracket holding anything else (`Refunded (partial)`) is kept, and so is the header.
  public static func withoutAnswerChoices(_ header: String) -> String {
    var text = Substring(header)
    while let last = text.last, last == "?" || last == "؟" || last.isWhitespace { text.removeLast() }
    guard let close = text.last, close == ")" || close == "]",
      let open = text.lastIndex(where: { $0 == "(" || $0 == "[" })
    else { return header }
    let choices = text[text.index(after: open)..<text.index(before: text.endIndex)]
      .split(whereSeparator: { "/|,;".contains($0) })
      .map { words(of: String($0)).joined(separator: " ") }
    guard !choices.isEmpty, choices.allSatisfy({ yesAnswers.contains($0) || noAnswers.contains($0) }) else {
      return header
    }
    return String(text[..<open])
  }

  /// `text` with a prefix that undoes a word (`De-registered`, `Dés-inscrit`, `Des-inscrito`,
  /// `De-confirmed`) joined to it, so that the word is read whole (and, where the table does
  /// not know it, as a word it does not know) rather than as the filler `de` and the word it
  /// undoes.
  static func joiningUndoingPrefixes(_ text: String) -> String {
    guard text.contains("-") else { return text }
    let prefixes: Set<String> = ["de", "des", "dé", "dés", "dis", "un"]
    var result = ""
    var word = ""
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if character == "-", prefixes.contains(word.lowercased()), let next = characters.first, next.isLetter {
        result += word
        word = ""
        continue
      }
      if character.isLetter {
        word.append(character)
      } else {
        result += word
        result.append(character)
        word = ""
      }
    }
    return result + word
  }

  /// `text` with an ending of one or two letters in brackets joined to the word before it, as
  /// French inclusive writing puts it (`Inscrit(e)` is `Inscrite`, as `Inscrit·e` folds).
  static func joiningBracketedEndings(_ text: String) -> String {
    guard text.contains("(") else { return text }
    var joined = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "(") {
      let before = rest[..<open]
      let after = rest[rest.index(after: open)...]
      if let last = before.last, last.isLetter, let close = after.firstIndex(of: ")"),
        (1...2).contains(after.distance(from: after.startIndex, to: close)),
        after[..<close].allSatisfy(\.isLetter)
      {
        joined += before + after[..<close]
        rest = after[after.index(after: close)...]
      } else {
        joined += rest[...open]
        rest = after
      }
    }
    return joined + rest
  }

  /// The runs of one clause; nil when a word is none of the table's or a negation is left
  /// without a run after it.
  static func runs(in words: [String]) -> [Run]? {
    var runs: [Run] = []
    var negations = 0
    var opened = false
    var run: Kind?
    var position = 0
    func closeRun() {
      guard let kind = run else { return }
      let reversed = !negations.isMultiple(of: 2)
      switch kind {
      case .waitlisted: runs.append(reversed ? .unclear : .waits)
      case .attending: runs.append(reversed ? .declines : .attends)
      default: runs.append(reversed ? .attends : .declines)
      }
      negations = 0
      run = nil
    }
    while position < words.count {
      guard let (kind, length) = phrase(in: words, at: position) else { return nil }
      switch kind {
      case .declined, .attending, .waitlisted:
        // A refusal stays with its run whatever follows it (`Cancelled registered`,
        // `Refunded-attending`); otherwise a run means its last word (`vai faltar`).
        if run != .declined { run = kind }
      case .checkIn:
        // Checked in or not, the registration is what it was: the negations before it go
        // with it (`Not checked in`), and it parts the runs around it.
        closeRun()
        runs.append(.saysNothing)
        negations = 0
        opened = false
      case .filler:
        // A filler parts runs as a word of no meaning: `Cancelled by participant` is two.
        closeRun()
      case .negation:
        closeRun()
        negations += 1
        opened = true
      case .negationEnd where opened:
        // `pas` after `ne` ends the negation `ne` began, within its run (`ne va pas manquer`).
        opened = false
      case .negationEnd:
        closeRun()
        negations += 1
      }
      position += length
    }
    closeRun()
    return negations == 0 ? runs : nil
  }

  /// The longest phrase of the table starting at `position`, with its kind and length.
  static func phrase(in words: [String], at position: Int) -> (Kind, Int)? {
    var length = min(longestPhrase, words.count - position)
    while length > 0 {
      if let kind = lexicon[words[position..<position + length].joined(separator: " ")] {
        return (kind, length)
      }
      length -= 1
    }
    return nil
  }

  /// The form in which two statuses are the same (`Regrets`, `regrets.`, `REGRETS`): their
  /// folded words, as the table's are, with each mark kept as itself, so that one symbol the
  /// table does not know (`☐`) is never taken for another (`⭐`).
  public static func comparable(_ status: String) -> String {
    var parts: [String] = []
    var run = String.UnicodeScalarView()
    for scalar in status.unicodeScalars {
      if isMark(scalar) {
        parts += words(of: String(run))
        run = String.UnicodeScalarView()
        parts.append(String(scalar))
      } else {
        run.append(scalar)
      }
    }
    parts += words(of: String(run))
    return parts.joined(separator: " ")
  }

  /// The folded words of `text`, an apostrophe parting words as a space does (`n'a pas` is
  /// `n a pas`, `won't` is `won t`).
  /// A mark is a word of its own (`Registered ✗` is `registered <no>`).
  static func words(of text: String) -> [String] {
    var parted = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "'" || scalar == "’" || scalar == "ʼ" {
        parted.append(" ")
      } else if isMark(scalar) {
        parted.append(contentsOf: " \(marks[scalar] ?? otherMark) ".unicodeScalars)
      } else {
        parted.append(scalar)
      }
    }
    return String(parted).folded.split(separator: " ").map(String.init)
  }
}
