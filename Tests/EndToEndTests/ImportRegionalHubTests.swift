import Foundation
import Testing

/// A new user's import findings with the exports of Arab-states, West African francophone and
/// Latin American hubs: a KoboToolbox workbook whose name questions sit in a group, and a
/// re-import with `--update` that must not cut the names it stored right.
@Suite struct ImportRegionalHubTests {
  @Test func aKoboWorkbooksGroupedNameQuestionsAreJoinedWhole() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    #expect(try convene.python("make_kobo_group_workbook.py", ["kobo.xlsx"]).status == 0)
    let result = try convene.run(
      "participants", "import", convene.path("kobo.xlsx"), "--workspace", ws, "--accept-warnings")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let diallo = try #require(try convene.participantRow(ws, email: "msd@example.gn"))
    #expect(diallo.contains(",Mamadou Saliou Diallo,"), "\(diallo)")
    #expect(diallo.contains(",under-25,") && diallo.contains(",GN,"), "\(diallo)")
    let sawadogo = try #require(try convene.participantRow(ws, email: "as@example.bf"))
    #expect(sawadogo.contains(",Aïssata Sawadogo,"), "\(sawadogo)")
    #expect(sawadogo.contains(",60+,") && sawadogo.contains(",BF,"), "\(sawadogo)")
  }

  @Test func updateKeepsAWholeNameAgainstAShorterOne() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let first = try convene.write(
      "Email,Full name,City\nmsd@example.gn,Mamadou Saliou Diallo,Conakry\n", to: "first.csv")
    #expect(
      try convene.run("participants", "import", first, "--workspace", ws, "--accept-warnings")
        .status == 0)
    let next = try convene.write(
      "Email,Full name,City\nmsd@example.gn,Mamadou Saliou,Labé\n", to: "next.csv")
    let initials = try convene.write("Email,Full name,City\nmsd@example.gn,M. S. Diallo,Labé\n", to: "initials.csv")
    let cut = try convene.run(
      "participants", "import", initials, "--workspace", ws, "--update", "--accept-warnings")
    #expect(cut.status == 0, "\(cut.output)\(cut.error)")
    #expect(
      cut.output.contains("initials.csv:2: p001: name \"Mamadou Saliou Diallo\" kept, the export says \"M. S. Diallo\""),
      "\(cut.output)")
    let result = try convene.run(
      "participants", "import", next, "--workspace", ws, "--update", "--accept-warnings")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let row = try #require(try convene.participantRow(ws, email: "msd@example.gn"))
    #expect(row.contains(",Mamadou Saliou Diallo,") && row.contains(",Labé,"), "\(row)")
    #expect(
      result.output.contains(
        "next.csv:2: p001: name \"Mamadou Saliou Diallo\" kept, the export says \"Mamadou Saliou\""),
      "\(result.output)")
  }

  /// A re-export through a tool that drops accents (`Nguyen Van Minh`) does not replace the
  /// stored `Nguyễn Văn Minh` with `--update`: it is listed as not applied. Before, the name
  /// lost its diacritics, exit 0.
  @Test func updateKeepsANameAgainstTheSameWithoutItsAccents() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let first = try convene.write("Email,Full name,City\nminh@example.vn,Nguyễn Văn Minh,Hanoi\n", to: "first.csv")
    #expect(try convene.run("participants", "import", first, "--workspace", ws, "--accept-warnings").status == 0)
    let plain = try convene.write("Email,Full name,City\nminh@example.vn,Nguyen Van Minh,Hanoi\n", to: "plain.csv")
    let result = try convene.run("participants", "import", plain, "--workspace", ws, "--update", "--accept-warnings")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains("plain.csv:2: p001: name \"Nguyễn Văn Minh\" kept, the export says \"Nguyen Van Minh\""),
      "\(result.output)")
    let row = try #require(try convene.participantRow(ws, email: "minh@example.vn"))
    #expect(row.contains(",Nguyễn Văn Minh,"), "\(row)")
  }
}
