/// Why a zip archive (the container of an .xlsx workbook) cannot be read.
public enum ZipError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No end-of-central-directory record: not a zip archive, or a truncated one.
  case notAZipArchive
  /// The archive's structure is broken.
  case corrupt(String)
  /// Archives split over several files are not read.
  case multipleDisks
  /// The entry is encrypted.
  case encrypted(entry: String)
  /// The entry uses a compression method other than stored or deflated.
  case unsupportedMethod(entry: String, method: Int)
  /// The entry, or the archive, is larger than convene reads.
  case tooLarge(entry: String, bytes: Int)
  /// The entry's data does not match its checksum or size.
  case damaged(entry: String)

  public var description: String {
    switch self {
    case .notAZipArchive: "it is not a zip archive (or it is cut short)"
    case .corrupt(let reason): "the zip archive is damaged: \(reason)"
    case .multipleDisks: "it is a zip archive split over several files"
    case .encrypted(let entry):
      "\(entry) is encrypted (the workbook has a password); save a copy without one"
    case .unsupportedMethod(let entry, let method):
      "\(entry) is compressed with method \(method), which convene does not read"
    case .tooLarge(let entry, let bytes): "\(entry) holds \(bytes) bytes, more than convene reads"
    case .damaged(let entry): "\(entry) is damaged (its data does not match its checksum)"
    }
  }
}
