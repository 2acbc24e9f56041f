import ConveneCore
import ConveneEvaluation

/// One person at one event (or one anonymous feedback response), with what the network's
/// indicators count about them. A class, so that the many lists and groups the indicators are
/// computed from share the person instead of copying them (set up once, never changed after).
final class NetworkPerson: @unchecked Sendable {
  /// The event's position in `NetworkRecords.events`.
  var event: Int
  var year: Int
  /// The member city's id, or nil for people from no member city.
  var city: String?
  /// The participant, or nil for an anonymous response.
  var participant: Participant?
  /// The groups of `NetworkMeasure.peopleFields`.
  var profile: [String: String]
  var registered = false
  var confirmed = false
  var attended = false
  /// Recorded present, or confirmed at an event without attendance records.
  var tookPart = false
  var responded = false
  var answers: [String: String] = [:]
  var committed = false
  /// The follow-up status of the commitment (`done` ...), or nil when not followed up.
  var followup: String?

  var actedUpon: Bool { followup.map { FollowupQuestions.acted.contains($0) } ?? false }

  init(event: Int, year: Int, city: String?, participant: Participant?, profile: [String: String]) {
    self.event = event
    self.year = year
    self.city = city
    self.participant = participant
    self.profile = profile
  }
}

/// The people of every event of the network, matched to member cities.
struct NetworkPeople: Sendable {
  let people: [NetworkPerson]

  init(_ records: NetworkRecords) {
    let matcher = CityMatcher(cities: records.cities)
    let events = Array(records.events.enumerated())
    people = ParallelMap.map(events) { Self.people(of: $0.element, index: $0.offset, matcher: matcher) }.flatMap { $0 }
  }

  static func people(of event: NetworkEvent, index: Int, matcher: CityMatcher) -> [NetworkPerson] {
    let records = event.records
    let book = AttendanceBook(records.attendance)
    let observed = book.hasObservations
    let present = book.presentParticipants
    let profileQuestions = Dictionary(
      records.evaluation.questions.compactMap { question in question.profileField.map { ($0, question.id) } },
      uniquingKeysWith: { first, _ in first })
    let commitmentQuestions = Commitment.questions(of: records.evaluation)
    var responses: [String: FeedbackResponse] = [:]
    var anonymous: [FeedbackResponse] = []
    for response in records.responses {
      if response.participant.isEmpty { anonymous.append(response) } else { responses[response.participant] = response }
    }
    var statuses: [String: String] = [:]
    for answer in event.followups where !answer.participant.isEmpty {
      statuses[answer.participant] = answer.answers[FollowupQuestions.status]
    }
    let kind = records.plan.event.kind.rawValue
    func person(_ participant: Participant?, _ answers: [String: String]) -> NetworkPerson {
      // A member city counts its people only in the years it is a member (`isMember`); in
      // others they are people from no member city.
      let city = participant.flatMap { matcher.city($0.city, country: $0.country) }.flatMap {
        $0.isMember(in: event.year) ? $0 : nil
      }
      var profile: [String: String] = [
        "city_size": city?.size ?? CitySize.notGiven, "event_kind": kind,
      ]
      let registered: [(String, String)] = [
        ("category", participant?.category ?? ""), ("gender", participant?.gender ?? ""),
        ("age_group", participant?.ageGroup ?? ""), ("region", participant?.region ?? ""),
        ("country", participant?.country ?? ""),
      ]
      for (field, given) in registered {
        var value = given
        if value.isEmpty, let question = profileQuestions[field] { value = answers[question] ?? "" }
        profile[field] = value.isEmpty ? IndicatorCalculator.notGiven : value
      }
      let person = NetworkPerson(
        event: index, year: event.year, city: city?.id, participant: participant, profile: profile)
      person.answers = answers
      person.responded = !answers.isEmpty
      person.committed = commitmentQuestions.contains { !(answers[$0]?.trimmed ?? "").isEmpty }
      return person
    }
    var people: [NetworkPerson] = []
    people.reserveCapacity(records.plan.participants.count + anonymous.count)
    for participant in records.plan.participants {
      let subject = person(participant, responses[participant.id]?.answers ?? [:])
      subject.registered = participant.status != .invited
      subject.attended = present.contains(participant.id)
      subject.confirmed = participant.status == .confirmed || subject.attended
      subject.tookPart = observed ? subject.attended : subject.confirmed
      if subject.committed { subject.followup = statuses[participant.id] }
      people.append(subject)
    }
    for response in anonymous { people.append(person(nil, response.answers)) }
    return people
  }
}
