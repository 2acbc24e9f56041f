import Testing

@testable import ConveneCore

@Suite struct WrittenDateTimeTests {
  /// Each text, the date it gives (read day first where that matters) and the time of day.
  @Test(arguments: [
    ("2027-01-15T07:32:11.000+03:00", "2027-01-15", 7 * 3600 + 32 * 60 + 11),
    ("2027/01/15 10:32:11 AM GMT+3", "2027-01-15", 10 * 3600 + 32 * 60 + 11),
    ("2027-01-15", "2027-01-15", 0),
    ("15/01/2027 10:32", "2027-01-15", 10 * 3600 + 32 * 60),
    ("15.01.2027 14 h 02", "2027-01-15", 14 * 3600 + 2 * 60),
    ("15/01/2027 14h02", "2027-01-15", 14 * 3600 + 2 * 60),
    ("Mar 22, 2025 19:13:27", "2025-03-22", 19 * 3600 + 13 * 60 + 27),
    ("22 March 2025 7:13 PM", "2025-03-22", 19 * 3600 + 13 * 60),
    ("22-Mar-2025", "2025-03-22", 0),
    ("46390.58", "2027-01-03", 13 * 3600 + 55 * 60 + 12),
    ("46390", "2027-01-03", 0),
    ("46390.583333333336", "2027-01-03", 14 * 3600),
    ("25/03/2027 12:05:00 AM", "2027-03-25", 5 * 60),
    ("25/03/2027 12:05:00 p.m.", "2027-03-25", 12 * 3600 + 5 * 60),
    ("25/03/2027 2:05 a. m.", "2027-03-25", 2 * 3600 + 5 * 60),
    ("25/03/2027 2:05:00 م", "2027-03-25", 14 * 3600 + 5 * 60),
    ("25/03/2027 2:05:00 ص", "2027-03-25", 2 * 3600 + 5 * 60),
    ("٢٥/٠٣/٢٠٢٧ ٢:٠٥ مساءً", "2027-03-25", 14 * 3600 + 5 * 60),
    ("24/6/25, 1:47:45 PM", "2025-06-24", 13 * 3600 + 47 * 60 + 45),
    // Google Forms in Arabic: right-to-left marks after the day and month, the Arabic comma.
    ("15\u{200F}/1\u{200F}/2027، 10:05:31 ص", "2027-01-15", 10 * 3600 + 5 * 60 + 31),
    ("١٥\u{200F}/١\u{200F}/٢٠٢٧، ٣:٠٥:٣١ م", "2027-01-15", 15 * 3600 + 5 * 60 + 31),
    ("\u{200F}2027/01/15 3:05:31 م", "2027-01-15", 15 * 3600 + 5 * 60 + 31),
    // Month names in French, Spanish, Portuguese and Arabic (the Middle East's, the Levant's,
    // the Maghreb's), with a weekday and the joining words people write.
    ("8 mars 2027", "2027-03-08", 0),
    ("mardi 9 mars 2027", "2027-03-09", 0),
    ("9 mars 2027 à 14h30", "2027-03-09", 14 * 3600 + 30 * 60),
    ("1 août 2027", "2027-08-01", 0),
    ("9 de marzo de 2027", "2027-03-09", 0),
    ("ene 10, 2027 10:03:11", "2027-01-10", 10 * 3600 + 3 * 60 + 11),
    ("9 de março de 2027 às 14:30", "2027-03-09", 14 * 3600 + 30 * 60),
    ("Tuesday, March 9, 2027 at 2:30 PM", "2027-03-09", 14 * 3600 + 30 * 60),
    ("9 مارس 2027", "2027-03-09", 0),
    ("9 آذار 2027", "2027-03-09", 0),
    ("١١ أفريل ٢٠٢٧", "2027-04-11", 0),
    ("11 ماي 2027", "2027-05-11", 0),
    ("3 غشت 2027", "2027-08-03", 0),
    // An ordinal day (French `1er`, English `1st`, Spanish `1º`, `1°`), and every month of the
    // Levant, the two-word ones with and without the article and hamza.
    ("1er mars 2027", "2027-03-01", 0),
    ("lundi 1er mars 2027 à 9h00", "2027-03-01", 9 * 3600),
    ("March 1st, 2027", "2027-03-01", 0),
    ("22nd March 2027", "2027-03-22", 0),
    ("1º de marzo de 2027", "2027-03-01", 0),
    ("1° de março de 2027", "2027-03-01", 0),
    ("15 كانون الثاني 2027", "2027-01-15", 0),
    ("15 كانون ثاني 2027", "2027-01-15", 0),
    ("3 شباط 2027", "2027-02-03", 0),
    ("3 آذار 2027", "2027-03-03", 0),
    ("3 نيسان 2027", "2027-04-03", 0),
    ("3 أيار 2027", "2027-05-03", 0),
    ("3 حزيران 2027", "2027-06-03", 0),
    ("3 تموز 2027", "2027-07-03", 0),
    ("3 آب 2027", "2027-08-03", 0),
    ("3 أيلول 2027", "2027-09-03", 0),
    ("3 تشرين الأول 2027", "2027-10-03", 0),
    ("3 تشرين الاول 2027 10:30", "2027-10-03", 10 * 3600 + 30 * 60),
    ("٣ تشرين الثاني ٢٠٢٧", "2027-11-03", 0),
    ("الخميس 2 كانون الأول 2027", "2027-12-02", 0),
    ("2 كانون اول 2027", "2027-12-02", 0),
  ])
  func readsTheFormsToolsWrite(text: String, date: String, seconds: Int) throws {
    let value = try #require(WrittenDateTime(text), "\(text)")
    #expect(value.date(.dayMonthYear)?.description == date)
    #expect((value.secondsOfDay ?? 0) == seconds)
  }

  /// A date without a time is the start of its day for an arrival and the end for a departure;
  /// a time written, even midnight, is kept.
  @Test func aDateWithoutATimeIsTheWholeDay() throws {
    let day = try #require(WrittenDateTime("11/05/2027"))
    #expect(day.localDateTime(.dayMonthYear, bareDate: .endOfDay)?.description == "2027-05-11 23:59")
    #expect(day.localDateTime(.dayMonthYear, bareDate: .startOfDay)?.description == "2027-05-11 00:00")
    let cell = try #require(WrittenDateTime("46518"))
    #expect(cell.localDateTime(nil, bareDate: .endOfDay)?.description == "2027-05-11 23:59")
    let midnight = try #require(WrittenDateTime("11/05/2027 00:00"))
    #expect(midnight.localDateTime(.dayMonthYear, bareDate: .endOfDay)?.description == "2027-05-11 00:00")
    let fraction = try #require(WrittenDateTime("46518.0"))
    #expect(fraction.localDateTime(nil, bareDate: .endOfDay)?.description == "2027-05-11 00:00")
    #expect(LocalDateTime("2027-05-11", bareDate: .endOfDay)?.description == "2027-05-11 23:59")
    #expect(LocalDateTime("2027-05-11")?.description == "2027-05-11 00:00")
    #expect(LocalDateTime("2027-05-11 00:00", bareDate: .endOfDay)?.description == "2027-05-11 00:00")
    #expect(LocalDateTime("2027-05-11", bareDate: .of(.departure))?.description == "2027-05-11 23:59")
    #expect(LocalDateTime("2027-05-11", bareDate: .of(.arrival))?.description == "2027-05-11 00:00")
  }

  /// Words that look like a date's but are not one stay no date.
  @Test(arguments: [
    "mardi", "de marzo", "9 de 2027", "lundi 2027", "à 14h30", "9 mars", "Mai Ndiaye",
    // Half a two-word month is no month, and an ordinal needs its day.
    "3 كانون 2027", "3 تشرين 2027", "3 الثاني 2027", "er mars 2027", "1er 2027",
  ])
  func partsOfADateAreNoDate(text: String) {
    #expect(WrittenDateTime(text) == nil, "\(text)")
  }

  @Test func twoNumbersWaitForTheColumnsOrder() throws {
    let value = try #require(WrittenDateTime("5/3/2027 2:02:11 PM"))
    #expect(value.form == .numeric)
    #expect(value.isAmbiguous)
    #expect(value.evidence == nil)
    #expect(value.date(nil) == nil)
    #expect(value.date(.monthDayYear)?.description == "2027-05-03")
    #expect(value.date(.dayMonthYear)?.description == "2027-03-05")
    #expect(value.twelveHourClock)
    #expect(WrittenDateTime("13/5/2027")?.evidence == .dayMonthYear)
    #expect(WrittenDateTime("5/13/2027")?.evidence == .monthDayYear)
    let same = try #require(WrittenDateTime("5/5/2027"))
    #expect(!same.isAmbiguous)
    #expect(same.date(nil)?.description == "2027-05-05")
  }

  @Test func offsetsAreKeptAndApplied() throws {
    let kobo = try #require(WrittenDateTime("2027-03-10T18:02:33.000+03:00"))
    #expect(kobo.offsetMinutes == 180)
    #expect(kobo.localDateTime(nil)?.description == "2027-03-10 18:02+03:00")
    let google = try #require(WrittenDateTime("2027/03/11 1:05:00 AM GMT+3"))
    #expect(google.offsetMinutes == 180)
    #expect(try #require(google.secondsSinceEpoch(nil)) < kobo.secondsSinceEpoch(nil)! + 8 * 3600)
    #expect(WrittenDateTime("2027-03-10T23:30:00-0130")?.offsetMinutes == -90)
    #expect(WrittenDateTime("2027-03-10T17:00:00.123Z")?.offsetMinutes == 0)
    #expect(WrittenDateTime("2027-03-10 17:00 UTC")?.offsetMinutes == 0)
    #expect(WrittenDateTime("2027-03-10 17:00")?.offsetMinutes == nil)
  }

  @Test(arguments: [
    "", "yesterday", "2027", "60", "12345678901234567890", "2027-13-01", "2027-02-30", "32/01/2027",
    "13/13/2027", "20270000000000-01-01", "99999999999/1/1", "1/1/99999999999999", "0001-01-01",
    "15/01/2027 25:00", "15/01/2027 13:00 PM", "15/01/2027 0:30 AM", "15/01/2027 10:61",
    "15/01/2027 10:30 EST", "2027-01-15 10:30+99:00", "15/01/2027 (Monday)", "1e5", "46390.58.1",
    "9999999", "2027-01-15T10:30:00+", "Mar 32, 2025", "Smarch 3, 2025",
  ])
  func refusesWhatIsNoDate(text: String) {
    let value = WrittenDateTime(text)
    #expect(value == nil || value?.date(.dayMonthYear) == nil && value?.date(.monthDayYear) == nil, "\(text)")
  }

  /// Seeded random texts made of the characters dates are made of never crash the reader, and
  /// whatever it reads is a real date in range.
  @Test func randomTextsNeverCrash() {
    var random = SplitMix(seed: 2027)
    let pieces = ["1", "9", "0", "12", "31", "2027", "99999999999", "/", "-", ".", ":", " ", ",", "T", "Z", "+", "AM", "p.m.", "h", "م", "Mar", "GMT", "٣"]
    for _ in 0..<20_000 {
      let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      guard let value = WrittenDateTime(text) else { continue }
      for order in DateOrder.allCases {
        if let date = value.date(order) { #expect((1900...2199).contains(date.year), "\(text)") }
      }
      if let seconds = value.secondsOfDay { #expect((0..<86_400).contains(seconds), "\(text)") }
    }
  }
}

/// A small seeded generator (SplitMix64) for repeatable random tests.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
