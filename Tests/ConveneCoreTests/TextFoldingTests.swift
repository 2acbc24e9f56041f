import Testing

@testable import ConveneCore

@Suite struct TextFoldingTests {
  @Test func foldsCaseAccentsPunctuationAndSpaces() {
    #expect("  Côte  d'Ivoire ".folded == "cote divoire")
    #expect("group_work/Catégorie".folded == "group work categorie")
    #expect("Adresse e-mail".folded == "adresse e mail")
  }

  @Test func splitsListCells() {
    #expect(" en; fr ;;ar ".listItems() == ["en", "fr", "ar"])
    #expect("English, French".listItems(alsoSplittingOnCommas: true) == ["English", "French"])
  }
}
