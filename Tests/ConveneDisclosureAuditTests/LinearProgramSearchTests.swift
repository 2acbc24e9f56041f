import Testing

@testable import ConveneDisclosureAudit

/// The search for one solution with a count held within a range, which decides most hidden
/// counts: it finds a solution when there is one, says when there is none, and leaves the
/// program as it was for the next question.
@Suite struct LinearProgramSearchTests {
  /// x + y = 6, x - y ≥ 2 over whole numbers from 0 to 6: x is 4, 5 or 6.
  func program() throws -> LinearProgram {
    let program = try LinearProgram(columns: 2, seconds: 10)
    program.bound(0, 0, 6)
    program.bound(1, 0, 6)
    #expect(program.add([(0, 1), (1, 1)], .equal, 6))
    #expect(program.add([(0, 1), (1, -1)], .greaterOrEqual, 2))
    return program
  }

  @Test func aSolutionWithinTheRangeIsFoundAndNoneWhereThereIsNone() throws {
    let program = try program()
    guard case .optimal(let values) = program.solution(0, within: 5...6, bounds: 0...6) else {
      Issue.record("no solution with x in 5...6")
      return
    }
    #expect((5...6).contains(values[0]) && values[0] + values[1] == 6)
    #expect(program.solution(0, within: 0...3, bounds: 0...6) == .infeasible)
    #expect(program.solution(1, within: 0...0, bounds: 0...6) == .optimal([6, 0]))
  }

  /// After a search the column's bounds are its own again: the smallest and largest x are
  /// those of the whole program, not of the range searched.
  @Test func aSearchLeavesTheProgramAsItWas() throws {
    let program = try program()
    _ = program.solution(0, within: 5...5, bounds: 0...6)
    _ = program.solution(0, within: 0...1, bounds: 0...6)
    #expect(program.optimise(0, maximise: false) == .optimal([4, 2]))
    #expect(program.optimise(0, maximise: true) == .optimal([6, 0]))
  }
}
