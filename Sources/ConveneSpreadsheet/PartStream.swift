import ConveneCSV
import Foundation

/// The bytes of one workbook part as an `InputStream` for `XMLParser(stream:)`: inflated a
/// buffer at a time as the parser asks, so that a part is parsed in the memory of a buffer
/// whatever it inflates to. Each buffer is searched for a document type declaration before
/// the parser sees it, and `stop` is asked before each one. What stopped the stream is kept
/// in `failure`.
final class PartStream: InputStream {
  private let reader: ZipEntryReader
  private let stop: ReadingStop
  private let part: String
  /// The last bytes of the buffer before, where a declaration cut by the buffer's end begins.
  private var tail: [UInt8] = []
  private(set) var failure: WorkbookError?

  init(_ reader: ZipEntryReader, part: String, stop: ReadingStop) {
    self.reader = reader
    self.part = part
    self.stop = stop
    super.init(data: Data())
  }

  override func open() {}
  override func close() {}
  override var hasBytesAvailable: Bool { failure == nil }
  override var streamStatus: Stream.Status { failure == nil ? .open : .error }
  // Asked by the parser when `read` fails; the base class's would read a stream it never opened.
  override var streamError: Error? { failure }

  override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
    guard failure == nil else { return -1 }
    if stop.isRequested {
      failure = .interrupted
      return -1
    }
    let chunk = UnsafeMutableBufferPointer(start: buffer, count: maxLength)
    let count: Int
    do {
      count = try reader.read(into: chunk)
    } catch {
      failure = .zip(error)
      return -1
    }
    let bytes = UnsafeBufferPointer(rebasing: chunk[..<count])
    if declaresDocumentType(bytes) {
      failure = .declaresEntities(part: part)
      return -1
    }
    return count
  }

  /// True when `bytes`, or the bytes where the buffer before meets them, hold a mark of
  /// `XMLPartReader.documentTypeMarks`.
  private func declaresDocumentType(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let longest = XMLPartReader.documentTypeMarks.map(\.count).max()! - 1
    let seam = tail + bytes.prefix(longest)
    tail = Array((tail + bytes.suffix(longest)).suffix(longest))
    guard bytes.contains(UInt8(ascii: "!")) || seam.contains(UInt8(ascii: "!")) else { return false }
    return XMLPartReader.documentTypeMarks.contains { mark in
      ImportTable.contains(seam, mark) || ImportTable.contains(bytes, mark)
    }
  }

  /// Reads what the parser left of the part, to tell a damaged part (`.zip`) from a
  /// malformed one.
  func checkRest() -> ZipError? {
    do {
      try reader.drain()
      return nil
    } catch {
      return error
    }
  }
}
