extension Participant {
  /// How the person appears in anything public: their name with consent (`publish_name`
  /// yes), otherwise their title, organisation and country ("Senior Local Government
  /// Representative, Uganda").
  public var publicName: String {
    if publishName { return name }
    let countryName = Country.withCode(country)?.englishName ?? country
    let parts = [title, organisation, countryName].filter { !$0.isEmpty }
    return parts.isEmpty ? "Participant" : parts.joined(separator: ", ")
  }
}
