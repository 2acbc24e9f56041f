/// A signed combination of editions of one population's figures that adds up to the figures
/// of fewer than `threshold` people: every figure of a population is a sum over its people
/// (counts, sums behind means and shares), so the same combination of the published figures
/// gives those people's groups and answers (see `PublishedEditions.combinations`).
public struct EditionCombination: Sendable, Equatable {
  /// The population (`responded`, `answered:satisfaction`).
  public var population: String
  /// The weight of each edition in it, by number: 1 to the number of editions published, and
  /// one more for the new edition. Whole numbers without a common factor; the new edition's
  /// weight is positive; editions of weight 0 are left out.
  public var weights: [Int: Int]
  /// How many people the combination counts (a person whose line changed counts once).
  public var people: Int

  init(population: String, weights: [Int: Int], people: Int) {
    self.population = population
    self.weights = weights
    self.people = people
  }

  /// The combination as an organiser reads it, the new edition first, then the published ones
  /// from the last: `the new edition − edition 3 + edition 2 − edition 1`, `2 × edition 1`.
  public func text(newEdition: Int) -> String {
    let order = weights.keys.sorted { ($0 == newEdition ? Int.max : $0) > ($1 == newEdition ? Int.max : $1) }
    return order.enumerated().map { index, edition in
      let weight = weights[edition]!
      let name = edition == newEdition ? "the new edition" : "edition \(edition)"
      let term = abs(weight) == 1 ? name : "\(abs(weight)) × \(name)"
      return index == 0 ? (weight < 0 ? "−" : "") + term : (weight < 0 ? " − " : " + ") + term
    }.joined()
  }

  /// The combination's line in a refusal: `  responded: the new edition − edition 2 counts 1
  /// person (fewer than 5)`, or, where the editions were too many to check, that it was
  /// refused unchecked.
  public func refusalLine(newEdition: Int, threshold: Int) -> String {
    guard !weights.isEmpty else {
      return "  \(population): too many editions to check every combination exactly (refused rather than passed unchecked)"
    }
    let counted = people == 1 ? "1 person" : "\(people) people"
    return "  \(population): \(text(newEdition: newEdition)) counts \(counted) (fewer than \(threshold))"
  }
}
