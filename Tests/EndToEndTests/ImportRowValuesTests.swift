import Foundation
import Testing

/// What a row says beyond its answers: dates months away from the event, a status that
/// cancels the registration, a spreadsheet's error values, cells missing from a cut-off
/// export, invisible or look-alike characters in addresses, and a region that is a
/// province. Each file is written as the tool writes it and imported into a regional
/// workshop of 8-9 March 2027.
@Suite struct ImportRowValuesTests {
  @Test func oneMonthFirstDateThatMovesEveryoneMonthsAwayIsAWarningWithTheFix() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = try convene.participantsText(ws)
    let file = try convene.write(
      "Email Address,Full name,City,Country,Category,Arrival,Departure\n"
        + "a@x.org,Ann Lee,Paris,France,Mayor,07/03/2027 18:00,10/03/2027 09:00\n"
        + "b@x.org,Bob Ray,Lyon,France,Mayor,08/03/2027 08:00,09/03/2027 19:00\n"
        + "c@x.org,Cy Dee,Nice,France,Mayor,3/13/2027 20:00,3/14/2027 09:00\n", to: "arrival-one-us2.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    let said = result.output + result.error
    #expect(
      said.contains(
        "Arrival: 2 dates are more than 60 days from the event (2027-03-08 to 2027-03-09) (read month/day/year (US), "
          + "as line 4 shows (3/13/2027 20:00), 24-hour clock): line 2, 07/03/2027 18:00, is 2027-07-03 (lines 2, 3)"),
      "\(said)")
    #expect(said.contains("give --date-order dmy"), "\(said)")
    #expect(said.contains("Departure: 2 dates are more than 60 days"), "\(said)")
    #expect(try convene.participantsText(ws) == before)

    // Read day first, the US row is the one that does not fit: rejected, naming it.
    let told = try convene.run("participants", "import", file, "--date-order", "dmy", "--workspace", ws)
    #expect(told.status == 1, "\(told.output)\(told.error)")
    #expect((told.output + told.error).contains("3/13/2027 20:00"), "\(told.output)\(told.error)")
    let skipped = try convene.run("participants", "import", file, "--date-order", "dmy", "--skip-invalid", "--workspace", ws)
    #expect(skipped.status == 0, "\(skipped.output)\(skipped.error)")
    let ann = try #require(try convene.participantRow(ws, email: "a@x.org"))
    #expect(ann.contains(",2027-03-07T18:00,2027-03-10T09:00,") || ann.contains("2027-03-07 18:00"), "\(ann)")
  }

  @Test func checkWarnsAboutArrivalsMonthsFromTheEvent() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Email Address,Full name,City,Country,Category,Arrival\n"
        + "a@x.org,Ann Lee,Paris,France,Mayor,2027-07-03 18:00\n", to: "far.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--accept-warnings")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let check = try convene.run("check", "--workspace", ws)
    let said = check.output + check.error
    #expect(said.contains("participants.csv:2: arrival") || said.contains("participants.csv:2"), "\(said)")
    #expect(said.contains("p001's arrival (2027-07-03) is 116 days from the event"), "\(said)")
  }

  @Test func rowsWhoseStatusCancelsTheRegistrationAreDeclined() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Email Address,Full name,City,Country,Category,Status\n"
        + "a@x.org,Ann Lee,Paris,France,Mayor,Confirmed\nb@x.org,Bob Ray,Lyon,France,Mayor,Cancelled\n"
        + "c@x.org,Cy Dee,Nice,France,Mayor,Annulé\nd@x.org,Di Fox,Nice,France,Mayor,ملغى\n"
        + "e@x.org,Ed Gu,Nice,France,Mayor,Withdrawn\n", to: "status-col.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let stored = try convene.participantsText(ws)
    #expect(try convene.participantRow(ws, email: "a@x.org")?.hasPrefix("p001,Ann Lee,") == true)
    for email in ["b@x.org", "c@x.org", "d@x.org", "e@x.org"] { #expect(!stored.contains(email), "\(email)") }
    #expect(result.output.contains("Di Fox <d@x.org>: ملغى"), "\(result.output)")

    let kobo = try convene.write(
      "start;end;group_identity/full_name;group_identity/email;group_work/city;group_work/country;group_work/category;"
        + "_id;_uuid;_submission_time;_validation_status;_status;_index\n"
        + "2027-01-20T09:00:00.000+00:00;2027-01-20T09:05:00.000+00:00;Musa Adeyemi;musa@x.org;Kano;NG;civil_society;1;u1;"
        + "2027-01-20T09:10:00;validation_status_approved;submitted_via_web;1\n"
        + "2027-01-20T09:00:00.000+00:00;2027-01-20T09:05:00.000+00:00;Spam Bot;spam@x.org;Kano;NG;civil_society;2;u2;"
        + "2027-01-20T09:11:00;validation_status_not_approved;submitted_via_web;2\n", to: "kobo-validation.csv")
    let koboResult = try convene.run("participants", "import", kobo, "--workspace", ws)
    #expect(koboResult.status == 0, "\(koboResult.output)\(koboResult.error)")
    #expect(try convene.participantRow(ws, email: "musa@x.org")?.hasPrefix("p002,Musa Adeyemi,") == true)
    #expect(!(try convene.participantsText(ws).contains("spam@x.org")))
  }

  /// Statuses that begin with a cancellation, or say it another way, and an Arabic Zoom
  /// report whose approval column (`حالة الموافقة`) holds the word for consent: the column is
  /// read for the declined rows, never as consent to publish the name.
  @Test func everyWordingOfAWithdrawalIsDeclinedAndAnApprovalIsNoConsent() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Email Address,Full name,City,Country,Category,Status\n"
        + "a@x.org,Ann Lee,Paris,France,Mayor,Confirmed\nb@x.org,Bob Ray,Lyon,France,Mayor,Cancelled by participant\n"
        + "c@x.org,Cy Dee,Nice,France,Mayor,Desistió\nd@x.org,Di Fox,Nice,France,Mayor,Withdrew\n"
        + "e@x.org,Ed Gu,Nice,France,Mayor,Not approved yet\n", to: "status-words.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("  declined   4\n"), "\(result.output)")
    let stored = try convene.participantsText(ws)
    for email in ["b@x.org", "c@x.org", "d@x.org", "e@x.org"] { #expect(!stored.contains(email), "\(email)") }

    let zoom = try convene.write(
      "الاسم الأول,اسم العائلة,البريد الإلكتروني,المدينة,البلد,الفئة,حالة الموافقة\n"
        + "Rami,Haddad,rami@x.org,Amman,Jordan,Mayor,موافق\nSara,Nasser,sara@x.org,Irbid,Jordan,Mayor,تم الرفض\n"
        + "Omar,Saleh,omar@x.org,Zarqa,Jordan,Mayor,رفض\n", to: "zoom-ar.csv")
    let arabic = try convene.run("participants", "import", zoom, "--workspace", ws)
    #expect(arabic.status == 0, "\(arabic.output)\(arabic.error)")
    #expect(arabic.output.contains("حالة الموافقة -> status"), "\(arabic.output)")
    #expect(arabic.output.contains("  declined   2\n"), "\(arabic.output)")
    #expect(try convene.participantRow(ws, email: "rami@x.org")?.hasSuffix(",no,registered") == true)
    #expect(try convene.participantRow(ws, email: "sara@x.org") == nil)
    #expect(try convene.participantRow(ws, email: "omar@x.org") == nil)
  }

  /// A registration cancelled later in the same export (by its submission time, whatever the
  /// order of the rows) is not imported; one sent again after its cancellation is.
  @Test func aRegistrationCancelledLaterInTheSameExportTakesNoPlace() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Horodateur,Adresse e-mail,Nom complet,Ville,Pays,Catégorie,Statut\r\n"
        + "2027-01-15 10:00,awa@x.org,Awa Ndiaye,Dakar,Senegal,Mayor,Annulé\r\n"
        + "2027-01-10 09:00,AWA@x.org,Awa Ndiaye,Dakar,Senegal,Mayor,Confirmé\r\n"
        + "2027-01-11 09:00,moussa@x.org,Moussa Diallo,Dakar,Senegal,Mayor,Confirmé\r\n"
        + "2027-01-12 09:00,fatou@x.org,Fatou Sall,Dakar,Senegal,Mayor,Annulé\r\n"
        + "2027-01-13 09:00,fatou@x.org,Fatou Sall,Dakar,Senegal,Mayor,Confirmé\r\n", to: "cancel-later.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains("cancel-later.csv:3: email: cancelled by line 2 (Annulé), sent later from the same address; not imported"),
      "\(result.output)")
    #expect(try convene.participantRow(ws, email: "awa@x.org") == nil)
    #expect(try convene.participantRow(ws, email: "moussa@x.org")?.hasPrefix("p001,Moussa Diallo,") == true)
    #expect(try convene.participantRow(ws, email: "fatou@x.org")?.hasPrefix("p002,Fatou Sall,") == true)
  }

  /// A family's address: the child's cancellation is not the mayor's, who is imported (with a
  /// note saying so); a cancellation naming the same person still cancels.
  @Test func aCancellationUnderAnotherNameOfTheSameAddressCancelsNoOneElse() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Horodateur,Adresse e-mail,Nom complet,Ville,Pays,Catégorie,Statut\r\n"
        + "10/01/2027 10:00:00,famille.ba@x.org,Mamadou Ba,Dakar,Senegal,Maire,Inscrit\r\n"
        + "15/01/2027 10:00:00,famille.ba@x.org,Aïssata Ba,Dakar,Senegal,Jeunesse,Annulé\r\n"
        + "16/01/2027 10:00:00,famille.ba@x.org,MAMADOU BA,Dakar,Senegal,Maire,Annulé\r\n"
        + "11/01/2027 10:00:00,bureau@x.org,Awa Sy,Dakar,Senegal,Maire,Inscrit\r\n"
        + "12/01/2027 10:00:00,bureau@x.org,Ndeye Fall,Dakar,Senegal,Maire,Annulé\r\n", to: "family.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("family.csv:2: email: cancelled by line 4 (Annulé), sent later from the same address; not imported"), "\(result.output)")
    #expect(try convene.participantRow(ws, email: "famille.ba@x.org") == nil)
    #expect(try convene.participantRow(ws, email: "bureau@x.org")?.hasPrefix("p001,Awa Sy,") == true)
    #expect(
      result.output.contains("family.csv:5: name: line 6 (Annulé), sent later from the same address, names someone else: imported"),
      "\(result.output)")
  }

  @Test func spreadsheetErrorValuesRejectTheirRowNamingLineAndField() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = try convene.participantsText(ws)
    let file = try convene.write(
      "Email Address,Full name,Organisation,City,Country,Category\n"
        + "a@x.org,#VALUE!,#REF!,Dakar,Senegal,Mayor\nb@x.org,Binta Fall,Org,#NAME?,Senegal,Mayor\n"
        + "c@x.org,Cheikh Sy,#DIV/0!,Dakar,Senegal,Mayor\nd@x.org,Dior Ba,Org,Dakar,Senegal,Mayor\n", to: "csv-errors2.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    let said = result.output + result.error
    #expect(said.contains("csv-errors2.csv:3: city: \"#NAME?\" is a spreadsheet's error value"), "\(said)")
    #expect(said.contains("csv-errors2.csv:4: organisation: \"#DIV/0!\" is a spreadsheet's error value"), "\(said)")
    #expect(said.contains("csv-errors2.csv:2: "), "\(said)")
    #expect(try convene.participantsText(ws) == before)
    let skipped = try convene.run("participants", "import", file, "--skip-invalid", "--workspace", ws)
    #expect(skipped.status == 0, "\(skipped.output)\(skipped.error)")
    #expect(try convene.participantRow(ws, email: "d@x.org")?.hasPrefix("p001,Dior Ba,") == true)
    #expect(!(try convene.participantsText(ws).contains("#")))
  }

  @Test func aCutOffExportIsRefusedNamingTheShortRow() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = try convene.participantsText(ws)
    // The download stopped in the middle of the last row: no line end, 4 of 6 cells.
    let truncated = try convene.write(
      "Email Address,Full name,Category,Organisation,City,Country\na@x.org,Ann Lee,Mayor,City Hall,Paris,France\n"
        + "b@x.org,Bob Ray,Mayor,City Hall,Lyon,France\nc@x.org,Cy Dela,Mayor,City H", to: "truncated2.csv")
    let result = try convene.run("participants", "import", truncated, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(
      (result.output + result.error).contains("truncated2.csv:4: row has 4 of 6 cells: is the file cut short?"),
      "\(result.output)\(result.error)")
    #expect(try convene.participantsText(ws) == before)

    let fewer = try convene.write(
      "Email Address,Full name,Job title,Organisation,City,Country\na@x.org,Ann Lee,Director,City Hall\n"
        + "b@x.org,Bob Ray,Officer,City Hall,Lyon,France\n", to: "fewer-cells.csv")
    let middle = try convene.run("participants", "import", fewer, "--workspace", ws, "--accept-warnings")
    #expect(middle.status == 1, "\(middle.output)\(middle.error)")
    #expect((middle.output + middle.error).contains("fewer-cells.csv:2: row has 4 of 6 cells"), "\(middle.output)")
    #expect(try convene.participantsText(ws) == before)
  }

  /// `NA` and `no` in a column of country names may say no answer: refused, naming the cell;
  /// in a column of codes they are Namibia and Norway.
  @Test func naAndNoAreCountriesOnlyAmongCodes() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = try convene.participantsText(ws)
    let named = try convene.write(
      "Email Address,Full name,Category,City,Country\na@x.org,Ana Núñez,Mayor,Quito,Ecuador\n"
        + "b@x.org,Inés Peña,Mayor,Quito,no\nc@x.org,Awa Ba,Mayor,Dakar,NA\n", to: "names.csv")
    let result = try convene.run("participants", "import", named, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    let said = result.output + result.error
    #expect(
      said.contains(
        "names.csv:3: country: \"no\" may be NO (Norway) or the answer no: write the country's name, or leave the cell empty"),
      "\(said)")
    #expect(
      said.contains(
        "names.csv:4: country: \"NA\" may be NA (Namibia) or no answer (not applicable): write the country's name, or leave "
          + "the cell empty"), "\(said)")
    #expect(try convene.participantsText(ws) == before)
    // Half codes is not mostly codes.
    let half = try convene.write(
      "Email Address,Full name,Category,City,Country\na@x.org,Ana Núñez,Mayor,Dakar,SN\n"
        + "b@x.org,Inés Peña,Mayor,Recife,Brazil\nc@x.org,Awa Ba,Mayor,Dakar,no\n", to: "half.csv")
    let halfResult = try convene.run("participants", "import", half, "--workspace", ws)
    #expect(halfResult.status == 1, "\(halfResult.output)\(halfResult.error)")
    #expect((halfResult.output + halfResult.error).contains("half.csv:4: country: \"no\" may be NO (Norway)"))
    #expect(try convene.participantsText(ws) == before)

    let codes = try convene.write(
      "Email Address,Full name,Category,City,Country\na@x.org,Ana Núñez,Mayor,Quito,EC\n"
        + "b@x.org,Inés Peña,Mayor,Oslo,NO\nc@x.org,Awa Ba,Mayor,Windhoek,NA\n", to: "codes.csv")
    let read = try convene.run("participants", "import", codes, "--workspace", ws)
    #expect(read.status == 0, "\(read.output)\(read.error)")
    #expect(try convene.participantRow(ws, email: "c@x.org")?.contains(",Windhoek,NA,") == true)
    #expect(try convene.participantRow(ws, email: "b@x.org")?.contains(",Oslo,NO,") == true)
  }

  @Test func rowsOfAnotherDelimiterJoinedOnAreNamedSo() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = try convene.participantsText(ws)
    // A comma export with a semicolon export (its header too) appended to it.
    let joined = try convene.write(
      "Email Address,Full name,Category,City\na@x.org,Ann Lee,Mayor,Paris\n"
        + "Email Address;Full name;Category;City\nb@x.org;Bob Ray;Mayor;Lyon\n", to: "joined.csv")
    let result = try convene.run("participants", "import", joined, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    let said = result.output + result.error
    #expect(
      said.contains(
        "joined.csv:3: row has 1 of 4 cells, but 4 when read with semicolons between them: is an export with another "
          + "delimiter joined on here? (import each export from a file of its own)"), "\(said)")
    #expect(said.contains("joined.csv:4: row has 1 of 4 cells, but 4 when read with semicolons"), "\(said)")
    #expect(!said.contains("cut short"), "\(said)")
    #expect(try convene.participantsText(ws) == before)
  }

  @Test func trailingColumnsNoRowReachesAreNoCut() throws {
    // A tool that leaves out the trailing cells no one answered: every row stops at the
    // same cell, and the columns left are neither name nor e-mail.
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Email Address,Full name,Category,City,Country,Needs\na@x.org,Ann Lee,Mayor,Paris,France\n"
        + "b@x.org,Bob Ray,Mayor,Lyon,France\n", to: "trailing.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "b@x.org")?.hasPrefix("p002,Bob Ray,b@x.org,mayor,,,Lyon,FR,") == true)
  }

  @Test func invisibleAndLookAlikeCharactersInAddressesAreRejectedByImportAndCheck() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let characters: [(String, String)] = [
      ("\u{034F}", "U+034F"), ("\u{115F}", "U+115F"), ("\u{3164}", "U+3164"), ("\u{FE0F}", "U+FE0F"),
      ("\u{1160}", "U+1160"), ("\u{17B4}", "U+17B4"), ("\u{17B5}", "U+17B5"), ("\u{2800}", "U+2800"),
      ("\u{FFA0}", "U+FFA0"), ("\u{FE00}", "U+FE00"), ("\u{0430}", "U+0430"), ("\u{03BF}", "U+03BF"),
    ]
    var rows = "Timestamp,Email Address,Full name,Organisation,City,Country,Category\r\n"
    for (index, (character, _)) in characters.enumerated() {
      rows += "2027-01-10 10:\(String(format: "%02d", index)),u\(index)@x\(character)o.org,Person \(index),Org,Paris,France,Mayor\r\n"
    }
    rows += "2027-01-10 11:00,clean@xo.org,Clean Person,Org,Paris,France,Mayor\r\n"
    let file = try convene.write(rows, to: "invisible-email2.csv")
    let result = try convene.run("participants", "import", file, "--skip-invalid", "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let said = result.output + result.error
    for (index, (_, code)) in characters.enumerated() {
      #expect(said.contains("invisible-email2.csv:\(index + 2): email: ") && said.contains(code), "\(code): \(said)")
    }
    #expect(said.contains("a Cyrillic or Greek letter"), "\(said)")
    let stored = try convene.participantsText(ws)
    #expect(stored.contains("clean@xo.org") && !stored.contains("u0@") && !stored.contains("u10@"), "\(stored)")

    // An address written into participants.csv by hand is an error of check.
    let path = ws + "/participants.csv"
    try (stored.replacingOccurrences(of: "clean@xo.org", with: "clean@x\u{3164}o.org"))
      .write(toFile: path, atomically: true, encoding: .utf8)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status != 0, "\(check.output)\(check.error)")
    #expect((check.output + check.error).contains("participants.csv:2"), "\(check.output)\(check.error)")
  }

  @Test func aFormsRegionColumnOfProvincesDoesNotReplaceTheNetworkRegion() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Email Address,Full name,City,Region,Country,Category\na@x.org,Ann Lee,Paris,Île-de-France,France,Mayor\n"
        + "b@x.org,Bob Ray,Dakar,Dakar,Senegal,Mayor\nc@x.org,Cy Dee,Amman,Middle East and North Africa,Kenya,Mayor\n"
        + "d@x.org,Di Fox,Tunis,middle east and north africa,,Mayor\n", to: "region-col.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let said = result.output + result.error
    #expect(said.contains("\"Île-de-France\" is not one of the network's regions; the region of FR, Europe, is kept"), "\(said)")
    #expect(said.contains("\"Middle East and North Africa\" is not the region of the country given; the region of KE"), "\(said)")
    #expect(try convene.participantRow(ws, email: "a@x.org")?.contains(",Paris,FR,Europe,") == true)
    #expect(try convene.participantRow(ws, email: "c@x.org")?.contains(",Amman,KE,East and Southern Africa,") == true)
    #expect(try convene.participantRow(ws, email: "d@x.org")?.contains(",Tunis,,Middle East and North Africa,") == true)
    let check = try convene.run("check", "--workspace", ws)
    #expect(!(check.output + check.error).contains("region"), "\(check.output)\(check.error)")

    let path = ws + "/participants.csv"
    let stored = try convene.participantsText(ws)
    try stored.replacingOccurrences(of: ",Paris,FR,Europe,", with: ",Paris,FR,Île-de-France,")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let edited = try convene.run("check", "--workspace", ws)
    #expect((edited.output + edited.error).contains("\"Île-de-France\" is not one of the network's regions"), "\(edited.output)")
  }
}
