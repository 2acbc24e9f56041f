import Testing

@testable import ConveneCore

@Suite struct QuotedValueTests {
  @Test func aLongValueIsCutAndAControlOrLineBreakEscaped() {
    #expect(QuotedValue.shown("p001") == "p001")
    #expect(QuotedValue.shown("a\r\nb\u{1B}[2J") == #"a\r\nb\u001B[2J"#)
    // A tab is written as one, not as the spaces a terminal turns it into.
    #expect(QuotedValue.shown("Aïcha\tKoné") == #"Aïcha\tKoné"#)
    let long = String(repeating: "é", count: 200_000)
    #expect(QuotedValue.shown(long) == String(repeating: "é", count: 120) + "…")
    #expect(QuotedValue.shown(String(repeating: "y", count: 120)) == String(repeating: "y", count: 120))
    // Escapes are made after the cut: a value of line breaks stays within a bounded line.
    #expect(QuotedValue.shown(String(repeating: "\n", count: 10_000)).count == 120 * 2 + 1)
  }
}
