import ConveneCore

/// Checks `travel.csv` against the participants and the event: who travels, passports valid
/// long enough, dates in order and near the event, rooms shared both ways in one hotel.
struct TravelChecks {
  let plan: EventPlan
  let travel: [TravelRecord]
  static let file = "travel.csv"
  /// Consulates ask for a passport valid this many months after the stay.
  static let passportMonthsAfter = 6

  func findings() -> [Finding] {
    let people = plan.participantsByID
    let byParticipant = Dictionary(travel.map { ($0.participant, $0) }, uniquingKeysWith: { first, _ in first })
    var findings: [Finding] = []
    for record in travel {
      guard let person = people[record.participant] else {
        findings.append(
          .error(
            Self.file, line: record.line, field: "participant",
            "\"\(record.participant)\" is not a participant"))
        continue
      }
      if person.status == .cancelled || person.status == .declined {
        findings.append(
          .warning(
            Self.file, line: record.line, field: "participant",
            "\(person.id) is \(person.status.rawValue); their travel and room may need cancelling"))
      }
      findings += passport(record)
      findings += dates(record)
      findings += rooms(record, byParticipant: byParticipant)
      findings += needs(record)
    }
    return findings + hotelSpellings()
  }

  /// A warning for each hotel written otherwise than on its first row (`grand hyatt` below
  /// `Grand Hyatt`): one hotel, listed once under its first spelling.
  func hotelSpellings() -> [Finding] {
    var first: [String: TravelRecord] = [:]
    var warned = Set<String>()
    var findings: [Finding] = []
    for record in travel where !record.hotel.isEmpty {
      let key = record.hotel.folded
      guard let earlier = first[key] else {
        first[key] = record
        continue
      }
      guard earlier.hotel != record.hotel, warned.insert(record.hotel).inserted else { continue }
      findings.append(
        .warning(
          Self.file, line: record.line, field: "hotel",
          "\"\(record.hotel)\" is \"\(earlier.hotel)\" (line \(earlier.line)) written another way: the lists show "
            + "one hotel, \"\(earlier.hotel)\"",
          hint: "write the hotel's name the same way on every row"))
    }
    return findings
  }

  func passport(_ record: TravelRecord) -> [Finding] {
    var findings: [Finding] = []
    guard let first = plan.event.dates.first, let last = plan.event.dates.last else { return [] }
    if let expiry = record.passportExpiry {
      let needed = TaskOffset(amount: Self.passportMonthsAfter, unit: .months).date(first: last, last: last)
      if expiry < first {
        findings.append(
          .warning(
            Self.file, line: record.line, field: "passport_expiry",
            "the passport expires on \(expiry), before the event begins",
            hint: "ask \(record.participant) for their new passport"))
      } else if expiry < needed {
        findings.append(
          .warning(
            Self.file, line: record.line, field: "passport_expiry",
            "the passport expires on \(expiry), less than \(Self.passportMonthsAfter) months after the event ends on \(last) (valid until \(needed) at least)",
            hint: "many countries refuse entry or a visa to a passport that expires within 6 months"))
      }
    }
    if record.needsVisa {
      for (column, value) in [("passport_number", record.passportNumber), ("nationality", record.nationality)]
      where value.isEmpty {
        findings.append(
          .warning(
            Self.file, line: record.line, field: column,
            "\(record.participant) needs a visa but the \(column == "nationality" ? "nationality" : "passport number") is missing",
            hint: "a visa support letter cannot be written without it"))
      }
    }
    return findings
  }

  func dates(_ record: TravelRecord) -> [Finding] {
    var findings: [Finding] = []
    if let arrival = record.arrivalAt, let departure = record.departureAt,
      departure.minutesSinceEpoch <= arrival.minutesSinceEpoch
    {
      findings.append(
        .error(
          Self.file, line: record.line, field: "departure_at",
          "departure (\(departure)) is not after arrival (\(arrival))"))
    }
    guard let first = plan.event.dates.first, let last = plan.event.dates.last else { return findings }
    // A stay that misses the event is a date typed wrong: the visa letter would state it, and
    // the rooming list book every night up to it.
    if let arrival = record.arrivalAt?.date, arrival > last {
      findings.append(
        .error(
          Self.file, line: record.line, field: "arrival_at",
          "\(record.participant) arrives on \(arrival), after the event's last day (\(first) to \(last))",
          hint: "correct the date"))
    }
    if let departure = record.departureAt?.date, departure < first {
      findings.append(
        .error(
          Self.file, line: record.line, field: "departure_at",
          "\(record.participant) leaves on \(departure), before the event's first day (\(first) to \(last))",
          hint: "correct the date"))
    }
    for (column, value) in [("arrival_at", record.arrivalAt), ("departure_at", record.departureAt)] {
      guard let date = value?.date, let distance = plan.event.daysAway(date) else { continue }
      let missesTheEvent = column == "arrival_at" ? date > last : date < first
      if distance > Event.plausibleDistance && !missesTheEvent {
        findings.append(
          .warning(
            Self.file, line: record.line, field: column,
            "\(date) is \(distance) days from the event (\(first) to \(last))",
            hint: "check the date"))
      }
    }
    return findings
  }

  func rooms(_ record: TravelRecord, byParticipant: [String: TravelRecord]) -> [Finding] {
    let partner = record.roomSharing
    guard !partner.isEmpty else { return [] }
    func error(_ message: String, hint: String? = nil) -> [Finding] {
      [.error(Self.file, line: record.line, field: "room_sharing", message, hint: hint)]
    }
    if partner == record.participant { return error("\(partner) cannot share a room with themselves") }
    if record.hotel.isEmpty { return error("\(record.participant) shares a room but has no hotel") }
    guard let other = byParticipant[partner] else {
      return plan.participantsByID[partner] == nil
        ? error("\"\(partner)\" is not a participant")
        : error("\(partner) has no row in travel.csv", hint: "add their row, naming \(record.participant) in room_sharing")
    }
    if other.roomSharing != record.participant {
      return error(
        "\(record.participant) shares with \(partner), but \(partner) "
          + (other.roomSharing.isEmpty ? "shares with nobody" : "shares with \(other.roomSharing)"),
        hint: "room sharing must be written on both rows")
    }
    if other.hotel.folded != record.hotel.folded {
      return error("\(record.participant) and \(partner) share a room but are in different hotels")
    }
    return record.participant < partner ? staysApart(record, other) : []
  }

  /// A warning when two people sharing a room are never there together: the room is booked
  /// from the first arrival to the last departure, nights that neither may need.
  func staysApart(_ record: TravelRecord, _ other: TravelRecord) -> [Finding] {
    guard let arrival = record.arrivalAt?.date, let departure = record.departureAt?.date,
      let otherArrival = other.arrivalAt?.date, let otherDeparture = other.departureAt?.date,
      departure <= otherArrival || otherDeparture <= arrival
    else { return [] }
    return [
      .warning(
        Self.file, line: record.line, field: "room_sharing",
        "\(record.participant) (\(arrival) to \(departure)) and \(other.participant) (\(otherArrival) to "
          + "\(otherDeparture)) share a room but are never there on the same night",
        hint: "the room is booked from the first arrival to the last departure; check the dates or the sharing")
    ]
  }

  func needs(_ record: TravelRecord) -> [Finding] {
    let lists = [
      ("dietary", record.dietary, TravelRecord.knownDietary),
      ("access", record.access, TravelRecord.knownAccess),
    ]
    return lists.flatMap { column, values, known in
      values.filter { !known.contains($0) }.map { value in
        Finding.warning(
          Self.file, line: record.line, field: column,
          "\"\(value)\" is not one of the usual \(column) needs; it is counted as written",
          hint: known.joined(separator: ", "))
      }
    }
  }
}
