import ConveneCore
import ConveneEvaluationRuns
import ConveneWorkspace
import Testing

/// `check`'s findings gathered in the library, on the Dakar example in memory.
@Suite struct CheckRunTests {
  let dakar: DakarInMemory

  init() throws {
    dakar = try DakarInMemory()
    try dakar.afterTheEvent()
  }

  func findings() throws -> [Finding] {
    try CheckRun.findings(
      in: dakar.workspace, standard: DakarInMemory.standard(), today: try #require(LocalDate(year: 2027, month: 1, day: 1)))
  }

  @Test func theExampleAfterTheEventHasNoError() throws {
    let errors = try findings().filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors)")
  }

  @Test func anUnreadableScheduleIsAFindingListedAfterTheOtherFilesProblems() throws {
    try dakar.files.write("{\n  \"sessions\": [\n", to: dakar.path("schedule.json"))
    let participants = try #require(dakar.text("participants.csv"))
    let first = try #require(participants.split(separator: "\r\n").dropFirst().first)
    try dakar.files.write(participants + first + "\r\n", to: dakar.path("participants.csv"))
    let writes = dakar.files.writes.count
    let errors = try findings().filter { $0.severity == .error }
    let files = errors.map(\.file)
    let participantsError = try #require(files.firstIndex(of: "participants.csv"), "\(errors)")
    let scheduleError = try #require(files.firstIndex(of: "schedule.json"), "\(errors)")
    #expect(participantsError < scheduleError)
    #expect(errors[participantsError].line == participants.split(separator: "\r\n").count + 1)
    // Checking writes nothing.
    #expect(dakar.files.writes.count == writes)
  }
}
