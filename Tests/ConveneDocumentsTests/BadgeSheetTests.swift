import ConveneCore
import ConveneQR
import Foundation
import Testing

@testable import ConveneDocuments

@Suite struct BadgeSheetTests {
  let plan = Build.plan()

  @Test func everyoneHoldingAPlaceByDefault() throws {
    let sheet = try BadgeSheet(plan: plan, selection: .init(), language: "fr")
    #expect(sheet.badges.map(\.participant) == ["p001", "p002", "p003", "p006"])
    #expect(sheet.language == "fr")
  }

  @Test func statusesReplaceHoldingAPlace() throws {
    let sheet = try BadgeSheet(
      plan: plan, selection: .init(statuses: [.waitlisted, .cancelled]), language: "en")
    #expect(sheet.badges.map(\.participant) == ["p004", "p005"])
  }

  @Test func chosenPeopleMustExistAndHoldAPlace() throws {
    #expect(
      try BadgeSheet(plan: plan, selection: .init(ids: ["p003", "p001"]), language: "en").badges
        .map(\.participant) == ["p001", "p003"])
    #expect(
      throws: CommandFailure(
        "no participant has the id p999, p998 (see `convene participants list`); no badge was made")
    ) {
      try BadgeSheet(plan: plan, selection: .init(ids: ["p001", "p999", "p998"]), language: "en")
    }
    #expect(
      throws: CommandFailure(
        "p004 (waitlisted): no place, so no badge; give --status waitlisted to make one anyway")
    ) {
      try BadgeSheet(plan: plan, selection: .init(ids: ["p004"]), language: "en")
    }
    #expect(
      try BadgeSheet(
        plan: plan, selection: .init(ids: ["p004"], statuses: [.waitlisted]), language: "en"
      ).badges.count == 1)
    #expect(throws: CommandFailure("nobody is declined: there is no badge to make")) {
      try BadgeSheet(plan: plan, selection: .init(statuses: [.declined]), language: "en")
    }
  }

  /// Country, language and category names come from the language table, in the badge's
  /// language; an event's own category keeps its label; the QR code holds the id alone.
  @Test func wordsInTheBadgesLanguage() throws {
    let french = try BadgeSheet(plan: plan, selection: .init(), language: "fr").badges
    #expect(french[0].country == "Sénégal")
    #expect(
      french[0].languages == ["français", "anglais"]
        || french[0].languages == ["Français", "Anglais"])
    #expect(french[0].category == "Maire")
    #expect(french[1].category == "Jeunesse" && french[1].country == "Jordanie")
    #expect(french[2].category == "Donor <partner>")
    #expect(french[2].band == CategoryColours.other && french[3].band == CategoryColours.other)
    let arabic = try BadgeSheet(plan: plan, selection: .init(), language: "ar").badges
    #expect(arabic[0].country == "السنغال" && arabic[0].category == "رئيس بلدية")
    for badge in french { #expect(badge.code == (try QRCode(text: badge.participant))) }
    #expect(french[0].code.version == 1)
  }

  @Test func pagesOfEight() throws {
    let people = (1...19).map { Build.person(String(format: "p%03d", $0)) }
    let sheet = try BadgeSheet(plan: Build.plan(people: people), selection: .init(), language: "en")
    #expect(sheet.pages.map(\.count) == [8, 8, 3])
  }
}

/// The band colours: the contrast of the text on every band, by the WCAG 2 formula.
@Suite struct CategoryColoursTests {
  static func luminance(_ hex: String) -> Double {
    let value = Int(hex.dropFirst(), radix: 16)!
    func channel(_ shift: Int) -> Double {
      let c = Double((value >> shift) & 0xFF) / 255
      return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
  }

  static func contrast(_ a: String, _ b: String) -> Double {
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }

  @Test func everyBandReadsAtLevelAA() {
    #expect(Set(CategoryColours.defaults.keys) == Set(Category.defaults.map(\.id)))
    for (category, band) in CategoryColours.defaults.merging(
      ["other": CategoryColours.other], uniquingKeysWith: { a, _ in a })
    {
      #expect(Self.contrast(band.background, band.text) >= 4.5, "\(category)")
    }
    let backgrounds =
      CategoryColours.defaults.values.map(\.background) + [CategoryColours.other.background]
    #expect(Set(backgrounds).count == backgrounds.count)
  }
}
