import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// The rows of an export are read in parts at the same time; however they are cut, the import
/// gives the same participants, ids, order, notes, rejections, warnings and groups as reading
/// them in one part.
@Suite struct ImportSplitTests {
  static let splits = [2, 3, 4, 7, 13, 64].map { RowSplit(parts: $0, minimumRows: 1) }

  /// 64 rows that give every kind of outcome, spread over the file so that each part of a cut
  /// holds some: rejections, notes, repeated e-mails (some under another name), updates of
  /// existing people and rows giving an existing person's address to someone else,
  /// double-encoded and placeholder names, probable duplicates across parts,
  /// a date column whose order only a late row settles, submission times out of file order, people over capacity and without a
  /// category.
  static func export() -> CSVTable {
    var lines = ["Timestamp,Name,Email,City,Country,Category,Gender,Languages"]
    let names = ["Awa Ndiaye", "NDIAYE Awa", "Hélène Moreau", "HÃ©lÃ¨ne Moreau", "ليلى حداد", "anonymous", "Олена Коваленко"]
    for n in 0..<64 {
      let day = n == 57 ? 23 : 1 + (n * 7) % 12
      let time = "\(String(format: "%02d", day))/01/2027 \(1 + (n * 5) % 12):\(String(format: "%02d", n % 60)):00 \(n % 3 == 0 ? "PM" : "AM")"
      var name = names[n % names.count]
      var email = "person\(n)@example.org"
      switch n % 16 {
      case 3: name = ""  // rejected: no name
      case 5: email = "not-an-address"  // rejected
      case 8: email = "person\(n - 8)@example.org"  // repeats an earlier row's address
      case 11: email = "known\(n % 3)@example.org"  // an existing person
      default: break
      }
      let city = n % 4 == 0 ? "Dakar" : "dakar"
      let category = n % 3 == 0 ? "" : (n % 2 == 0 ? "Mayor" : "Youth")
      let gender = n % 9 == 0 ? "Astronaut" : "Femme"
      let languages = n % 10 == 0 ? "\"Français, Klingon\"" : "Français"
      lines.append([time, name, email, city, "Sénégal", category, gender, languages].joined(separator: ","))
    }
    return try! CSVTable(text: lines.joined(separator: "\n") + "\n")
  }

  static let existing = [
    Build.person("p001", "known0@example.org", name: "Awa Ndiaye", city: "Dakar"),
    Build.person("p002", "known1@example.org", name: "Awa Ndiaye", city: "Thiès"),
    Build.person("p010", "known2@example.org", name: "Ama Owusu", city: "Accra"),
  ]

  func importing(_ split: RowSplit) throws -> RegistrationImport.Outcome {
    var run = RegistrationImport(event: Build.event(capacity: 30))
    run.split = split
    return try run.run(Self.export(), into: Self.existing)
  }

  @Test func theFixtureGivesEveryKindOfOutcome() throws {
    let report = try importing(RowSplit(parts: 1, minimumRows: 1)).report
    #expect(report.rejected.count == 8)
    #expect(report.notes.contains { $0.field == "email" })
    #expect(report.notes.contains { $0.field == "gender" })
    #expect(report.notes.contains { $0.field == "languages" })
    #expect(!report.updated.isEmpty)
    #expect(report.warnings.map(\.kind) == [.mojibake, .placeholderNames, .sharedEmail, .otherPerson, .emptyCategories])
    #expect(report.duplicateClusters.count >= 3)
    #expect(report.dates.first?.reading.settledBy == .value(.init(line: 59, text: "23/01/2027 10:57:00 PM")))
    #expect(report.waitlistedCount > 0)
  }

  @Test(arguments: splits)
  func aDateColumnIsJudgedWholeHoweverItIsCut(split: RowSplit) {
    var lines = ["Timestamp,Name,Email"]
    for n in 0..<40 {
      let date = n == 31 ? "3/24/2027" : n == 9 ? "23/03/2027" : "\(1 + n % 12)/\(1 + n % 11)/2027"
      lines.append("\(date),Person \(n),p\(n)@example.org")
    }
    let table = try! CSVTable(text: lines.joined(separator: "\n"))
    func problem(_ split: RowSplit) -> String? {
      var run = RegistrationImport(event: Build.event())
      run.split = split
      do {
        _ = try run.run(table, into: [])
        return nil
      } catch {
        return error.message
      }
    }
    let whole = problem(RowSplit(parts: 1, minimumRows: 1))
    #expect(whole?.contains("(line 11: 23/03/2027)") == true)
    #expect(whole?.contains("(line 33: 3/24/2027)") == true)
    #expect(problem(split) == whole)
  }

  /// 48 rows with the form tools' cases spread over the file: KoboToolbox's per-choice
  /// language columns, Zoom's denied and cancelled approvals, impossible ages, and Arabic and
  /// other compound names written with and without their space.
  static func formToolExport() -> CSVTable {
    var lines = ["Full name,Email,City,Age,Approval Status,languages,languages/english,languages/french,languages/arabic"]
    let names = ["عبد الله الخطيب", "عبدالله الخطيب", "أبو بكر سالم", "ابوبكر سالم", "Abdul Rahman Diallo", "Abdulrahman Diallo"]
    for n in 0..<48 {
      let age = n % 7 == 3 ? (n % 2 == 0 ? "-5" : "٢٠٠") : "\(20 + n)"
      let approval = n % 9 == 4 ? (n % 2 == 0 ? "denied" : "Cancelled") : (n % 5 == 0 ? "pending" : "approved")
      let ticks = [n % 2, n % 3 == 0 ? 1 : 0, n % 4 == 0 ? 1 : 0].map(String.init)
      let city = (n / 6) % 2 == 0 ? "عمان" : "Dakar"
      lines.append(([names[n % names.count], "f\(n)@example.org", city, age, approval, "english french"] + ticks).joined(separator: ","))
    }
    return try! CSVTable(text: lines.joined(separator: "\n") + "\n")
  }

  func importingFormTools(_ split: RowSplit) throws -> RegistrationImport.Outcome {
    var run = RegistrationImport(event: Build.event(capacity: 100))
    run.split = split
    return try run.run(Self.formToolExport(), into: [])
  }

  @Test func theFormToolFixtureGivesEachCase() throws {
    let outcome = try importingFormTools(RowSplit(parts: 1, minimumRows: 1))
    #expect(outcome.report.declined.map(\.line) == [6, 15, 24, 33, 42])
    #expect(outcome.report.rejected.map(\.line) == [5, 12, 19, 26, 40, 47])
    #expect(outcome.report.rejected.allSatisfy { $0.field == "age_group" })
    #expect(outcome.participants.count == 48 - 5 - 6)
    #expect(outcome.participants.first?.languages == ["fr", "ar"])
    #expect(outcome.participants[1].languages == ["en"])
    let groups = outcome.report.duplicateClusters
    #expect(groups.count == 6)
    #expect(groups.first?.name == "عبد الله الخطيب" && groups.first?.city == "عمان" && groups.first?.ids.count == 6)
  }

  /// The two fixtures above.
  enum Fixture: CaseIterable, Sendable {
    case everyOutcome, formTools
  }

  func importing(_ fixture: Fixture, _ split: RowSplit) throws -> RegistrationImport.Outcome {
    switch fixture {
    case .everyOutcome: try importing(split)
    case .formTools: try importingFormTools(split)
    }
  }

  @Test(arguments: Fixture.allCases, splits)
  func everyCutGivesTheOutcomeOfOnePart(fixture: Fixture, split: RowSplit) throws {
    let whole = try importing(fixture, RowSplit(parts: 1, minimumRows: 1))
    let cut = try importing(fixture, split)
    #expect(cut.participants == whole.participants)
    #expect(cut.report == whole.report)
    #expect(cut.report.unchanged.map(\.id) == whole.report.unchanged.map(\.id))
    #expect(cut.report.warnings.map(\.lines) == whole.report.warnings.map(\.lines))
  }

  /// Asked to stop, the parts stop within 256 rows wherever the cut falls, and the import
  /// ends with `.interrupted`.
  @Test(arguments: splits)
  func aStopDuringTheRowsEndsTheImportHoweverItIsCut(split: RowSplit) {
    var lines = ["Name,Email,City"]
    for n in 0..<1_000 { lines.append("Person \(n),p\(n)@example.org,Dakar") }
    let table = try! CSVTable(text: lines.joined(separator: "\n"))
    var run = RegistrationImport(event: Build.event())
    run.split = split
    run.shouldStop = { true }
    #expect(throws: RegistrationImport.FileProblem.interrupted) { try run.run(table, into: []) }
  }
}
