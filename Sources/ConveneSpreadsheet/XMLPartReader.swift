import ConveneCSV
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads one XML part of a workbook with Foundation's streaming parser: subclasses see
/// elements by their local name (without a namespace prefix) and the text inside them.
/// Nesting deeper than `depthLimit` stops the parse; a part that declares a document type
/// (where entities are declared, internal or external) is refused before it is parsed, so no
/// entity is ever expanded or fetched.
class XMLPartReader: NSObject, XMLParserDelegate {
  /// Deeper nesting than any workbook part has.
  static let depthLimit = 64

  let part: String
  private(set) var depth = 0
  /// Asked every `stopInterval` elements: true stops the parse with `.interrupted`.
  var stop = ReadingStop.never
  static let stopInterval = 4096
  private var elements = 0
  /// A problem a subclass found; it stops the parse.
  var failure: WorkbookError?
  private var parser: XMLParser?

  init(part: String) {
    self.part = part
  }

  /// Parses the part `entry` of `archive`, calling the element and text hooks, as it is
  /// inflated: a buffer at a time, never whole in memory. `stop` is asked before each buffer
  /// too (a part padded with megabytes of spaces has few elements).
  func read(_ entry: ZipArchive.Entry, in archive: ZipArchive) throws(WorkbookError) {
    let stream: PartStream
    do {
      stream = PartStream(try archive.reader(of: entry), part: part, stop: stop)
    } catch {
      throw .zip(error)
    }
    let parser = XMLParser(stream: stream)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.delegate = self
    self.parser = parser
    defer { self.parser = nil }
    let parsed = parser.parse()
    if let failure = stream.failure { throw failure }
    if failure == .interrupted { throw .interrupted }
    // A part whose data does not match its checksum is damaged, whatever its XML looked like.
    if failure != nil || !parsed, let damage = stream.checkRest() { throw .zip(damage) }
    if let failure { throw failure }
    if !parsed {
      let reason =
        parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not well-formed XML"
      throw .malformed(part: part, line: parser.lineNumber, reason: reason)
    }
  }

  /// The markup that opens a document type declaration, in UTF-8 and in UTF-16 (either byte
  /// order), the encodings an XML part may use. A part holding one anywhere is refused before
  /// the parser sees the buffer that holds it (a prolog comes before the first element, but a
  /// search of the whole part costs little and misses nothing).
  static let documentTypeMarks: [[UInt8]] = {
    let utf8 = Array("<!DOCTYPE".utf8)
    return [utf8, utf8.flatMap { [$0, 0] as [UInt8] }, utf8.flatMap { [0, $0] as [UInt8] }]
  }()

  /// An entity declared in spite of the check above stops the parse.
  func parser(
    _ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?
  ) {
    fail(.declaresEntities(part: part))
  }

  func parser(
    _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?
  ) {
    fail(.declaresEntities(part: part))
  }

  /// Stops the parse with `error`.
  func fail(_ error: WorkbookError) {
    if failure == nil { failure = error }
    parser?.abortParsing()
  }

  func start(_ name: Substring, _ attributes: [String: String]) {}
  func end(_ name: Substring) {}
  func text(_ string: String) {}

  /// An XML boolean attribute's truth (`1`, `true`): `date1904`, a row's or column's `hidden`.
  static func isTrue(_ value: String?) -> Bool { value == "1" || value == "true" }

  /// The value of the attribute whose local name is `name`.
  static func attribute(_ name: String, in attributes: [String: String]) -> String? {
    if let value = attributes[name] { return value }
    return attributes.first { localName($0.key) == name }?.value
  }

  static func localName(_ name: String) -> Substring {
    guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return Substring(name) }
    return name[name.utf8.index(after: colon)...]
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    depth += 1
    elements &+= 1
    if elements % Self.stopInterval == 0, stop.isRequested {
      fail(.interrupted)
      return
    }
    if depth > Self.depthLimit {
      fail(.tooLarge(part: part, reason: "elements nested more than \(Self.depthLimit) deep"))
      return
    }
    start(Self.localName(elementName), attributeDict)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    depth -= 1
    end(Self.localName(elementName))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text(string)
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    text(String(decoding: CDATABlock, as: UTF8.self))
  }
}
