import ConveneCore
import Testing

@testable import ConveneWorkspace

@Suite struct SessionsFileTests {
  @Test func readsListsPairsAndPins() throws {
    let (sessions, findings) = SessionsFile.read(Array(
      "id,title,kind,duration,speakers,interpretation,after,exclusive,day,start,room\nopen,\"Opening, day 1\",ceremony,60,p001;p002,en>fr;fr>en,,no,day1,09:00,hall\n".utf8))
    #expect(findings.isEmpty)
    let session = try #require(sessions.first)
    #expect(session.title == "Opening, day 1")
    #expect(session.kind == .ceremony)
    #expect(session.speakers == ["p001", "p002"])
    #expect(session.interpretation == [LanguagePair(from: "en", to: "fr"), LanguagePair(from: "fr", to: "en")])
    #expect(session.isExclusive == false)
    #expect(session.day == .number(1))
    #expect(session.start == TimeOfDay(hour: 9))
    #expect(session.room == "hall")
  }

  @Test func reportsBadCells() {
    let (_, findings) = SessionsFile.read(Array("id,title,kind,duration,interpretation,day,start\nx,X,party,sixty,english,tuesday,9h\n".utf8))
    let fields = Set(findings.compactMap(\.field))
    #expect(fields == ["kind", "duration", "interpretation", "day", "start"])
    #expect(findings.allSatisfy { $0.line == 2 && $0.severity == .error })
  }

  @Test func writesAndReadsBack() {
    let session = Session(id: "s", title: "T", kind: .workshop, duration: 90, speakers: ["p1"], interpretation: [LanguagePair("en>ar")!], part: 2, exclusive: true, preferred: [TimeWindow("morning")!], day: .number(2), start: TimeOfDay(hour: 14))
    let read = SessionsFile.read(Array(SessionsFile.write([session]).utf8))
    #expect(read.findings.isEmpty)
    var expected = session
    expected.line = 2
    #expect(read.sessions == [expected])
  }
}
