import ConveneCSV
import ConveneCalendar
import ConveneCore
import ConveneWorkspace

/// `rsvp.csv`: the latest answer of each participant to each session they were invited to
/// (`participant,session,answer,file,stamp,sequence`; a file written before the `sequence`
/// column is read with 0 there).
public enum RSVPFile {
  public static let name = ParticipantRecordFiles.rsvp
  public static let columns = ["participant", "session", "answer", "file", "stamp", "sequence"]

  /// Reads the file; a row that cannot be read fails with its line, since writing the file
  /// back would otherwise lose it.
  public static func read(_ bytes: [UInt8]) throws -> [ReplyCollector.Answer] {
    guard !bytes.isEmpty else { return [] }
    let table: CSVTable
    do {
      table = try CSVTable(strictUTF8: bytes)
    } catch {
      throw CommandFailure("\(name):\(error.line): \(error.reason)")
    }
    if let cell = table.undecodableCells.first {
      throw CommandFailure(
        "\(name):\(cell.line): column \(cell.column + 1) holds bytes that are not UTF-8; save the file as UTF-8")
    }
    guard table.header == columns || table.header == Array(columns.dropLast()) else {
      throw CommandFailure("\(name):1: the header must be \(columns.joined(separator: ","))")
    }
    let width = table.header.count
    return try table.rows.filter { !$0.isBlank }.map { row in
      guard row.fields.count == width,
        let answer = CalendarAttendee.Answer(rawValue: row.fields[2].uppercased()), answer != .delegated,
        answer != .needsAction, let stamp = Int(row.fields[4]),
        let sequence = width == columns.count ? Int(row.fields[5]) : 0, (0...999_999_999).contains(sequence)
      else {
        throw CommandFailure(
          "\(name):\(row.line): expected \(table.header.joined(separator: ",")) with an answer (accepted, tentative, declined), a stamp and a sequence"
        )
      }
      return .init(
        participant: row.fields[0], session: row.fields[1], answer: answer, file: row.fields[3],
        stamp: stamp, sequence: sequence)
    }
  }

  /// The file's text.
  public static func write(_ answers: [ReplyCollector.Answer]) -> String {
    CSVWriter.document(
      header: columns,
      rows: answers.map {
        [$0.participant, $0.session, $0.answer.rawValue.lowercased(), $0.file, String($0.stamp), String($0.sequence)]
      })
  }
}

extension Workspace {
  /// The answers of `rsvp.csv` (none when there is no file yet).
  public func rsvpAnswers() throws -> [ReplyCollector.Answer] {
    try RSVPFile.read(fileSystem.contents(of: path(RSVPFile.name)) ?? [])
  }
}
