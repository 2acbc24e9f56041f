extension PublishedReport {
  /// Names the people behind cells the JSON does not name (reports from before the JSON said
  /// so), from the indicators' measures as the documentation defines them.
  mutating func inferPopulations(legacy: Bool) {
    let observed = Set(
      cells.filter { definitions.indicators[$0.indicator]?.measure == "attended" }.map(\.event))
    for index in cells.indices where cells[index].population.isEmpty {
      let cell = cells[index]
      guard let definition = definitions.indicators[cell.indicator] else {
        // Without the definitions, each indicator counts its own people (a session's row or an
        // answer's its own).
        cells[index].population =
          cell.isFieldGroup || cell.disaggregation == "total"
          ? "indicator:\(cell.indicator)" : "indicator:\(cell.indicator)/\(cell.group)"
        continue
      }
      let question = definition.question ?? ""
      let expected = observed.contains(cell.event) ? "attended" : "confirmed"
      var numerator: String?
      switch definition.measure {
      case "registered", "confirmed", "attended": cells[index].population = definition.measure
      case "responses": cells[index].population = "responded"
      case "attendance-rate":
        // Reports whose JSON did not name populations counted as confirmed everyone who
        // attended, so the rate's numerator was everyone who attended.
        cells[index].population = "confirmed"
        numerator = legacy ? "attended" : "attended-confirmed"
      case "response-rate":
        cells[index].population = expected
        numerator = "responded"
      case "cities", "countries": cells[index].population = expected
      case "session-attendance":
        cells[index].population =
          cell.disaggregation == "session"
          ? "present:" + (cell.event == "all" ? cell.group : "\(cell.event)/\(cell.group)")
          : "present:sessions"
      case "mean":
        if cells.contains(where: { $0.indicator == cell.indicator && $0.disaggregation == "session" }) {
          cells[index].population =
            cell.disaggregation == "session" ? "rated:\(question):\(cell.group)" : "rated:\(question)"
        } else {
          cells[index].population = "answered:\(question)"
        }
      case "share":
        cells[index].population = "answered:\(question)"
        numerator =
          definition.answers.isEmpty
          ? "answer:\(question)=#\(cell.indicator)"
          : "answer:\(question)=\(definition.answers.sorted().joined(separator: "|"))"
      case "distribution":
        cells[index].population =
          cell.disaggregation == "answer" ? "answer:\(question)=\(cell.group)" : "answered:\(question)"
      case "change":
        cells[index].population = "answered:\(definition.before ?? "")+\(definition.after ?? "")"
      default: cells[index].population = "answered:\(question)"
      }
      cells[index].numeratorPopulation = numerator
    }
  }
}
