/// The promoters and detractors (P, D) a Net Promoter Score's people may hold, as a reader
/// sees them: the whole points of a polygon bounded in four directions (P, D, P + D, P − D).
///
/// A shown score with its n allows a segment (P − D is known: `segment`); a shown n alone, a
/// triangle (`triangle`). The people of several groups hold the sum of the groups' regions
/// (`+`, adding the bounds); in the plane, every whole point of such a sum is a sum of whole
/// points of its parts, so a whole point of the intersection of sums (`intersection`,
/// `containsWholePoint`) is a way to spread the bands over the groups that no shown figure
/// contradicts. Regions made only of segments along P − D or P + D (shown scores, groups with
/// no passives) hold only points whose P − D has one parity (`parity`): their sum is a
/// lattice of every other point, which the bounds alone would not tell.
struct BandRegion: Equatable {
  /// Least and most promoters.
  var promoters: ClosedRange<Int>
  /// Least and most detractors.
  var detractors: ClosedRange<Int>
  /// Least and most promoters and detractors together.
  var either: ClosedRange<Int>
  /// Least and most promoters less detractors.
  var difference: ClosedRange<Int>
  /// P − D modulo 2 when every point the region can be made of has the same, else nil.
  var parity: Int? = nil

  /// The three bands of a score's people.
  enum Band: CaseIterable {
    case promoters, passives, detractors
  }

  /// What a band holds: none, or at least some number.
  enum Holding {
    case none
    case atLeast(Int)
  }

  /// Among `n` people, P − D = `difference` (a shown score); nil when no whole point fits.
  static func segment(n: Int, difference: Int) -> BandRegion? {
    line(n: n, difference: difference, detractors: max(0, -difference)...Int.max)
  }

  /// The points of the segment of `n` and `difference` whose detractors lie in `range`.
  static func line(n: Int, difference: Int, detractors range: ClosedRange<Int>) -> BandRegion? {
    let low = max(range.lowerBound, 0, -difference)
    let high = min(range.upperBound, floorHalf(n - difference))
    guard low <= high else { return nil }
    return BandRegion(
      promoters: (low + difference)...(high + difference), detractors: low...high,
      either: (2 * low + difference)...(2 * high + difference), difference: difference...difference,
      parity: modulo2(difference))
  }

  /// Among `n` people, any bands (a shown n without its score).
  static func triangle(n: Int) -> BandRegion {
    let n = max(0, n)
    return BandRegion(
      promoters: 0...n, detractors: 0...n, either: 0...n, difference: -n...n,
      parity: n == 0 ? 0 : nil)
  }

  /// One point: the bands known exactly.
  static func point(promoters: Int, detractors: Int) -> BandRegion {
    BandRegion(
      promoters: promoters...promoters, detractors: detractors...detractors,
      either: (promoters + detractors)...(promoters + detractors),
      difference: (promoters - detractors)...(promoters - detractors),
      parity: modulo2(promoters - detractors))
  }

  /// The points of the segment of `n` and `difference` where `band` holds `holding`.
  static func segment(n: Int, difference k: Int, where band: Band, holds holding: Holding)
    -> BandRegion?
  {
    // Along the segment: P = d + k, D = d, passives = n − 2d − k.
    switch (band, holding) {
    case (.promoters, .none): return line(n: n, difference: k, detractors: -k...(-k))
    case (.promoters, .atLeast(let m)):
      return line(n: n, difference: k, detractors: (m - k)...Int.max)
    case (.detractors, .none): return line(n: n, difference: k, detractors: 0...0)
    case (.detractors, .atLeast(let m)): return line(n: n, difference: k, detractors: m...Int.max)
    case (.passives, .none):
      guard (n - k) % 2 == 0 else { return nil }
      return line(n: n, difference: k, detractors: ((n - k) / 2)...((n - k) / 2))
    case (.passives, .atLeast(let m)):
      return line(n: n, difference: k, detractors: Int.min...floorHalf(n - k - m))
    }
  }

  /// The points of the triangle of `n` where `band` holds `holding`.
  static func triangle(n: Int, where band: Band, holds holding: Holding) -> BandRegion? {
    let n = max(0, n)
    let point = n == 0 ? 0 : nil as Int?
    switch (band, holding) {
    case (.promoters, .none):
      return BandRegion(
        promoters: 0...0, detractors: 0...n, either: 0...n, difference: -n...0, parity: point)
    case (.detractors, .none):
      return BandRegion(
        promoters: 0...n, detractors: 0...0, either: 0...n, difference: 0...n, parity: point)
    case (.passives, .none):
      // The edge P + D = n: P − D has the parity of n.
      return BandRegion(
        promoters: 0...n, detractors: 0...n, either: n...n, difference: -n...n, parity: modulo2(n))
    case (.promoters, .atLeast(let m)):
      guard m <= n else { return nil }
      // The corners (m, 0), (n, 0), (m, n − m).
      return BandRegion(
        promoters: m...n, detractors: 0...(n - m), either: m...n, difference: (2 * m - n)...n,
        parity: m == n ? modulo2(n) : nil)
    case (.detractors, .atLeast(let m)):
      guard m <= n else { return nil }
      return BandRegion(
        promoters: 0...(n - m), detractors: m...n, either: m...n, difference: -n...(n - 2 * m),
        parity: m == n ? modulo2(n) : nil)
    case (.passives, .atLeast(let m)):
      guard m <= n else { return nil }
      return triangle(n: n - m)
    }
  }

  /// The Minkowski sum: the bands of two groups' people together.
  static func + (a: BandRegion, b: BandRegion) -> BandRegion {
    BandRegion(
      promoters: add(a.promoters, b.promoters), detractors: add(a.detractors, b.detractors),
      either: add(a.either, b.either), difference: add(a.difference, b.difference),
      parity: a.parity.flatMap { p in b.parity.map { modulo2(p + $0) } })
  }

  /// True when some whole point satisfies the bounds of every region in `regions`.
  static func containsWholePoint(_ regions: [BandRegion]) -> Bool {
    guard let first = regions.first else { return true }
    var (a, b) = (first.promoters.lowerBound, first.promoters.upperBound)
    var (c, d) = (first.detractors.lowerBound, first.detractors.upperBound)
    var (e, f) = (first.either.lowerBound, first.either.upperBound)
    var (g, h) = (first.difference.lowerBound, first.difference.upperBound)
    for region in regions.dropFirst() {
      (a, b) = (max(a, region.promoters.lowerBound), min(b, region.promoters.upperBound))
      (c, d) = (max(c, region.detractors.lowerBound), min(d, region.detractors.upperBound))
      (e, f) = (max(e, region.either.lowerBound), min(f, region.either.upperBound))
      (g, h) = (max(g, region.difference.lowerBound), min(h, region.difference.upperBound))
    }
    let parities = Set(regions.compactMap(\.parity))
    guard parities.count <= 1 else { return false }
    guard let r = parities.first else { return wholePoint(a, b, c, d, e, f, g, h) }
    // P + D = 2s + r and P − D = 2t + r: then P = s + t + r and D = s − t, whole for whole s, t.
    return wholePoint(
      ceilHalf(e - r), floorHalf(f - r), ceilHalf(g - r), floorHalf(h - r), a - r, b - r, c, d)
  }

  /// True when some whole x in a...b and y in c...d have x + y in e...f and x − y in g...h.
  static func wholePoint(
    _ a: Int, _ b: Int, _ c: Int, _ d: Int, _ e: Int, _ f: Int, _ g: Int, _ h: Int
  ) -> Bool {
    guard a <= b, c <= d, e <= f, g <= h else { return false }
    // A whole x whose column of y (max(c, e − x, x − h) ... min(d, f − x, x − g)) is not
    // empty; its ends are whole, so it then holds a whole y.
    let low = max(a, c + g, e - d, ceilHalf(e + g))
    let high = min(b, f - c, d + h, floorHalf(f + h))
    return low <= high
  }

  static func add(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> ClosedRange<Int> {
    (a.lowerBound + b.lowerBound)...(a.upperBound + b.upperBound)
  }

  static func modulo2(_ value: Int) -> Int { value & 1 }

  static func floorHalf(_ value: Int) -> Int { value >= 0 ? value / 2 : -((-value + 1) / 2) }
  static func ceilHalf(_ value: Int) -> Int { -floorHalf(-value) }
}
