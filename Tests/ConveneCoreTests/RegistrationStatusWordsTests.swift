import Testing

@testable import ConveneCore

/// Statuses read through the language table's words: a negation reverses the status words after
/// it, and a status the table cannot read is unknown, never a registration.
@Suite struct RegistrationStatusWordsTests {
  /// "Will not miss it" and its kind: a negation before a word of absence attends.
  @Test(arguments: [
    "Não vai faltar", "não vai faltar!", "Não faltará", "Will not miss it", "Won't miss it",
    "No va a faltar",
    "Ne va pas manquer", "لن يغيب", "Not cancelled", "Attending", "Approved", "Confirmed",
    "Participando",
    "Asistirá", "Checked In", "pending", "Inscrit", "Présente", "مؤكد", "Checked in – not refunded", "En attente", "Pendiente", "معلق", "validation_status_on_hold",
  ])
  func aNegatedAbsenceOrAConfirmationIsARegistration(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .registered, "\(status)")
  }

  /// Absences and negated attendances in the five languages are declined.
  @Test(arguments: [
    "Non participant", "Non-participant", "Absent", "Ausente", "غائب", "غائبة", "No participó",
    "N'a pas participé",
    "n’a pas participé", "Ne participe pas", "Ne viendra jamais", "Não participou", "Não vai",
    "Vai faltar",
    "لم يحضر", "لن يشارك", "غير مقبول", "Did not attend", "No show", "Not attending", "Absente",
    "No asistirá",
    "Pas venu", "Approved, then cancelled", "Cancelled by participant",
    "validation_status_not_approved",
  ])
  func anAbsenceOrANegatedAttendanceIsDeclined(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .declined, "\(status)")
  }

  /// No status word, or a negation with nothing after it to reverse: unknown.
  @Test(arguments: [
    "Jalisco", "Maybe", "Peut-être", "Quizás", "Talvez", "ربما", "No", "Non", "Não", "لا",
    "Confirmed? No", "Not yet",
    "TBD", "Sí",
  ])
  func aStatusWithoutAKnownWordIsUnknown(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .unknown, "\(status)")
  }

  /// What the README's known limits say: a declined word wins whatever follows it, and the
  /// Portuguese `no` (at the) is the negation `no`.
  @Test func theKnownLimitsAreAsTheReadmeSays() {
    #expect(RegistrationStatusWords.reading("Cancelled, then registered again") == .declined)
    #expect(RegistrationStatusWords.reading("Confirmado no evento") == .unknown)
  }

  /// An empty status says nothing and leaves the registration standing.
  @Test func anEmptyStatusLeavesTheRegistration() {
    #expect(RegistrationStatusWords.reading("") == .registered)
    #expect(RegistrationStatusWords.reading("  ") == .registered)
  }
}
