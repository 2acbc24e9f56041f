import Testing

@testable import ConveneEvaluation

@Suite struct PublishedValueTests {
  @Test func formatsCountsPercentagesAndMeans() {
    #expect(PublishedValue.format(12, kind: .count) == "12")
    #expect(PublishedValue.format(83.333, kind: .percent) == "83.3")
    #expect(PublishedValue.format(80, kind: .percent) == "80.0")
    #expect(PublishedValue.format(4.2, kind: .mean) == "4.20")
    #expect(PublishedValue.format(-0.001, kind: .mean) == "0.00")
    #expect(PublishedValue.format(-12.5, kind: .score) == "-12.5")
  }
}
