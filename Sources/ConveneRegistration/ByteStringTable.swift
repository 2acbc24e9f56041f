#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Byte strings numbered in the order they were first added, kept in one buffer and found by a
/// hash of their bytes. A table of `String`s would hash each through Unicode normalisation and
/// keep each in an allocation of its own; the import looks up millions of short texts (answers,
/// words of names, duplicate keys), most of them seen before.
struct ByteStringTable {
  private var bytes: [UInt8] = []
  /// Where each string ends in `bytes`, by number.
  private var ends: [Int] = []
  private var hashes: [Int] = []
  /// Open addressing with linear probing: each slot holds a string's number plus one, or 0.
  /// There are always at least twice as many slots as strings, a power of two.
  private var slots = [Int32](repeating: 0, count: 16)

  /// How many strings were added.
  var count: Int { ends.count }

  /// The bytes of the string numbered `number`.
  subscript(number: Int) -> ArraySlice<UInt8> { bytes[(number == 0 ? 0 : ends[number - 1])..<ends[number]] }

  /// The number of `key`, or nil when it was never added.
  func number(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = Self.hash(key)
    return find(key, hash: hash).number
  }

  /// The number of `key`, added when it is new.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
    let hash = Self.hash(key)
    let (found, slot) = find(key, hash: hash)
    if let found { return (found, false) }
    let number = ends.count
    bytes.append(contentsOf: key)
    ends.append(bytes.count)
    hashes.append(hash)
    slots[slot] = Int32(number + 1)
    if ends.count * 2 > slots.count { grow() }
    return (number, true)
  }

  /// The number of `key` if it is there, and otherwise the empty slot where it would go.
  private func find(_ key: UnsafeBufferPointer<UInt8>, hash: Int) -> (number: Int?, slot: Int) {
    let mask = slots.count - 1
    var slot = hash & mask
    while slots[slot] != 0 {
      let number = Int(slots[slot]) - 1
      if hashes[number] == hash && holds(key, at: number) { return (number, slot) }
      slot = (slot + 1) & mask
    }
    return (nil, slot)
  }

  private func holds(_ key: UnsafeBufferPointer<UInt8>, at number: Int) -> Bool {
    let start = number == 0 ? 0 : ends[number - 1]
    guard ends[number] - start == key.count else { return false }
    return key.isEmpty || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, key.baseAddress!, key.count) == 0 }
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (number, hash) in hashes.enumerated() {
      var slot = hash & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(number + 1)
    }
  }

  /// A different seed in every process, as `Hasher` has, so that no file can be made to
  /// collide on purpose.
  private static let seed = UInt64.random(in: .min ... .max)

  /// A hash of `key`'s bytes, eight at a time, each step mixed by a full-width multiplication
  /// (as wyhash does): a short text costs a few multiplications where `Hasher` runs SipHash.
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    let raw = UnsafeRawBufferPointer(key)
    var hash = mix(seed ^ UInt64(key.count), 0x9E37_79B9_7F4A_7C15)
    var offset = 0
    while offset + 8 <= raw.count {
      hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self), 0xA076_1D64_78BD_642F)
      offset += 8
    }
    var tail: UInt64 = 0
    while offset < raw.count {
      tail = tail << 8 | UInt64(raw[offset])
      offset += 1
    }
    return Int(truncatingIfNeeded: mix(hash ^ tail, 0xE703_7ED1_A0B4_28DB))
  }

  /// The two halves of the 128-bit product, folded together.
  private static func mix(_ value: UInt64, _ factor: UInt64) -> UInt64 {
    let product = value.multipliedFullWidth(by: factor)
    return product.high ^ product.low
  }
}
