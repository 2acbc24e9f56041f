import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// A `Nationalité` question answered with an adjective (`Congolaise`, `Marocain`, `Brazilian`,
/// `Brasileira`, `مغربي`), as Google Forms and Microsoft Forms export it.
@Suite struct NationalityAnswerTests {
  func importing(_ lines: [String]) throws -> RegistrationImport.Outcome {
    try RegistrationImport(event: Build.event()).run(
      CSVTable(text: lines.joined(separator: "\r\n") + "\r\n"), into: [])
  }

  /// With no country of residence asked, the adjective is the country, with a note.
  @Test(arguments: [
    ("Nationalité", "Marocain", "MA"), ("Nationalité", "Sénégalaise", "SN"),
    ("Nationality", "Brazilian", "BR"),
    ("Nacionalidade", "Brasileira", "BR"), ("الجنسية", "مغربي", "MA"), ("الجنسية", "مغربية", "MA"),
    ("Nacionalidad", "Peruana", "PE"), ("Nationalité", "Ivoiriennes", "CI"),
    // The hubs' neighbours: Sudan, South Sudan, Central America, Central Africa
    ("Nationality", "Sudanese", "SD"), ("الجنسية", "سودانية", "SD"), ("Nationality", "South Sudanese", "SS"),
    ("Nationalité", "Sud-Soudanaise", "SS"), ("الجنسية", "جنوب سوداني", "SS"), ("Nacionalidad", "Guatemalteca", "GT"),
    ("Nacionalidad", "Hondureño", "HN"), ("Nacionalidad", "Salvadoreña", "SV"), ("Nationalité", "Centrafricaine", "CF"),
    ("Nationalité", "Équato-guinéen", "GQ"), ("Nationalité", "Congolaise (RDC)", "CD"),
    ("Nationalité", "Congolais (Brazzaville)", "CG"),
    // The Horn, the Gulf and the Southern Cone
    ("Nationalité", "Somalienne", "SO"), ("Nationalité", "Djiboutien", "DJ"), ("Nationality", "Emirati", "AE"),
    ("Nationality", "Qatari", "QA"), ("Nationalité", "Uruguayenne", "UY"), ("Nacionalidad", "Paraguayo", "PY"),
    ("Nacionalidade", "Uruguaio", "UY"), ("الجنسية", "إماراتي", "AE"), ("الجنسية", "قطرية", "QA"),
    ("الجنسية", "صومالي", "SO"), ("Nationalité", "Émirien", "AE"), ("Nationalité", "Érythréen", "ER"),
    ("Nationalité", "Yéménite", "YE"), ("Nationalité", "Soudanais du Sud", "SS"),
    // The Gulf, the Caribbean and the Gambia, as the hubs' forms are answered
    ("Nationality", "Omani", "OM"), ("Nationalité", "Omanais", "OM"), ("الجنسية", "عماني", "OM"),
    ("Nationalité", "Koweïtien", "KW"), ("الجنسية", "كويتي", "KW"), ("Nationalité", "Bahreïni", "BH"),
    ("الجنسية", "بحريني", "BH"), ("Nationalité", "Haïtien", "HT"), ("Nacionalidad", "Haitiana", "HT"),
    ("Nacionalidad", "Cubano", "CU"), ("Nationalité", "Cubaine", "CU"), ("Nacionalidad", "Dominicano", "DO"),
    ("Nationalité", "Dominicaine", "DO"), ("Nationalité", "Gambien", "GM"), ("Nationality", "Kuwaiti", "KW"),
    ("Nationality", "Bahraini", "BH"), ("Nationality", "Haitian", "HT"), ("Nationality", "Gambian", "GM"),
  ])
  func aNationalityAdjectiveIsTheCountry(header: String, answer: String, code: String) throws {
    let outcome = try importing([
      "Adresse e-mail,Nom complet,\(header)", "a@example.org,Awa Ndiaye,\(answer)",
    ])
    #expect(outcome.participants.map(\.country) == [code], "\(answer): \(outcome.report.rejected)")
    #expect(
      outcome.report.notes.map(\.message) == [
        "\"\(answer)\" is a nationality; read as \(code) (\(Country.withCode(code)!.names["en"]!)), no country of residence being asked"
      ])
  }

  /// `Congolaise` may be of the Congo or the DR Congo: rejected naming both.
  @Test func aNationalityOfTwoCountriesIsRejectedNamingBoth() throws {
    let outcome = try importing([
      "Adresse e-mail,Nom complet,Nationalité", "a@example.org,Awa Ndiaye,Congolaise",
    ])
    #expect(outcome.participants.isEmpty)
    let reason = try #require(outcome.report.rejected.first?.reason)
    #expect(reason.contains("CD (") && reason.contains("CG ("), "\(reason)")
  }

  /// `Dominican` may be of the Dominican Republic or of Dominica: rejected naming both.
  @Test func dominicanIsRejectedNamingBothCountries() throws {
    let outcome = try importing(["Adresse e-mail,Nom complet,Nationality", "a@example.org,Ana Pérez,Dominican"])
    #expect(outcome.participants.isEmpty)
    let reason = try #require(outcome.report.rejected.first?.reason)
    #expect(reason.contains("DO (") && reason.contains("DM ("), "\(reason)")
  }

  /// An adjective the table does not hold is no country, as the README's known limits say.
  @Test func anAdjectiveTheTableLacksIsRejected() throws {
    let outcome = try importing(["Adresse e-mail,Nom complet,Nationality", "a@example.org,Awa Ndiaye,Vanuatuan"])
    #expect(outcome.report.rejected.first?.reason == "\"Vanuatuan\" is not a country name or ISO code")
  }

  /// The country of residence wins over the nationality; an adjective given as the residence is
  /// no country there.
  @Test func theCountryOfResidenceWins() throws {
    let outcome = try importing([
      "Adresse e-mail,Nom complet,Nationalité,Pays de résidence",
      "a@example.org,Awa Ndiaye,Malienne,Sénégal",
    ])
    #expect(outcome.participants.map(\.country) == ["SN"])
    #expect(outcome.report.notes.isEmpty)
    let residence = try importing([
      "Adresse e-mail,Nom complet,Pays de résidence", "a@example.org,Awa Ndiaye,Malienne",
    ])
    #expect(residence.participants.isEmpty)
    #expect(
      residence.report.rejected.first?.reason == "\"Malienne\" is not a country name or ISO code")
  }
}
