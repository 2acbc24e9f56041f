import ConveneCore

/// The checks across the network's files: requests from member cities, framework questions
/// that some event asks, event ids used once, and the participants' cities that match no
/// member city or were no member then (warnings, one per city and event), and requests of a
/// city that was no member then (warnings, one per city).
public enum NetworkChecker {
  /// A name a file gives on a line (a request's city).
  public struct Mention: Sendable, Equatable {
    /// The name as written.
    public var name: String
    /// The line of the file it is on.
    public var line: Int
  }

  /// A framework indicator's question, with its measure when it is one.
  public struct QuestionMention: Sendable, Equatable {
    /// The indicator's id.
    public var indicator: String
    /// The question it counts.
    public var question: String
    /// The measure, when the question is one.
    public var measure: NetworkMeasure?
    /// The indicator's line in the file.
    public var line: Int
  }

  /// What the files name, read from every row and indicator (those left out for another error
  /// too), so that a city or question that does not exist is reported whatever else is wrong.
  struct Mentions: Sendable {
    /// Every id of `cities.csv`.
    var cities: Set<String>
    /// The cities of the rows of `cities.csv` left out for an error, as far as they read.
    var citiesLeftOut: [MemberCity] = []
    /// Every request's city.
    var requests: [Mention]
    /// Every indicator's question.
    var questions: [QuestionMention]
  }

  /// The problems across the files of `records` (each file's own are found where it is read).
  public static func check(_ records: NetworkRecords) -> [Finding] { check(records, mentions: nil) }

  /// The same, with `mentions` (by default what the records hold) checked against the cities
  /// and events.
  static func check(_ records: NetworkRecords, mentions: Mentions?) -> [Finding] {
    var findings: [Finding] = []
    let mentions = mentions ?? Mentions(records)
    let cityIDs = Set(records.cities.map(\.id)).union(mentions.cities)
    for request in mentions.requests where !cityIDs.contains(request.name) {
      findings.append(
        .error(
          RequestsFile.name, line: request.line, field: "city", "\"\(request.name)\" is not a city of \(CitiesFile.name)",
          hint: "use the city's id"))
    }
    findings += frameworkQuestions(records, mentions.questions)
    var seen: [String: String] = [:]
    for event in records.events {
      if let first = seen[event.id] {
        findings.append(
          .error(
            NetworkFile.name, line: event.line, field: "events", "\(event.path) is the event \(event.id), like \(first): each event counts once"))
      }
      seen[event.id] = event.path
    }
    findings += copiedEvents(records)
    findings += nearCopies(records)
    findings += unmatchedCities(records, leftOut: mentions.citiesLeftOut)
    findings += citiesNotMembersThen(records)
    findings += requestsFromCitiesNotMembersThen(records)
    return findings
  }

  /// An error for each event that holds the same people (by e-mail address) on the same days
  /// as an earlier one under another id: a workspace copied and its id changed, which would
  /// count everyone twice. Two events are never the same people on the same days.
  static func copiedEvents(_ records: NetworkRecords) -> [Finding] {
    struct Key: Hashable {
      var days: [LocalDate]
      var people: Set<String>
    }
    var first: [Key: NetworkEvent] = [:]
    var findings: [Finding] = []
    for event in records.events {
      let people = Set(event.records.plan.participants.map(\.email).filter { !$0.isEmpty })
      guard !people.isEmpty else { continue }
      let key = Key(days: event.records.plan.event.dates, people: people)
      if let earlier = first[key], earlier.id != event.id {
        findings.append(
          .error(
            NetworkFile.name, line: event.line, field: "events",
            "\(event.path) (event \(event.id)) holds the same \(people.count) people on the same days as \(earlier.path) "
              + "(event \(earlier.id)): one event copied under another id would count everyone twice",
            hint: "list each event once: remove the copy from \(NetworkFile.name)"))
      } else if first[key] == nil {
        first[key] = event
      }
    }
    return findings
  }

  /// A warning for each event on the same days as an earlier one whose people (by e-mail
  /// address, at least 5) are nearly all, nine in ten or more, among the earlier one's, or
  /// the other way round: a copy with a few rows changed counts most people twice. Two events
  /// of one week may share people, rarely nearly all of them; `copiedEvents` refuses an exact
  /// copy.
  static func nearCopies(_ records: NetworkRecords) -> [Finding] {
    var findings: [Finding] = []
    var earlier: [(event: NetworkEvent, people: Set<String>)] = []
    for event in records.events {
      let people = Set(event.records.plan.participants.map { $0.email.lowercased() }.filter { !$0.isEmpty })
      defer { earlier.append((event, people)) }
      guard people.count >= 5 else { continue }
      for (other, theirs) in earlier
      where other.id != event.id && other.records.plan.event.dates == event.records.plan.event.dates && theirs != people {
        let shared = people.intersection(theirs).count
        guard 10 * shared >= 9 * min(people.count, theirs.count) else { continue }
        findings.append(
          .warning(
            NetworkFile.name, line: event.line, field: "events",
            "\(event.path) (event \(event.id)) shares \(shared) of its \(people.count) people with \(other.path) (event \(other.id), "
              + "\(theirs.count) people) on the same days: a copy with a few rows changed would count them twice",
            hint: "if it is a copy, remove it from \(NetworkFile.name)"))
        break
      }
    }
    return findings
  }

  /// A warning for each member city with requests of a year it was no member (it joined later,
  /// or has left): its record leaves them out, only the network's totals count them.
  static func requestsFromCitiesNotMembersThen(_ records: NetworkRecords) -> [Finding] {
    let cities = Dictionary(records.cities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var uncounted: [String: [HelpRequest]] = [:]
    var order: [String] = []
    for request in records.requests {
      guard let city = cities[request.city], !city.isMember(in: request.date.year) else { continue }
      if uncounted[city.id] == nil { order.append(city.id) }
      uncounted[city.id, default: []].append(request)
    }
    return order.compactMap { id in
      guard let city = cities[id], let requests = uncounted[id], let first = requests.first else { return nil }
      let before = city.status == .left ? "" : " from before"
      let counted =
        requests.count == 1
        ? "its request of \(first.date)\(before) counts" : "its \(requests.count) requests\(before) count"
      let why = city.status == .left ? "has left the network" : "joined in \(city.joined?.year ?? 0)"
      return Finding.warning(
        RequestsFile.name, line: first.line, field: "city",
        "\"\(Identifier.shown(city.name))\" \(why); \(counted) only in the network's totals, not in its record",
        hint: "check `joined` and `status` of \(city.id) in \(CitiesFile.name)")
    }
  }

  /// Framework indicators that read a feedback question no event asks (or not as a scale,
  /// for a mean).
  /// When an event could not be read, the question is one no event that could be read asks.
  static func frameworkQuestions(_ records: NetworkRecords, _ mentions: [QuestionMention]) -> [Finding] {
    var findings: [Finding] = []
    guard !records.events.isEmpty else { return [] }
    let questions = records.events.flatMap(\.records.evaluation.questions)
    let someUnread = records.settings.events.count > records.events.count
    for indicator in mentions {
      let id = indicator.question
      let asked = questions.filter { $0.id == id }
      if asked.isEmpty {
        findings.append(
          .error(
            FrameworkFile.name, line: indicator.line, field: "\(indicator.indicator).question",
            "no event of the network\(someUnread ? " that could be read" : "") asks the question \"\(Identifier.shown(id))\""))
      } else if indicator.measure == .mean && !asked.contains(where: { $0.kind == .scale }) {
        findings.append(
          .error(
            FrameworkFile.name, line: indicator.line, field: "\(indicator.indicator).question",
            "\"\(id)\" is not a scale question, so it has no mean"))
      }
    }
    return findings
  }

  /// A warning for each city participants wrote that matches no member city, nor a row of
  /// `cities.csv` left out for an error (`leftOut`: that row's error is the problem).
  static func unmatchedCities(_ records: NetworkRecords, leftOut: [MemberCity] = []) -> [Finding] {
    let matcher = CityMatcher(cities: records.cities + leftOut)
    return records.events.flatMap { event in
      matcher.unmatched(in: event.records.plan).map { city in
        .warning(
          joinedPath(event.path, "participants.csv"), line: city.line, field: "city",
          "\"\(city.city)\" (\(city.country)) matches no member city; \(city.people) participant\(city.people == 1 ? " of \(city.event) counts" : "s of \(city.event) count") under other cities",
          hint: "add the city to \(CitiesFile.name), or this spelling to a member city's aliases")
      }
    }
  }

  /// A warning for each member city whose participants at an event count under other cities
  /// because it was no member that year (it joined later, or has left), one per city and event.
  static func citiesNotMembersThen(_ records: NetworkRecords) -> [Finding] {
    let matcher = CityMatcher(cities: records.cities)
    return records.events.flatMap { event in
      var people: [String: (city: MemberCity, count: Int, line: Int)] = [:]
      var order: [String] = []
      for person in event.records.plan.participants {
        guard let city = matcher.city(person.city, country: person.country), !city.isMember(in: event.year) else {
          continue
        }
        if people[city.id] == nil { order.append(city.id) }
        people[city.id, default: (city, 0, person.line)].count += 1
      }
      return order.compactMap { people[$0] }.map { found in
        let why =
          found.city.status == .left
          ? "has left the network" : "joined in \(found.city.joined?.year ?? 0), after \(event.year)"
        return Finding.warning(
          joinedPath(event.path, "participants.csv"), line: found.line, field: "city",
          "\"\(Identifier.shown(found.city.name))\" \(why); \(found.count) participant\(found.count == 1 ? " of \(event.id) counts" : "s of \(event.id) count") under other cities",
          hint: "check `joined` and `status` of \(found.city.id) in \(CitiesFile.name)")
      }
    }
  }

  /// `folder/name`.
  static func joinedPath(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}

extension NetworkChecker.Mentions {
  /// What the records read name.
  init(_ records: NetworkRecords) {
    self.init(
      cities: Set(records.cities.map(\.id)),
      requests: records.requests.map { NetworkChecker.Mention(name: $0.city, line: $0.line) },
      questions: records.framework.indicators.compactMap { indicator in
        indicator.question.map {
          NetworkChecker.QuestionMention(
            indicator: indicator.id, question: $0, measure: indicator.measure, line: indicator.line)
        }
      })
  }
}
