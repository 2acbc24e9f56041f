import ConveneCore
import ConveneQR

/// The badges to print (pure): who gets one and what each shows — the name as registered
/// (badges are worn by the person), organisation, city and country, the category as a
/// coloured band, the languages spoken, and a QR code holding the participant id exactly as
/// the badge-scan import (`convene attendance import`) reads it.
public struct BadgeSheet: Sendable {
  /// One badge.
  public struct Badge: Sendable, Equatable {
    public var participant: String
    public var name: String
    public var organisation: String
    public var city: String
    /// The country's name in the badge's language.
    public var country: String
    /// The category's name in the badge's language (the event's label for its own categories).
    public var category: String
    public var band: CategoryColours.Band
    /// The names of the languages the person speaks, in the badge's language.
    public var languages: [String]
    /// The QR code of the participant id.
    public var code: QRCode
  }

  /// Who gets a badge: by default everyone who holds a place; `ids` narrows to those
  /// people, `statuses` replaces "holds a place" by the statuses given.
  public struct Selection: Sendable, Equatable {
    public var ids: [String]
    public var statuses: [ParticipantStatus]

    public init(ids: [String] = [], statuses: [ParticipantStatus] = []) {
      self.ids = ids
      self.statuses = statuses
    }
  }

  /// Badges on one A4 sheet: two columns of four.
  public static let perPage = 8

  /// The badges, in the order of `participants.csv`.
  public var badges: [Badge]
  /// The language of the badges' words.
  public var language: String

  /// The badges of `selection`, with words in `language`. Fails, naming them, when an id is
  /// unknown or names someone without a place (or outside `statuses`), or when nobody is
  /// left.
  public init(plan: EventPlan, selection: Selection, language: String) throws(CommandFailure) {
    let chosen = try Self.people(plan: plan, selection: selection)
    let labels = LabelSet(language: language, sections: ["badge"])
    let eventCategories = Dictionary(
      plan.event.categories.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    var badges: [Badge] = []
    for person in chosen {
      let code: QRCode
      do {
        code = try QRCode(text: person.id)
      } catch {
        throw CommandFailure("\(person.id): the id cannot be made into a QR code (\(error))")
      }
      let key = "category.\(person.category)"
      badges.append(
        Badge(
          participant: person.id, name: person.name, organisation: person.organisation,
          city: person.city,
          country: Country.withCode(person.country)?.name(in: labels.language) ?? person.country,
          category: labels.words[key] ?? eventCategories[person.category] ?? person.category,
          band: CategoryColours.band(person.category),
          languages: person.languages.map {
            Language.withCode($0)?.name(in: labels.language) ?? $0
          },
          code: code))
    }
    self.badges = badges
    self.language = labels.language
  }

  /// The badges cut into sheets of `perPage`.
  public var pages: [[Badge]] {
    stride(from: 0, to: badges.count, by: Self.perPage).map {
      Array(badges[$0..<min($0 + Self.perPage, badges.count)])
    }
  }

  /// The people `selection` names, checked.
  static func people(plan: EventPlan, selection: Selection) throws(CommandFailure) -> [Participant]
  {
    func admitted(_ person: Participant) -> Bool {
      selection.statuses.isEmpty ? person.holdsPlace : selection.statuses.contains(person.status)
    }
    guard !selection.ids.isEmpty else {
      let people = plan.participants.filter(admitted)
      guard !people.isEmpty else {
        throw CommandFailure(
          selection.statuses.isEmpty
            ? "nobody holds a place yet: there is no badge to make"
            : "nobody is \(selection.statuses.map(\.rawValue).joined(separator: " or ")): there is no badge to make"
        )
      }
      return people
    }
    let byID = plan.participantsByID
    let unknown = selection.ids.filter { byID[$0] == nil }
    guard unknown.isEmpty else {
      throw CommandFailure(
        "no participant has the id \(unknown.map(Identifier.shown).joined(separator: ", ")) (see `convene participants list`); no badge was made"
      )
    }
    let refused = selection.ids.compactMap { byID[$0] }.filter { !admitted($0) }
    guard refused.isEmpty else {
      let names = refused.map { "\($0.id) (\($0.status.rawValue))" }.joined(separator: ", ")
      throw CommandFailure(
        selection.statuses.isEmpty
          ? "\(names): no place, so no badge; give --status \(refused[0].status.rawValue) to make one anyway"
          : "\(names): not \(selection.statuses.map(\.rawValue).joined(separator: " or ")); no badge was made"
      )
    }
    let wanted = Set(selection.ids)
    return plan.participants.filter { wanted.contains($0.id) }
  }
}
