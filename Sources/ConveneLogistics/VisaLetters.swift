import ConveneCore
import Mustache

/// Visa support letters: who gets one, and the letter itself. A letter is made only for a
/// participant who is confirmed and whose row in `travel.csv` says they need a visa and gives
/// their nationality and passport number; everyone else asked for is told why not.
public struct VisaLetters: Sendable {
  public let plan: EventPlan
  public let travel: [TravelRecord]

  /// Creates the letters of a plan.
  public init(plan: EventPlan, travel: [TravelRecord]) {
    self.plan = plan
    self.travel = travel
  }

  /// The venue address every kind's starter `event.json` holds until the organiser writes one.
  public static let starterAddress = "Edit the address in event.json"

  /// Who gets a letter, or why not.
  public struct Decision: Sendable, Equatable {
    public var participant: String
    /// The reason no letter is made, or nil when one is.
    public var refusal: String?
  }

  /// The decision for each of `requested`, or for every row of `travel.csv` that says
  /// `needs_visa` yes when `requested` is empty.
  public func decisions(requested: [String]) -> [Decision] {
    let people = plan.participantsByID
    let rows = Dictionary(travel.map { ($0.participant, $0) }, uniquingKeysWith: { first, _ in first })
    let ids = requested.isEmpty ? travel.filter(\.needsVisa).map(\.participant) : requested
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }.map { id in
      guard let person = people[id] else {
        return Decision(participant: id, refusal: "no participant has this id")
      }
      guard person.status == .confirmed else {
        return Decision(
          participant: id, refusal: "not confirmed (\(person.status.rawValue)); a letter goes only to confirmed participants")
      }
      guard let row = rows[id] else {
        return Decision(participant: id, refusal: "no row in travel.csv")
      }
      guard row.needsVisa else {
        return Decision(participant: id, refusal: "travel.csv does not say they need a visa")
      }
      guard !row.passportNumber.isEmpty else {
        return Decision(participant: id, refusal: "no passport number in travel.csv")
      }
      guard !row.nationality.isEmpty else {
        return Decision(participant: id, refusal: "no nationality in travel.csv")
      }
      return Decision(participant: id, refusal: nil)
    }
  }

  /// The letter to `participant` as an HTML page for print (A4), in `language`, dated `date`,
  /// from `template` (the text of `letters/visa.html.mustache`). Fails when the event has no
  /// letterhead or venue, or the person is not one `decisions` accepts.
  public func page(
    for participant: String, language: String, date: LocalDate, template: String
  ) throws -> String {
    guard let letterhead = plan.event.letterhead else {
      throw CommandFailure(
        "event.json has no letterhead: add \"letterhead\": {\"organisation\", \"address\", \"signatory\", \"signatory_title\", \"email\", \"phone\"}; no letter was written"
      )
    }
    guard let venue = plan.event.venues.first, let first = plan.event.dates.first,
      let last = plan.event.dates.last
    else {
      throw CommandFailure("event.json names no venue or no days; no letter was written")
    }
    guard !venue.address.trimmed.isEmpty, venue.address != Self.starterAddress else {
      throw CommandFailure(
        "event.json: venue \"\(venue.id)\" has no address yet (\"\(venue.address)\"); a consulate needs it: write the venue's street address in event.json; no letter was written"
      )
    }
    guard decisions(requested: [participant]).first?.refusal == nil,
      let person = plan.participantsByID[participant],
      let row = travel.first(where: { $0.participant == participant })
    else {
      throw CommandFailure("\(participant): no letter can be made")
    }
    let words = LabelSet(language: language, sections: ["letter"]).speaking(ofA: person.gender)
    let country = Country.withCode(row.nationality)?.name(in: words.language) ?? row.nationality
    let place = [
      "organisation": letterhead.organisation, "event": plan.event.title, "venue": venue.name,
      "address": venue.address, "start": first.description, "end": last.description,
      "name": person.name,
    ]
    var paragraphs = [words.parts("invitation", place)]
    if let funded = row.funded {
      paragraphs.append(words.parts(funded ? "funded" : "selfFunded", place))
    }
    paragraphs.append(words.parts("request", place))
    let position = [person.title, person.organisation].filter { !$0.isEmpty }.joined(separator: ", ")
    let details: [(String, String)] = [
      ("name", person.name), ("nationality", country), ("passport", row.passportNumber),
      ("expiry", row.passportExpiry?.description ?? ""), ("position", position),
      ("arrival", row.arrivalAt?.date.description ?? ""),
      ("departure", row.departureAt?.date.description ?? ""),
    ]
    let context: [String: Any] = [
      "lang": words.language, "dir": words.direction.rawValue,
      "title": "\(words["title"]) — \(person.name)",
      "organisation": letterhead.organisation,
      "addressLines": letterhead.address.split(whereSeparator: \.isNewline).map(String.init),
      "email": letterhead.email, "phone": letterhead.phone,
      "dated": words.phrase("dated", ["date": date]),
      "reference": words.phrase("reference", ["ref": "\(plan.event.id)/visa/\(participant)"]),
      "to": words["to"], "subject": ["parts": words.parts("subject", place)],
      "greeting": words["greeting"],
      "paragraphs": paragraphs.map { ["parts": $0] },
      "details": details.filter { !$0.1.isEmpty }.map { ["label": words[$0.0], "value": $0.1] },
      "closing": words["closing"], "signatory": letterhead.signatory,
      "signatoryTitle": letterhead.signatoryTitle,
    ]
    return try MustacheTemplate(string: template).render(context)
  }
}

extension LabelSet {
  /// The words for `key` cut at each `{name}`: the words as they are, and each value marked
  /// so that a template isolates it (`<bdi>`) — a right-to-left name inside a left-to-right
  /// sentence keeps its place. Unknown names stay as written.
  func parts(_ key: String, _ values: [String: String]) -> [[String: Any]] {
    var parts: [[String: Any]] = []
    var rest = Substring(self[key])
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}"),
      let value = values[String(rest[rest.index(after: open)..<close])]
    {
      if open > rest.startIndex { parts.append(["text": String(rest[..<open]), "value": false]) }
      parts.append(["text": value, "value": true])
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { parts.append(["text": String(rest), "value": false]) }
    return parts
  }
}
