import ConveneCore
import Testing

@testable import ConveneWorkspace

@Suite struct RoomsFileTests {
  @Test func readsRooms() {
    let (rooms, findings) = RoomsFile.read(Array("id,name,venue,capacity,features,unavailable\nhall,Main Hall,main,120,Interpretation;AV,day2 09:00-10:00\n".utf8))
    #expect(findings.isEmpty)
    #expect(rooms == [Room(id: "hall", name: "Main Hall", venue: "main", capacity: 120, features: ["interpretation", "av"], unavailable: [TimeWindow("day2 09:00-10:00")!], line: 2)])
  }

  @Test func reportsBadCapacityUnknownColumnsAndExtraCells() {
    let (_, findings) = RoomsFile.read(Array("id,name,capacity,colour\nhall,Hall,forty,red\nb,B,10,x,extra\n".utf8))
    let described = findings.map(\.description)
    #expect(described.contains("error: rooms.csv:2: capacity: \"forty\" is not a whole number from 1 to 1,000,000"))
    #expect(described.contains { $0.hasPrefix("warning: rooms.csv:1: colour: unknown column, ignored") })
    #expect(described.contains { $0.hasPrefix("error: rooms.csv:3: has 5 cells but the header has 4") })
  }

  @Test func writesWhatItReads() {
    let text = RoomsFile.write([Room(id: "a", name: "Salle A, étage 2", capacity: 30, features: ["av"])])
    #expect(text == "id,name,venue,capacity,features,unavailable\r\na,\"Salle A, étage 2\",,30,av,\r\n")
    #expect(RoomsFile.read(Array(text.utf8)).rooms.first?.name == "Salle A, étage 2")
  }
}
