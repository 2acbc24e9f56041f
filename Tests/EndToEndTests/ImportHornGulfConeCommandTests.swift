import Foundation
import Testing

/// `convene participants import` on the Great Lakes/Horn, Maghreb/Gulf and Southern Cone hubs'
/// exports: refusals written as marks, Eventbrite's buyer's address, Teams' Arabic report, and a
/// placeholder under `--update`.
@Suite struct ImportHornGulfConeCommandTests {
  /// A Google Forms RSVP answered with marks: the crosses take no place, exit 0 naming them.
  @Test func crossesInAnRSVPColumnTakeNoPlace() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.write(
      [
        "Horodateur,Adresse e-mail,Nom complet,Pays,Catégorie,Participerez-vous ?",
        "09/01/2027 10:00:00,k1@ex.cd,Grace Mbuyi,RDC,Maire,✅ Oui",
        "09/01/2027 10:01:00,k2@ex.cd,Patrick Ilunga,RDC,Maire,❌",
        "09/01/2027 10:02:00,k3@ex.ug,Sarah Nakato,Ouganda,Maire,🚫",
        "09/01/2027 10:03:00,k4@ex.et,Abebe Bekele,Éthiopie,Maire,👎",
        "13/01/2027 10:04:00,k5@ex.dj,Fatouma Ali,Djibouti,Maire,✗",
      ].joined(separator: "\n") + "\n", to: "f1-symbols.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "k1@ex.cd") != nil)
    for email in ["k2@ex.cd", "k3@ex.ug", "k4@ex.et", "k5@ex.dj"] {
      #expect(try convene.participantRow(ws, email: email) == nil, "\(email)")
    }
  }

  /// A star in a status column is no registration read in silence: the import is refused with
  /// the warning naming column and line, and participants.csv is left as it was.
  @Test func anUnknownMarkIsRefusedLeavingTheWorkspace() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv"))
    let file = try convene.write(
      "Email,Full name,Status,Category\na@ex.org,Ana Lima,⭐,Mayor\n", to: "star.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status != 0)
    #expect(
      (result.output + result.error).contains("\"⭐\" says neither"),
      "\(result.output)\(result.error)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv")) == before)
  }

  /// Eventbrite's attendee report: the attendee's home country and city, not the buyer's billing one.
  @Test func eventbriteReadsTheHomeCountryNotTheBilling() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.write(
      [
        "Order #,Order Date,Buyer First Name,Buyer Last Name,Buyer Email,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Job Title,Company,Billing Country,Home Country,Home City,Work Country,Work City,Attendee Status,Category",
        "1001,2027-01-05 10:00:00,Secretaría,Municipal,secretaria@munilapaz.bo,Rosa,Mamani,rosa.mamani@ex.bo,3,General,5003,Técnica,Municipio de La Paz,Bolivia,Paraguay,Asunción,Bolivia,La Paz,Attending,Mayor",
      ].joined(separator: "\n") + "\n", to: "f2-eb-billing.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Home Country -> country"), "\(result.output)")
    let row = try #require(try convene.participantRow(ws, email: "rosa.mamani@ex.bo"))
    #expect(
      row.hasPrefix(
        "p060,Rosa Mamani,rosa.mamani@ex.bo,mayor,Técnica,Municipio de La Paz,Asunción,PY,"),
      "\(row)")
  }

  /// Teams' Arabic attendance report (UTF-16, preamble): a meeting report, so the last leave is
  /// no departure and the roles (`الحاضر`, `المنظم`) no job titles.
  @Test func anArabicTeamsReportIsAMeetingReport() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.writeTeamsReport(
      [
        "1. ملخص\t", "عنوان الاجتماع\tاجتماع المحور", "الحضور\t2", "", "2. المشاركون\t\t\t\t\t\t",
        "الاسم\tالانضمام الأول\tالمغادرة الأخيرة\tالمدة في الاجتماع\tالبريد الإلكتروني\tمعرف المشارك (UPN)\tالدور\tالفئة",
        "سالم الكعبي (ضيف)\t9/3/27، 10:00:05 ص\t9/3/27، 11:30:00 ص\t1س 29د\ts.kaabi@ex.ae\ts.kaabi@ex.ae\tالحاضر\tMayor",
        "مريم المهيري\t9/3/27، 10:01:00 ص\t9/3/27، 11:00:00 ص\t59د\tm.m@ex.ae\tm.m@ex.ae\tالمنظم\tMayor",
      ], to: "teams-ar.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    for email in ["s.kaabi@ex.ae", "m.m@ex.ae"] {
      let row = try #require(try convene.participantRow(ws, email: email))
      let fields = row.split(separator: ",", omittingEmptySubsequences: false)
      #expect(fields[4] == "", "title: \(row)")
      #expect(fields[15] == "", "departure: \(row)")
      #expect(!row.contains("2027-03-09"), "\(row)")
    }
  }

  /// `--update` with `-` as the organisation keeps the stored one, as an empty cell does.
  @Test func aPlaceholderOrganisationErasesNothingOnUpdate() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let first = try convene.write(
      "Nom complet,Adresse e-mail,Pays,Ville,Catégorie,Organisation\nHodan Warsame,hw@ex.so,Somalie,Mogadiscio,Maire,Mairie de Mogadiscio\n",
      to: "up1.csv")
    #expect(try convene.run("participants", "import", first, "--workspace", ws).status == 0)
    let stored = try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv"))
    let second = try convene.write(
      "Nom complet,Adresse e-mail,Pays,Ville,Catégorie,Organisation\nHodan Warsame,HW@ex.so,,,Maire,-\n",
      to: "up2.csv")
    let result = try convene.run("participants", "import", second, "--workspace", ws, "--update")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains("Nothing changed: participants.csv was left as it was."),
      "\(result.output)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv")) == stored)
  }
}
