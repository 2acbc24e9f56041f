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
    "Asistirá", "Checked In", "pending", "Inscrit", "Présente", "مؤكد", "Checked in – not refunded", "En attente", "Pendiente", "Pendente",
  ])
  func aNegatedAbsenceOrAConfirmationIsARegistration(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .registered, "\(status)")
  }

  /// A registration on hold may be pending or on a waiting list: unknown, never read either
  /// way, as `En espera` is.
  @Test(arguments: [
    "On hold", "On Hold", "validation_status_on_hold", "قيد الانتظار", "مسجل قيد الانتظار", "معلق", "En espera",
    "Em espera",
  ])
  func aRegistrationOnHoldIsUnknown(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .unknown, "\(status)")
  }

  /// A refusal followed by a registration word in the same run is still a refusal, as it is
  /// with a comma or a slash between them (`Cancelled registered` was registered).
  @Test(arguments: [
    "Cancelled registered", "Cancelled-registered", "Refunded-attending", "Annulé-inscrit",
    "Cancelado-confirmado", "Cancelled - registered", "Cancelled/Registered",
  ])
  func aRefusalBeforeARegistrationWordDeclines(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .declined, "\(status)")
  }

  /// A prefix that undoes the word after it (`De-registered`, `Dés-inscrit`) is never read as
  /// the filler `de` before a registration: the word is read whole, declined where the table
  /// knows it, else unknown.
  @Test(arguments: [
    "De-registered", "De-Registered", "Des-inscrito", "Des-inscrita", "Dé-inscrit", "Dés-inscrit",
    "De-confirmed", "Des-confirmado", "Un-registered",
  ])
  func aWordWithAnUndoingPrefixIsNoRegistration(status: String) {
    #expect(RegistrationStatusWords.reading(status) != .registered, "\(status)")
    #expect(RegistrationStatusWords.reading(status) != .waitlisted, "\(status)")
  }

  /// Taken off a waiting list, in any of the five languages: declined, as Spanish read it.
  @Test(arguments: [
    "Removed from waitlist", "Removed from the waiting list", "Retirado de la lista de espera",
    "Retiré de la liste d'attente", "Retirée de la liste d'attente", "Retirado da lista de espera",
    "أزيل من قائمة الانتظار", "حذف من قائمة الانتظار",
  ])
  func takenOffTheWaitingListIsDeclined(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .declined, "\(status)")
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

  /// A word before an attendance that reverses it: the hubs' wordings of "cannot come" are
  /// declined, never read as attending.
  @Test(arguments: [
    "Unable to attend", "Unable to participate", "Failed to attend", "Impossible de participer",
    "Impossible d'assister", "Impossible de venir", "Incapable de venir", "مستحيل الحضور", "Imposible asistir",
    "Incapaz de asistir", "Impossível participar", "Impossível comparecer", "Não pode participar", "Cannot attend",
    "Can't attend", "Sorry, can't make it", "Not able to attend", "لا أستطيع الحضور", "Sem possibilidade de participar",
    "Lo siento, no puedo ir", "Unable to come", "Ne participe plus", "Attendance cancelled", "Participation annulée",
    "Participación cancelada", "Participação cancelada",
  ])
  func aWordThatSaysThePersonCannotComeDeclines(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .declined, "\(status)")
  }

  /// An unknown word anywhere beside an attendance: unknown, never a registration.
  @Test(arguments: [
    "Hardly attending", "Incapaz asistir quizás", "Confirmed by nobody", "Registered - travel", "Approved maybe",
    "Guaranteed to attend", "Registered Jalisco", "Verhindert attend", "Registered, waitlisted? No",
  ])
  func anUnknownWordBesideAnAttendanceIsUnknown(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .unknown, "\(status)")
  }

  /// A waiting list in the five languages is no place: waitlisted.
  @Test(arguments: [
    "Waitlisted", "Waitlist", "On waitlist", "On waiting list", "En liste d'attente", "Liste d'attente",
    "Lista de espera", "En lista de espera", "Em lista de espera", "قائمة الانتظار", "على قائمة الانتظار",
    "Registered (waitlist)",
  ])
  func aWaitingListIsWaitlisted(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .waitlisted, "\(status)")
  }

  /// A waiting list and a refusal: declined; a negated waiting list says nothing certain.
  @Test func aWaitingListBesideARefusalOrNegatedIsNoPlace() {
    #expect(RegistrationStatusWords.reading("Waitlisted, then cancelled") == .declined)
    #expect(RegistrationStatusWords.reading("Not waitlisted") == .unknown)
  }

  /// Answers to a question whether the person will come: Google Forms' Event RSVP template's,
  /// a bare yes or no in the five languages, and a yes or no that its other words contradict.
  @Test(arguments: [
    ("Yes, I'll be there", RegistrationStatusWords.Reading.registered), ("Sorry, can't make it", .declined),
    ("Yes", .registered), ("No", .declined), ("Non", .declined), ("Não", .declined), ("لا", .declined),
    ("نعم", .registered), ("Sí", .registered), ("Oui, je serai présente", .registered),
    ("Lo siento, no puedo ir", .declined), ("Not attending", .declined), ("Absent", .declined),
    ("Décliné", .declined), ("No, I'll be there", .unknown), ("Yes, but cancelled", .unknown), ("Maybe", .unknown),
    ("Yes, maybe", .unknown), ("No, sorry", .declined), ("Sí, allí estaré", .registered), ("Sim, estarei lá", .registered),
    ("نعم، سأحضر", .registered), ("Oui, je serai là", .registered),
  ])
  func anAnswerIsReadAsYesNoOrAStatus(answer: String, reading: RegistrationStatusWords.Reading) {
    #expect(RegistrationStatusWords.answerReading(answer) == reading, "\(answer)")
  }

  /// An empty status says nothing and leaves the registration standing.
  @Test func anEmptyStatusLeavesTheRegistration() {
    #expect(RegistrationStatusWords.reading("") == .registered)
    #expect(RegistrationStatusWords.reading("  ") == .registered)
  }

  /// A cross declines and a tick attends, alone or beside words; any other symbol is a word the
  /// table does not know.
  @Test(arguments: [
    ("❌", RegistrationStatusWords.Reading.declined), ("✗", .declined), ("✘", .declined), ("✖", .declined),
    ("🚫", .declined), ("👎", .declined), ("👎🏿", .declined), ("Registered ✗", .declined), ("✅", .registered),
    ("✓", .registered), ("✔", .registered), ("👍", .registered), ("Confirmed ✔", .registered), ("⭐", .unknown),
    ("Registered ⭐", .unknown), ("✅ ❌", .declined), ("€", .unknown),
    ("Cancelled ✓", .declined), ("Annulé ✔", .declined), ("Not ❌", .unknown), ("✓ Approved", .registered),
  ])
  func aMarkIsAWord(status: String, reading: RegistrationStatusWords.Reading) {
    #expect(RegistrationStatusWords.reading(status) == reading, "\(status)")
  }

  /// The wordings real sheets use for a confirmation given by phone or e-mail, an apology and a
  /// crossed or ticked box, in the five languages.
  @Test(arguments: [
    ("Confirmed by phone", RegistrationStatusWords.Reading.registered), ("Confirmed by email", .registered),
    ("Confirmed by phone/email", .registered), ("Confirmed by e-mail", .registered), ("Confirmed via WhatsApp", .registered),
    ("Confirmé par téléphone", .registered), ("Confirmée par courriel", .registered), ("Confirmado por teléfono", .registered),
    ("Confirmado por correo electrónico", .registered), ("Confirmado por telefone/e-mail", .registered),
    ("مؤكد عبر الهاتف", .registered), ("تم التأكيد بالبريد الإلكتروني", .registered),
    ("Regrets", .declined), ("Sends regrets", .declined), ("Sent regrets", .declined), ("Excused", .declined),
    ("Apologies", .declined), ("Excusé", .declined), ("Excusée", .declined), ("S'excuse", .declined),
    ("Présente ses excuses", .declined), ("Excusado", .declined), ("Se excusa", .declined),
    ("Presenta disculpas", .declined), ("Ausencia justificada", .declined), ("Justificado", .declined),
    ("Pediu desculpas", .declined), ("Ausência justificada", .declined), ("معتذر", .declined), ("اعتذار", .declined),
    ("معتذرة", .declined), ("☒", .declined), ("×", .declined), ("✕", .declined), ("Registered ☒", .declined),
    ("☑", .registered), ("☑ Confirmed", .registered), ("Not confirmed by phone", .declined),
  ])
  func theWordingsOfRealSheetsAreRead(status: String, reading: RegistrationStatusWords.Reading) {
    #expect(RegistrationStatusWords.reading(status) == reading, "\(status)")
  }

  /// What stays unknown, as the README says: a postponement (this event missed, or a place
  /// kept for later?), a letter X (a cross, or a box ticked?), an empty box, a way of
  /// confirming alone.
  @Test(arguments: [
    "Postponed", "Reporté", "Reportée", "Aplazado", "Adiado", "مؤجل", "X", "x", "☐", "Phone", "By email",
  ])
  func aPostponementOrALetterXIsUnknown(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .unknown, "\(status)")
  }

  /// A letter X answering a question whether the person will come is a box ticked: yes.
  @Test(arguments: ["X", "x"])
  func aLetterXAnsweringTheQuestionIsAYes(answer: String) {
    #expect(RegistrationStatusWords.answerReading(answer) == .registered)
  }

  /// Two statuses compare alike when their folded words do; marks compare as themselves.
  @Test func statusesCompareFoldedWithTheirMarks() {
    #expect(RegistrationStatusWords.comparable("  CONFIRMÉ par  Téléphone. ") == "confirme par telephone")
    #expect(RegistrationStatusWords.comparable("N’a pas ☐confirmé") == "n a pas ☐ confirme")
    #expect(RegistrationStatusWords.comparable("☐") != RegistrationStatusWords.comparable("⭐"))
    #expect(RegistrationStatusWords.comparable("?") == "")
  }

  /// An answer with a mark: read as its yes or no when they agree, unknown when they do not.
  @Test(arguments: [
    ("✅ Oui", RegistrationStatusWords.Reading.registered), ("Sí 👍", .registered), ("Non ❌", .declined),
    ("❌", .declined), ("❌ Oui", .unknown), ("✅ No", .unknown), ("👍", .registered),
  ])
  func anAnswerWithAMarkAgreesOrIsUnknown(answer: String, reading: RegistrationStatusWords.Reading) {
    #expect(RegistrationStatusWords.answerReading(answer) == reading, "\(answer)")
  }
}
