import Foundation
import Testing

/// A participant's address changed after their invitations went out: the new address gets
/// every session, and `invite` says that the old address's calendar keeps what it was sent.
@Suite struct MovedAddressTests {
  @Test func aChangedAddressIsNamedWhenTheUpdateGoesOut() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarWithReleaseOne()
    #expect(try convene.run("invite", "--send", "--sendmail", "cat > /dev/null", "--workspace", ws).status == 0)
    let before = try #require(
      String(decoding: convene.bytes(ws + "/participants.csv"), as: UTF8.self).components(separatedBy: "\r\n")
        .first { $0.hasPrefix("p005,") }?.split(separator: ",")[2])
    try convene.setCell(ws, id: "p005", "email", "a.diallo@saintlouis-ville.example.sn")
    let again = try convene.run("invite", "--send", "--sendmail", "cat > /dev/null", "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    #expect(
      again.output.contains(
        "Note: p005's invitations went to \(before), participants.csv now gives a.diallo@saintlouis-ville.example.sn: the new address gets every session"
      ), "\(again.output)")
    // Nobody else is named, and the next run has nothing to say.
    #expect(again.output.components(separatedBy: "Note: ").count == 2)
    let quiet = try convene.run("invite", "--send", "--sendmail", "cat > /dev/null", "--workspace", ws)
    #expect(!quiet.output.contains("Note:"), "\(quiet.output)")
  }
}
