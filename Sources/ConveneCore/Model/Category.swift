/// A participant category, with an optional quota of places.
public struct Category: Sendable, Equatable {
  /// The id stored in `participants.csv` (`mayor`).
  public var id: String
  /// The label shown to people.
  public var label: String
  /// The most places this category may hold, or nil for no quota.
  public var quota: Int?

  /// Creates a category.
  public init(id: String, label: String, quota: Int? = nil) {
    self.id = id
    self.label = label
    self.quota = quota
  }

  /// The network's default categories.
  /// The name of a default category that kept its default label, in `language` as badges
  /// write it (`badge.category.ID`); nil for an event's own label, or a language without one.
  public static func translatedLabel(_ id: String, label: String?, in language: String) -> String? {
    guard defaults.contains(where: { $0.id == id && $0.label == label }) else { return nil }
    return LanguagePack.named(language)?.labels["badge.category." + id]
  }

  public static let defaults: [Category] = [
    Category(id: "mayor", label: "Mayor or deputy mayor"),
    Category(id: "local-official", label: "Local government official"),
    Category(id: "youth", label: "Youth representative"),
    Category(id: "civil-society", label: "Civil society"),
    Category(id: "national-government", label: "National government"),
    Category(id: "multilateral", label: "Multilateral organisation"),
    Category(id: "private-sector", label: "Private sector"),
    Category(id: "practitioner", label: "Practitioner or expert"),
    Category(id: "media", label: "Media"),
    Category(id: "network-staff", label: "Network staff"),
  ]
}
