import Testing

@testable import ConveneCore

/// Check-in states, which say nothing of a registration; a column of its own for one status
/// (`Cancelled`, `Waitlist`), answered yes, no or a tick; and the wordings real tools write
/// that the table now reads.
@Suite struct CheckInAndStatusBoxTests {
  /// Every registrant is `Not Checked In` before the event: a check-in state, negated or not,
  /// is no refusal and no attendance, and leaves what the rest of the status says.
  @Test(arguments: [
    "Not Checked In", "Checked In", "not checked in", "Never checked in", "Checked Out", "Check-in non effectué",
    "Check-in effectué", "Sin check-in", "Check-in realizado", "Check-in não realizado", "Sem check-in",
    "لم يتم تسجيل الوصول", "Registered, not checked in", "Attending - Not Checked In",
  ])
  func aCheckInStateIsARegistration(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .registered, "\(status)")
  }

  /// A check-in state beside a refusal or a waiting list leaves it as it is.
  @Test func aCheckInStateBesideARefusalOrAWaitingListKeepsIt() {
    #expect(RegistrationStatusWords.reading("Cancelled, not checked in") == .declined)
    #expect(RegistrationStatusWords.reading("Cancelled - Checked In") == .declined)
    #expect(RegistrationStatusWords.reading("Waitlisted, not checked in") == .waitlisted)
    #expect(RegistrationStatusWords.reading("Not checked in, maybe") == .unknown)
  }

  /// `En espera` and `Em espera` are written both for "pending" and for "waiting list": the
  /// organiser says which (`--status-word`), never a registration read in silence.
  @Test(arguments: ["En espera", "Em espera", "en espera", "EM ESPERA"])
  func onHoldInSpanishAndPortugueseIsUnknown(status: String) {
    #expect(RegistrationStatusWords.reading(status) == .unknown, "\(status)")
  }

  /// A ticket partly refunded is still held; the other wordings real tools write decline, and
  /// `قائمة إنتظار` (hamza on the alif) is the waiting list.
  @Test func theToolsWordingsAreRead() {
    for registered in [
      "Partially Refunded", "Partiellement remboursé", "Partiellement remboursée", "Reembolso parcial",
      "Parcialmente reembolsado",
    ] {
      #expect(RegistrationStatusWords.reading(registered) == .registered, "\(registered)")
    }
    for declined in [
      "Dada de baixa", "Dado de baixa", "Baixa", "Estornado", "No se presentó", "Impayé", "Impayée", "لن أحضر",
      "لن احضر", "يعتذر عن الحضور", "Cancelled by organiser", "Cancelled by organizer", "Rejected by admin",
      "Apologies", "Sent apologies", "Removed", "Void", "Empêché", "Empêchée", "Indisponible", "Ne pourra pas venir",
      "Devuelto", "Anulou", "Indeferido", "ألغت", "لم يعد مشاركا",
    ] {
      #expect(RegistrationStatusWords.reading(declined) == .declined, "\(declined)")
    }
    #expect(RegistrationStatusWords.reading("قائمة إنتظار") == .waitlisted)
    // Outlook's and Teams' `Tentative`: may come, may not; the organiser says. So do `Not
    // responded` (an invitation unanswered) and `Aguardando pagamento` (awaiting payment).
    for unknown in ["Tentative", "Not responded", "Aguardando pagamento", "Peut-être", "Refund declined"] {
      #expect(RegistrationStatusWords.reading(unknown) == .unknown, "\(unknown)")
    }
    // `Partially refunded` beside a refusal is still declined.
    #expect(RegistrationStatusWords.reading("Partially refunded, then cancelled") == .declined)
  }

  /// Under a `Cancelled` or `Waitlist` box, a yes or a tick is that status, a no or nothing
  /// says nothing, and anything else is unknown.
  @Test func aBoxSaysItsStatusWhereItIsTicked() {
    for yes in ["TRUE", "true", "Yes", "Oui", "Sí", "Sim", "نعم", "✓", "☑", "x", "1", "VRAI", "Verdadero"] {
      #expect(RegistrationStatusWords.boxReading(yes, saying: .declined) == .declined, "\(yes)")
      #expect(RegistrationStatusWords.boxReading(yes, saying: .waitlisted) == .waitlisted, "\(yes)")
    }
    for no in ["FALSE", "false", "No", "Non", "Não", "لا", "0", "", "FAUX"] {
      #expect(RegistrationStatusWords.boxReading(no, saying: .declined) == .registered, "\(no)")
    }
    for other in ["Maybe", "✗", "Refunded", "Yes, but late", "2"] {
      #expect(RegistrationStatusWords.boxReading(other, saying: .declined) == .unknown, "\(other)")
    }
  }
}
