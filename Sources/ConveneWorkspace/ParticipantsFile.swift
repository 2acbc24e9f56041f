import ConveneCSV
import ConveneCore

/// `participants.csv`, one row per person. Columns convene does not know are kept and
/// written back unchanged after the known ones.
public enum ParticipantsFile {
  /// The file name.
  public static let name = "participants.csv"
  /// The columns, in order.
  public static var columns: [String] { ParticipantFields.names }

  /// What reading the file gives.
  public struct Contents: Sendable {
    /// The people, in file order.
    public var participants: [Participant]
    /// Extra columns, in file order.
    public var extraColumns: [String]
    /// Problems in single rows.
    public var findings: [Finding]
  }

  /// Reads the people and the problems found in single rows.
  public static func read(_ bytes: [UInt8]) -> Contents {
    var file = CSVFile(
      name: name, bytes: bytes, expected: columns, required: ["id", "name", "email"],
      keepsUnknownColumns: true)
    let extraColumns = file.table.header.filter { !columns.contains($0.lowercased()) }
    let participants = file.rows { row -> Participant? in
      let id = row.id("id")
      let name = row.required("name").isEmpty ? "" : row.singleLine("name")
      let rawEmail = row.required("email")
      var email = rawEmail.lowercased()
      if !rawEmail.isEmpty {
        if let normalised = EmailAddress.normalised(rawEmail) {
          email = normalised
        } else {
          row.error("email", "\"\(rawEmail)\" is not an e-mail address")
        }
      }
      var status = ParticipantStatus.registered
      let statusText = row.text("status").lowercased()
      // convene writes every status: an empty one was emptied by hand (or the row cut short),
      // and read as registered it would give a cancelled person a place back.
      if statusText.isEmpty && row.hasColumn("status") {
        row.error(
          "status", "is empty", hint: "write one of " + ParticipantStatus.allCases.map(\.rawValue).joined(separator: ", "))
      }
      if !statusText.isEmpty {
        if let parsed = ParticipantStatus(rawValue: statusText) {
          status = parsed
        } else {
          row.error(
            "status", "\"\(statusText)\" is not a status",
            hint: ParticipantStatus.allCases.map(\.rawValue).joined(separator: ", "))
        }
      }
      var participant = Participant(
        id: id, name: name, email: email, category: row.text("category"),
        title: row.singleLine("title"), organisation: row.singleLine("organisation"), city: row.singleLine("city"),
        country: row.text("country").uppercased(), region: Self.region(row.text("region"), country: row.text("country")),
        gender: row.text("gender"), ageGroup: row.text("age_group"),
        languages: row.list("languages").map { Language.code(inCell: $0) ?? $0.lowercased() }, needs: row.list("needs"),
        timezone: row.text("timezone"), arrival: row.dateTime("arrival", bareDate: .of(.arrival)),
        departure: row.dateTime("departure", bareDate: .of(.departure)), unavailable: row.windows("unavailable"),
        cohorts: row.list("cohorts"), publishName: row.flag("publish_name") ?? false,
        status: status, line: row.line)
      for column in extraColumns { participant.extra[column] = row.text(column.lowercased()) }
      for problem in ParticipantRowRules.problems(of: participant) {
        row.error(problem.field, problem.message, hint: problem.hint)
      }
      return id.isEmpty ? nil : participant
    }
    return Contents(participants: participants, extraColumns: extraColumns, findings: file.findings)
  }

  /// The region as written, or where a row written by hand leaves it empty, its country's
  /// (as an import fills it in): a report by region would otherwise count the person under
  /// `not-given`.
  static func region(_ written: String, country: String) -> String {
    written.isEmpty ? Country.withCode(country)?.region ?? "" : written
  }

  /// The file's text.
  public static func write(_ participants: [Participant], extraColumns: [String] = []) -> String {
    String(decoding: bytes(participants, extraColumns: extraColumns), as: UTF8.self)
  }

  /// The file's bytes: a long list is written in parts at the same time (one per core), each
  /// into a buffer of its own, the first made large enough for all of them.
  public static func bytes(_ participants: [Participant], extraColumns: [String] = []) -> [UInt8] {
    let ranges = ParallelMap.ranges(participants.count, parts: ParallelMap.cores, minimum: 5_000)
    var parts = ParallelMap.map(ranges) { range in
      var bytes: [UInt8] = []
      // About 200 bytes a row: the first part makes room for the others' rows too.
      bytes.reserveCapacity((range.lowerBound == 0 ? participants.count : range.count) * 200 + 256)
      if range.lowerBound == 0 { CSVWriter.append(columns + extraColumns, to: &bytes) }
      let record = CSVWriter.RecordWriter()
      participants.withUnsafeBufferPointer { participants in
        for index in range {
          // Each cell is read in place through a pointer, without a copy of the person (read
          // from the buffer, the person was copied whole and destroyed again for every row).
          let person = participants.baseAddress! + index
          ParticipantFields.forEachCell(of: person.pointee) { record.append($0) }
          for column in extraColumns { record.append(person.pointee.extra[column] ?? "") }
          record.end(appendingTo: &bytes)
        }
      }
      return bytes
    }
    guard !parts.isEmpty else {
      var bytes: [UInt8] = []
      CSVWriter.append(columns + extraColumns, to: &bytes)
      return bytes
    }
    var bytes: [UInt8] = []
    swap(&bytes, &parts[0])
    for index in parts.indices.dropFirst() {
      bytes += parts[index]
      parts[index] = []
    }
    return bytes
  }
}
