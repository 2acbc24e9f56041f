import ConveneCore
import Foundation
import Testing

@testable import ConveneScheduling

@Suite struct ConstraintCatalogueTests {
  @Test func everyConstraintIsListedOnceWithItsOwnNameLevelAndWeight() {
    let names = ConstraintCatalogue.all.map(\.name)
    #expect(Set(names).count == names.count)
    #expect(ConstraintCatalogue.names == names)
    #expect(ConstraintCatalogue.defaultWeights.count == names.count)
    let weights = Weights()
    for constraint in ConstraintCatalogue.all { #expect(weights[constraint.name] == constraint.defaultWeight) }
    // Every shape lists exactly the constraints of that shape.
    #expect(ConstraintCatalogue.unary.count + ConstraintCatalogue.pairs.count + ConstraintCatalogue.groups.count + ConstraintCatalogue.leftOut.count
      == names.count + 1)  // published-move is both unary and left-out
  }

  @Test func weightsFromEventJSONOverrideTheDefaultsAndUnknownNamesAreIgnored() {
    let weights = Weights(overrides: ["capacity": 7, "capcity": 3])
    #expect(weights["capacity"] == 7)
    #expect(weights["capcity"] == 0)
    #expect(weights["attendee-conflict"] == AttendeeConflict().defaultWeight)
  }

  /// The README's table of constraints says what the types say.
  @Test func theReadmeTableMatchesTheCatalogue() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let table = text.components(separatedBy: "## Scheduling constraints")[1].components(separatedBy: "\n## ")[0]
    var rows: [String: (level: String, weight: Int)] = [:]
    for line in table.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count == 4, let weight = Int(cells[3]) else { continue }
      rows[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = (cells[1], weight)
    }
    #expect(rows.count == ConstraintCatalogue.all.count)
    for constraint in ConstraintCatalogue.all {
      #expect(rows[constraint.name]?.level == constraint.level.rawValue, "\(constraint.name)")
      #expect(rows[constraint.name]?.weight == constraint.defaultWeight, "\(constraint.name)")
    }
  }

  /// Constraints that say only related sessions can break them never charge unrelated ones,
  /// those that say they do not apply to a problem charge nothing in it, and partners are
  /// related: the solver relies on all three to skip comparisons.
  @Test(arguments: 1...15)
  func onlyRelatedSessionsAreChargedByTheConstraintsThatSaySo(seed: Int) {
    let problem = RandomInstance.make(seed: UInt64(seed) + 7000)
    var random = RandomSource(seed: UInt64(seed))
    let starts = problem.days.flatMap { day in stride(from: day.window.start, to: day.window.end, by: problem.grid) }
    func anywhere() -> Placement {
      Placement(start: starts[random.index(starts.count)], room: random.index(problem.rooms.count))
    }
    for constraint in ConstraintCatalogue.pairs {
      for a in problem.sessions.indices {
        for b in constraint.partners(of: a, in: problem) { #expect(problem.related(a, b), "\(constraint.name) \(a) \(b)") }
        let applies = constraint.applies(to: problem)
        guard constraint.onlyRelated || !applies else { continue }
        for b in problem.sessions.indices where b != a && (!applies || !problem.related(a, b)) {
          for _ in 0..<3 {
            let pa = anywhere(), pb = anywhere()
            #expect(constraint.amount(a, pa, b, pb, in: problem) == 0, "\(constraint.name) \(a) \(b)")
          }
        }
      }
    }
  }
}
