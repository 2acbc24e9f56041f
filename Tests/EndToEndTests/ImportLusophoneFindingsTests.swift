import Foundation
import Testing

/// A new user's import findings with the exports of the Lusophone, Central African and
/// Gulf/Maghreb hubs, run through the command as the organiser runs it: a French visa form
/// asking where people were born, Eventbrite's order dates with a full event, and a Google
/// Forms Arabic export opened as Windows-1256 and saved again, headers and all.
@Suite struct ImportLusophoneFindingsTests {
  @Test func aVisaFormsBirthplaceIsNeverStoredAsWhereThePersonLives() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Horodateur,Adresse e-mail,Nom complet,Date de naissance,Lieu de naissance,Pays de naissance,Ville de naissance,Ville de résidence,Pays de résidence,Fonction,Catégorie\r\n"
        + "2027/01/10 10:00:00,n1@example.org,Félix Tshisekedi,13/06/1963,Kinshasa,RDC,Kinshasa,Lubumbashi,Gabon,Maire,Maire\r\n"
        + "2027/01/11 10:00:00,n2@example.org,Chantal Biya,04/12/1970,Dimako,Cameroun,Dimako,Yaoundé,Cameroun,Maire,Maire\r\n",
      to: "naissance.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Pays de naissance -> ignore, Ville de naissance -> ignore"), "\(result.output)")
    #expect(result.output.contains("Ville de résidence -> city, Pays de résidence -> country"), "\(result.output)")
    let felix = try #require(try convene.participantRow(ws, email: "n1@example.org"))
    #expect(felix.contains(",Lubumbashi,GA,West and Central Africa,"), "\(felix)")
    #expect(!felix.contains("Kinshasa") && !felix.contains(",CD,"), "\(felix)")
  }

  @Test func eventbriteOrderDatesDecideWhoIsWaitlisted() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop(capacity: 2)
    let file = try convene.write(
      "Commande n°,Date de la commande,Prénom,Nom,E-mail,Type de billet,Pays,Ville\r\n"
        + "1001,2027-01-20 09:15:00,Zacharie,Abena,z.abena@example.org,Maire,Cameroun,Douala\r\n"
        + "1002,2026-12-02 08:00:00,Béatrice,Ondo,b.ondo@example.org,Maire,Gabon,Libreville\r\n"
        + "1003,2026-12-05 11:30:00,Youssouf,Abakar,y.abakar@example.org,Maire,Tchad,N'Djamena\r\n",
      to: "eventbrite.csv")
    let result = try convene.run(
      "participants", "import", file, "--workspace", ws, "--map", "Type de billet=category")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let zacharie = try #require(try convene.participantRow(ws, email: "z.abena@example.org"))
    let youssouf = try #require(try convene.participantRow(ws, email: "y.abakar@example.org"))
    #expect(zacharie.hasPrefix("p003,") && zacharie.contains(",waitlisted"), "\(zacharie)")
    #expect(youssouf.hasPrefix("p002,") && youssouf.contains(",registered"), "\(youssouf)")
  }

  @Test func anArabicExportDoubleEncodedHeadersAndAllIsRefusedNamingTheDamage() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.iconv(
      "الطابع الزمني,عنوان البريد الإلكتروني,الاسم الكامل,البلد,المدينة,الفئة,الجنس\r\n"
        + "2027/01/15 10:05:31,m.saad@amman.example.org,محمد سعد,الأردن,عمّان,رئيس بلدية,ذكر\r\n",
      from: "WINDOWS-1256", to: "UTF-8", as: "ar-double.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status != 0)
    #expect(result.error.contains("the header looks double-encoded"), "\(result.error)")
    #expect(result.error.contains("is \"الطابع الزمني\" written as UTF-8, read as Windows-1256"), "\(result.error)")
    #expect(result.error.contains("iconv -f utf-8 -t windows-1256"), "\(result.error)")
    #expect(!result.error.contains("--map"), "\(result.error)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
  }
}
