import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// The wording of North African, Southern African and Andean forms: the Maghreb's "name and
/// surname" header, Arabic Microsoft Forms, Eventbrite in Spanish and Portuguese, and the
/// placeholders and device names people write in Arabic, Spanish, Portuguese and French.
@Suite struct MaghrebAndAndeanFormTests {
  func importing(_ lines: String...) throws -> RegistrationImport.Outcome {
    try RegistrationImport(event: Build.event())
      .run(CSVTable(text: lines.joined(separator: "\n") + "\n"), into: [])
  }

  /// `الاسم واللقب` ("name and surname") is a whole name, written with or without a space after
  /// و and with or without the hamza: it wins over a bare `الاسم` beside it, and is never read
  /// as the family name.
  @Test(arguments: ["الاسم واللقب", "الاسم و اللقب", "الإسم و اللقب", "الإسم واللقب"])
  func theMaghrebsNameAndSurnameIsTheWholeName(header: String) throws {
    let outcome = try importing(
      "الطابع الزمني,عنوان البريد الإلكتروني,الاسم,\(header),البلد,الفئة",
      "2027-03-01 10:00:00,karim.by@exemple.tn,كريم,كريم بن يوسف,تونس,شباب")
    #expect(outcome.report.rejected.isEmpty, "\(outcome.report.rejected)")
    #expect(outcome.participants.map(\.name) == ["كريم بن يوسف"])
    #expect(FormToolHeaderTests().mapping(outcome)[header] == "name")
  }

  /// An Arabic Microsoft Forms export anyone can answer: the account's "anonymous" name is no
  /// part of the person's, the question's address wins, and `وقت الانتهاء` is the completion time.
  @Test(arguments: ["الاسم و اللقب", "الإسم و اللقب", "الاسم واللقب"])
  func anArabicMicrosoftFormsExportReadsTheQuestionsName(header: String) throws {
    let outcome = try importing(
      "المعرف,وقت البدء,وقت الانتهاء,البريد الإلكتروني,الاسم,\(header),البريد الإلكتروني الشخصي,البلد,الفئة",
      "1,2027-03-01 10:00:00,2027-03-01 10:09:00,anonymous,anonymous,كريم بن يوسف,karim.by@exemple.tn,تونس,شباب",
      "2,2027-03-01 10:05:00,2027-03-01 10:04:00,anonymous,anonymous,سلمى الطرابلسي,salma.t@exemple.tn,تونس,شباب")
    #expect(outcome.report.rejected.isEmpty, "\(outcome.report.rejected)")
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
    #expect(FormToolHeaderTests().mapping(outcome)["وقت الانتهاء"] == "timestamp")
    // Numbered by completion time: Salma finished first.
    #expect(outcome.participants.map(\.name) == ["سلمى الطرابلسي", "كريم بن يوسف"])
    #expect(outcome.participants.map(\.email) == ["salma.t@exemple.tn", "karim.by@exemple.tn"])
  }

  /// Eventbrite's attendee status in Spanish and Portuguese: refunded and not attending are
  /// declined, as in English and French.
  @Test func eventbritesAttendeeStatusInSpanishAndPortugueseDeclinesTheRefunded() throws {
    let spanish = try importing(
      "N.º de pedido,Fecha del pedido,Nombre,Apellidos,Correo electrónico,Cantidad,Tipo de entrada,N.º de asistente,Estado del asistente,Cargo,Empresa,Ciudad,País",
      "1234567890,2027-03-01 10:00:00-05:00,Ana,Quispe Mamani,ana.q@ejemplo.pe,1,Juventud,987654321,Asistirá,Alcaldesa,Municipalidad de Cusco,Cusco,Perú",
      "1234567891,2027-03-01 11:00:00-05:00,Luis,Condori,luis.c@ejemplo.bo,1,Juventud,987654322,Reembolsado,Estudiante,UMSA,La Paz,Bolivia",
      "1234567892,2027-03-01 12:00:00-05:00,Rosa,Huamán,rosa.h@ejemplo.pe,1,Juventud,987654323,No asistire,Estudiante,UNSA,Arequipa,Perú")
    #expect(spanish.participants.map(\.email) == ["ana.q@ejemplo.pe"])
    #expect(spanish.report.declined.map(\.line) == [3, 4])
    let portuguese = try importing(
      "Nº do pedido,Data do pedido,Nome,Sobrenome,E-mail,Quantidade,Tipo de ingresso,Nº do participante,Status do participante,Cargo,Empresa,Cidade,País",
      "111,2027-03-01 10:00:00,João,Conceição,joao.c@exemplo.mz,1,Jovens,1,Participando,Estudante,UEM,Maputo,Moçambique",
      "112,2027-03-01 11:00:00,Graça,Simbine,graca.s@exemplo.mz,1,Jovens,2,Reembolsado,Diretora,FDC,Maputo,Moçambique",
      "113,2027-03-01 12:00:00,Thandi,Nkosi,thandi.n@exemplo.za,1,Jovens,3,Não participando,Diretora,SALGA,Durban,África do Sul")
    #expect(portuguese.participants.map(\.email) == ["joao.c@exemplo.mz"])
    #expect(portuguese.report.declined.map(\.line) == [3, 4])
  }

  /// Placeholders and device names in Arabic, Spanish, Portuguese and French are a warning on
  /// import, like the English ones; a real name beside them is none.
  @Test(arguments: [
    "مجهول", "غير معروف", "بدون اسم", "فلان الفلاني", "Sin nombre", "Sem nome", "S/N", "N/D", "n/d", "Desconocido",
    "Desconhecido", "Ninguno", "Prueba", "Teste", "TESTE", "Fulano de Tal", "John Doe", "Prénom Nom", "Nombre Apellido",
    "Nome Sobrenome", "ـــ", "ـ", "ـــ ـــ",
  ])
  func aPlaceholderInTheHubsLanguagesIsAWarning(name: String) throws {
    let outcome = try importing("Email Address,Full name,Country,Category", "real@example.org,Thandi Nkosi,South Africa,Youth",
      "ph@example.org,\(name),South Africa,Youth")
    #expect(outcome.report.warnings.map(\.kind) == [.placeholderNames], "\(name)")
    #expect(outcome.report.warnings.first?.lines == [3])
  }

  @Test(arguments: ["Teléfono de Juan", "TELÉFONO DE JUAN", "Telemóvel de Ana", "Portable de Marc", "Téléphone de Marie", "Móvil de Rosa"])
  func aDeviceNameInTheHubsLanguagesIsAWarning(name: String) throws {
    let outcome = try importing("Email Address,Full name,Country,Category", "real@example.org,Thandi Nkosi,South Africa,Youth",
      "ph@example.org,\(name),South Africa,Youth")
    #expect(outcome.report.warnings.map(\.kind) == [.deviceNames], "\(name)")
    #expect(outcome.report.warnings.first?.lines == [3])
  }

  /// Names that hold the same letters as a placeholder or a device's word, and are people's.
  @Test(arguments: [
    "Salma Majhoul", "Testé Ngoma", "Ana Prueba Quispe", "Téléphine Ngoy", "Portablé Sow", "فلانة الزهراء", "سلمى ـ الطرابلسي",
    "Telefonía Rojas", "N D Mbeki",
  ])
  func realNamesAreNoPlaceholderOrDevice(name: String) throws {
    let outcome = try importing("Email Address,Full name,Country,Category", "real@example.org,Thandi Nkosi,South Africa,Youth",
      "ph@example.org,\(name),South Africa,Youth")
    #expect(outcome.report.warnings.isEmpty, "\(name): \(outcome.report.warnings)")
  }

  /// A full-width at sign (an Arabic or Asian keyboard's) is refused with its reason.
  @Test func aFullWidthAtSignIsRefusedSayingWhy() throws {
    let outcome = try importing(
      "Email Address,Full name,Country,Category", "ana4＠ejemplo.pe,Ana Quispe,Peru,Youth", "rosa@ejemplo.pe,Rosa Huamán,Peru,Youth")
    #expect(outcome.participants.map(\.email) == ["rosa@ejemplo.pe"])
    #expect(outcome.report.rejected.map(\.line) == [2])
    #expect(outcome.report.rejected.first?.reason == "\"ana4＠ejemplo.pe\" holds U+FF20 (＠), a wide at sign some keyboards type: type it as @")
  }

  /// The refusal of a date column whose order cannot be told names the workbook's sheet.
  @Test func aDateOrderRefusalInAWorkbookNamesTheSheet() throws {
    var table = try CSVTable(
      text: "Marca temporal,Correo,Nombre completo,Categoría\n5/3/2027 14:02:11,a@ejemplo.pe,Ana Quispe,Juventud\n"
        + "6/4/2027 9:00:00,b@ejemplo.pe,Rosa Huamán,Juventud\n")
    table.sheet = "Respuestas de formulario 1"
    #expect(
      throws: RegistrationImport.FileProblem(
        message: "the column \"Marca temporal\" of sheet \"Respuestas de formulario 1\" does not say whether its dates are "
          + "day/month/year or month/day/year: no date has a day over 12, and 2 dates read differently either way "
          + "(line 2: 5/3/2027 14:02:11); give --date-order dmy or --date-order mdy")
    ) {
      try RegistrationImport(event: Build.event()).run(table, into: [])
    }
  }

  /// A name that is a spreadsheet formula is a warning naming the line; `= Awa` is no formula.
  @Test func aFormulaForANameIsAWarning() throws {
    let outcome = try importing(
      "Email Address,Full name,Country,Category", "real@example.org,Salma Trabelsi,Tunisia,Youth",
      "f@example.org,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Tunisia,Youth", "g@example.org,= Awa,Tunisia,Youth")
    #expect(outcome.report.warnings.map(\.kind) == [.formulaNames])
    let warning = try #require(outcome.report.warnings.first)
    #expect(warning.lines == [3])
    #expect(warning.message == "1 of 3 rows have a spreadsheet formula for a name (\"=HYPERLINK(\"http://x\",\"y\")\")")
  }
}
