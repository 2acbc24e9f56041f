import ConveneCore
import ConveneJSON

extension EventFile.Decoder {
  /// Reads `disclosure`: the threshold under which groups are hidden, the residual groups and
  /// the respondents needed before answer counts are shown; the standard policy when absent.
  mutating func disclosureSettings() -> DisclosurePolicy {
    var policy = DisclosurePolicy()
    guard let object = member(node, "", "disclosure") else { return policy }
    guard object.members != nil else {
      problem(
        "disclosure", object.line,
        "must be an object such as { \"threshold\": 5 }")
      return policy
    }
    checkFields(object, "disclosure", known: ["threshold", "residual_groups", "distribution_minimum"])
    let range = DisclosurePolicy.thresholds
    if let value = member(object, "disclosure", "threshold") {
      if let number = value.integer, range.contains(number) {
        policy.threshold = number
      } else {
        problem(
          "disclosure.threshold", value.line,
          "must be a whole number from \(range.lowerBound) to \(range.upperBound)",
          hint: "5 hides every group of 1 to 4 people")
      }
    }
    if let value = member(object, "disclosure", "distribution_minimum") {
      if let number = value.integer, (policy.threshold...range.upperBound).contains(number) {
        policy.distributionMinimum = number
      } else {
        problem(
          "disclosure.distribution_minimum", value.line,
          "must be a whole number from the threshold (\(policy.threshold)) to \(range.upperBound)")
      }
    }
    if member(object, "disclosure", "residual_groups") != nil {
      var groups: [String] = []
      for (index, item) in array(object, "disclosure", "residual_groups").enumerated() {
        if let text = item.string?.trimmed, !text.isEmpty {
          if let reason = DisclosurePolicy.residualGroupProblem(text) {
            problem("disclosure.residual_groups[\(index)]", item.line, reason)
          } else if !groups.contains(text) {
            groups.append(text)
          }
        } else {
          problem("disclosure.residual_groups[\(index)]", item.line, "must be a group id such as \"other\"")
        }
      }
      policy.residualGroups = groups
    }
    return policy
  }
}
