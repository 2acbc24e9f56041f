import ConveneCore

/// What a public list may show of one person: with `publish_name` yes, the name, title,
/// organisation, city and country; with no, only the title, organisation and country. No
/// e-mail, category or other personal field is ever shown.
public struct PublicParticipant: Sendable, Equatable {
  /// The name, or nil when it may not be published.
  public var name: String?
  public var title: String
  public var organisation: String
  /// The city, or nil when the name may not be published (a city and a title can identify).
  public var city: String?
  public var country: String

  /// The public view of `person`.
  public init(_ person: Participant) {
    name = person.publishName ? person.name : nil
    title = person.title
    organisation = person.organisation
    city = person.publishName ? person.city : nil
    country = person.country
  }

  /// The field names, as in `participants.csv`.
  public static let fieldNames = ["name", "title", "organisation", "city", "country"]

  /// The values in the order of `fieldNames`; withheld values are empty.
  public var cells: [String] { [name ?? "", title, organisation, city ?? "", country] }

  /// The people a public list shows: those who hold a place, in file order.
  public static func list(_ participants: [Participant]) -> [PublicParticipant] {
    participants.filter(\.holdsPlace).map(PublicParticipant.init)
  }
}
