import ConveneCSV
import ConveneCore

/// `travel.csv`: one row per person travelling,
/// `participant,nationality,passport_number,passport_expiry,needs_visa,arrival_flight,arrival_at,departure_flight,departure_at,hotel,room_sharing,dietary,access,funded`.
/// Read strictly: UTF-8 only (a cell that is not is named), every column present, every cell
/// checked (ids, one row each, codes, dates in `Limits.years`, times at the venue, flight
/// numbers).
public enum TravelFile {
  /// The file name.
  public static let name = "travel.csv"
  /// The columns, in order.
  public static let columns = [
    "participant", "nationality", "passport_number", "passport_expiry", "needs_visa",
    "arrival_flight", "arrival_at", "departure_flight", "departure_at", "hotel", "room_sharing",
    "dietary", "access", "funded",
  ]

  /// Reads the records and the problems found in single rows; a workspace without the file
  /// has no travel.
  public static func read(_ bytes: [UInt8]) -> (records: [TravelRecord], findings: [Finding]) {
    guard !bytes.isEmpty else { return ([], []) }
    // Every column: a list made without one (`needs_visa`, `dietary`) would say "nobody".
    var file = CSVFile(name: name, bytes: bytes, expected: columns, required: columns)
    var firstLines: [String: Int] = [:]
    let records = file.rows { row -> TravelRecord? in
      let participant = row.id("participant")
      if let first = firstLines[participant] {
        row.error("participant", "\(participant) has a second row", hint: "first on line \(first); one row per person")
      } else if !participant.isEmpty {
        firstLines[participant] = row.line
      }
      let nationality = row.text("nationality").uppercased()
      if !nationality.isEmpty && Country.withCode(nationality) == nil {
        row.error(
          "nationality", "\"\(Identifier.shown(row.text("nationality")))\" is not a country code",
          hint: "the ISO 3166-1 alpha-2 code of the passport's country, such as SN or NG")
      }
      let passport = row.text("passport_number")
      if !passport.isEmpty && !isPassportNumber(passport) {
        row.error(
          "passport_number", "\"\(Identifier.shown(passport))\" is not a passport number",
          hint: "5 to 20 capital letters and digits, as printed in the passport")
      }
      let expiry = row.date("passport_expiry")
      let arrivalFlight = flight(&row, "arrival_flight")
      let departureFlight = flight(&row, "departure_flight")
      let arrival = venueTime(&row, "arrival_at", bareDate: .of(.arrival))
      let departure = venueTime(&row, "departure_at", bareDate: .of(.departure))
      let roomSharing = row.optionalID("room_sharing")
      guard !participant.isEmpty else { return nil }
      var record = TravelRecord(
        participant: participant, nationality: nationality, passportNumber: passport,
        passportExpiry: expiry, needsVisa: row.flag("needs_visa") ?? false,
        arrivalFlight: arrivalFlight, arrivalAt: arrival, departureFlight: departureFlight,
        departureAt: departure, hotel: row.singleLine("hotel"), roomSharing: roomSharing,
        dietary: needs(row.singleLine("dietary").listItems()),
        access: needs(row.singleLine("access").listItems()),
        funded: row.flag("funded"), line: row.line)
      record.arrivalTimeGiven = LocalDate(row.text("arrival_at").trimmed) == nil
      return record
    }
    return (records, file.findings)
  }

  /// A date and time at the venue, as the pick-up list shows it: without an offset (a time
  /// written with one would be listed as if it were the venue's) and not `24:00`.
  static func venueTime(_ row: inout RowReader, _ column: String, bareDate: LocalDateTime.BareDate) -> LocalDateTime? {
    guard let value = row.dateTime(column, bareDate: bareDate) else { return nil }
    if value.offsetMinutes != nil {
      row.error(
        column, "\"\(Identifier.shown(row.text(column)))\" carries an offset from UTC",
        hint: "write the time at the venue, as the airport's board shows it, without an offset, such as 2027-03-08 10:05")
      return nil
    }
    if value.time.minutes >= 24 * 60 {
      row.error(column, "\"\(Identifier.shown(row.text(column)))\" is not a time of day", hint: "midnight is 00:00 of the next day")
      return nil
    }
    return value
  }

  /// 5 to 20 capital letters and digits.
  static func isPassportNumber(_ text: String) -> Bool {
    (5...20).contains(text.count)
      && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
  }

  /// A flight number (`AF718`, `AF 718`, `ET0908`): an airline code of two or three capital
  /// letters or digits, then 1 to 4 digits and an optional letter; written without the space.
  static func flight(_ row: inout RowReader, _ column: String) -> String {
    let text = row.text(column)
    guard !text.isEmpty else { return "" }
    let compact = text.filter { $0 != " " }
    let scalars = Array(compact.unicodeScalars)
    func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
    func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    // Two letters or digits (at least one letter), or three letters (ICAO).
    let airline = scalars.count > 3 && scalars.prefix(3).allSatisfy(isLetter) ? 3 : 2
    let number = scalars.dropFirst(airline).prefix(while: isDigit)
    let suffix = scalars.dropFirst(airline + number.count)
    guard scalars.count > airline,
      scalars.prefix(airline).allSatisfy({ isLetter($0) || isDigit($0) }),
      scalars.prefix(airline).contains(where: isLetter),
      (1...4).contains(number.count), suffix.count <= 1, suffix.allSatisfy(isLetter)
    else {
      row.error(column, "\"\(Identifier.shown(text))\" is not a flight number", hint: "write AF718; leave it empty for travel by road or rail")
      return ""
    }
    return compact
  }

  /// Needs in lower case, each once, in the order written.
  static func needs(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.map { $0.lowercased() }.filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
