import Testing

@testable import ConveneCore

@Suite struct TimeOfDayTests {
  @Test func parsesHoursAndMinutes() {
    #expect(TimeOfDay("9:05")?.minutes == 545)
    #expect(TimeOfDay("24:00")?.minutes == 1440)
    #expect(TimeOfDay("24:30") == nil)
    #expect(TimeOfDay("9h00") == nil)
    #expect(TimeOfDay(minutes: 545).description == "09:05")
  }
}
