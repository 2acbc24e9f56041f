/// For every pair of sessions, how many members (people, cohorts, attendees) they share,
/// answered in constant time: a dense table for events of up to 2,048 sessions, a look-up per
/// session beyond.
public struct SharedCounts: Sendable {
  /// Per session: the other sessions sharing members, with how many, by session index.
  public let lists: [[(other: Int, count: Int)]]
  private let count: Int
  private let dense: [UInt16]
  private let sparse: [[Int: Int]]

  /// Counts the members each pair of sessions has in common; `members[s]` lists the members of
  /// session `s` (repeats are ignored).
  public init(members: [[Int]]) {
    let count = members.count
    self.count = count
    var bySession = Array(repeating: [Int: Int](), count: count)
    var byMember: [Int: [Int]] = [:]
    for (session, list) in members.enumerated() {
      for member in Set(list) { byMember[member, default: []].append(session) }
    }
    for sessions in byMember.values where sessions.count > 1 {
      for a in sessions {
        for b in sessions where b != a { bySession[a][b, default: 0] += 1 }
      }
    }
    lists = bySession.map { $0.map { (other: $0.key, count: $0.value) }.sorted { $0.other < $1.other } }
    let largest = bySession.lazy.flatMap(\.values).max() ?? 0
    if count <= 2048 && largest <= Int(UInt16.max) {
      var table = Array(repeating: UInt16(0), count: count * count)
      for (a, row) in bySession.enumerated() {
        for (b, shared) in row { table[a * count + b] = UInt16(shared) }
      }
      dense = table
      sparse = []
    } else {
      dense = []
      sparse = bySession
    }
  }

  /// How many members sessions `a` and `b` share (0 for a session and itself).
  public subscript(_ a: Int, _ b: Int) -> Int {
    dense.isEmpty ? sparse[a][b] ?? 0 : Int(dense[a * count + b])
  }
}
