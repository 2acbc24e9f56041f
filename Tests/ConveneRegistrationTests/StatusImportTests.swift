import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// Registration statuses as Eventbrite's attendee export and an organiser's own `Statut` column
/// write them: a negated absence is a registration, an absence takes no place, and a status the
/// language table cannot read is a warning, never a registration read in silence.
@Suite struct StatusImportTests {
  func importing(_ lines: [String], map: [String: ImportField] = [:]) throws
    -> RegistrationImport.Outcome
  {
    try RegistrationImport(event: Build.event(), columnMap: map).run(
      CSVTable(text: lines.joined(separator: "\r\n") + "\r\n"), into: [])
  }

  /// Eventbrite's Portuguese attendee export: `Não vai faltar` (will not miss it) is coming.
  @Test func willNotMissItIsARegistration() throws {
    let outcome = try importing([
      "Nº do pedido,Data do pedido,Nome,Sobrenome,E-mail,Quantidade,Tipo de ingresso,Nº do participante,Status do participante,Cargo,Empresa,Cidade,País",
      "111,2027-03-01 10:00:00,João,Conceição,joao.c@exemplo.mz,1,Jovens,1,Não vai faltar,Estudante,UEM,Maputo,Moçambique",
      "112,2027-03-01 11:00:00,Graça,Simbine,graca.s@exemplo.mz,1,Jovens,2,Vai faltar,Diretora,FDC,Maputo,Moçambique",
    ])
    #expect(outcome.participants.map(\.email) == ["joao.c@exemplo.mz"])
    #expect(outcome.report.declined.map(\.line) == [3])
    #expect(
      !outcome.report.warnings.contains { $0.kind == .unknownStatuses },
      "\(outcome.report.warnings)")
  }

  /// Absences and negated participations in the five languages, under each language's status
  /// header, take no place.
  @Test(arguments: [
    ("Attendee Status", "Absent"), ("Attendee Status", "Non participant"),
    ("Attendee Status", "Did not attend"),
    ("Statut du participant", "N'a pas participé"), ("Statut du participant", "Absente"),
    ("Statut du participant", "Non participant"), ("Estado del asistente", "No participó"),
    ("Estado del asistente", "Ausente"), ("Status do participante", "Ausente"),
    ("Status do participante", "Não participou"), ("الحالة", "غائب"), ("الحالة", "لم يحضر"),
  ])
  func anAbsenceTakesNoPlace(header: String, status: String) throws {
    let outcome = try importing([
      "Email,Full name,\(header),Category", "a@example.org,Ana Lima,\(status),mayor",
      "b@example.org,Bo Li,Approved,mayor",
    ])
    #expect(outcome.participants.map(\.email) == ["b@example.org"], "\(status)")
    #expect(outcome.report.declined.map(\.line) == [2], "\(status)")
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// A status no word of the table settles is a warning naming the column and its lines; the
  /// row is read (as registered) only for a caller that accepts the warning.
  @Test func anUnknownStatusIsAWarningNamingColumnAndLines() throws {
    let outcome = try importing([
      "Email,Full name,Statut,Category", "a@example.org,Awa Ndiaye,Inscrite,mayor",
      "b@example.org,Bo Li,Peut-être,mayor", "c@example.org,Cheikh Fall,Non,mayor",
      "d@example.org,Dina Sow,Peut-être,mayor",
    ])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unknownStatuses })
    #expect(warning.column == "Statut")
    #expect(warning.lines == [3, 4, 5])
    #expect(warning.count == 3)
    #expect(warning.message.hasPrefix("\"Peut-être\", \"Non\" say neither"), "\(warning.message)")
    #expect(outcome.report.declined.isEmpty)
  }

  /// A column the organiser maps to nothing is no status column: its words decide nothing.
  @Test func aStatusColumnMappedToNothingIsNotRead() throws {
    let outcome = try importing(
      [
        "Email,Full name,Estado,Category", "a@example.org,Ana Lima,Jalisco,mayor",
        "b@example.org,Bo Li,Cancelado,mayor",
      ],
      map: ["Estado": .ignore])
    #expect(outcome.participants.map(\.email) == ["a@example.org", "b@example.org"])
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }
}
