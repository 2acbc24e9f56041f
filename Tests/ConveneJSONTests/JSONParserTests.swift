import Testing

@testable import ConveneJSON

@Suite struct JSONParserTests {
  @Test func valuesRememberTheirLine() throws {
    let node = try JSONParser.parse("{\n  \"id\": \"x\",\n  \"days\": [\n    { \"date\": \"2027-03-09\" }\n  ]\n}")
    #expect(node["id"]?.line == 2)
    #expect(node["days"]?.line == 3)
    #expect(node["days"]?.array?.first?["date"]?.line == 4)
    #expect(node["days"]?.array?.first?["date"]?.string == "2027-03-09")
  }

  @Test func readsEscapesNumbersAndLiterals() throws {
    let node = try JSONParser.parse(#"{"a": "q\"\\\n\u00e9\ud83d\ude00", "n": -1.5e2, "t": true, "z": null}"#)
    #expect(node["a"]?.string == "q\"\\\né😀")
    #expect(node["n"]?.number == -150)
    #expect(node["t"]?.bool == true)
    #expect(node["z"]?.value == .null)
  }

  @Test func aMissingCommaIsReportedWithLineAndColumn() {
    #expect(throws: JSONSyntaxError(line: 3, column: 3, reason: "expected ',' or '}' (is a comma missing?)")) {
      try JSONParser.parse("{\n  \"a\": 1\n  \"b\": 2\n}")
    }
  }

  @Test func aRepeatedKeyIsAnError() {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(#"{"a": 1, "a": 2}"#) }
  }

  @Test func trailingTextIsAnError() {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{} x") }
  }
}
