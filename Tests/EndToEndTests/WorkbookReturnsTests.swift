import Foundation
import Testing

/// What comes back after the event as `.xlsx` workbooks, the default download of KoboToolbox,
/// Google Sheets and Microsoft Forms (whose only export it is), and a sign-in sheet typed into
/// Excel: read as their CSV exports are, the workbooks written by openpyxl
/// (`Interop/make_export_workbook.py`) from the Dakar example's own returns.
@Suite struct WorkbookReturnsTests {
  let runner = ConveneRunner()

  /// The example's return `relative`, copied into a workbook at `name` in the scratch folder
  /// (its folder made); `dates` names a column stored as date-time cells and the format its
  /// text is written in; `options` are the script's others (`--formula-column NAME`).
  func workbook(
    _ relative: String, as name: String, dates: (column: String, format: String)? = nil, options: [String] = []
  ) throws -> String {
    let path = runner.path(name)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let made = try runner.python(
      "make_export_workbook.py",
      [runner.example(relative), path] + (dates.map { ["--date-column", $0.column, $0.format] } ?? []) + options)
    #expect(made.status == 0, "\(made.error)")
    return path
  }

  func lines(_ path: String) -> [String] {
    String(decoding: runner.bytes(path), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
  }

  /// A row of feedback.csv or followup.csv without what names its source (the response id a
  /// CSV row is given from its file, and the file): the answers alone.
  func answers(_ line: String) -> String {
    var cells = line.split(separator: ",", omittingEmptySubsequences: false)
    cells.remove(at: 3)
    cells.remove(at: 0)
    return cells.joined(separator: ",")
  }

  @Test func feedbackExportsAsWorkbooksGiveTheAnswersTheirCSVGives() throws {
    let fromCSV = try runner.copyExample("dakar-regional-workshop", as: "csv")
    let fromWorkbooks = try runner.copyExample("dakar-regional-workshop", as: "xlsx")
    let folder = runner.path("returned")
    _ = try workbook(
      "returns/dakar/feedback/google-forms-fr.csv", as: "returned/google-forms-fr.xlsx",
      dates: ("Horodateur", "%d/%m/%Y %H:%M:%S"))
    _ = try workbook("returns/dakar/feedback/kobotoolbox.csv", as: "returned/kobotoolbox.xlsx")
    let csvFolder = runner.path("exports")
    try FileManager.default.createDirectory(atPath: csvFolder, withIntermediateDirectories: true)
    for name in ["google-forms-fr.csv", "kobotoolbox.csv"] {
      try FileManager.default.copyItem(atPath: runner.example("returns/dakar/feedback/" + name), toPath: csvFolder + "/" + name)
    }
    let csv = try runner.run("feedback", "collect", csvFolder, "--workspace", fromCSV)
    let xlsx = try runner.run("feedback", "collect", folder, "--workspace", fromWorkbooks)
    #expect(csv.status == 0 && xlsx.status == 0, "\(xlsx.output)\(xlsx.error)")
    #expect(xlsx.output.hasPrefix("Read 2 files (15 responses): 13 new, 0 replaced by a later answer"), "\(xlsx.output)")
    #expect(xlsx.output.contains("rejected \(folder)/kobotoolbox.xlsx:3: satisfaction: 7 is outside 1-5"))
    #expect(
      xlsx.output.contains(
        "rejected \(folder)/google-forms-fr.xlsx:9: unknown participant: no one registered with the e-mail address \"someone@unknown.example.org\""))
    let fromBoth = (lines(fromCSV + "/feedback/feedback.csv"), lines(fromWorkbooks + "/feedback/feedback.csv"))
    #expect(fromBoth.0.count == 14 && fromBoth.0.map(answers) == fromBoth.1.map(answers))
    // Every field of one person, the timestamp read from a date-time cell.
    #expect(
      fromBoth.1.contains {
        $0.hasSuffix(
          ",p002,2027-03-10T19:01:00Z,google-forms-fr.xlsx:3,fr,5,3,5,4,,,5,,,,,,,,,,,,,,,3,4,yes,Former dix médiateurs scolaires avant l'été,8,\"Plus de temps pour les ateliers, svp.\",,,"
        )
      }, "\(fromBoth.1)")
  }

  /// A workbook whose answers are formulas a script wrote without their results (openpyxl):
  /// read as empty, the commitments would be lost. The file is refused, its cells named.
  @Test func aWorkbookOfFormulasWithoutTheirResultsIsRefused() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let folder = runner.path("returned")
    _ = try workbook(
      "returns/dakar/feedback/kobotoolbox.csv", as: "returned/kobotoolbox.xlsx",
      options: ["--formula-column", "group_dakar_feedback/commitments"])
    let result = try runner.run("feedback", "collect", folder, "--workspace", ws)
    #expect(result.status == 0 && result.output.contains("0 new"), "\(result.output)")
    #expect(
      result.output.contains(
        "rejected \(folder)/kobotoolbox.xlsx: cells H2, H3, H4 and 3 more (group_dakar_feedback/commitments) of sheet "
          + "\"Form responses 1\" hold a formula whose result the workbook does not store (it would be read as empty)"),
      "\(result.output)")
    #expect(lines(ws + "/feedback/feedback.csv").count <= 1)
  }

  /// A workbook whose first sheet is empty: the answers are on another, which the collect
  /// does not guess; the rejection says so rather than "no column is a question".
  @Test func aWorkbookWhoseFirstSheetIsEmptyIsRejectedSayingSo() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let folder = runner.path("returned")
    _ = try workbook("returns/dakar/feedback/kobotoolbox.csv", as: "returned/kobotoolbox.xlsx", options: ["--empty-first-sheet"])
    let result = try runner.run("feedback", "collect", folder, "--workspace", ws)
    #expect(
      result.output.contains(
        "rejected \(folder)/kobotoolbox.xlsx: its first sheet, \"Intro\", is empty: delete the empty sheet so that the "
          + "answers come first, or export the sheet that holds them as CSV"), "\(result.output)")
  }

  /// Rows a filter hid (test answers left out of sight) and a hidden column of answers are
  /// read by a reader of cells: the file is refused, naming them, and nothing is stored.
  @Test func hiddenRowsOrAHiddenAnswerColumnOfAReturnedWorkbookAreRefused() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let folder = runner.path("returned")
    _ = try workbook("returns/dakar/feedback/kobotoolbox.csv", as: "returned/kobotoolbox.xlsx", options: ["--hide-row", "3"])
    let rows = try runner.run("feedback", "collect", folder, "--workspace", ws)
    #expect(
      rows.output.contains(
        "rejected \(folder)/kobotoolbox.xlsx: row 3 is hidden in the workbook (a filter, or hidden by hand) and would be "
          + "read like the others: delete it if it was hidden to be left out, or show it again, and save the workbook"),
      "\(rows.output)")
    #expect(lines(ws + "/feedback/feedback.csv").count <= 1)
    _ = try workbook(
      "returns/dakar/feedback/kobotoolbox.csv", as: "returned/kobotoolbox.xlsx",
      options: ["--hide-column", "group_dakar_feedback/commitments"])
    let column = try runner.run("feedback", "collect", folder, "--workspace", ws)
    #expect(
      column.output.contains(
        "rejected \(folder)/kobotoolbox.xlsx: column H (\"group_dakar_feedback/commitments\") is hidden in the workbook "
          + "and would be read: show it again if it holds the answers, or leave it out with "
          + "--map \"group_dakar_feedback/commitments=ignore\""), "\(column.output)")
    #expect(lines(ws + "/feedback/feedback.csv").count <= 1)
    let signIn = try workbook(
      "returns/dakar/sign-in-day1.csv", as: "sign-in-day1.xlsx", dates: ("Heure", "%Y-%m-%d %H:%M"), options: ["--hide-row", "4"])
    let before = runner.bytes(ws + "/attendance.csv")
    let attendance = try runner.run("attendance", "import", signIn, "--session", "day1", "--workspace", ws)
    #expect(attendance.status == 1)
    #expect(attendance.error.contains("\(signIn): row 4 is hidden in the workbook"), "\(attendance.error)")
    #expect(runner.bytes(ws + "/attendance.csv") == before)
  }

  /// A workbook whose second sheet holds cells too (a sign-in workbook of one sheet a day,
  /// Google Sheets' `Form responses 2`): the first alone is not taken for the whole. The
  /// attendance import reads each sheet with `--sheet`; a feedback file is rejected.
  @Test func aWorkbookWithASecondSheetOfCellsIsNotReadAsItsFirstAlone() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let file = try workbook(
      "returns/dakar/sign-in-day1.csv", as: "sign-in.xlsx", dates: ("Heure", "%Y-%m-%d %H:%M"),
      options: ["--second-sheet", "Jour 2"])
    let before = runner.bytes(ws + "/attendance.csv")
    let refused = try runner.run("attendance", "import", file, "--session", "day1", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains(
        "\(file): the workbook's sheet \"Jour 2\" also holds cells, and only its first, \"Form responses 1\", would be "
          + "read: import each sheet with --sheet NAME; nothing was recorded"), "\(refused.error)")
    #expect(runner.bytes(ws + "/attendance.csv") == before)
    let first = try runner.run("attendance", "import", file, "--sheet", "Form responses 1", "--session", "day1", "--workspace", ws)
    #expect(first.status == 0, "\(first.error)")
    #expect(first.output.hasPrefix("Recorded 52 attendances"), "\(first.output)")
    // The second sheet holds the first's first row again (its time on day 1).
    let second = try runner.run("attendance", "import", file, "--sheet", "jour 2", "--session", "day1", "--workspace", ws)
    #expect(second.status == 0, "\(second.error)")
    #expect(second.output.hasPrefix("Recorded 1 attendance from"), "\(second.output)")
    let folder = runner.path("returned")
    _ = try workbook(
      "returns/dakar/feedback/kobotoolbox.csv", as: "returned/kobotoolbox.xlsx", options: ["--second-sheet", "Form responses 2"])
    let feedback = try runner.run("feedback", "collect", folder, "--workspace", ws)
    #expect(
      feedback.output.contains(
        "rejected \(folder)/kobotoolbox.xlsx: its sheet \"Form responses 2\" also holds cells, and only the first, "
          + "\"Form responses 1\", is read"), "\(feedback.output)")
  }

  @Test func aSignInSheetKeptAsAWorkbookIsImported() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let file = try workbook("returns/dakar/sign-in-day1.csv", as: "sign-in-day1.xlsx", dates: ("Heure", "%Y-%m-%d %H:%M"))
    let result = try runner.run("attendance", "import", file, "--session", "day1", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.output
        == """
        Recorded 52 attendances from \(file) (52 by name and organisation); 1 row not matched.
          \(file):5: no participant called "Fatou Diagne-Sow" at "Ville de Thiès"

        """)
    let rows = lines(ws + "/attendance.csv")
    #expect(rows.count == 53 && rows[1] == "p001,2027-03-09,present,2027-03-09 08:11:00")
    #expect(try runner.run("check", "--workspace", ws).status == 0)
    // A workbook has no encoding to choose.
    let encoded = try runner.run("attendance", "import", file, "--session", "day1", "--encoding", "windows-1252", "--workspace", ws)
    #expect(encoded.status == 1)
    #expect(encoded.error.contains("\(file): it is an .xlsx workbook, whose text is always Unicode: an encoding cannot be chosen"))
  }

  @Test func aFollowupExportAsAWorkbookIsReadAsItsCSV() throws {
    let fromCSV = try runner.dakarAfterTheEvent()
    let fromWorkbook = runner.path("xlsx")
    try FileManager.default.copyItem(atPath: fromCSV, toPath: fromWorkbook)
    let folder = runner.path("followup-returned")
    _ = try workbook(
      "returns/dakar/followup/google-forms-fr.csv", as: "followup-returned/google-forms-fr.xlsx",
      dates: ("Horodateur", "%Y/%m/%d %H:%M:%S"))
    let csvFolder = runner.path("followup-csv")
    try FileManager.default.createDirectory(atPath: csvFolder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: runner.example("returns/dakar/followup/google-forms-fr.csv"), toPath: csvFolder + "/google-forms-fr.csv")
    let csv = try runner.run("followup", "collect", csvFolder, "--workspace", fromCSV)
    let xlsx = try runner.run("followup", "collect", folder, "--workspace", fromWorkbook)
    #expect(csv.status == 0 && xlsx.status == 0, "\(xlsx.output)\(xlsx.error)")
    #expect(xlsx.output.contains("rejected \(folder)/google-forms-fr.xlsx:7: status: \"Peut-être\" is not one of done, in-progress, not-started, dropped"))
    let fromBoth = (lines(fromCSV + "/followup/followup.csv"), lines(fromWorkbook + "/followup/followup.csv"))
    #expect(fromBoth.0.count > 2 && fromBoth.0.map(answers) == fromBoth.1.map(answers), "\(fromBoth)")
  }
}
