import ConveneCSV
import ConveneCalendar
import ConveneCore
import ConveneWorkspace

/// `rsvp.csv`: the latest answer of each participant to each session they were invited to
/// (`participant,session,answer,file,stamp`).
public enum RSVPFile {
  public static let name = ParticipantRecordFiles.rsvp
  public static let columns = ["participant", "session", "answer", "file", "stamp"]

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
    guard table.header == columns else {
      throw CommandFailure("\(name):1: the header must be \(columns.joined(separator: ","))")
    }
    return try table.rows.filter { !$0.isBlank }.map { row in
      guard row.fields.count == 5,
        let answer = CalendarAttendee.Answer(rawValue: row.fields[2].uppercased()),
        let stamp = Int(row.fields[4])
      else {
        throw CommandFailure(
          "\(name):\(row.line): expected \(columns.joined(separator: ",")) with an answer (accepted, tentative, declined) and a stamp"
        )
      }
      return .init(
        participant: row.fields[0], session: row.fields[1], answer: answer, file: row.fields[3],
        stamp: stamp)
    }
  }

  /// The file's text.
  public static func write(_ answers: [ReplyCollector.Answer]) -> String {
    CSVWriter.document(
      header: columns,
      rows: answers.map {
        [$0.participant, $0.session, $0.answer.rawValue.lowercased(), $0.file, String($0.stamp)]
      })
  }
}

extension Workspace {
  /// The answers of `rsvp.csv` (none when there is no file yet).
  public func rsvpAnswers() throws -> [ReplyCollector.Answer] {
    try RSVPFile.read(fileSystem.contents(of: path(RSVPFile.name)) ?? [])
  }
}
