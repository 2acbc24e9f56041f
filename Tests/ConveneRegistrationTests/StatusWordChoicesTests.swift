import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// `--status-word`: what an organiser says the statuses of one export mean, matched whole as the
/// table's words are, before the table; a choice that is wrong or names no status of the file is
/// refused, never passed over.
@Suite struct StatusWordChoicesTests {
  func choices(_ arguments: String...) throws(StatusWordChoices.Problem) -> StatusWordChoices {
    var choices = StatusWordChoices()
    for argument in arguments { try choices.add(argument) }
    return choices
  }

  func importing(_ lines: [String], words: StatusWordChoices, map: [String: ImportField] = [:]) throws
    -> RegistrationImport.Outcome
  {
    var run = RegistrationImport(event: Build.event(), columnMap: map)
    run.statusWords = words
    return try run.run(CSVTable(text: lines.joined(separator: "\r\n") + "\r\n"), into: [])
  }

  /// An organiser's sheet: most rows `Confirmed`, a few in wordings of its own.
  let sheet = [
    "Email,Full name,Status,Category", "a@example.org,Ana Lima,Confirmed,mayor",
    "b@example.org,Bo Li,Rang twice,mayor", "c@example.org,Cy Ba,On leave,mayor",
    "d@example.org,Di Sy,Postponed,mayor", "e@example.org,Ed Ka,☐,mayor", "f@example.org,Fa Ly,rang TWICE.,mayor",
  ]

  /// Each wording read as the organiser says: the declined ones left out and listed, the
  /// waitlisted one on the waitlist, the others registered, and no warning left.
  @Test func eachWordingIsReadAsTheOrganiserSays() throws {
    let outcome = try importing(
      sheet,
      words: choices(
        "Rang twice=confirmed", "On leave=declined", "Postponed=cancelled", "☐=waitlisted"))
    #expect(outcome.participants.map(\.email) == ["a@example.org", "b@example.org", "e@example.org", "f@example.org"])
    #expect(outcome.participants.map(\.status) == [.registered, .registered, .waitlisted, .registered])
    #expect(outcome.report.declined.map(\.line) == [4, 5])
    #expect(outcome.report.declined.map(\.approval) == ["On leave", "Postponed"])
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// Without the choices the same sheet is a warning naming the wordings and the fix for each.
  @Test func theWarningNamesTheFixWithTheWordsFound() throws {
    let outcome = try importing(sheet, words: StatusWordChoices())
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unknownStatuses })
    #expect(warning.lines == [3, 4, 5, 6, 7])
    #expect(
      warning.message
        == "\"Rang twice\", \"On leave\", \"Postponed\" and 1 more say neither that the registration "
        + "stands nor that the person is not coming; 5 rows would be imported as registered")
    #expect(
      warning.hint
        == "say what each means with --status-word 'Rang twice=STATUS' --status-word 'On leave=STATUS' "
        + "--status-word 'Postponed=STATUS' (and one for the other), STATUS being registered, confirmed, "
        + "waitlisted, declined, cancelled; --map 'Status=ignore' if the column holds no registration status, "
        + "or --accept-warnings to import them as registered")
  }

  /// However the rows are cut into parts read at the same time, the wordings shown, the count
  /// of the others, the lines and the rows a choice declines are those of one part.
  @Test(arguments: [2, 3, 7, 40])
  func theTallyIsTheSameHoweverTheRowsAreCut(parts: Int) throws {
    let wordings = ["Confirmed", "TBC", "rang TWICE", "Postponed", "☐", "On leave", "Rang twice", "Call back", "⭐"]
    let lines = ["Email,Full name,Status,Category"]
      + (0..<40).map { "p\($0)@example.org,Person \($0),\(wordings[$0 * 5 % wordings.count]),mayor" }
    func importing(_ split: RowSplit) throws -> RegistrationImport.Outcome {
      var run = RegistrationImport(event: Build.event())
      run.split = split
      run.statusWords = try choices("On leave=declined")
      return try run.run(CSVTable(text: lines.joined(separator: "\r\n") + "\r\n"), into: [])
    }
    let whole = try importing(RowSplit(parts: 1, minimumRows: 1))
    let cut = try importing(RowSplit(parts: parts, minimumRows: 1))
    let warning = try #require(whole.report.warnings.first { $0.kind == .unknownStatuses })
    #expect(warning.message.hasPrefix("\"TBC\", \"Rang twice\", \"Call back\" and 3 more say neither"), "\(warning.message)")
    #expect(cut.report.warnings.map(\.message) == whole.report.warnings.map(\.message))
    #expect(cut.report.warnings.map(\.hint) == whole.report.warnings.map(\.hint))
    #expect(cut.report.warnings.map(\.lines) == whole.report.warnings.map(\.lines))
    #expect(cut.report.warnings.map(\.count) == whole.report.warnings.map(\.count))
    #expect(cut.report.declined.map(\.line) == whole.report.declined.map(\.line))
    #expect(whole.report.declined.count == 5)
  }

  /// One wording, with an apostrophe: the hint quotes it so that a shell takes it whole.
  @Test func aWordingWithAnApostropheIsQuotedForTheShell() throws {
    let outcome = try importing(
      ["Email,Full name,Statut,Category", "a@example.org,Ana Lima,Rappel d'ici lundi,mayor"], words: StatusWordChoices())
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unknownStatuses })
    #expect(warning.message.hasPrefix("\"Rappel d'ici lundi\" says neither"), "\(warning.message)")
    #expect(warning.hint.hasPrefix("say what it means with --status-word \"Rappel d'ici lundi=STATUS\", STATUS being"))
  }

  /// The organiser's meaning comes before the table's: Zoom's `pending` where it means refused.
  @Test func theOrganisersMeaningComesBeforeTheTables() throws {
    let outcome = try importing(
      ["Email,Full name,Approval Status,Category", "a@example.org,Ana Lima,pending,mayor", "b@example.org,Bo Li,approved,mayor"],
      words: choices("Pending=declined"))
    #expect(outcome.participants.map(\.email) == ["b@example.org"])
    #expect(outcome.report.declined.map(\.line) == [2])
  }

  /// A wording no status of the file is (a typing mistake, the wrong file) is refused naming
  /// it and the column; so is any choice when the file has no status column, or only one the
  /// organiser maps to nothing.
  @Test func aWordingTheFileDoesNotHoldIsRefused() throws {
    #expect(
      throws: RegistrationImport.FileProblem(
        message: "--status-word 'On leaves=declined': no status of the column \"Status\" is \"On leaves\" "
          + "(statuses are compared whole, in any case and accents); nor \"Rang\"")
    ) {
      try importing(sheet, words: choices("On leave=declined", "On leaves=declined", "Rang=confirmed"))
    }
    let withoutStatus = ["Email,Full name,Category", "a@example.org,Ana Lima,mayor"]
    #expect(throws: RegistrationImport.FileProblem.self) {
      try importing(withoutStatus, words: choices("On leave=declined"))
    }
    let mappedAway = try choices("On leave=declined")
    #expect {
      try importing(sheet, words: mappedAway, map: ["Status": .ignore])
    } throws: { error in
      (error as? RegistrationImport.FileProblem)?.message.hasPrefix(
        "--status-word says what a registration status means, but the file has no status column") == true
    }
  }

  /// A choice that is not WORDS=STATUS, names no status, has nothing to match or gives the
  /// same words two meanings is refused, saying which.
  @Test(arguments: [
    ("Regrets", "--status-word 'Regrets' must be WORDS=STATUS, e.g. 'Regrets=declined'"),
    (
      "Regrets=absent",
      "--status-word 'Regrets=absent': \"absent\" is not a status; the statuses are registered, confirmed, waitlisted, declined, cancelled"
    ),
    (
      "Regrets=invited",
      "--status-word 'Regrets=invited': \"invited\" is not a status; the statuses are registered, confirmed, waitlisted, declined, cancelled"
    ),
    (
      "?=declined",
      "--status-word '?=declined': write the status before the = as the file writes it (it needs a letter, a digit or a mark)"
    ),
  ])
  func aWrongChoiceIsRefused(argument: String, message: String) {
    #expect(throws: StatusWordChoices.Problem(message: message)) { try choices(argument) }
  }

  /// The same words twice: refused with two meanings, taken once with one.
  @Test func theSameWordsTwiceMustAgree() throws {
    #expect(
      throws: StatusWordChoices.Problem(
        message: "--status-word 'REGRETS=registered': \"REGRETS\" was given as declined already ('Regrets=declined')")
    ) { try choices("Regrets=declined", "REGRETS=registered") }
    #expect(try choices("Regrets=declined", "regrets=cancelled").unmatched([]).count == 1)
  }

  /// Statuses compare as the table's words do, marks as themselves: `☐` is not `⭐`.
  @Test func wordingsCompareFoldedAndMarksAsThemselves() throws {
    let words = try choices("Confirmed by phone=confirmed", "☐=declined")
    #expect(words.reading(ofComparable: RegistrationStatusWords.comparable("CONFIRMED  by phone.")) == .registered)
    #expect(words.reading(ofComparable: RegistrationStatusWords.comparable("☐")) == .declined)
    #expect(words.reading(ofComparable: RegistrationStatusWords.comparable("⭐")) == nil)
    #expect(words.reading(ofComparable: RegistrationStatusWords.comparable("Confirmed by phone call")) == nil)
  }
}
