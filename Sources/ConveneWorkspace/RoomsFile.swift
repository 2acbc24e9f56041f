import ConveneCSV
import ConveneCore

/// `rooms.csv`: `id,name,venue,capacity,features,unavailable`.
public enum RoomsFile {
  /// The file name.
  public static let name = "rooms.csv"
  /// The columns, in order.
  public static let columns = ["id", "name", "venue", "capacity", "features", "unavailable"]

  /// Reads the rooms and the problems found in single rows.
  public static func read(_ bytes: [UInt8]) -> (rooms: [Room], findings: [Finding]) {
    var file = CSVFile(name: name, bytes: bytes, expected: columns, required: ["id", "capacity"])
    let rooms = file.rows { row -> Room? in
      let id = row.id("id")
      let capacity = row.integer("capacity", in: Limits.capacity)
      if row.text("capacity").isEmpty { row.error("capacity", "is empty", hint: "write the number of seats") }
      let name = row.singleLine("name")
      let room = Room(
        id: id, name: name.isEmpty ? id : name, venue: row.optionalID("venue"),
        capacity: capacity ?? 0, features: row.singleLine("features").listItems().map { $0.lowercased() },
        unavailable: row.windows("unavailable"), line: row.line)
      return id.isEmpty ? nil : room
    }
    return (rooms, file.findings)
  }

  /// The file's text.
  public static func write(_ rooms: [Room]) -> String {
    CSVWriter.document(
      header: columns,
      rows: rooms.map { room in
        [
          room.id, room.name, room.venue, String(room.capacity),
          room.features.joined(separator: ";"),
          room.unavailable.map(\.description).joined(separator: ";"),
        ]
      })
  }
}
