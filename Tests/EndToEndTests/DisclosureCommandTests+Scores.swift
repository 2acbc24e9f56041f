import Foundation
import Testing

/// Net Promoter Scores and the answers of the recommendation question published by two reports
/// of the same records.
extension DisclosureCommandTests {
  /// 6 men (recommend 10, 9, 9, 0, 3, 6: 3 promoters, 3 detractors) and 10 women (9 six times,
  /// 2 four times): 0.0 among 6 and 20.0 among 10, and the answers give 9 promoters and 7
  /// detractors in all, which with the scores fix the men's bands.
  func promotersAndDetractors(_ name: String) throws -> String {
    let men = [10, 9, 9, 0, 3, 6].map { ("man", 4, $0) }
    let women = ([9, 9, 9, 9, 9, 9, 2, 2, 2, 2]).map { ("woman", 4, $0) }
    return try workshop(name, men + women)
  }

  /// `event.json` with the whole event's answers to the recommendation question added.
  func addingRecommendAnswers(_ event: String) -> String {
    event.replacingOccurrences(
      of: #""indicators": ["#,
      with: #""indicators": [{ "id": "recommend-answers", "measure": "distribution", "question": "recommend", "disaggregate_by": [] },"#)
  }

  @Test func answersAddedAfterTheScoresOfTheSameRecordsAreHiddenWhereTheyWouldPinABand() throws {
    let ws = try promotersAndDetractors("nps1")
    #expect(try runner.run("report", "--format", "csv", "--workspace", ws).status == 0)
    let first = text(ws + "/reports/indicators.csv")
    #expect(first.contains("nps1,nps,gender,man,0.0,6,"), "\(first)")
    #expect(first.contains("nps1,nps,gender,woman,20.0,10,"))
    let event = text(ws + "/event.json")
    try addingRecommendAnswers(event).write(toFile: ws + "/event.json", atomically: true, encoding: .utf8)
    let second = try runner.run("report", "--format", "csv", "--workspace", ws, "--output", runner.path("nps1-out"))
    #expect(second.status == 0, "\(second.error)")
    let csv = text(runner.path("nps1-out") + "/indicators.csv")
    for answer in 0...10 {
      #expect(csv.contains("nps1,recommend-answers,answer,\(answer),suppressed,suppressed,"), "\(csv)")
    }
    #expect(csv.contains("nps1,nps,gender,man,0.0,6,"))
    #expect(csv.contains("nps1,nps,gender,woman,20.0,10,"))
    // Without the record of the first report, the answers are shown beside the scores.
    try FileManager.default.removeItem(atPath: ws + "/.convene/disclosure.json")
    #expect(try runner.run("report", "--format", "csv", "--workspace", ws, "--output", runner.path("nps1-fresh")).status == 0)
    #expect(text(runner.path("nps1-fresh") + "/indicators.csv").contains("nps1,recommend-answers,answer,9,8,8,"))
  }

  @Test func scoresAddedAfterTheAnswersOfTheSameRecordsAreCheckedBesideThem() throws {
    let ws = try promotersAndDetractors("nps2")
    let event = text(ws + "/event.json")
    let answersOnly = addingRecommendAnswers(event).replacingOccurrences(of: #""measure": "nps","#, with: #""measure": "answered","#)
      .replacingOccurrences(of: "\"question\": \"recommend\",\n        \"target\": 30", with: "\"question\": \"recommend\"")
    #expect(answersOnly != addingRecommendAnswers(event))
    try answersOnly.write(toFile: ws + "/event.json", atomically: true, encoding: .utf8)
    let first = try runner.run("report", "--format", "csv", "--workspace", ws)
    #expect(first.status == 0, "\(first.error)")
    let shown = text(ws + "/reports/indicators.csv")
    #expect(shown.contains("nps2,recommend-answers,answer,9,8,8,"), "\(shown)")
    #expect(!shown.contains("nps2,nps,gender,man,0.0,"))
    try event.write(toFile: ws + "/event.json", atomically: true, encoding: .utf8)
    let second = try runner.run("report", "--format", "csv", "--workspace", ws, "--output", runner.path("nps2-out"))
    #expect(second.status == 0, "\(second.error)")
    let csv = text(runner.path("nps2-out") + "/indicators.csv")
    #expect(csv.contains("nps2,nps,gender,man,suppressed,6,"), "\(csv)")
    #expect(csv.contains("nps2,nps,gender,woman,suppressed,10,"))
  }
}
