/// What a form tool's or an organiser's registration status says (Zoom's `Approval Status`,
/// Eventbrite's `Attendee Status`, a `Statut` column added by hand), read through the language
/// table's words: `declined` (the person is not coming), `attending` (the registration stands)
/// and `negations` (`not`, `ne … pas`, `não`, `لن`).
///
/// A status is cut into clauses at its punctuation, and each clause into runs of words the
/// table knows, one verb group each (`vai faltar`): a run means what its last word means
/// (`faltar`, will miss), reversed by each negation before it since the run before (`Não vai
/// faltar` is will not miss: attending). A status is declined when one of its runs is, and
/// registered when every run attends; it is `unknown` when no run is found (`Jalisco`, `No`) or
/// a negation is left with no run after it in its clause (`Confirmed? No`): a status the
/// table cannot read with certainty is never taken for a registration.
public enum RegistrationStatusWords {
  /// What a status says of the registration.
  public enum Reading: Equatable, Sendable {
    /// The registration stands (`Approved`, `Attending`, `Não vai faltar`), or nothing is said.
    case registered
    /// The person is not coming (`Cancelled`, `Absent`, `Non participant`, `N'a pas participé`).
    case declined
    /// Neither could be read with certainty.
    case unknown
  }

  /// What the words of the table are, by their folded spelling (see `words(of:)`).
  enum Kind {
    case declined, attending, negation, negationEnd
  }

  /// Every word and phrase of the table, folded, with its kind; a phrase of two kinds keeps the
  /// first of `declined`, `attending`, `negation`.
  static let lexicon: [String: Kind] = {
    var lexicon: [String: Kind] = [:]
    let lists: [(Kind, (LanguagePack) -> [String])] = [
      (.declined, \.values.declined), (.attending, \.values.attending),
      (.negation, \.values.negations),
      (.negationEnd, \.values.negationEnds),
    ]
    for (kind, list) in lists {
      for phrase in LanguagePack.words(list) {
        let key = words(of: phrase).joined(separator: " ")
        if !key.isEmpty, lexicon[key] == nil { lexicon[key] = kind }
      }
    }
    return lexicon
  }()

  /// The most words a phrase of the table has.
  static let longestPhrase = lexicon.keys.map { $0.split(separator: " ").count }.max() ?? 1

  /// The characters that end a clause of a status (`Approved, then cancelled`).
  static let clauseEnds: Set<Character> = [
    ",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "|", "/", "–", "—", "،", "؛", "؟",
  ]

  /// What `status` says; an empty status says nothing and leaves the registration standing.
  public static func reading(_ status: String) -> Reading {
    var found: [Bool] = []
    var clauses = 0
    for clause in status.split(whereSeparator: clauseEnds.contains) {
      let words = words(of: String(clause))
      guard !words.isEmpty else { continue }
      clauses += 1
      guard let runs = runs(in: words) else { return .unknown }
      found += runs
    }
    if clauses == 0 { return .registered }
    if found.isEmpty { return .unknown }
    return found.contains(false) ? .declined : .registered
  }

  /// The runs of one clause, true for each that attends; nil when a negation is left without a
  /// run after it.
  static func runs(in words: [String]) -> [Bool]? {
    var runs: [Bool] = []
    var negations = 0
    var opened = false
    var run: Kind?
    var position = 0
    func closeRun() {
      guard let kind = run else { return }
      runs.append((kind == .attending) == negations.isMultiple(of: 2))
      negations = 0
      run = nil
    }
    while position < words.count {
      guard let (kind, length) = phrase(in: words, at: position) else {
        closeRun()
        position += 1
        continue
      }
      switch kind {
      case .declined, .attending:
        run = kind
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

  /// The folded words of `text`, an apostrophe parting words as a space does (`n'a pas` is
  /// `n a pas`, `won't` is `won t`).
  static func words(of text: String) -> [String] {
    let parted = String(text.map { $0 == "'" || $0 == "’" || $0 == "ʼ" ? " " : $0 })
    return parted.folded.split(separator: " ").map(String.init)
  }
}
