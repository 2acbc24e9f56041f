import Foundation
import Testing

@testable import ConveneProcess

@Suite struct ProcessGroupWatchdogTests {
  @Test func theWatchdogReadsTheLastGroupBeforeEndOfFile() {
    for (input, expected) in [
      ("123\n-\n456\n", pid_t(456)), ("123\n-\n", nil), ("", nil), ("77\n", 77), ("1\n", nil),
    ] {
      var ends: [Int32] = [0, 0]
      pipe(&ends)
      _ = ChildProcess.writeAll(Array(input.utf8), to: ends[1])
      close(ends[1])
      #expect(ProcessGroupWatchdog.lastGroup(readingFrom: ends[0]) == expected, "\(input)")
      close(ends[0])
    }
  }
}
