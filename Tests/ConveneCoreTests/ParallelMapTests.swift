import Testing

@testable import ConveneCore

@Suite struct ParallelMapTests {
  @Test(arguments: [0, 1, 5, 999, 1000, 1999, 2000, 2001, 10_007])
  func rangesCutTheWholeInOrder(count: Int) {
    for parts in [1, 2, 3, 8] {
      let ranges = ParallelMap.ranges(count, parts: parts, minimum: 1000)
      #expect(ranges.flatMap { Array($0) } == Array(0..<count))
      #expect(ranges.count == (count == 0 ? 0 : max(1, min(parts, count / 1000))))
      #expect(ranges.allSatisfy { $0.count >= min(count, 1000) })
    }
  }

  @Test func anArrayBuiltInPartsHoldsEveryElementInOrder() {
    let count = 10_000
    for parts in [1, 2, 3, 7] {
      let (elements, results) = ParallelMap.build(count: count, in: ParallelMap.ranges(count, parts: parts)) {
        (range, elements: inout ParallelMap.PartBuffer<String>) -> Int in
        for index in range { elements.append("element \(index)") }
        return range.lowerBound
      }
      #expect(elements == (0..<count).map { "element \($0)" })
      #expect(results == ParallelMap.ranges(count, parts: parts).map(\.lowerBound))
    }
    #expect(ParallelMap.build(count: 0, in: []) { (_, _: inout ParallelMap.PartBuffer<Int>) in 0 }.elements.isEmpty)
  }
}
