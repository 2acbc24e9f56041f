import Testing

@testable import ConveneCore

/// Answers as Latin American, West African francophone and Arab-states forms write them: "up
/// to" age options, a sign before the word for years, a weekday that contradicts its date, a
/// joining word before a time, and the short or official country names of their drop-downs.
@Suite struct RegionalAnswerTests {
  @Test(
    arguments: [
      ("Hasta 24 años", "under-25"), ("Até 24 anos", "under-25"), ("Jusqu'à 24 ans", "under-25"),
      ("Jusqu’à 24 ans", "under-25"), ("حتى 24 سنة", "under-25"), ("Up to 24", "under-25"),
      ("Hasta 17", "under-18"),
      ("Até 17 anos", "under-18"), ("حتى ٢٤ سنة", "under-25"),
    ] as [(String, String)])
  func anUpToOptionIncludesItsAgeAndNeverMakesAChildAnAdult(text: String, group: String) {
    #expect(DemographicValues.ageGroup(text) == group, "\(text)")
  }

  @Test(
    arguments: [
      ("60+ ans", "60+"), ("60+ años", "60+"), ("٦٠+ سنة", "60+"), ("56+ ans", "56+"),
      ("65+ anos", "65+"),
      ("70+ years", "65+"), ("+60 ans", "60+"),
    ] as [(String, String)])
  func aPlusBeforeTheWordForYearsStillOpensTheGroup(text: String, group: String) {
    #expect(DemographicValues.ageGroup(text) == group, "\(text)")
  }

  @Test func theReadingsAlreadyRightStayRight() {
    #expect(DemographicValues.ageGroup("24 ans ou moins") == "under-25")
    #expect(DemographicValues.ageGroup("Menos de 25") == "under-25")
    #expect(DemographicValues.ageGroup("moins de 18 ans") == "under-18")
    #expect(DemographicValues.ageGroup("24 ans") == "18-24")
    #expect(DemographicValues.ageGroup("55+") == "55+")
  }

  @Test(
    arguments: [
      ("mardi 8 mars 2027", true), ("lundi 8 mars 2027", false), ("lunes 9 de mayo de 2027", true),
      ("domingo 9 de mayo de 2027", false), ("Tuesday, March 9, 2027", false),
      ("Monday, March 9, 2027", true),
      ("terça 9 março 2027", false), ("8 mars 2027", false),
    ] as [(String, Bool)])
  func aWeekdayThatIsNotTheDatesIsSeen(text: String, contradicts: Bool) throws {
    let written = try #require(WrittenDateTime(text), "\(text)")
    #expect(written.contradictsWeekday == contradicts, "\(text)")
  }

  @Test(
    arguments: [
      ("9 de mayo de 2027 a las 18:30", 18 * 3600 + 30 * 60), ("11 maio 2027 às 19:00", 19 * 3600),
      ("13 آذار 2028 الساعة 15:30", 15 * 3600 + 30 * 60), ("11 maio 2027 às 19h", 19 * 3600),
      ("mardi 9 mars 2027 à 14h", 14 * 3600), ("9 mars 2027 14 h 05", 14 * 3600 + 5 * 60),
    ] as [(String, Int)])
  func aJoiningWordBeforeTheTimeIsPassed(text: String, seconds: Int) throws {
    let written = try #require(WrittenDateTime(text), "\(text)")
    #expect(written.secondsOfDay == seconds)
  }

  @Test(
    arguments: [
      ("Burkina", "BF"), ("RCI", "CI"), ("RCA", "CF"), ("Guinée Conakry", "GN"),
      ("Congo RDC", "CD"),
      ("Rép. du Congo", "CG"), ("Macédoine", "MK"), ("سورية", "SY"), ("Rep. Dominicana", "DO"),
      ("Dominicana", "DO"),
      ("Bolivia (Estado Plurinacional de)", "BO"), ("Venezuela (República Bolivariana de)", "VE"),
    ] as [(String, String)])
  func shortAndOfficialCountryNamesAreRead(text: String, code: String) {
    #expect(Country.matching(text)?.code == code, "\(text)")
  }

  /// The ISO 3166 list form of Eventbrite's and other tools' drop-downs, and the Portuguese
  /// name of the DRC.
  @Test(
    arguments: [
      ("República Democrática do Congo", "CD"), ("Tanzania, United Republic of", "TZ"),
      ("Korea, Republic of", "KR"), ("Korea, Democratic People's Republic of", "KP"),
      ("Iran, Islamic Republic of", "IR"), ("Moldova, Republic of", "MD"), ("Lao People's Democratic Republic", "LA"),
      ("Bolivia, Plurinational State of", "BO"), ("Venezuela, Bolivarian Republic of", "VE"),
    ] as [(String, String)])
  func listFormsOfCountryNamesAreRead(text: String, code: String) {
    #expect(Country.matching(text)?.code == code, "\(text)")
  }

  /// Excel pt-BR's long date joins the weekday with `-feira`; Mexican Spanish writes the month's
  /// short name between slashes.
  @Test(
    arguments: [
      ("sexta-feira, 5 de março de 2027", "2027-03-05", nil),
      ("terça-feira, 11 de maio de 2027", "2027-05-11", nil),
      ("Segunda-feira, 10 de maio de 2027 14:00", "2027-05-10", 14 * 3600),
      ("05/mar/2027", "2027-03-05", nil), ("05/mar/2027 02:02 p.m.", "2027-03-05", 14 * 3600 + 2 * 60),
    ] as [(String, String, Int?)])
  func portugueseWeekdaysAndMexicanMonthsAreRead(text: String, date: String, seconds: Int?) throws {
    let written = try #require(WrittenDateTime(text), "\(text)")
    #expect(written.date(nil)?.description == date, "\(text)")
    #expect(written.secondsOfDay == seconds, "\(text)")
    #expect(!written.contradictsWeekday, "\(text)")
  }

  @Test func aPortugueseWeekdayThatIsNotTheDatesIsSeen() {
    #expect(WrittenDateTime("quinta-feira, 5 de março de 2027")?.contradictsWeekday == true)
  }

  @Test func aTimeWithAColonStillNeedsItsMinutes() {
    #expect(WrittenDateTime("9 mars 2027 14:") == nil)
    #expect(WrittenDateTime("9 mars 2027 19h5") == nil)
  }

  @Test func aLanguagesNameIsNotReadFromItsCode() {
    #expect(Language.named("lu") == nil)
    #expect(Language.named("Anglais")?.code == "en")
    #expect(Language.matching("lu")?.code == "lu")
  }
}
