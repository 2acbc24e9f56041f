/// The values convene stores for gender and age group, and how free-form answers map to them.
public enum DemographicValues {
  /// Gender values, in the order reports list them.
  public static let genders = ["woman", "man", "non-binary", "other", "prefer-not-to-say"]

  /// Age groups, in order.
  public static let ageGroups = ["under-18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"]

  static let genderNames: [String: String] = [
    "woman": "woman", "women": "woman", "female": "woman", "f": "woman", "femme": "woman",
    "feminin": "woman", "w": "woman", "girl": "woman", "fille": "woman", "امرأة": "woman",
    "انثى": "woman", "أنثى": "woman",
    "man": "man", "men": "man", "male": "man", "m": "man", "homme": "man", "masculin": "man",
    "h": "man", "boy": "man", "garcon": "man", "رجل": "man", "ذكر": "man",
    "non binary": "non-binary", "nonbinary": "non-binary", "non binaire": "non-binary",
    "nb": "non-binary", "other": "other", "autre": "other",
    "prefer not to say": "prefer-not-to-say", "prefer not to answer": "prefer-not-to-say",
    "je prefere ne pas repondre": "prefer-not-to-say", "ne souhaite pas repondre": "prefer-not-to-say",
    "prefere ne pas repondre": "prefer-not-to-say",
  ]

  /// The stored gender for an answer, "" for an empty answer, nil when not recognised.
  public static func gender(_ text: String) -> String? {
    let key = text.folded
    if key.isEmpty { return "" }
    return genderNames[key]
  }

  /// The stored age group for an answer: a group (`25-34`, `25 - 34 ans`, `65 and over`) or an
  /// age in years; "" for an empty answer, nil when not recognised.
  public static func ageGroup(_ text: String) -> String? {
    let key = text.folded
    if key.isEmpty { return "" }
    if ageGroups.contains(key) { return key }
    let digits = key.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    let words = Set(key.split(separator: " ").map(String.init))
    if !words.isDisjoint(with: ["under", "moins", "<", "below"]) || key.hasPrefix("<") {
      if let limit = digits.first, limit <= 18 { return "under-18" }
    }
    if digits.count == 2, let group = group(containing: digits[0]),
      group == self.group(containing: digits[1])
    {
      return group
    }
    if digits.count == 1 {
      let age = digits[0]
      if key.hasSuffix("+") || !words.isDisjoint(with: ["over", "plus", "above"]) {
        return age >= 65 ? "65+" : nil
      }
      return group(containing: age)
    }
    return nil
  }

  static func group(containing age: Int) -> String? {
    switch age {
    case 0..<18: "under-18"
    case 18...24: "18-24"
    case 25...34: "25-34"
    case 35...44: "35-44"
    case 45...54: "45-54"
    case 55...64: "55-64"
    case 65...120: "65+"
    default: nil
    }
  }

  /// Yes or no as people answer it in forms ("Yes", "oui", "I agree", "1", "x"), "" → nil.
  public static func yesNo(_ text: String) -> Bool? {
    let key = text.folded
    if ["yes", "y", "oui", "o", "true", "1", "x", "i agree", "agree", "j accepte", "d accord",
      "نعم", "yes i agree", "oui j accepte"].contains(key)
    {
      return true
    }
    if ["no", "n", "non", "false", "0", "i do not agree", "je refuse", "لا"].contains(key) {
      return false
    }
    if key.hasPrefix("yes") || key.hasPrefix("oui") { return true }
    if key.hasPrefix("no") { return false }
    return nil
  }
}
