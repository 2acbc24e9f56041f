import ConveneCore
import ConveneEvaluation

extension NetworkRecords {
  /// The two questions some event's change indicator compares, by each of them (the first
  /// such indicator met): the network's means of either count those who answered both, as
  /// the events' reports do.
  var changePairs: [String: (before: String, after: String)] {
    IndicatorCalculator.changePairs(of: events.lazy.flatMap(\.records.evaluation.indicators))
  }
}
