import Testing

@testable import ConveneCore

@Suite struct CategoryMatcherTests {
  let matcher = CategoryMatcher(categories: Category.defaults)

  @Test(arguments: [
    ("Maire", "mayor"), ("Deputy Mayor", "mayor"), ("Adjointe au maire", "mayor"), ("MAYOR", "mayor"),
    ("Conseillère municipale", "local-official"), ("City official", "local-official"),
    ("Jeunesse", "youth"), ("ONG", "civil-society"), ("Société civile", "civil-society"),
    ("Ministry", "national-government"), ("Nations Unies", "multilateral"), ("Journaliste", "media"),
    ("civil_society", "civil-society"), ("Mayor or deputy mayor", "mayor"), ("Deputy Mayor of Mombasa", "mayor"),
  ])
  func mapsWhatPeopleWrite(text: String, id: String) {
    #expect(matcher.category(for: text) == id)
  }

  @Test func unknownTextDoesNotMatch() {
    #expect(matcher.category(for: "Astronaut") == nil)
  }

  @Test func eventsWithTheirOwnCategoriesMatchTheirLabels() {
    let own = CategoryMatcher(categories: [Category(id: "speaker", label: "Intervenant")])
    #expect(own.category(for: "intervenant") == "speaker")
    #expect(own.category(for: "Maire") == nil)
  }
}
