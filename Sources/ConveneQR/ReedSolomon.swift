/// Reed-Solomon error correction over GF(256) as QR codes use it: the field of the primitive
/// polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D), generator polynomials (x − α⁰)(x − α¹)…(x − αⁿ⁻¹).
enum ReedSolomon {
  /// α^i for i in 0..<255, and again (so that a sum of two logarithms needs no reduction).
  static let exponent: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 512)
    var value = 1
    for index in 0..<255 {
      table[index] = UInt8(value)
      value <<= 1
      if value & 0x100 != 0 { value ^= 0x11D }
    }
    for index in 255..<512 { table[index] = table[index - 255] }
    return table
  }()

  /// The logarithm of each non-zero element (index 0 unused).
  static let logarithm: [Int] = {
    var table = [Int](repeating: 0, count: 256)
    for index in 0..<255 { table[Int(exponent[index])] = index }
    return table
  }()

  /// The product of two field elements.
  static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
    guard a != 0, b != 0 else { return 0 }
    return exponent[logarithm[Int(a)] + logarithm[Int(b)]]
  }

  /// The coefficients of the generator polynomial of degree `degree`, highest first, without
  /// the leading 1.
  static func generator(degree: Int) -> [UInt8] {
    var coefficients: [UInt8] = [1]
    for root in 0..<degree {
      // Multiply by (x − α^root); subtraction is addition (XOR) in GF(2⁸).
      var next = [UInt8](repeating: 0, count: coefficients.count + 1)
      for (index, coefficient) in coefficients.enumerated() {
        next[index] ^= coefficient
        next[index + 1] ^= multiply(coefficient, exponent[root])
      }
      coefficients = next
    }
    return Array(coefficients.dropFirst())
  }

  /// The error correction codewords of `data`: the remainder of data(x)·xⁿ divided by the
  /// generator of degree n = `count`.
  static func remainder(of data: [UInt8], count: Int) -> [UInt8] {
    let divisor = generator(degree: count)
    var remainder = [UInt8](repeating: 0, count: count)
    for byte in data {
      let factor = byte ^ remainder[0]
      remainder.removeFirst()
      remainder.append(0)
      for index in 0..<count { remainder[index] ^= multiply(divisor[index], factor) }
    }
    return remainder
  }
}
