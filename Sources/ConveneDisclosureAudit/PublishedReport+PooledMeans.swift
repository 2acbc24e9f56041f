extension PublishedReport {
  /// The means of ratings per session whose total is shown beside hidden sessions that can
  /// only hold 1 to `threshold - 1` ratings together (one hidden session: a session is hidden
  /// for holding fewer than `threshold`). The total pools every rating, so with the shown
  /// sessions it gives the hidden ones' sum of ratings (one rating: the rating itself).
  var pooledMeanFindings: [String] {
    var findings: [String] = []
    let byIndicator = Dictionary(grouping: cells) { "\($0.event)\u{1F}\($0.indicator)" }
    for key in byIndicator.keys.sorted() {
      let rows = byIndicator[key]!
      let sessions = rows.filter { $0.disaggregation == "session" && $0.population.hasPrefix("rated:") }
      guard let total = rows.first(where: { $0.disaggregation == "total" }), case .number = total.value
      else { continue }
      let hidden = sessions.filter { $0.n == .hidden }.count
      let threshold = (definitions.policies[total.event] ?? definitions.policies.values.min { $0.threshold < $1.threshold })?
        .threshold ?? Definitions.Policy().threshold
      guard hidden > 0 && hidden * (threshold - 1) < threshold else { continue }
      findings.append(
        "\(name): \(total.key) pools the ratings of \(hidden) hidden session\(hidden == 1 ? "" : "s"), "
          + "1 to \(threshold - 1) ratings: with the sessions shown it gives their sum")
    }
    return findings
  }
}
