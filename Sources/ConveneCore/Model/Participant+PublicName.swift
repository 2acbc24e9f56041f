extension Participant {
  /// The name as published: the name when `publish_name` is yes, otherwise title,
  /// organisation and country (in English), or "Participant".
  public var publicName: String { publicName(in: LanguagePack.english.code) }

  /// The name as published in an output in `language`: the name when `publish_name` is yes,
  /// otherwise title, organisation and the country's name in that language (`Maire adjoint,
  /// Ville de Sfax, Tunisie`), or the language's word for a participant.
  public func publicName(in language: String) -> String {
    if publishName { return name }
    let countryName = Country.withCode(country)?.name(in: language) ?? country
    let parts = [title, organisation, countryName].filter { !$0.isEmpty }
    guard parts.isEmpty else { return parts.joined(separator: ", ") }
    let pack = LanguagePack.named(language) ?? .english
    return pack.labels["calendar.participant"] ?? LanguagePack.english.labels["calendar.participant"]!
  }
}
