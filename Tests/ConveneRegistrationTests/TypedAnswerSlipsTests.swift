import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// Answers a new user's exports held that were imported as something else: locale tags read as
/// two languages, a letter O typed for a zero in an age, a departure before the arrival, and
/// names that are no one's.
@Suite struct TypedAnswerSlipsTests {
  func importing(_ lines: String...) throws -> RegistrationImport.Outcome {
    try RegistrationImport(event: Build.event()).run(
      CSVTable(text: lines.joined(separator: "\n") + "\n"), into: [])
  }

  /// `fr-CA` is French of Canada, not French and Catalan; `pt_BR`, `es-419` and `en-GB` alike.
  @Test func aLocaleTagIsOneLanguage() throws {
    let outcome = try importing(
      "Email,Full name,Category,Languages", "a@example.org,Awa Ndiaye,mayor,fr-CA", "b@example.org,Ana Lima,mayor,pt_BR",
      "c@example.org,Eva Ruiz,mayor,\"es-419, en-GB\"", "d@example.org,Ali Saad,mayor,ar-MA",
      "e@example.org,Li Wei,mayor,zh-Hant-TW", "f@example.org,Luc Roy,mayor,fr_CA.UTF-8")
    #expect(outcome.participants.map(\.languages) == [["fr"], ["pt"], ["es", "en"], ["ar"], ["zh"], ["fr"]])
    #expect(outcome.report.notes.filter { $0.field == "languages" }.isEmpty, "\(outcome.report.notes)")
  }

  /// A letter typed for a digit (`3O`, `4l`) is no age: left empty with a note, never a child's.
  @Test(arguments: ["3O", "4l", "5o ans", "6O", "2S", "A5", "3x", "4S ans", "3Ο", "3О"])
  func aLetterForADigitIsNoAge(age: String) throws {
    let outcome = try importing("Email,Full name,Category,Age", "a@example.org,Awa Ndiaye,mayor,\(age)")
    #expect(outcome.participants.map(\.ageGroup) == [""], "\(age)")
    #expect(
      outcome.report.notes.map(\.message) == ["\"\(age)\" is not an age or age group; left empty"], "\(age)")
  }

  /// A decade and an age with its unit are ages.
  @Test func aDecadeAndAnAgeWithItsUnitAreAges() throws {
    let outcome = try importing(
      "Email,Full name,Category,Age", "a@example.org,Awa Ndiaye,mayor,30s", "b@example.org,Ana Lima,mayor,47 ans",
      "c@example.org,Eva Ruiz,mayor,47")
    #expect(outcome.participants.map(\.ageGroup) == ["30-39", "45-54", "45-54"])
  }

  /// Numerals of any kind and no letter are no name: superscripts, circled, fractions, Roman
  /// numerals, Ethiopic digits, digits with a tatweel between them.
  @Test(arguments: ["²³", "①②", "½", "Ⅻ", "፩፪", "12ـ34"])
  func numeralsWithoutALetterAreNoName(name: String) throws {
    let outcome = try importing("Email,Full name,Category", "a@example.org,\(name),mayor")
    #expect(outcome.report.rejected.map(\.field) == ["name"], "\(name)")
  }

  /// A departure at or before the arrival is refused on its line, as `check` would refuse it
  /// stored.
  @Test func aDepartureBeforeTheArrivalIsRefused() throws {
    let outcome = try importing(
      "Email,Full name,Category,Arrival,Departure", "a@example.org,Awa Ndiaye,mayor,2027-03-07 10:00,2027-03-07 09:00",
      "b@example.org,Ana Lima,mayor,2027-03-07 10:00,2027-03-09 18:00")
    #expect(outcome.participants.map(\.email) == ["b@example.org"])
    let rejected = try #require(outcome.report.rejected.first)
    #expect((rejected.line, rejected.field) == (2, "departure"))
    #expect(
      rejected.reason
        == "\"2027-03-07 09:00\" is not after the arrival \"2027-03-07 10:00\" (2027-03-07 09:00 ≤ 2027-03-07 10:00); correct one of them",
      "\(rejected.reason)")
  }

  /// Times with offsets from UTC are compared as instants: leaving at 01:00 in London after
  /// arriving at 03:00 in Nairobi (midnight UTC) is a stay; leaving at 03:00+05:00 (22:00 UTC
  /// the day before) after arriving at 01:00+00:00 is not, whatever the clocks say.
  @Test func arrivalAndDepartureWithOffsetsAreComparedAsInstants() throws {
    let outcome = try importing(
      "Email,Full name,Category,Arrival,Departure",
      "a@example.org,Awa Ndiaye,mayor,2027-03-07T03:00+03:00,2027-03-07T01:00+00:00",
      "b@example.org,Ana Lima,mayor,2027-03-07T01:00+00:00,2027-03-07T03:00+05:00")
    #expect(outcome.participants.map(\.email) == ["a@example.org"])
    #expect(outcome.participants.first?.departure?.description == "2027-03-07 01:00+00:00")
    #expect(outcome.report.rejected.map(\.line) == [3])
    #expect(outcome.report.rejected.map(\.field) == ["departure"])
  }

  /// Languages typed one a line (Alt+Enter in a cell) are read as a list, as needs and
  /// cohorts are; an answer convene cannot read is quoted in its note on one line.
  @Test func languagesOneALineAreAList() throws {
    let outcome = try importing(
      "Email,Full name,Category,Working languages,Gender", "a@example.org,Awa Ndiaye,mayor,\"Français\nAnglais\",\"F\nM\"")
    #expect(outcome.report.rejected.isEmpty)
    #expect(outcome.participants.map(\.languages) == [["fr", "en"]])
    #expect(outcome.report.notes.map(\.message) == ["\"F\\nM\" is not a gender convene records; left empty"])
  }

  /// A spreadsheet's true or false in the name column (a check box, or columns shifted by
  /// one: `TRUE`, `FAUX`) is refused on its line; a name spelt with those letters is a name.
  @Test func aTrueOrFalseIsNoName() throws {
    let outcome = try importing(
      "Email,Full name,Category", "a@example.org,TRUE,mayor", "b@example.org,FAUX,mayor",
      "c@example.org,Faux Vrai,mayor")
    #expect(outcome.report.rejected.map(\.line) == [2, 3])
    #expect(outcome.report.rejected.map(\.field) == ["name", "name"])
    #expect(
      outcome.report.rejected[0].reason
        == "\"TRUE\" is a spreadsheet's true or false, not a name (the columns shifted?); write the name and import again")
    #expect(outcome.participants.map(\.name) == ["Faux Vrai"])
  }

  /// Each part of a name read from given and family name columns is held to the rules of a
  /// name: a number or a phone number in one part is refused on its line naming that part's
  /// field; a placeholder part beside a real one is left out with a note; a formula in any
  /// part is the formula warning.
  @Test func eachPartOfANameIsHeldToTheRulesOfAName() throws {
    let outcome = try importing(
      "Email,First name,Last name,Category", "a@example.org,Ana,12345678901234567890,mayor",
      "b@example.org,Omar,+221 77 123 45 67,mayor", "c@example.org,Awa,-,mayor", "f@example.org,Young-hee,Na,mayor",
      "g@example.org,أحمد,السيد,mayor",
      "d@example.org,Binta,=HYPERLINK(\"http://x.example\"),mayor", "e@example.org,Leila,Khoury,mayor")
    #expect(outcome.report.rejected.map(\.line) == [2, 3])
    #expect(outcome.report.rejected.map(\.field) == ["last_name", "last_name"])
    #expect(outcome.report.rejected[1].reason.hasPrefix("\"+221 77 123 45 67\" is a number, not a name"))
    #expect(
      outcome.participants.map(\.name) == [
        "Awa", "Young-hee Na", "أحمد السيد", "Binta =HYPERLINK(\"http://x.example\")", "Leila Khoury",
      ])
    #expect(outcome.report.notes.map(\.message) == ["\"-\" is no name; left out of the name"])
    #expect(outcome.report.notes.map(\.field) == ["last_name"])
    let formula = try #require(outcome.report.warnings.first { $0.kind == .formulaNames })
    #expect(formula.lines == [7])
    #expect(formula.column == "First name + Last name")
  }

  /// One end with an offset and the other without: the one without is the event's clock. In
  /// Amman (UTC+3), arriving at 10:00Z is arriving at 13:00, after a departure at 12:00; leaving
  /// at 10:00Z (13:00) after arriving at 12:00 is a stay of an hour.
  @Test func aTimeWithoutAnOffsetIsTheEventsClock() throws {
    var event = Build.event()
    event.timezone = "Asia/Amman"
    let outcome = try RegistrationImport(event: event).run(
      CSVTable(
        text: "Email,Full name,Category,Arrival,Departure\n"
          + "a@example.org,Awa Ndiaye,mayor,2027-03-09T10:00Z,2027-03-09 12:00\n"
          + "b@example.org,Ana Lima,mayor,2027-03-09 12:00,2027-03-09T10:00Z\n"),
      into: [])
    #expect(outcome.participants.map(\.email) == ["b@example.org"])
    #expect(outcome.report.rejected.map(\.line) == [2])
    #expect(outcome.report.rejected.map(\.field) == ["departure"])
  }

  /// The family name typed again in the given name column is written once, with a note; a
  /// person whose given and family names are the same word keeps both.
  @Test func aNamePartTypedTwiceIsWrittenOnce() throws {
    let outcome = try importing(
      "Email,First name,Last name,Category", "a@example.org,Awa Ndiaye,Ndiaye,mayor",
      "b@example.org,NDIAYE Binta,Ndiaye,mayor", "c@example.org,Kumar,Kumar,mayor",
      "d@example.org,Lina Haddad,Lina Haddad,mayor")
    #expect(outcome.participants.map(\.name) == ["Awa Ndiaye", "NDIAYE Binta", "Kumar Kumar", "Lina Haddad"])
    #expect(
      outcome.report.notes.map(\.message) == [
        "\"Ndiaye\" is already in \"Awa Ndiaye\"; written once in the name",
        "\"Ndiaye\" is already in \"NDIAYE Binta\"; written once in the name",
        "\"Lina Haddad\" is already in \"Lina Haddad\"; written once in the name",
      ])
    #expect(outcome.report.notes.map(\.field) == ["last_name", "last_name", "last_name"])
  }

  /// Placeholders side by side, a form's example name and an address in the name column are
  /// placeholders for a name; a real name with a placeholder's word in it is a name.
  @Test func namesOfNoOneAreAWarning() throws {
    let outcome = try importing(
      "Email,Full name,Category", "a@example.org,Test Test,mayor", "b@example.org,asdf asdf,mayor",
      "c@example.org,First Last,mayor", "d@example.org,d@example.org,mayor", "e@example.org,Nada Test,mayor",
      "f@example.org,X Ndiaye,mayor", "g@example.org,Awa Ndiaye,mayor")
    #expect(outcome.report.warnings.map(\.kind) == [.placeholderNames])
    #expect(outcome.report.warnings.first?.lines == [2, 3, 4, 5])
  }

  /// The same words and titles in a form's given and family name columns, and titles side by
  /// side, are placeholders too.
  @Test func namePartsOfNoOneAreAWarning() throws {
    let outcome = try importing(
      "First name,Last name,Email,Category", "Aminata,Diallo,a@example.org,mayor", "N/A,N/A,b@example.org,mayor",
      "anonymous,,c@example.org,mayor", "First,Last,d@example.org,mayor", "Mr.,,e@example.org,mayor",
      "Mr.,Mr.,f@example.org,mayor", "Mariam,Sy,g@example.org,mayor")
    let warning = try #require(outcome.report.warnings.first { $0.kind == .placeholderNames }, "\(outcome.report.warnings)")
    #expect(warning.lines == [3, 4, 5, 6, 7])
    #expect(warning.column == "First name + Last name")
  }
}
