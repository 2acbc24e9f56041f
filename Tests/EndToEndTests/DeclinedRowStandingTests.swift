import Foundation
import Testing

/// A stranger's re-exports whose status column cancels someone an earlier import registered:
/// the row is not imported, but a withdrawn consent on it is applied (the name was published
/// by `participants list --public` until the organiser cancelled them), and someone on the
/// waitlist is told how to leave it (they were given the next place free).
@Suite struct DeclinedRowStandingTests {
  static let header = "Email,Full name,Country,Category,Publish my name?,Status\r\n"

  /// A workspace of capacity 1 with Ann registered and Bo waitlisted, Bo's name published.
  func workspace(_ convene: ConveneRunner) throws -> String {
    let ws = try convene.regionalWorkshop(capacity: 1)
    let first = try convene.write(
      Self.header + "a@example.org,Ann Lee,France,Youth,Yes,Registered\r\n"
        + "b@example.org,Bo Chan,France,Youth,Yes,Registered\r\n", to: "first.csv")
    let result = try convene.run("participants", "import", first, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    return ws
  }

  @Test func aWithdrawnConsentOnACancelledRowIsApplied() throws {
    let convene = ConveneRunner()
    let ws = try workspace(convene)
    #expect(try convene.participantRow(ws, email: "a@example.org")?.hasSuffix(",yes,registered") == true)
    let cancelled = try convene.write(Self.header + "a@example.org,Ann Lee,France,Youth,No,Cancelled\r\n", to: "cancelled.csv")
    let result = try convene.run("participants", "import", cancelled, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Updated:\n  p001 (line 2): publish_name\n"), "\(result.output)")
    #expect(try convene.participantRow(ws, email: "a@example.org")?.hasSuffix(",no,registered") == true)
    let list = try convene.run("participants", "list", "--public", "--workspace", ws)
    #expect(!list.output.contains("Ann Lee"), "\(list.output)")
  }

  @Test func someoneWaitlistedWhoCancelledIsToldHowToLeaveTheWaitlist() throws {
    let convene = ConveneRunner()
    let ws = try workspace(convene)
    #expect(try convene.participantRow(ws, email: "b@example.org")?.hasSuffix(",waitlisted") == true)
    let cancelled = try convene.write(Self.header + "b@example.org,Bo Chan,France,Youth,Yes,Cancelled\r\n", to: "bo.csv")
    let result = try convene.run("participants", "import", cancelled, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains(
        "Bo Chan <b@example.org>: Cancelled; already waitlisted as p002: `convene participants cancel p002` takes them off the waitlist"),
      "\(result.output)")
  }

  /// A re-export from a registered address under a name the import takes for another person
  /// (`Giorgos` for `Γιώργος`): the row is left out with the warning, but its "no" to publishing
  /// the name is applied to the person registered there. Before, only an edit of
  /// participants.csv could withdraw it.
  @Test func aWithdrawnConsentFromTheAddressUnderAnotherNameIsApplied() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let first = try convene.write(
      Self.header + "g@example.org,Γιώργος Παπαδόπουλος,Greece,Youth,Yes,Registered\r\n", to: "first.csv")
    #expect(try convene.run("participants", "import", first, "--workspace", ws).status == 0)
    let latin = try convene.write(
      Self.header + "g@example.org,Giorgos Papadopoulos,Greece,Youth,No,Registered\r\n", to: "latin.csv")
    let result = try convene.run("participants", "import", latin, "--workspace", ws, "--accept-warnings")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Updated:\n  p001 (line 2): publish_name\n"), "\(result.output)")
    let row = try #require(try convene.participantRow(ws, email: "g@example.org"))
    #expect(row.hasPrefix("p001,Γιώργος Παπαδόπουλος,") && row.hasSuffix(",no,registered"), "\(row)")
  }

  /// A cancellation sent from a new address under the name of someone registered (`Bui Thi Ha`
  /// for `Bùi Thị Hà`): not imported, and the summary names the registered person and how to
  /// free her place. Before it said nothing, and she kept the place.
  @Test func aCancellationFromANewAddressNamesThePersonOfThatName() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let first = try convene.write(Self.header + "ha@example.org,Bùi Thị Hà,Vietnam,Youth,No,Registered\r\n", to: "first.csv")
    #expect(try convene.run("participants", "import", first, "--workspace", ws).status == 0)
    let cancel = try convene.write(
      Self.header + "bui.ha@mail.example.org,Bui Thi Ha,Vietnam,Youth,No,Cancelled\r\n", to: "cancel.csv")
    let result = try convene.run("participants", "import", cancel, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains(
        "Bui Thi Ha <bui.ha@mail.example.org>: Cancelled; p001 is registered under the same name at another address: "
          + "if it is the same person, `convene participants cancel p001`"), "\(result.output)")
    // A name many share points at no one: counted, not listed.
    let many = try convene.write(
      Self.header + (1...4).map { "m\($0)@example.org,Mohamed Ahmed,Egypt,Youth,No,Registered\r\n" }.joined(), to: "many.csv")
    #expect(try convene.run("participants", "import", many, "--workspace", ws, "--accept-warnings").status == 0)
    let common = try convene.write(Self.header + "m9@example.org,Mohamed Ahmed,Egypt,Youth,No,Cancelled\r\n", to: "common.csv")
    let counted = try convene.run("participants", "import", common, "--workspace", ws)
    #expect(
      counted.output.contains("Mohamed Ahmed <m9@example.org>: Cancelled; 4 people are registered under the same name at other addresses\n"),
      "\(counted.output)")
  }

  /// A re-export that puts someone holding a place on the form tool's waiting list: the place
  /// is kept (an import changes no status participants.csv holds), and the summary says so.
  @Test func aRowWaitlistingSomeoneWhoHoldsAPlaceIsNamedAndTheirPlaceKept() throws {
    let convene = ConveneRunner()
    let ws = try workspace(convene)
    let before = convene.bytes(ws + "/participants.csv")
    let waitlisted = try convene.write(Self.header + "a@example.org,Ann Lee,France,Youth,Yes,Waitlisted\r\n", to: "ann.csv")
    let result = try convene.run("participants", "import", waitlisted, "--workspace", ws, "--update")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains(
        "\(waitlisted):2: status: the export puts p001 on its waiting list, but p001 holds a place here (registered) and "
          + "keeps it: an import changes no status participants.csv holds; `convene participants cancel p001` if the "
          + "place is to be given up"), "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
  }
}
