/// The penalty of a masked symbol (ISO/IEC 18004, 7.8.3): the lower, the easier to read.
///
/// - N1: 3 + i for each run of 5 + i modules of one colour in a row or column;
/// - N2: 3 for each 2×2 block of one colour;
/// - N3: 40 for each 1:1:3:1:1 (dark, light, dark ×3, light, dark) pattern in a row or column
///   with 4 light modules before or after it (beyond the edge is the light quiet zone), read
///   from the left or the top; a pattern sharing modules with one already counted is not
///   counted again;
/// - N4: 10 for each full 5% by which the share of dark modules departs from 50%.
///
/// It is computed before the format and version information is written (those areas light),
/// as the 2015 edition of the standard describes.
enum MaskPenalty {
  /// The four scores of `modules` (a square of `size`, row by row).
  static func scores(_ modules: [Bool], size: Int) -> (n1: Int, n2: Int, n3: Int, n4: Int) {
    var n1 = 0
    var n3 = 0
    for line in 0..<size {
      let row = scan(modules, start: line * size, step: 1, count: size)
      let column = scan(modules, start: line, step: size, count: size)
      n1 += row.runs + column.runs
      n3 += row.finderLike + column.finderLike
    }
    var n2 = 0
    for row in 0..<(size - 1) {
      for column in 0..<(size - 1) {
        let index = row * size + column
        let colour = modules[index]
        if modules[index + 1] == colour && modules[index + size] == colour
          && modules[index + size + 1] == colour
        {
          n2 += 3
        }
      }
    }
    var darkCount = 0
    for module in modules where module { darkCount += 1 }
    let total = size * size
    let n4 = 10 * (abs(20 * darkCount - 10 * total) / total)
    return (n1, n2, n3, n4)
  }

  /// The sum of the four scores.
  static func total(_ modules: [Bool], size: Int) -> Int {
    let (n1, n2, n3, n4) = scores(modules, size: size)
    return n1 + n2 + n3 + n4
  }

  /// N1 and N3 of one row or column: `count` modules from `start`, `step` apart.
  static func scan(_ modules: [Bool], start: Int, step: Int, count: Int) -> (
    runs: Int, finderLike: Int
  ) {
    var runs = 0
    var finderLike = 0
    var length = 0
    // The pattern's modules in a 7-bit window, and the light modules just before it.
    var window = 0
    var lightBefore = [Int](repeating: 0, count: count + 1)
    var light = 4  // beyond the edge is light
    var countedEnd = -1
    for position in 0..<count {
      let dark = modules[start + position * step]
      length = position > 0 && dark == modules[start + (position - 1) * step] ? length + 1 : 1
      if position == count - 1 || modules[start + (position + 1) * step] != dark {
        if length >= 5 { runs += length - 2 }
      }
      lightBefore[position] = light
      light = dark ? 0 : light + 1
      window = ((window << 1) | (dark ? 1 : 0)) & 0x7F
      guard position >= 6, window == 0b1011101 else { continue }
      let first = position - 6
      guard first > countedEnd else { continue }
      if lightBefore[first] >= 4
        || lightAfter(modules, start: start, step: step, from: position + 1, count: count)
      {
        finderLike += 40
        countedEnd = position
      }
    }
    return (runs, finderLike)
  }

  /// True when the 4 modules from `from` are light (beyond the edge counting as light).
  private static func lightAfter(_ modules: [Bool], start: Int, step: Int, from: Int, count: Int)
    -> Bool
  {
    for position in from..<(from + 4) where position < count && modules[start + position * step] {
      return false
    }
    return true
  }
}
