/// The numbers of the published editions a kept line or cell was in, as records write them:
/// ascending, runs as ranges (`1-3,5`).
public enum EditionNumbers {
  /// Ascending numbers as ranges: `[1, 2, 3, 5]` → `1-3,5`.
  public static func text(_ numbers: [Int]) -> String {
    var parts: [String] = []
    var index = 0
    while index < numbers.count {
      var end = index
      while end + 1 < numbers.count, numbers[end + 1] == numbers[end] + 1 { end += 1 }
      parts.append(end == index ? String(numbers[index]) : "\(numbers[index])-\(numbers[end])")
      index = end + 1
    }
    return parts.joined(separator: ",")
  }

  /// The numbers of `1-3,5` (ascending, from 1 to `count`), or nil if it is not that.
  public static func parse(_ text: Substring, count: Int) -> [Int]? {
    var numbers: [Int] = []
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
      guard (1...2).contains(bounds.count), let first = Int(bounds[0]), let last = Int(bounds[bounds.count - 1]),
        first > (numbers.last ?? 0), first <= last, last <= count
      else { return nil }
      numbers += first...last
    }
    return numbers.isEmpty ? nil : numbers
  }
}
