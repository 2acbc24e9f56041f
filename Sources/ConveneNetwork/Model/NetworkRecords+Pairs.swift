import ConveneCore

extension NetworkRecords {
  /// The two questions some event's change indicator compares, by each of them (the first
  /// such indicator met): the network's means of either count those who answered both, as
  /// the events' reports do.
  var changePairs: [String: (before: String, after: String)] {
    var pairs: [String: (before: String, after: String)] = [:]
    for event in events {
      for indicator in event.records.evaluation.indicators where indicator.measure == .change {
        let pair = (before: indicator.before ?? "", after: indicator.after ?? "")
        for question in [pair.before, pair.after] where pairs[question] == nil { pairs[question] = pair }
      }
    }
    return pairs
  }
}
