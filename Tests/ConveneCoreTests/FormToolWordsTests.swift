import Testing

@testable import ConveneCore

@Suite struct FormToolWordsTests {
  @Test(arguments: [
    "iPhone de Khadija", "Awa's iPad", "DESKTOP-4F2K9", "Galaxy A52", "Samsung SM-A525F", "laptop", "Pixel 7", "OPPO A5s",
    "Itel A56", "HP-EliteBook", "Celular de Ana", "Telefone do João", "Téléphone de Marie",
  ])
  func devicesNamesAreFound(name: String) {
    #expect(FormToolWords.isDeviceName(name))
  }

  @Test(arguments: ["Awa Ndiaye", "Padma Iyer", "Samsungu Ali", "Galaxie Martin", "أحمد الخطيب", ""])
  func peoplesNamesAreNoDevices(name: String) {
    #expect(!FormToolWords.isDeviceName(name))
  }

  @Test(arguments: [
    ("Cancelled by participant", true), ("Withdrawn - travel", true), ("Not approved yet", true), ("Desistió", true),
    ("تم الرفض", true), ("Confirmed", false), ("pending", false), ("Approved", false), ("Registration cancelled", true),
    ("Inscripción cancelada", true), ("Dado de baja", true), ("Désistement", true), ("No longer attending", true),
    ("Cancelou", true), ("ألغيت", true), ("Unregistered", true),
  ])
  func declinedStatusesAloneOrBeginningTheStatus(status: String, declined: Bool) {
    #expect(FormToolWords.isDeclined(status) == declined)
  }
}
