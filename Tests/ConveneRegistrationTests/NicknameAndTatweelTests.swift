import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// A Brazilian Google Form's `Apelido` (nickname) beside a given name only, and tatweels written
/// before a name's letters, as Google Forms' pt-BR and Arabic exports write them.
@Suite struct NicknameAndTatweelTests {
  func importing(_ lines: [String], map: [String: ImportField] = [:]) throws
    -> RegistrationImport.Outcome
  {
    try RegistrationImport(event: Build.event(), columnMap: map).run(
      CSVTable(text: lines.joined(separator: "\r\n") + "\r\n"), into: [])
  }

  static let brazilianHeader = "Carimbo de data/hora,Endereço de e-mail,Nome,Apelido,Cidade,País"

  /// A pt-BR form with `Nome` and `Apelido` only, its rows from Brazil or of no country: the
  /// file cannot tell a nickname from a family name, and says so naming the column and lines.
  @Test(arguments: ["Brasil", ""])
  func aBrazilianApelidoBesideAGivenNameIsAWarning(country: String) throws {
    let outcome = try importing([
      Self.brazilianHeader,
      "13/01/2027 10:05:31,ana.souza@recife.example.org,Ana Paula,Paulinha,Recife,\(country)",
      "13/01/2027 11:05:31,joao@bh.example.org,João,Jota,Belo Horizonte,\(country)",
    ])
    let warning = try #require(
      outcome.report.warnings.first { $0.kind == .nicknameColumn }, "\(outcome.report.warnings)")
    #expect(warning.column == "Apelido")
    #expect(warning.lines == [2, 3])
    #expect(warning.count == 2)
    #expect(warning.hint.contains("--map 'Apelido=ignore'"))
  }

  /// Mozambican and Portuguese rows say `Apelido` is the family name: read so, without a warning.
  @Test func aMozambicanApelidoIsTheFamilyName() throws {
    let outcome = try importing([
      Self.brazilianHeader,
      "13/01/2027 10:05:31,graca@maputo.example.org,Graça,Simbine,Maputo,Moçambique",
      "13/01/2027 11:05:31,rui@porto.example.org,Rui,Almeida,Porto,Portugal",
    ])
    #expect(
      !outcome.report.warnings.contains { $0.kind == .nicknameColumn }, "\(outcome.report.warnings)"
    )
    #expect(outcome.participants.map(\.name) == ["Graça Simbine", "Rui Almeida"])
  }

  /// One row from another country settles it as the family name, as the README's known
  /// limits say.
  @Test func oneRowFromAnotherCountrySettlesIt() throws {
    let outcome = try importing([
      Self.brazilianHeader,
      "13/01/2027 10:05:31,ana.souza@recife.example.org,Ana Paula,Paulinha,Recife,Brasil",
      "13/01/2027 11:05:31,rui@porto.example.org,Rui,Almeida,Porto,Portugal",
    ])
    #expect(!outcome.report.warnings.contains { $0.kind == .nicknameColumn })
    #expect(outcome.participants.map(\.name) == ["Ana Paula Paulinha", "Rui Almeida"])
  }

  /// Beside `Sobrenome` the nickname gives way; `--map` settles it either way.
  @Test func sobrenomeOrTheMapSettlesIt() throws {
    let besideSobrenome = try importing([
      "Carimbo de data/hora,Endereço de e-mail,Nome,Sobrenome,Apelido",
      "13/01/2027 10:05:31,ana.souza@recife.example.org,Ana Paula,Souza Lima,Paulinha",
    ])
    #expect(
      !besideSobrenome.report.warnings.contains { $0.kind == .nicknameColumn },
      "\(besideSobrenome.report.warnings)")
    #expect(besideSobrenome.participants.map(\.name) == ["Ana Paula Souza Lima"])
    let nickname = try importing(
      [
        Self.brazilianHeader,
        "13/01/2027 10:05:31,ana.souza@recife.example.org,Ana Paula,Paulinha,Recife,Brasil",
      ],
      map: ["Apelido": .ignore])
    #expect(
      !nickname.report.warnings.contains { $0.kind == .nicknameColumn },
      "\(nickname.report.warnings)")
    #expect(nickname.participants.map(\.name) == ["Ana Paula"])
    let family = try importing(
      [
        Self.brazilianHeader,
        "13/01/2027 10:05:31,ana.souza@recife.example.org,Ana Paula,Souza,Recife,Brasil",
      ],
      map: ["Apelido": .lastName])
    #expect(
      !family.report.warnings.contains { $0.kind == .nicknameColumn }, "\(family.report.warnings)")
    #expect(family.participants.map(\.name) == ["Ana Paula Souza"])
  }

  /// Tatweels before a name's letters, or after them, stretch nothing and are left out; those
  /// between letters are kept as written, and a name of tatweels only stays a placeholder.
  @Test(arguments: [
    ("ــ Ana", "Ana"), ("ـــأحمد الخطيب", "أحمد الخطيب"), ("أحمد الخطيبـــ", "أحمد الخطيب"),
    ("ـ سلمى ـ", "سلمى"),
    ("محـــمد", "محـــمد"), ("سلمى ـ الطرابلسي", "سلمى ـ الطرابلسي"),
  ])
  func tatweelsAroundANameAreLeftOut(written: String, stored: String) throws {
    let outcome = try importing([
      "طابع زمني,البريد الإلكتروني,الاسم الكامل,البلد",
      "2027/01/12 10:05:31 ص GMT+1,a@example.org,\(written),المغرب",
    ])
    #expect(outcome.participants.map(\.name) == [stored], "\(written)")
    #expect(outcome.report.notes.isEmpty, "\(outcome.report.notes)")
  }
}
