import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneWorkspace

@Suite struct ParticipantsFileTests {
  @Test func readsEveryColumn() throws {
    let text = Fixtures.participantsHeader + "\n"
      + "p001,Aïcha Koné,Aicha@Example.org,mayor,Maire,Commune,Abidjan,ci,West and Central Africa,woman,45-54,fr;en,step-free access,Africa/Abidjan,2027-03-09 08:00,2027-03-10 18:00,day2 14:00-15:00,delegation-ci,yes,confirmed\n"
    let contents = ParticipantsFile.read(Array(text.utf8))
    #expect(contents.findings.isEmpty)
    let person = try #require(contents.participants.first)
    #expect(person.email == "aicha@example.org")
    #expect(person.country == "CI")
    #expect(person.languages == ["fr", "en"])
    #expect(person.arrival == LocalDateTime("2027-03-09 08:00"))
    #expect(person.unavailable == [TimeWindow("day2 14:00-15:00")!])
    #expect(person.publishName)
    #expect(person.status == .confirmed)
    #expect(person.line == 2)
  }

  @Test func badCellsAreReportedWithLineAndColumn() {
    let text = Fixtures.participantsHeader + "\n"
      + "p001,A,not-an-email,,,,,,,,,,,,tomorrow,,sometime,,perhaps,maybe\n"
    let described = ParticipantsFile.read(Array(text.utf8)).findings.map(\.description)
    #expect(described.contains("error: participants.csv:2: email: \"not-an-email\" is not an e-mail address"))
    #expect(described.contains("error: participants.csv:2: arrival: \"tomorrow\" is not a date and time (hint: write 2027-03-09 08:30)"))
    #expect(described.contains { $0.hasPrefix("error: participants.csv:2: unavailable: \"sometime\" is not a time window") })
    #expect(described.contains("error: participants.csv:2: publish_name: \"perhaps\" is not yes or no"))
    #expect(described.contains { $0.hasPrefix("error: participants.csv:2: status: \"maybe\" is not a status") })
  }

  /// A consent is `yes` (any case), as convene writes it: a mark (`x`, `1`), another language's
  /// yes or a longer answer (`Yes, first name only`) is no certain consent, and an error.
  @Test func aConsentOtherThanYesOrNoIsAnError() {
    for (cell, consents) in [("yes", true), ("YES", true), ("No", false)] {
      let text = Fixtures.participantsHeader + "\np001,A,a@example.org,,,,,,,,,,,,,,,,\(cell),confirmed\n"
      let read = ParticipantsFile.read(Array(text.utf8))
      #expect(read.findings.isEmpty, "\(cell): \(read.findings)")
      #expect(read.participants.first?.publishName == consents, "\(cell)")
    }
    for cell in ["x", "1", "true", "oui", "نعم", "\"Yes, first name only\""] {
      let text = Fixtures.participantsHeader + "\np001,A,a@example.org,,,,,,,,,,,,,,,,\(cell),confirmed\n"
      let read = ParticipantsFile.read(Array(text.utf8))
      let shown = cell.replacingOccurrences(of: "\"", with: "")
      #expect(
        read.findings.map(\.description) == ["error: participants.csv:2: publish_name: \"\(shown)\" is not yes or no"],
        "\(cell)")
      #expect(read.participants.first?.publishName != true, "\(cell)")
    }
  }

  /// The rules of a row alone are errors of the file itself, so that every command loading
  /// it (badges, notices, agendas) refuses what `check` refuses.
  @Test func unknownCountryLanguageTimeZoneAndOverlongValuesAreErrorsOfTheFile() {
    let organisation = String(repeating: "O", count: 501)
    let text = Fixtures.participantsHeader + "\n"
      + "p001,A,a@example.org,,,\(organisation),,ZZ,,,,\"fr\r\nBcc: x@y\",,../../../../etc/passwd,2027-03-09 12:00,2027-03-09 08:00,,,no,registered\n"
    let described = ParticipantsFile.read(Array(text.utf8)).findings.map(\.description)
    #expect(
      described == [
        "error: participants.csv:2: organisation: p001's organisation is 501 characters long, more than the 500 it may hold (hint: shorten it)",
        "error: participants.csv:2: country: \"ZZ\" is not an ISO 3166-1 alpha-2 country code (hint: for example KE, FR, LB)",
        "error: participants.csv:2: languages: \"fr\\r\\nbcc: x@y\" is not an ISO 639-1 language code (hint: for example en, fr, ar)",
        "error: participants.csv:2: timezone: unknown time zone \"../../../../etc/passwd\" (hint: use an IANA name such as Asia/Karachi)",
        "error: participants.csv:2: departure: p001 leaves (2027-03-09 08:00) before arriving (2027-03-09 12:00)",
      ])
  }

  /// Offsets from UTC on both ends are compared as instants, in the file as in the import.
  @Test func aStayWrittenWithOffsetsIsComparedAsInstants() {
    let text = Fixtures.participantsHeader + "\n"
      + "p001,A,a@example.org,,,,,,,,,,,,2027-03-09 03:00+03:00,2027-03-09 01:00+00:00,,,no,registered\n"
      + "p002,B,b@example.org,,,,,,,,,,,,2027-03-09 01:00+00:00,2027-03-09 03:00+05:00,,,no,registered\n"
    #expect(
      ParticipantsFile.read(Array(text.utf8)).findings.map(\.description) == [
        "error: participants.csv:3: departure: p002 leaves (2027-03-09 03:00+05:00) before arriving (2027-03-09 01:00+00:00)"
      ])
  }

  /// Language names (`English`, `Français`) are read as their codes and written as codes; a
  /// word that is neither is the file's error, in the words `feedback.csv` uses too.
  @Test func languageNamesAreReadAsTheirCodes() {
    let text = Fixtures.participantsHeader + "\n"
      + "p001,A,a@example.org,,,,,,,,,English;Français;ar,,,,,,,no,registered\n"
      + "p002,B,b@example.org,,,,,,,,,Klingon,,,,,,,no,registered\n"
    let contents = ParticipantsFile.read(Array(text.utf8))
    #expect(contents.participants[0].languages == ["en", "fr", "ar"])
    #expect(ParticipantsFile.write(contents.participants).contains(",en;fr;ar,"))
    #expect(
      contents.findings.map(\.description) == [
        "error: participants.csv:3: languages: \"klingon\" is not an ISO 639-1 language code (hint: for example en, fr, ar)"
      ])
    let feedback = FeedbackFile.read(Array("response,participant,language\nr-1,p001,klingon\n".utf8)).findings.map(\.description)
    #expect(feedback == ["error: feedback/feedback.csv:2: language: \"klingon\" is not an ISO 639-1 language code (hint: for example en, fr, ar)"])
  }

  @Test func unknownColumnsAndFormulaCellsSurviveARoundTrip() throws {
    let text = Fixtures.participantsHeader + ",notes\n"
      + "p001,'=HYPERLINK(\"x\"),a@example.org,,,,,,,,,,,,,,,,no,registered,\"call back, Tuesday\"\n"
    let contents = ParticipantsFile.read(Array(text.utf8))
    #expect(contents.findings.isEmpty)
    #expect(contents.participants[0].name == "=HYPERLINK(\"x\")")
    #expect(contents.extraColumns == ["notes"])
    let written = ParticipantsFile.write(contents.participants, extraColumns: contents.extraColumns)
    #expect(written.contains("p001,\"'=HYPERLINK(\"\"x\"\")\",a@example.org,"))
    #expect(written.hasSuffix(",no,registered,\"call back, Tuesday\"\r\n"))
    let again = ParticipantsFile.read(Array(written.utf8))
    #expect(again.participants == contents.participants)
  }

  /// convene writes every status: an empty one (emptied by hand, or a row cut short before
  /// it) is an error, where it was read as registered and gave a cancelled person a place and a
  /// badge. A file without the column at all (written by hand) still reads as registered.
  @Test func anEmptyStatusIsAnError() {
    for row in ["p001,A,a@example.org,,,,,,,,,,,,,,,,no,", "p001,A,a@example.org,,,,,,,,,,,,,,,"] {
      let read = ParticipantsFile.read(Array((Fixtures.participantsHeader + "\n" + row + "\n").utf8))
      #expect(
        read.findings.map(\.description) == [
          "error: participants.csv:2: status: is empty (hint: write one of invited, registered, confirmed, waitlisted, declined, cancelled)"
        ], "\(row)")
    }
    let bare = ParticipantsFile.read(Array("id,name,email\np001,A,a@example.org\n".utf8))
    #expect(bare.findings.isEmpty)
    #expect(bare.participants.map(\.status) == [.registered])
  }

  /// A row written by hand with a country and no region gets its country's region, as an
  /// import gives it: every report by region counted such people under `not-given`.
  @Test func anEmptyRegionIsTheCountrys() {
    let text = Fixtures.participantsHeader + "\np001,A,a@example.org,,,,Dakar,SN,,,,,,,,,,,no,registered\n"
      + "p002,B,b@example.org,,,,Paris,FR,Europe (custom),,,,,,,,,,no,registered\n"
      + "p003,C,c@example.org,,,,,,,,,,,,,,,,no,registered\n"
    let read = ParticipantsFile.read(Array(text.utf8))
    #expect(read.findings.isEmpty, "\(read.findings)")
    #expect(read.participants.map(\.region) == ["West and Central Africa", "Europe (custom)", ""])
  }

  @Test func missingRequiredColumnsAreErrors() {
    let findings = ParticipantsFile.read(Array("id,name\np001,A\n".utf8)).findings
    #expect(findings.contains(.error("participants.csv", line: 1, field: "email", "the column is missing")))
  }

  /// A long list is written in parts at the same time; the file is the header and then every
  /// row in order, as if written one row after the other.
  @Test func aLongListIsWrittenRowByRowInOrder() {
    let people = (0..<12_345).map { n in
      Participant(
        id: "p\(n)", name: n % 7 == 0 ? "=Ndiaye, \"Awa\"" : "Person \(n)", email: "p\(n)@example.org",
        city: n % 3 == 0 ? "Thiès" : "", languages: n % 2 == 0 ? ["fr", "en"] : [])
    }
    var expected = CSVWriter.line(ParticipantsFile.columns + ["notes"])
    for person in people { expected += CSVWriter.line(ParticipantFields.cells(person) + [""]) }
    #expect(ParticipantsFile.bytes(people, extraColumns: ["notes"]) == Array(expected.utf8))
    #expect(ParticipantsFile.bytes([], extraColumns: []) == Array(CSVWriter.line(ParticipantsFile.columns).utf8))
  }
}
