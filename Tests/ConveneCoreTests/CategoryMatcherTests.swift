import Testing

@testable import ConveneCore

@Suite struct CategoryMatcherTests {
  let matcher = CategoryMatcher(categories: Category.defaults)

  @Test(arguments: [
    ("Maire", "mayor"), ("Deputy Mayor", "mayor"), ("Adjointe au maire", "mayor"), ("MAYOR", "mayor"),
    ("رئيس المجلس الجماعي", "mayor"), ("رئيس جماعة", "mayor"),
    ("Conseillère municipale", "local-official"), ("City official", "local-official"),
    ("Jeunesse", "youth"), ("ONG", "civil-society"), ("Société civile", "civil-society"),
    ("Ministry", "national-government"), ("Nations Unies", "multilateral"), ("Journaliste", "media"),
    ("civil_society", "civil-society"), ("Mayor or deputy mayor", "mayor"), ("Deputy Mayor of Mombasa", "mayor"),
    // Neighbourhood and village heads, as councillors are: the first tier of local government.
    ("Chef de quartier", "local-official"), ("Cheffe de quartier de Médina", "local-official"),
    ("CHEF DE VILLAGE", "local-official"), ("Délégué de quartier", "local-official"),
    ("Chef de fokontany", "local-official"), ("Chefe de bairro", "local-official"),
    ("Secretário do bairro", "local-official"), ("Village chief", "local-official"),
    ("مختار الحي", "local-official"),
  ])
  func mapsWhatPeopleWrite(text: String, id: String) {
    #expect(matcher.category(for: text) == id)
  }

  /// The default categories' labels as a form written in each language of the table names
  /// them (a French form's choice "Organisation multilatérale" is `multilateral`).
  @Test(arguments: [
    ["Maire ou maire adjoint", "Élu local", "Représentant des jeunes", "Société civile", "Gouvernement national",
     "Organisation multilatérale", "Secteur privé", "Praticien ou expert", "Médias", "Personnel du réseau"],
    ["Alcalde o teniente de alcalde", "Funcionario del gobierno local", "Representante de la juventud", "Sociedad civil",
     "Gobierno nacional", "Organización multilateral", "Sector privado", "Profesional o experto", "Medios de comunicación",
     "Personal de la red"],
    ["Prefeito ou vice-prefeito", "Funcionário do governo local", "Representante da juventude", "Sociedade civil",
     "Governo nacional", "Organização multilateral", "Setor privado", "Profissional ou especialista", "Mídia",
     "Equipe da rede"],
    ["رئيس بلدية أو نائب رئيس بلدية", "مسؤول في الحكومة المحلية", "ممثل الشباب", "المجتمع المدني", "الحكومة الوطنية",
     "منظمة متعددة الأطراف", "القطاع الخاص", "ممارس أو خبير", "وسائل الإعلام", "موظفو الشبكة"],
  ])
  func theDefaultLabelsAreReadInEveryLanguage(labels: [String]) {
    let read = labels.map { matcher.category(for: $0) ?? "(\($0))" }
    #expect(read == Category.defaults.map(\.id))
  }

  @Test func unknownTextDoesNotMatch() {
    #expect(matcher.category(for: "Astronaut") == nil)
    // A chief of anything else (a department, a business, a custom) is not a neighbourhood's.
    #expect(matcher.category(for: "Chef de service") == nil)
    #expect(matcher.category(for: "Chef d'entreprise") == nil)
    #expect(matcher.category(for: "Chef coutumier") == nil)
  }

  /// A role followed by words that name another category, or someone around its holder, is
  /// not the holder's category: such an answer takes no place of a quota.
  @Test(arguments: [
    "Maire des jeunes", "Mayor (youth council)", "Mayor's Office", "Mayor’s office", "Maire, cabinet",
    "Mayor - advisor", "Alcalde, asesor", "Prefeito gabinete", "Mayors and civil society",
    // Someone who no longer holds the role, in every language and wherever "former" stands.
    "Mayor (former)", "Former mayor", "رئيس بلدية سابق", "عمدة سابق", "رئيس بلدية أسبق", "رئيس البلدية السابق",
    "Ancien maire", "Maire honoraire", "Ex-maire", "Ex alcalde", "Alcaldesa (ex)", "Ex-prefeito", "Prefeito aposentado",
    // Those who come with the holder, and someone who will or did hold the role.
    "Mayor's wife", "Mayor's spokesperson", "Mayor candidate", "Mayor until 2025", "Maire, chauffeur",
    "Maire (porte-parole)", "Alcalde, portavoz", "Prefeito (motorista)", "رئيس بلدية - مرافق", "Mayor's security",
    // A youth or children's council's mayor or councillor.
    "Alcalde juvenil", "Prefeito mirim", "Maire junior", "Concejal juvenil", "Concejala juvenil", "Vereador mirim",
    "Conseiller municipal junior", "Concejal estudiantil", "عضو المجلس البلدي للشباب", "Child mayor", "Junior mayor",
    "Alcalde de los niños", "Alcaldesa de los niños", "Prefeito das crianças", "Mayor of the Children's Council",
    "Concejal de los niños",
  ])
  func aRoleOfSomeoneElseIsNoCategory(text: String) {
    #expect(matcher.category(for: text) == nil)
  }

  @Test func eventsWithTheirOwnCategoriesMatchTheirLabels() {
    let own = CategoryMatcher(categories: [Category(id: "speaker", label: "Intervenant")])
    #expect(own.category(for: "intervenant") == "speaker")
    #expect(own.category(for: "Maire") == nil)
  }
}
