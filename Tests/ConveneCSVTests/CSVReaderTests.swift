import Testing

@testable import ConveneCSV

@Suite struct CSVReaderTests {
  @Test(arguments: [
    ("a,b,c\n1,2,3", ","), ("Nom;Courriel;Pays\nA;b;c", ";"), ("Name\tEmail\nA\tb", "\t"),
    ("\"a;b\",c,d\n", ","), ("\n\nNom;Pays\n", ";"), ("single\n", ","),
    // A Teams attendance report: a title line with no delimiter before tab-separated lines.
    ("1. Summary\nMeeting title\tHub webinar\n", "\t"),
  ])
  func detectsTheDelimiterOfTheHeader(text: String, expected: String) {
    #expect(CSVReader.detectDelimiter(in: text) == Character(expected))
  }

  @Test func readsQuotedFieldsWithQuotesDelimitersAndLineBreaks() throws {
    let text = "id,title\r\n1,\"Panel: \"\"what works\"\", locally\"\r\n2,\"two\nlines\"\r\n3,plain\r\n"
    let records = try CSVReader(delimiter: ",").records(in: text)
    #expect(records.map(\.fields) == [
      ["id", "title"], ["1", "Panel: \"what works\", locally"], ["2", "two\nlines"], ["3", "plain"],
    ])
    #expect(records.map(\.line) == [1, 2, 3, 5])
  }

  /// Spaces, a letter, then quotes in an unquoted field: the quotes belong to the field, and
  /// each one no longer looks back over the spaces (200,000 of each took minutes). The limit
  /// is a guard against that hang, not a speed figure.
  @Test(.timeLimit(.minutes(1))) func spacesALetterAndManyQuotesAreReadInOnePass() throws {
    let field = String(repeating: " ", count: 200_000) + "x" + String(repeating: "\"", count: 200_000)
    let records = try CSVReader(delimiter: ",").records(in: "a,b\n" + field + ",2\n \"quoted, with spaces before\"\n")
    #expect(records.count == 3)
    #expect(records[1].fields == [field, "2"])
    #expect(records[2].fields == ["quoted, with spaces before"])
  }

  @Test func keepsBlankLinesAsBlankRecordsSoLinesStayRight() throws {
    let records = try CSVReader().records(in: "a,b\n\n1,2\n")
    #expect(records.map(\.line) == [1, 2, 3])
    #expect(records[1].isBlank)
  }

  @Test func lastLineWithoutLineBreakIsRead() throws {
    #expect(try CSVReader().records(in: "a,b\n1,2").last?.fields == ["1", "2"])
  }

  @Test func emptyTrailingFieldIsKept() throws {
    #expect(try CSVReader().records(in: "a,b,\n").first?.fields == ["a", "b", ""])
  }

  @Test func unclosedQuoteIsAnErrorAtTheLineWhereItOpens() {
    #expect(throws: CSVSyntaxError(line: 2, reason: "a quoted field is never closed (a \" is missing)")) {
      try CSVReader().records(in: "a,b\n1,\"open\n3,4\n")
    }
  }

  @Test func textAfterAClosingQuoteIsAnError() {
    #expect(throws: CSVSyntaxError.self) { try CSVReader().records(in: "a\n\"x\"y\n") }
  }
}
