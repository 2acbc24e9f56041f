import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// SurveyMonkey's "all responses" export, as it writes it: the header on two rows (the
/// questions, then `Response`, `Open-Ended Response` or each column's label under them), its
/// own columns first (`Respondent ID` ... `Custom Data 1`, the address and name columns empty
/// for a web-link collector), dates month first with AM/PM.
@Suite struct SurveyMonkeyExportTests {
  static let fixedColumns = "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1"

  func importing(capacity: Int? = nil, _ lines: [String]) throws -> RegistrationImport.Outcome {
    try RegistrationImport(event: Build.event(capacity: capacity))
      .run(CSVTable(text: lines.joined(separator: "\n") + "\n"), into: [])
  }

  /// A multiple choice of several answers takes one column per choice, holding the choice's
  /// label when it was chosen; what the person typed under `Other (please specify)` is one of
  /// the answers.
  @Test func everyFieldOfAPersonIsReadFromTheTwoRowHeader() throws {
    let outcome = try importing([
      Self.fixedColumns
        + ",Full name,Organisation,Stakeholder group,Gender,Which languages do you work in?,,,,Country,City,Email",
      ",,,,,,,,,Open-Ended Response,Open-Ended Response,Response,Response,English,French,Arabic,Other (please specify),Response,Open-Ended Response,Open-Ended Response",
      "118234567890,431234567,11/28/2026 10:15:32 AM,11/28/2026 10:19:01 AM,41.82.1.1,,,,,Awa Ndiaye,Ville de Thiès,Mayor,Female,,French,,Wolof,Senegal,Thiès,awa.ndiaye@example.org",
      "118234567892,431234567,11/29/2026 09:12:00 PM,11/29/2026 09:15:22 PM,41.82.1.3,,,,,Fatima Zahra Alaoui,Commune de Rabat,Youth,Female,English,French,Arabic,,Morocco,Rabat,f.alaoui@example.org",
    ])
    #expect(outcome.report.rejected.isEmpty)
    #expect(outcome.report.warnings.isEmpty)
    let awa = try #require(outcome.participants.first)
    #expect(awa.name == "Awa Ndiaye")
    #expect(awa.email == "awa.ndiaye@example.org")
    #expect(awa.category == "mayor")
    #expect(awa.organisation == "Ville de Thiès")
    #expect(awa.city == "Thiès")
    #expect(awa.country == "SN")
    #expect(awa.gender == "woman")
    #expect(awa.languages == ["fr", "wo"])
    #expect(awa.title == "")
    #expect(awa.status == .registered)
    #expect(outcome.participants.map(\.languages) == [["fr", "wo"], ["en", "fr", "ar"]])
    #expect(outcome.report.columns.contains { $0.header == "Which languages do you work in?/Arabic" && $0.field == .languages })
  }

  /// A contact-information question's columns are named by their labels (`Email Address`,
  /// `City/Town`), and `End Date`, when the form was sent, decides who had the last place.
  @Test func contactInformationAndTheEndDateAreRead() throws {
    let outcome = try importing(
      capacity: 1,
      [
        Self.fixedColumns + ",Contact information,,,,,,,,,,Stakeholder group",
        ",,,,,,,,,Name,Company,Address,Address 2,City/Town,State/Province,ZIP/Postal Code,Country,Email Address,Phone Number,Response",
        "2,431,11/28/2026 11:02:10 AM,11/28/2026 11:06:45 AM,41.82.1.2,,,,,Kwame Mensah,Accra Metropolitan Assembly,,,Accra,,,Ghana,kwame.mensah@example.org,,Local government official",
        "1,431,11/28/2026 10:15:32 AM,11/28/2026 10:19:01 AM,41.82.1.1,,,,,Awa Ndiaye,Ville de Thiès,,,Thiès,,,Senegal,awa.ndiaye@example.org,+221 77 000 00 00,Mayor",
      ])
    #expect(outcome.report.rejected.isEmpty)
    let byName = Dictionary(uniqueKeysWithValues: outcome.participants.map { ($0.name, $0) })
    #expect(byName["Awa Ndiaye"]?.status == .registered)
    #expect(byName["Kwame Mensah"]?.status == .waitlisted)
    #expect(byName["Kwame Mensah"]?.city == "Accra")
    #expect(byName["Kwame Mensah"]?.country == "GH")
    #expect(byName["Kwame Mensah"]?.organisation == "Accra Metropolitan Assembly")
    #expect(byName["Kwame Mensah"]?.category == "local-official")
    #expect(outcome.report.columns.contains { $0.header == "End Date" && $0.field == .timestamp })
    #expect(outcome.report.columns.contains { $0.header == "Contact information/Email Address" && $0.field == .email })
  }

  /// The second row is never read as a person, and a file whose second row holds data is
  /// read with one header.
  @Test func onlyASecondRowOfAnswerKindsJoinsTheHeader() throws {
    let outcome = try importing([
      "Name,Email,Comment",
      "Awa Ndiaye,awa@example.org,Response",
      "Moussa Sow,moussa@example.org,",
    ])
    #expect(outcome.participants.map(\.name) == ["Awa Ndiaye", "Moussa Sow"])
    let twoRows = try importing([
      Self.fixedColumns + ",Full name,Email",
      ",,,,,,,,,Open-Ended Response,Open-Ended Response",
      "1,431,11/28/2026 10:15:32 AM,11/28/2026 10:19:01 AM,41.82.1.1,,,,,Awa Ndiaye,awa@example.org",
    ])
    #expect(twoRows.participants.map(\.name) == ["Awa Ndiaye"])
    #expect(twoRows.report.rejected.isEmpty)
  }
}
