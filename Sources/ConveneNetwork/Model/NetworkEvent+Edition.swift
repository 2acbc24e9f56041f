import ConveneEvaluation

extension NetworkEvent {
  /// Whether the event's records are in the state its last published report counted (see
  /// `DisclosureRecord`): a network report counts each event only in that state, so that no
  /// network figure differs from the event's own report by a late or re-sent form.
  public enum EditionState: Sendable, Equatable {
    /// As its last published report counted them.
    case published
    /// No report of the event was ever published.
    case neverPublished
    /// Changed since its last published report: how many people changed in each population
    /// since each published edition it differs from (without the last edition when they changed
    /// only in what no population of the report counts, or the event was last published by an
    /// earlier version).
    case changed([PublishedEditions.Changes])
  }

  /// The state of the event's records against its last published report (what changed is
  /// computed only when the digests differ: the record must then hold its editions, see
  /// `DisclosureRecord.read(_:editions:)`).
  public var editionState: EditionState {
    guard !disclosure.digests.isEmpty else { return .neverPublished }
    guard digests != disclosure.digests else { return .published }
    let calculator = IndicatorCalculator([records], evaluation: records.evaluation)
    return .changed(
      disclosure.changes(populations: calculator.populationLines(), sources: calculator.sourceLines(places: false)))
  }
}
