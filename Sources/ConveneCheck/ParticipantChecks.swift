import ConveneCore

/// Checks of `participants.csv` across its rows and against `event.json`: ids, e-mails,
/// categories, regions, dates and places (the rules of a row alone, `ParticipantRowRules`, are
/// applied where the file is read).
struct ParticipantChecks {
  let plan: EventPlan
  let file = "participants.csv"

  func findings() -> [Finding] {
    var findings = ParticipantIdentity.findings(of: plan.participants, file: file)
    let categories = plan.event.categories.map(\.id)
    for person in plan.participants {
      findings += personFindings(person, categories: categories)
    }
    findings += placeFindings()
    return findings
  }

  /// The characters of a name that holds no letter (direction marks, punctuation or Arabic
  /// tatweels only, accepted at import with its warning), as a message names them; nil for an
  /// empty name or one with a letter. Such a name would print nothing on a badge or a certificate.
  static func letterless(_ name: String) -> String? {
    // The tatweel (U+0640) stretches the letters around it and is none itself.
    guard !name.isEmpty, !name.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.value != 0x0640 }) else {
      return nil
    }
    return name.unicodeScalars.prefix(8).map(UnsafeCharacter.named).joined(separator: ", ")
  }

  func personFindings(_ person: Participant, categories: [String]) -> [Finding] {
    var findings: [Finding] = []
    func error(_ field: String, _ message: String, hint: String? = nil) {
      findings.append(.error(file, line: person.line, field: field, message, hint: hint))
    }
    func warning(_ field: String, _ message: String, hint: String? = nil) {
      findings.append(.warning(file, line: person.line, field: field, message, hint: hint))
    }
    // One end written with an offset and the other on the event's clock: the file's own rule
    // cannot tell (it knows no zone), the event's zone can.
    if let arrival = person.arrival, let departure = person.departure,
      (arrival.offsetMinutes == nil) != (departure.offsetMinutes == nil),
      ParticipantRowRules.leaves(departure, before: arrival, eventZone: plan.event.timezone)
    {
      error(
        "departure",
        "\(person.id) leaves (\(departure)) before arriving (\(arrival)), a time without an offset being "
          + "\(plan.event.timezone) time")
    }
    if let characters = Self.letterless(person.name) {
      warning("name", "the name holds no letter (\(characters)): nothing of it can be read", hint: "write the person's name")
    }
    // Mail carries a plain (ASCII) address only: convene's messages do not use SMTPUTF8.
    if let letter = person.email.unicodeScalars.first(where: { !$0.isASCII }) {
      warning(
        "email", "\"\(person.email)\" holds \"\(letter)\", which mail without SMTPUTF8 cannot carry: invite and notify refuse to write to it",
        hint: "the person's plain address (a domain's xn-- form)")
    }
    if person.category.isEmpty {
      warning("category", "no category for \(person.id)", hint: "one of \(categories.joined(separator: ", "))")
    } else if !categories.contains(person.category) {
      error("category", "unknown category \"\(person.category)\"", hint: "one of \(categories.joined(separator: ", "))")
    }
    if !person.region.isEmpty {
      if Country.region(named: person.region) != person.region {
        warning("region", "\"\(person.region)\" is not one of the network's regions", hint: "leave it empty: it is filled in from the country")
      } else if let country = Country.withCode(person.country), country.region != person.region {
        warning("region", "\(person.country) is in \(country.region), not \(person.region)", hint: "leave it empty: it is filled in from the country")
      }
    }
    if !person.gender.isEmpty && !DemographicValues.genders.contains(person.gender) {
      warning("gender", "\"\(person.gender)\" is not one of \(DemographicValues.genders.joined(separator: ", "))")
    }
    if !person.ageGroup.isEmpty && !DemographicValues.isAgeGroup(person.ageGroup) {
      warning(
        "age_group",
        "\"\(person.ageGroup)\" is not one of \(DemographicValues.ageGroups.joined(separator: ", ")) nor a range such as 18-35 or 56+")
    }
    for (field, value) in [("arrival", person.arrival), ("departure", person.departure)] {
      guard let date = value?.date, plan.event.isFarFrom(date), let distance = plan.event.daysAway(date) else { continue }
      warning(
        field, "\(person.id)'s \(field) (\(date)) is \(distance) days from the event",
        hint: "check the date: a day-first date read month first (or the other way) moves it by months")
    }
    findings += WorkspaceChecker.dayReferences(
      person.unavailable, dates: plan.event.dates, file: file, line: person.line, column: "unavailable")
    return findings
  }

  func placeFindings() -> [Finding] {
    var findings: [Finding] = []
    let holding = plan.participants.filter(\.holdsPlace)
    if let capacity = plan.event.capacity, holding.count > capacity {
      findings.append(
        .warning(
          file, "\(holding.count) people hold a place but the event's capacity is \(capacity)",
          hint: "cancel or waitlist some, or raise capacity in event.json"))
    }
    let waiting = PlaceCounter.promotable(plan.participants, at: plan.event)
    if !waiting.isEmpty {
      findings.append(
        .warning(
          file, field: "status",
          "\(waiting.count) waitlisted \(waiting.count == 1 ? "person has" : "people have") a free place (\(waiting.map(\.id).joined(separator: ", ")); \(holding.count) of \(plan.event.capacity.map(String.init) ?? "unlimited") places held): "
            + "a waiting-list notice would tell them no place is free",
          hint: "run `convene participants promote`"))
    }
    for category in plan.event.categories {
      guard let quota = category.quota else { continue }
      let count = holding.filter { $0.category == category.id }.count
      if count > quota {
        findings.append(
          .warning(
            file, field: "category",
            "\(count) people of category \(category.id) hold a place but its quota is \(quota)"))
      }
    }
    return findings
  }
}
