/// How published figures protect small groups (`disclosure` in `event.json`).
public struct DisclosurePolicy: Sendable, Equatable {
  /// Groups of fewer people than this are never shown, nor can they be worked out.
  public var threshold: Int
  /// Groups that say nothing about a person ("prefer not to say", "not given"): merged into one
  /// "other or not stated" group when one of them is small, and hidden first when a
  /// complement is needed.
  public var residualGroups: [String]
  /// How many people must have answered a question before the whole event's answers to it
  /// (each answer's count) are shown; `threshold` when nil.
  public var distributionMinimum: Int?

  /// The groups that are residual unless `event.json` says otherwise.
  public static let standardResidualGroups = ["other", "prefer-not-to-say", "not-given", "unknown"]

  /// Why `group` cannot be among the residual groups of `event.json` or `network.json`, nil
  /// when it can. Only the standard ones may be named: they say nothing about a person, so
  /// reports merge them and hide them first, and a group people read a breakdown for
  /// (`woman`, a category) merged into "other or not stated" in one report and shown in
  /// another would be the difference of the two.
  public static func residualGroupProblem(_ group: String) -> String? {
    guard !standardResidualGroups.contains(group) else { return nil }
    return "\"\(group)\" is not a residual group; the residual groups are those that say nothing about a person: "
      + standardResidualGroups.joined(separator: ", ")
  }

  /// The smallest and largest thresholds `event.json` may set.
  public static let thresholds = 2...1000

  /// Creates a policy; the defaults are the standard one.
  public init(
    threshold: Int = 5, residualGroups: [String] = DisclosurePolicy.standardResidualGroups,
    distributionMinimum: Int? = nil
  ) {
    self.threshold = threshold
    self.residualGroups = residualGroups
    self.distributionMinimum = distributionMinimum
  }

  /// The respondents needed before a question's answer counts are shown.
  public var respondentsForAnswers: Int { max(distributionMinimum ?? threshold, threshold) }

  /// The policy with `groups` among its residual groups too (those an event's earlier reports
  /// merged into "other or not stated", which later figures of its people keep merged).
  public func addingResidualGroups(_ groups: some Sequence<String>) -> DisclosurePolicy {
    var result = self
    for group in Set(groups).sorted() where !result.residualGroups.contains(group) {
      result.residualGroups.append(group)
    }
    return result
  }

  /// The strictest of several events' policies, for a report that rolls them up.
  public static func strictest(_ policies: [DisclosurePolicy]) -> DisclosurePolicy {
    guard let first = policies.first else { return DisclosurePolicy() }
    var result = first
    for policy in policies.dropFirst() {
      result.threshold = max(result.threshold, policy.threshold)
      result.distributionMinimum = max(
        result.respondentsForAnswers, policy.respondentsForAnswers)
      for group in policy.residualGroups where !result.residualGroups.contains(group) {
        result.residualGroups.append(group)
      }
    }
    return result
  }
}
