extension Event {
  /// The first and last dates as people read them: `2027-03-09 – 2027-03-10`, or the one date.
  public var dateSpan: String {
    guard let first = dates.first, let last = dates.last else { return "" }
    return first == last ? first.description : "\(first) – \(last)"
  }
}
