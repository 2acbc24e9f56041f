/// A date and time as form tools, meeting reports and spreadsheets write them, read before it
/// is known whether `5/3/2027` is 5 March or May 3 (that is decided for a whole column, see
/// `DateColumnEvidence`).
///
/// Read: year first (`2027-01-15T07:32:11.000+03:00`, `2027/01/15 10:32:11 AM GMT+3`); two
/// numbers and a year (`15/01/2027 10:32`, `1/15/2027 2:02:11 PM`, `6/24/25, 1:47:45 PM`,
/// `15.01.2027 14 h 02`); month names of `FormToolWords.months` (`Mar 22, 2025 19:13:27`,
/// `22 Mar 2025`, `1er mars 2027`, `15 كانون الثاني 2027`); and
/// Excel serial numbers of the 1900 date system (`46390.58`). Times on 24-hour or 12-hour
/// clocks (`PM`, `p.m.`, Arabic `ص`/`م`), with seconds and fractions, and offsets (`Z`,
/// `+03:00`, `-0500`, `GMT+3`, `UTC`). Arabic-Indic digits count as digits; the Arabic comma
/// `،` is a comma, and the directional marks Arabic dates carry (U+200F RIGHT-TO-LEFT MARK,
/// U+200E, U+061C: `15‏/1‏/2027، 10:05:31 ص`, as Google Forms in Arabic writes) are dropped.
/// Anything else,
/// including numbers of more than nine digits and years outside 1900-2199, is not a date.
public struct WrittenDateTime: Sendable, Equatable {
  /// How the date was written.
  public enum Form: String, Sendable, Equatable, CaseIterable {
    /// Year, month, day (ISO 8601 and Google Forms' `2027/01/15`).
    case yearFirst
    /// With a month name (`Mar 22, 2025`).
    case monthName
    /// Two numbers and a year, in an order the column decides.
    case numeric
    /// An Excel serial number (days since 1899-12-30, 1900 date system).
    case serial
    /// An Excel serial number of a workbook saved in the 1904 date system (days since
    /// 1904-01-01).
    case serial1904

    /// True for a spreadsheet's serial number, in either date system.
    public var isSerial: Bool { self == .serial || self == .serial1904 }
  }

  /// The date as far as it is known.
  public enum Day: Sendable, Equatable {
    /// A date whose order was written unambiguously.
    case known(LocalDate)
    /// Two numbers and a year, as written: day and month in some order.
    case numeric(first: Int, second: Int, year: Int)
  }

  /// The date.
  public var day: Day
  /// How it was written.
  public var form: Form
  /// Seconds after midnight, when a time was written.
  public var secondsOfDay: Int?
  /// True when the time carried a morning or afternoon marker.
  public var twelveHourClock: Bool
  /// The offset from UTC in minutes, when one was written (`Z`, `UTC` and `GMT` are 0).
  public var offsetMinutes: Int?
  /// The weekday written before a month-name date (`mardi 9 mars 2027`), 1 for Monday to 7
  /// for Sunday (ISO 8601).
  public var weekday: Int?
  /// True when the year was written in two digits (`27/03/08`, `32/03/08`): read last (20xx)
  /// unless the column's order puts it first (`DateOrder.yearMonthDay`).
  public var twoDigitYear = false

  /// Reads `text`; nil when it is not one of the forms above.
  public init?(_ text: String) {
    var cursor = DateTextCursor(text)
    if let serial = cursor.serial() {
      self = serial
      return
    }
    guard !cursor.tokens.isEmpty else { return nil }
    guard let (day, form, twoDigitYear) = cursor.date() else { return nil }
    self.day = day
    self.form = form
    self.twoDigitYear = twoDigitYear
    weekday = cursor.writtenWeekday
    twelveHourClock = false
    cursor.skip { $0 == .space || $0 == .symbol(",") || $0 == .word(DateWords.t) || DateTextCursor.isJoiner($0) }
    if cursor.atEnd { return }
    guard let time = cursor.time() else { return nil }
    secondsOfDay = time.seconds
    twelveHourClock = time.twelveHour
    offsetMinutes = time.offset
    guard cursor.atEnd else { return nil }
  }

  /// The same serial number counted in the 1904 date system (1,462 days later), for a workbook
  /// saved in it; any other value as it is.
  public func countingFrom1904() -> WrittenDateTime {
    guard form == .serial, case .known(let date) = day else { return self }
    var value = self
    value.day = .known(LocalDate(daysSinceEpoch: date.daysSinceEpoch + Self.daysFrom1900To1904))
    value.form = .serial1904
    return value
  }

  /// Day 0 of the 1904 system (1904-01-01) is day 1,462 of the 1900 system.
  static let daysFrom1900To1904 = 1_462

  /// A value read before (its parts kept elsewhere).
  public init(
    day: Day, form: Form, secondsOfDay: Int?, twelveHourClock: Bool = false, offsetMinutes: Int? = nil, weekday: Int? = nil,
    twoDigitYear: Bool = false
  ) {
    self.weekday = weekday
    self.twoDigitYear = twoDigitYear
    self.day = day
    self.form = form
    self.secondsOfDay = secondsOfDay
    self.twelveHourClock = twelveHourClock
    self.offsetMinutes = offsetMinutes
  }

  /// True when the written weekday is not the date's (`mardi 8 mars 2027`: 8 March 2027 is a
  /// Monday): one of the two is wrong, and which is not known.
  public var contradictsWeekday: Bool {
    guard let weekday, case .known(let date) = day else { return false }
    return date.isoWeekday != weekday
  }

  /// The order this value proves for its column: day first when the first number is over
  /// 12, month first when the second is; nil when it proves nothing.
  public var evidence: DateOrder? {
    guard case .numeric(let first, let second, _) = day else { return nil }
    if first > 12 && second <= 12 { return .dayMonthYear }
    if second > 12 && first <= 12 { return .monthDayYear }
    return nil
  }

  /// The date a two-number value with a two-digit year is read year first (`27/03/08` is
  /// 2027-03-08); nil when it is none, or the value is of another form.
  public var yearFirstDate: LocalDate? {
    guard twoDigitYear, case .numeric(let first, let second, let year) = day else { return nil }
    return LocalDate(year: 2000 + first, month: second, day: year - 2000)
  }

  /// True when the value is a different date day first and month first (5/3, not 5/5).
  public var isAmbiguous: Bool {
    guard case .numeric(let first, let second, _) = day else { return false }
    return first <= 12 && second <= 12 && first != second
  }

  /// The date, reading two numbers in `order`; nil when that is no real date, or when the
  /// value is ambiguous and no order is given.
  public func date(_ order: DateOrder?) -> LocalDate? {
    switch day {
    case .known(let date): return date
    case .numeric(let first, let second, let year):
      let resolved = order ?? (first == second ? .dayMonthYear : evidence)
      switch resolved {
      case .dayMonthYear: return LocalDate(year: year, month: second, day: first)
      case .monthDayYear: return LocalDate(year: year, month: first, day: second)
      case .yearMonthDay: return yearFirstDate
      case nil: return nil
      }
    }
  }

  /// The wall-clock date and time (seconds dropped) with the offset as written.
  public func localDateTime(_ order: DateOrder?, bareDate: LocalDateTime.BareDate = .startOfDay) -> LocalDateTime? {
    guard let date = date(order) else { return nil }
    let time = secondsOfDay.map { TimeOfDay(minutes: $0 / 60) } ?? bareDate.time
    return LocalDateTime(date: date, time: time, offsetMinutes: offsetMinutes)
  }

  /// Seconds since 1970-01-01 00:00 UTC, the offset applied (a value without one is taken as
  /// UTC): a key that sorts submissions in time order.
  public func secondsSinceEpoch(_ order: DateOrder?) -> Int? {
    guard let date = date(order) else { return nil }
    return date.daysSinceEpoch * 86_400 + (secondsOfDay ?? 0) - (offsetMinutes ?? 0) * 60
  }
}

/// The lexical pieces of a written date: numbers (with how many digits they had), words (by
/// their number in `DateWords`), symbols and runs of white space. Plain values, copied freely.
enum DateToken: Equatable {
  case number(Int, digits: Int)
  case word(Int)
  case symbol(Unicode.Scalar)
  case space
}

/// The words a date may hold (lower case, without dots or marks), numbered once: the time
/// words, the month names and the 12-hour clock's markers of `FormToolWords`.
enum DateWords {
  static let all: [String] = {
    let monthWords = FormToolWords.months.joined().flatMap { name in name.split(separator: " ").map(String.init) }
    var words = ["t", "h", "z", "utc", "gmt"] + monthWords
    words += FormToolWords.weekdays.sorted() + FormToolWords.dateJoiners.sorted() + FormToolWords.ordinalSuffixes.sorted()
    for phrase in FormToolWords.morning.union(FormToolWords.afternoon).sorted() {
      words += phrase.split(separator: " ").map(String.init)
    }
    var seen = Set<String>()
    return words.filter { seen.insert($0).inserted }
  }()
  static let numbers: [String: Int] = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($0.element, $0.offset) })
  /// The month of each word, 1-12, or 0.
  static let months: [Int] = all.map { word in (FormToolWords.months.firstIndex { $0.contains(word) } ?? -1) + 1 }
  /// The months written in several words (`كانون الثاني`), longest first: the numbers of
  /// their words and the month, 1-12.
  static let monthPhrases: [(words: [Int], month: Int)] = FormToolWords.months.enumerated().flatMap { month, names in
    names.filter { $0.contains(" ") }.map { name in (name.split(separator: " ").map { number(String($0)) }, month + 1) }
  }.sorted { $0.words.count > $1.words.count }
  /// For each word: true when it may follow a day's number (`1er`, `1st`).
  static let ordinals: [Bool] = all.map(FormToolWords.ordinalSuffixes.contains)
  /// For each word: true when it marks an afternoon by itself, false a morning, nil neither.
  static let meridiem: [Bool?] = all.map { word in
    FormToolWords.afternoon.contains(word) ? true : FormToolWords.morning.contains(word) ? false : nil
  }
  /// For each word: true for a weekday's name or a word joining a date's parts.
  static let weekdays: [Bool] = all.map(FormToolWords.weekdays.contains)
  static let joiners: [Bool] = all.map(FormToolWords.dateJoiners.contains)
  /// For each word that names one weekday: its number, 1 for Monday to 7 for Sunday.
  static let weekdayNumbers: [Int: Int] = Dictionary(
    uniqueKeysWithValues: all.indices.compactMap { index in
      FormToolWords.weekdayNames.firstIndex { $0.contains(all[index]) }.map { (index, $0 + 1) }
    })
  static let t = 0, h = 1, z = 2, utc = 3, gmt = 4
  /// The number of an unknown word.
  static let unknown = -1

  static func number(_ word: String) -> Int { numbers[word] ?? unknown }
}

/// Walks the tokens of one written date.
struct DateTextCursor {
  let text: Substring
  private(set) var tokens: [DateToken] = []
  private var index = 0
  /// The weekday passed by `skipWeekday`, 1 for Monday to 7 for Sunday.
  private(set) var writtenWeekday: Int?

  /// The longest number read: more digits make the text no date (and cannot overflow).
  static let maximumDigits = 9

  init(_ text: String) {
    self.text = Substring(text.trimmed)
    tokens = Self.tokens(in: self.text) ?? []
  }

  var atEnd: Bool { index >= tokens.count }

  private var current: DateToken? { index < tokens.count ? tokens[index] : nil }

  static func digit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value - 0x30)
    case 0x660...0x669: Int(scalar.value - 0x660)  // Arabic-Indic
    case 0x6F0...0x6F9: Int(scalar.value - 0x6F0)  // Eastern Arabic-Indic
    default: nil
    }
  }

  /// What a scalar is to the tokenizer; ASCII is decided without Unicode's tables.
  enum Kind {
    case digit(Int), letter, mark, space, other
  }

  static func kind(_ scalar: Unicode.Scalar) -> Kind {
    switch scalar.value {
    case 0x30...0x39: return .digit(Int(scalar.value - 0x30))
    case 0x41...0x5A, 0x61...0x7A: return .letter
    case 0x20, 0x09...0x0D: return .space
    case 0...0x7F: return .other
    default:
      if let value = digit(scalar) { return .digit(value) }
      if directionalMarks.contains(scalar.value) { return .mark }
      let properties = scalar.properties
      // Arabic vowel marks (صباحًا) count as alphabetic: they are dropped first.
      if properties.generalCategory == .nonspacingMark { return .mark }
      if properties.isAlphabetic { return .letter }
      return properties.isWhitespace ? .space : .other
    }
  }

  /// Left-to-right, right-to-left and Arabic letter marks: invisible, dropped.
  static let directionalMarks: Set<UInt32> = [0x200E, 0x200F, 0x061C]

  /// The tokens, or nil when a number is too long to be part of a date. ASCII text (most
  /// dates) is read from its bytes; other text scalar by scalar.
  static func tokens(in text: Substring) -> [DateToken]? {
    if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes -> [DateToken]?? in
      bytes.contains { $0 >= 0x80 } ? .none : .some(asciiTokens(in: bytes))
    }), let result = ascii {
      return result
    }
    return scalarTokens(in: text)
  }

  static func asciiTokens(in bytes: UnsafeBufferPointer<UInt8>) -> [DateToken]? {
    var tokens: [DateToken] = []
    tokens.reserveCapacity(16)
    var number = 0, digits = 0
    var wordStart = -1
    func flush(at end: Int) {
      if digits > 0 { tokens.append(.number(number, digits: digits)) }
      if wordStart >= 0 {
        let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
        tokens.append(.word(DateWords.number(String(unsafeUninitializedCapacity: word.count) { buffer in
          var count = 0
          for byte in word where byte != UInt8(ascii: ".") {
            buffer[count] = (0x41...0x5A).contains(byte) ? byte + 32 : byte
            count += 1
          }
          return count
        })))
      }
      number = 0
      digits = 0
      wordStart = -1
    }
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case 0x30...0x39:
        if wordStart >= 0 { flush(at: index) }
        guard digits < maximumDigits else { return nil }
        number = number * 10 + Int(byte - 0x30)
        digits += 1
      case 0x41...0x5A, 0x61...0x7A:
        if digits > 0 { flush(at: index) }
        if wordStart < 0 { wordStart = index }
      case UInt8(ascii: ".") where wordStart >= 0: continue  // a.m., p.m.
      case 0x20, 0x09...0x0D:
        flush(at: index)
        if tokens.last != .space { tokens.append(.space) }
      default:
        flush(at: index)
        tokens.append(.symbol(Unicode.Scalar(byte)))
      }
    }
    flush(at: bytes.count)
    return tokens
  }

  static func scalarTokens(in text: Substring) -> [DateToken]? {
    var tokens: [DateToken] = []
    tokens.reserveCapacity(16)
    var number = 0, digits = 0
    var word = String.UnicodeScalarView()
    func flush() {
      if digits > 0 { tokens.append(.number(number, digits: digits)) }
      if !word.isEmpty { tokens.append(.word(DateWords.number(String(word)))) }
      number = 0
      digits = 0
      word = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      switch kind(scalar) {
      case .digit(let value):
        if !word.isEmpty { flush() }
        guard digits < maximumDigits else { return nil }
        number = number * 10 + value
        digits += 1
      case .mark: continue
      case .letter:
        if digits > 0 { flush() }
        if scalar.isASCII {
          word.append(scalar.value < 0x61 ? Unicode.Scalar(scalar.value + 32)! : scalar)
        } else {
          word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
      case .space:
        flush()
        if tokens.last != .space { tokens.append(.space) }
      case .other:
        if scalar == "." && !word.isEmpty { continue }  // a.m., p.m.
        flush()
        tokens.append(.symbol(scalar == "\u{060C}" ? "," : scalar))  // the Arabic comma
      }
    }
    flush()
    return tokens
  }

  mutating func skip(while matches: (DateToken) -> Bool) {
    while let token = current, matches(token) { index += 1 }
  }

  mutating func skipSpaces() { skip { $0 == .space } }

  private mutating func number(digits allowed: ClosedRange<Int>) -> Int? {
    guard case .number(let value, let digits) = current, allowed.contains(digits) else { return nil }
    index += 1
    return value
  }

  /// The symbol at the cursor when it is one of `allowed` (a few ASCII characters).
  private mutating func symbol(oneOf allowed: StaticString) -> Unicode.Scalar? {
    guard case .symbol(let symbol) = current, symbol.isASCII else { return nil }
    let found = allowed.withUTF8Buffer { $0.contains(UInt8(symbol.value)) }
    guard found else { return nil }
    index += 1
    return symbol
  }

  private mutating func symbol(_ allowed: Unicode.Scalar) -> Unicode.Scalar? {
    guard case .symbol(let symbol) = current, symbol == allowed else { return nil }
    index += 1
    return symbol
  }

  /// A month's name: one word, or the words of `DateWords.monthPhrases` with a space between.
  private mutating func month() -> Int? {
    guard case .word(let word) = current, word >= 0 else { return nil }
    for phrase in DateWords.monthPhrases where phrase.words[0] == word && followed(by: phrase.words.dropFirst()) {
      index += 2 * phrase.words.count - 1
      return phrase.month
    }
    guard DateWords.months[word] > 0 else { return nil }
    index += 1
    return DateWords.months[word]
  }

  /// True when the tokens after the current one are `words`, each after a space.
  private func followed(by words: ArraySlice<Int>) -> Bool {
    var at = index + 1
    for word in words {
      guard at + 1 < tokens.count, tokens[at] == .space, tokens[at + 1] == .word(word) else { return false }
      at += 2
    }
    return true
  }

  /// Passes what may follow a day's number (`1er`, `1st`, `1º`, `1°`).
  private mutating func skipOrdinal() {
    switch current {
    case .word(let word) where word >= 0 && DateWords.ordinals[word]: index += 1
    case .symbol("°"): index += 1
    default: break
    }
  }

  /// A year of four digits (1900-2199) or two (20xx).
  static func year(_ value: Int, digits: Int) -> Int? {
    if digits == 2 { return 2000 + value }
    guard digits == 4, (1900...2199).contains(value) else { return nil }
    return value
  }

  /// The whole text as an Excel serial number (`46390`, `46390.58`), limited to 1950-2199.
  mutating func serial() -> WrittenDateTime? {
    var whole = 0, wholeDigits = 0, fraction = 0.0, scale = 1.0, seenPoint = false
    for scalar in text.unicodeScalars {
      if let value = Self.digit(scalar), scalar.isASCII {
        if seenPoint {
          scale /= 10
          fraction += Double(value) * scale
        } else {
          guard wholeDigits < 7 else { return nil }
          whole = whole * 10 + value
          wholeDigits += 1
        }
      } else if (scalar == "." || scalar == ",") && !seenPoint && wholeDigits > 0 {
        seenPoint = true
      } else {
        return nil
      }
    }
    guard wholeDigits > 0, (18_264...109_574).contains(whole) else { return nil }
    var days = whole
    var seconds = Int((fraction * 86_400).rounded())
    if seconds >= 86_400 {
      days += 1
      seconds -= 86_400
    }
    // Day 0 of the 1900 system is 1899-12-30 for every serial after Excel's 29 February 1900.
    let date = LocalDate(daysSinceEpoch: days - 25_569)
    // A whole number is a date cell without a time (a date-only format), like `2027-05-11`.
    return WrittenDateTime(day: .known(date), form: .serial, secondsOfDay: seenPoint ? seconds : nil)
  }

  /// The date at the start of the text.
  /// The date at the start of the text, and whether its year had two digits.
  mutating func date() -> (WrittenDateTime.Day, WrittenDateTime.Form, Bool)? {
    let start = index
    if let result = numericDate() { return result }
    index = start
    if let result = dayMonthNameYear() { return (result.0, result.1, false) }
    index = start
    if let result = monthNameDayYear() { return (result.0, result.1, false) }
    return nil
  }

  /// `2027-01-15`, `2027/1/15`, `15/01/2027`, `1/15/27`, `15.01.2027`.
  /// `32/03/08`, two digits over 31 before two numbers of two digits, is a two-digit year first
  /// (2032-03-08): no day is over 31.
  private mutating func numericDate() -> (WrittenDateTime.Day, WrittenDateTime.Form, Bool)? {
    guard case .number(let first, let firstDigits) = current else { return nil }
    index += 1
    guard let separator = symbol(oneOf: "/-."), let second = number(digits: 1...2),
      symbol(separator) != nil, case .number(let third, let thirdDigits) = current
    else { return nil }
    index += 1
    if firstDigits == 4 {
      guard thirdDigits <= 2, let year = Self.year(first, digits: 4),
        let date = LocalDate(year: year, month: second, day: third)
      else { return nil }
      return (.known(date), .yearFirst, false)
    }
    if firstDigits == 2, thirdDigits == 2, first > 31 {
      guard let date = LocalDate(year: 2000 + first, month: second, day: third) else { return nil }
      return (.known(date), .yearFirst, true)
    }
    guard firstDigits <= 2, (1...31).contains(first), (1...31).contains(second),
      let year = Self.year(third, digits: thirdDigits)
    else { return nil }
    return (.numeric(first: first, second: second, year: year), .numeric, thirdDigits == 2)
  }

  /// `22 Mar 2025`, `22-Mar-2025`, `05/mar/2027` (Mexico), `mardi 9 mars 2027`, `9 de marzo
  /// de 2027`.
  private mutating func dayMonthNameYear() -> (WrittenDateTime.Day, WrittenDateTime.Form)? {
    skipWeekday()
    guard let day = number(digits: 1...2) else { return nil }
    skipOrdinal()
    skip { $0 == .space || $0 == .symbol("-") || $0 == .symbol("/") || Self.isJoiner($0) }
    guard let month = month() else { return nil }
    skip { $0 == .space || $0 == .symbol("-") || $0 == .symbol("/") || $0 == .symbol(",") || Self.isJoiner($0) }
    return yearAfterMonthName(month: month, day: day)
  }

  /// Passes a weekday's name and what follows it (`mardi `, `Tuesday, `, the Portuguese
  /// `sexta-feira, `), and a joining word before the day (`le 9 mars`).
  private mutating func skipWeekday() {
    writtenWeekday = nil
    var seen: Int?
    var afterWeekday = false
    skip { token in
      if case .word(let word) = token, word >= 0 {
        if let day = DateWords.weekdayNumbers[word] { seen = day }
        afterWeekday = DateWords.weekdays[word]
        return DateWords.weekdays[word] || DateWords.joiners[word]
      }
      let hyphenated = afterWeekday && token == .symbol("-")
      afterWeekday = false
      return token == .space || token == .symbol(",") || hyphenated
    }
    writtenWeekday = seen
  }

  /// True for a word joining a date's parts (`de`, `à`).
  static func isJoiner(_ token: DateToken) -> Bool {
    guard case .word(let word) = token, word >= 0 else { return false }
    return DateWords.joiners[word]
  }

  /// `Mar 22, 2025`, `March 22 2025`, `Tuesday, March 9, 2027`.
  private mutating func monthNameDayYear() -> (WrittenDateTime.Day, WrittenDateTime.Form)? {
    skipWeekday()
    guard let month = month() else { return nil }
    skipSpaces()
    guard let day = number(digits: 1...2) else { return nil }
    skipOrdinal()
    skip { $0 == .space || $0 == .symbol(",") }
    return yearAfterMonthName(month: month, day: day)
  }

  private mutating func yearAfterMonthName(month: Int, day: Int) -> (WrittenDateTime.Day, WrittenDateTime.Form)? {
    guard case .number(let value, let digits) = current, let year = Self.year(value, digits: digits),
      let date = LocalDate(year: year, month: month, day: day)
    else { return nil }
    index += 1
    return (.known(date), .monthName)
  }

  /// `14:02`, `14:02:11.000`, `2:02:11 PM`, `14 h 02`, `19h`, then an offset; seconds after midnight.
  mutating func time() -> (seconds: Int, twelveHour: Bool, offset: Int?)? {
    guard var hour = number(digits: 1...2) else { return nil }
    skipSpaces()
    let colon = symbol(":") != nil
    guard colon || word(DateWords.h) else { return nil }
    skipSpaces()
    // `19h` alone is 19:00, as French and Portuguese write a whole hour.
    let minute = number(digits: 2...2) ?? (colon ? 60 : 0)
    guard minute < 60 else { return nil }
    var second = 0
    if symbol(":") != nil {
      guard let value = number(digits: 2...2), value <= 60 else { return nil }
      second = min(value, 59)
      if symbol(oneOf: ".,") != nil, number(digits: 1...DateTextCursor.maximumDigits) == nil { return nil }
    }
    skipSpaces()
    var meridiem = self.meridiem()
    skipSpaces()
    let offset = self.offset()
    if offset == .invalid { return nil }
    skipSpaces()
    if meridiem == nil { meridiem = self.meridiem() }
    skipSpaces()
    if let afternoon = meridiem {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + (afternoon ? 12 : 0)
    } else {
      guard hour < 24 else { return nil }
    }
    let minutes: Int? = if case .minutes(let value) = offset { value } else { nil }
    return (hour * 3600 + minute * 60 + second, meridiem != nil, minutes)
  }

  private mutating func word(_ allowed: Int) -> Bool {
    guard case .word(let word) = current, word == allowed else { return false }
    index += 1
    return true
  }

  /// True for an afternoon marker, false for a morning one, nil for none.
  private mutating func meridiem() -> Bool? {
    guard case .word(let first) = current, first >= 0 else { return nil }
    // One word ("PM", "p.m.", "م") is told at once; phrases ("a. m.") are put together.
    if let afternoon = DateWords.meridiem[first] {
      index += 1
      return afternoon
    }
    let start = index
    var words: [String] = []
    while case .word(let word) = current, word >= 0, words.count < 2 {
      words.append(DateWords.all[word])
      index += 1
      skipSpaces()
    }
    // "a. m." is two words; "am" one.
    for count in stride(from: words.count, to: 0, by: -1) {
      let phrase = words.prefix(count).joined(separator: " ")
      let afternoon = FormToolWords.afternoon.contains(phrase)
      if afternoon || FormToolWords.morning.contains(phrase) {
        index = start
        for _ in 0..<count {
          index += 1
          skipSpaces()
        }
        return afternoon
      }
    }
    index = start
    return nil
  }

  enum Offset: Equatable {
    case none, invalid
    case minutes(Int)
  }

  /// `Z`, `UTC`, `GMT`, optionally followed by `+3`, `+03:00`, `-0500`; or the sign alone.
  private mutating func offset() -> Offset {
    let named = word(DateWords.z) || word(DateWords.utc) || word(DateWords.gmt)
    guard let sign = symbol(oneOf: "+-") else { return named ? .minutes(0) : .none }
    guard case .number(let value, let digits) = current else { return .invalid }
    index += 1
    var hours = value, minutes = 0
    switch digits {
    case 1, 2:
      if symbol(":") != nil {
        guard let value = number(digits: 2...2) else { return .invalid }
        minutes = value
      }
    case 3, 4:
      hours = value / 100
      minutes = value % 100
    default: return .invalid
    }
    guard hours <= 14, minutes < 60 else { return .invalid }
    return .minutes((sign == "-" ? -1 : 1) * (hours * 60 + minutes))
  }
}
