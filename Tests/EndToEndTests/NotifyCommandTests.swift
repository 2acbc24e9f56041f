import Foundation
import Testing

/// `convene notify`: registration notices, their bytes, and once-only sending.
@Suite struct NotifyCommandTests {
  /// The Dakar workshop in all five languages, with one person reading each of ar, es, pt.
  func workshop(_ convene: ConveneRunner) throws -> String {
    let ws = try convene.copyExample("dakar-regional-workshop")
    try convene.replace(
      ws, file: "event.json", "\"languages\": [\"fr\", \"en\"]",
      with: "\"languages\": [\"fr\", \"en\", \"ar\", \"es\", \"pt\"]")
    try convene.setCell(ws, id: "p001", "languages", "ar;fr")
    try convene.setCell(ws, id: "p002", "languages", "es")
    try convene.setCell(ws, id: "p003", "languages", "pt;en")
    // A name that tries to look like a header (a line break in it is refused: see below).
    try convene.setCell(ws, id: "p006", "name", "Eve Bcc: victim@example.org")
    return ws
  }

  /// A folder standing for a mail server, and a mail program that delivers each message to a
  /// file of its own there.
  func spoolDelivery(_ convene: ConveneRunner) throws -> (spool: String, deliver: String) {
    let spool = convene.path("spool")
    try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
    return (spool, "cat > \"$(mktemp -p \(spool))\"")
  }

  func json(_ result: ConveneRunner.Result) throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
      "\(result.error)")
  }

  /// A line break in a name is an error of participants.csv: no notice is written with it.
  @Test func aNameWithALineBreakIsRefusedBeforeAnyMessageIsWritten() throws {
    let convene = ConveneRunner()
    let ws = try workshop(convene)
    try convene.setCell(ws, id: "p006", "name", "Eve\r\nBcc: victim@example.org")
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(check.output.contains("error: participants.csv:7: name: \"Eve\\r\\nBcc: victim@example.org\" holds a line break"), "\(check.output)")
    let notify = try convene.run("notify", "--workspace", ws)
    #expect(notify.status == 1)
    #expect(notify.error.contains("participants.csv:7: name:"), "\(notify.error)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/outbox"))
  }

  /// A notice that cannot be put in place (here a folder holds its name) fails the run with
  /// the file named, and leaves no notice of the run in the outbox and the ledger as it was:
  /// a notice written before it is not left behind unrecorded. The next run writes both.
  @Test func anOutboxThatCannotBeWrittenWholeGetsNoNoticeOfTheRun() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(try convene.run("notify", "--workspace", ws).status == 0)
    try convene.setCell(ws, id: "p021", "status", "registered")
    try convene.setCell(ws, id: "p034", "status", "confirmed")
    let blocked = ws + "/outbox/notify/p034-confirmed.eml"
    try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: true)
    let before = try ConveneRunner.snapshot(ws)
    let refused = try convene.run("notify", "--workspace", ws)
    #expect(refused.status == 1, "\(refused.output)")
    #expect(
      refused.error.contains("outbox/notify/p034-confirmed.eml: cannot be replaced (Is a directory); nothing was recorded"),
      "\(refused.error)")
    #expect(try ConveneRunner.snapshot(ws) == before)
    #expect(!FileManager.default.fileExists(atPath: ws + "/outbox/notify/p021-registered.eml"))

    try FileManager.default.removeItem(atPath: blocked)
    let written = try convene.run("notify", "--workspace", ws)
    #expect(written.status == 0, "\(written.error)")
    let files = try FileManager.default.contentsOfDirectory(atPath: ws + "/outbox/notify")
    #expect(files.count == 60 && files.allSatisfy { $0.hasSuffix(".eml") })
    #expect(files.contains("p021-registered.eml") && files.contains("p034-confirmed.eml"))
  }

  @Test func eachStatusIsToldOnceInThePersonsLanguageWithTheWaitlistPosition() throws {
    let convene = ConveneRunner()
    let ws = try workshop(convene)
    let first = try convene.run("notify", "--json", "--workspace", ws)
    #expect(first.status == 0, "\(first.error)")
    let notices = (try json(first)["notices"] as! [[String: Any]])
    let byPerson = Dictionary(
      uniqueKeysWithValues: notices.map { ($0["participant"] as! String, $0) })
    #expect(notices.count == 58)  // every one but the person who declined
    #expect(byPerson["p021"] == nil)
    #expect(byPerson["p034"]?["notice"] as? String == "registered")
    #expect(
      ["p024", "p025", "p026"].map { byPerson[$0]?["position"] as? Int } == [1, 2, 3])

    let title =
      "Atelier régional Afrique de l'Ouest et du Centre / West and Central Africa Regional Workshop"
    let files = ["p001-confirmed", "p002-confirmed", "p003-confirmed", "p015-confirmed",
      "p025-waitlisted", "p034-registered", "p006-confirmed"].map { ws + "/outbox/notify/\($0).eml" }
    let parsed = try parseWithPython(files)
    func mail(_ index: Int) -> [String: Any] { parsed[files[index]] ?? [:] }
    for index in files.indices {
      #expect(
        mail(index)["headers"] as? [String] == [
          "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
          "Content-Transfer-Encoding",
        ], "\(files[index])")
      #expect(mail(index)["from"] as? String == "Network Management Unit <events@example.org>")
    }
    #expect(mail(0)["subject"] as? String == "تأكيد المقعد: \(title)")
    #expect((mail(0)["text"] as? String)?.contains("تم تأكيد مقعدكم في \(title)") == true)
    #expect(mail(0)["to"] as? String == "Yao Ouédraogo <yao.ouedraogo@ouagadougou.example.org>")
    #expect(mail(1)["subject"] as? String == "Plaza confirmada: \(title)")
    #expect((mail(1)["text"] as? String)?.hasPrefix("Estimado/a Aminata Koné:") == true)
    #expect(mail(2)["subject"] as? String == "Lugar confirmado: \(title)")
    #expect((mail(2)["text"] as? String)?.contains("O seu lugar em") == true)
    #expect(mail(3)["subject"] as? String == "Place confirmed: \(title)")
    #expect(mail(4)["subject"] as? String == "Liste d'attente: \(title)")
    let waitlisted = mail(4)["text"] as? String ?? ""
    // Whether the event or the person's category is full, the notice does not say.
    #expect(waitlisted.contains("Aucune place n'est libre pour vous pour le moment : vous êtes sur la liste d'attente, en position 2."))
    #expect(waitlisted.contains("Votre numéro de participant : p025"))
    #expect(waitlisted.contains("Dates : du 2027-03-09 au 2027-03-10"))
    #expect(mail(5)["subject"] as? String == "Inscription reçue: \(title)")
    #expect(mail(6)["to"] as? String == "\"Eve Bcc: victim@example.org\" <ibrahima.sene@abidjan.example.org>")
    #expect(
      (mail(4)["message_id"] as? String)?.hasPrefix("<p025.notice1.waitlisted.") == true
        && (mail(4)["message_id"] as? String)?.hasSuffix("@dakar-2027.convene>") == true)

    // Nothing changed: nothing new.
    let again = try convene.run("notify", "--workspace", ws)
    #expect(again.output.contains("Nothing to send: everyone has been told where their registration stands."))
    #expect(try FileManager.default.contentsOfDirectory(atPath: ws + "/outbox/notify").count == 58)

    // A cancellation frees a place: the first on the waitlist of the local officials (whose
    // quota is full) learns that a place is theirs, the people who cancelled that theirs is
    // released; a mayor's place (p004) is no local official's.
    #expect(try convene.run("participants", "cancel", "p004", "p013", "--workspace", ws).status == 0)
    let after = try json(try convene.run("notify", "--json", "--workspace", ws))
    let new = (after["notices"] as! [[String: Any]]).map {
      "\($0["participant"] as! String) \($0["notice"] as! String)"
    }
    #expect(new == ["p004 cancelled", "p013 cancelled", "p024 offered"])
    let offered = try parseWithPython([ws + "/outbox/notify/p024-offered.eml", ws + "/outbox/notify/p004-cancelled.eml"])
    #expect(offered[ws + "/outbox/notify/p024-offered.eml"]?["subject"] as? String == "A place for you: \(title)")
    #expect(
      (offered[ws + "/outbox/notify/p024-offered.eml"]?["message_id"] as? String)?.hasPrefix(
        "<p024.notice2.offered.") == true)
    #expect(
      (offered[ws + "/outbox/notify/p004-cancelled.eml"]?["text"] as? String)?.contains(
        "أُلغي تسجيلكم في \(title) وأُتيح مقعدكم لغيركم.") == true)
    #expect(offered[ws + "/outbox/notify/p004-cancelled.eml"]?["subject"] as? String == "إلغاء التسجيل: \(title)")
  }

  /// A notice written but not sent, whose person's status changed again, is superseded: only
  /// the latest goes, and a cancellation goes only to people who were told something.
  @Test func aStatusThatChangedAgainBeforeSendingSendsOnlyTheLatest() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let (spool, deliver) = try spoolDelivery(convene)
    // Everyone is told once; p025 learns their waitlist position.
    #expect(try convene.run("notify", "--send", "--sendmail", deliver, "--workspace", ws).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: spool).count == 58)
    // Two local officials cancel: p024 and p025 get their places. The notices are written, not
    // sent...
    #expect(try convene.run("participants", "cancel", "p013", "p014", "--workspace", ws).status == 0)
    #expect(try convene.run("notify", "--workspace", ws).status == 0)
    // ... and before they go, p025 cancels too: the place goes on to p026.
    #expect(try convene.run("participants", "cancel", "p025", "--workspace", ws).status == 0)
    let sent = try convene.run("notify", "--send", "--json", "--sendmail", deliver, "--workspace", ws)
    #expect(sent.status == 0, "\(sent.error)")
    let report = try json(sent)
    #expect(report["superseded"] as? [String] == ["outbox/notify/p025-offered.eml"])
    #expect(Set(report["sent"] as! [String]) == [
      "outbox/notify/p013-cancelled.eml", "outbox/notify/p014-cancelled.eml", "outbox/notify/p024-offered.eml",
      "outbox/notify/p026-offered.eml", "outbox/notify/p025-cancelled.eml",
    ])
    let ledger = LedgerView(convene, ws, ledger: "notifications")
    #expect(ledger.messages("superseded") == ["outbox/notify/p025-offered.eml"])
    let messages = try FileManager.default.contentsOfDirectory(atPath: spool).map {
      String(decoding: convene.bytes(spool + "/" + $0), as: UTF8.self)
    }
    #expect(messages.count == 63)
    // p025 got the waitlist notice, then the cancellation: never the place they no longer have.
    let toP025 = messages.filter { messageID($0).hasPrefix("Message-ID: <p025.") }.map(messageID)
    #expect(toP025.count == 2 && toP025.contains { $0.contains(".waitlisted.") }
      && toP025.contains { $0.contains(".cancelled.") })
    #expect(Set(messages.map(messageID)).count == 63)
    // Nothing is left to send, and a second run sends nothing.
    let quiet = try convene.run("notify", "--send", "--sendmail", deliver, "--workspace", ws)
    #expect(quiet.output.contains("Nothing to send"), "\(quiet.output)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: spool).count == 63)
  }

  /// A notice written, then the address corrected before it was sent: the notice goes to the
  /// address corrected, and the one written to the old address is superseded, never sent.
  @Test func aNoticeWrittenBeforeTheAddressWasCorrectedGoesToTheNewAddress() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let (spool, deliver) = try spoolDelivery(convene)
    #expect(try convene.run("notify", "--workspace", ws).status == 0)
    let old = "yao.ouedraogo@ouagadougou.example.org"
    #expect(try convene.participantRow(ws, email: old)?.hasPrefix("p001,") == true)
    try convene.setCell(ws, id: "p001", "email", "corrected.p001@example.org")
    let sent = try convene.run("notify", "--send", "--json", "--sendmail", deliver, "--workspace", ws)
    #expect(sent.status == 0, "\(sent.error)")
    let report = try json(sent)
    #expect((report["superseded"] as? [String])?.contains { $0.hasPrefix("outbox/notify/p001-") } == true, "\(report)")
    let messages = try FileManager.default.contentsOfDirectory(atPath: spool).map {
      String(decoding: convene.bytes(spool + "/" + $0), as: UTF8.self)
    }
    #expect(messages.contains { $0.contains("corrected.p001@example.org") })
    #expect(!messages.contains { $0.contains(old) })
  }

  /// The run says why the notice to the old address is dropped: not a change of status.
  @Test func aNoticeSupersededByACorrectedAddressIsReportedSo() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let (_, deliver) = try spoolDelivery(convene)
    #expect(try convene.run("notify", "--workspace", ws).status == 0)
    try convene.setCell(ws, id: "p001", "email", "corrected.p001@example.org")
    let again = try convene.run("notify", "--send", "--sendmail", deliver, "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    #expect(
      again.output.contains(
        "1 notice never sent was superseded (the person's status or address changed since) and will not be sent: outbox/notify/p001-"
      ), "\(again.output)")
  }

  /// Everyone told; then an address corrected: the new address has heard nothing, so the
  /// person's latest notice goes to it, once, whether the notices were sent by convene or
  /// written for the organiser to send.
  @Test func aPersonToldAtAnAddressCorrectedSinceIsToldAgainThere() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let (spool, deliver) = try spoolDelivery(convene)
    #expect(try convene.run("notify", "--send", "--sendmail", deliver, "--workspace", ws).status == 0)
    let delivered = try FileManager.default.contentsOfDirectory(atPath: spool).count
    try convene.setCell(ws, id: "p001", "email", "corrected.p001@example.org")
    try convene.setCell(ws, id: "p024", "email", "corrected.p024@example.org")
    let again = try convene.run("notify", "--send", "--sendmail", deliver, "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    #expect(again.output.contains("p001: confirmed -> outbox/notify/p001-confirmed-2.eml"), "\(again.output)")
    #expect(again.output.contains("p024: waitlisted (position 1) -> outbox/notify/p024-waitlisted-2.eml"), "\(again.output)")
    #expect(again.output.contains("Told again at an address corrected since their last notice: p001, p024."))
    let messages = try FileManager.default.contentsOfDirectory(atPath: spool).map {
      String(decoding: convene.bytes(spool + "/" + $0), as: UTF8.self)
    }
    #expect(messages.count == delivered + 2)
    #expect(messages.filter { $0.contains("corrected.p001@example.org") }.count == 1)
    #expect(messages.filter { $0.contains("corrected.p024@example.org") }.count == 1)
    let third = try convene.run("notify", "--send", "--sendmail", deliver, "--workspace", ws)
    #expect(third.output.hasPrefix("Nothing to send"), "\(third.output)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: spool).count == delivered + 2)
    // Written for the organiser to send: the same, from the files written.
    let organiser = ConveneRunner()
    let written = try organiser.copyExample("dakar-regional-workshop")
    #expect(try organiser.run("notify", "--workspace", written).status == 0)
    try organiser.setCell(written, id: "p001", "email", "corrected.p001@example.org")
    let rewritten = try organiser.run("notify", "--json", "--workspace", written)
    #expect((try json(rewritten)["readdressed"] as? [String]) == ["p001"], "\(rewritten.output)")
    let eml = String(decoding: organiser.bytes(written + "/outbox/notify/p001-confirmed-2.eml"), as: UTF8.self)
    #expect(eml.contains("<corrected.p001@example.org>\r\n"))
  }

  /// A place freed by hand (a status edited in participants.csv): no notice goes out, not even
  /// the cancellation, until the place is given to the first waiting.
  @Test func noNoticeGoesWhileAPlaceIsFreeForSomeoneWaiting() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(try convene.run("notify", "--workspace", ws).status == 0)
    try convene.setCell(ws, id: "p013", "status", "cancelled")
    let refused = try convene.run("notify", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains(
        "p024 is on the waiting list while a place is free for them: a waiting-list notice would say no place is free. Run `convene participants promote` first. Nothing was written."
      ), "\(refused.error)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/outbox/notify/p013-cancelled.eml"))
    #expect(try convene.run("participants", "promote", "--workspace", ws).status == 0)
    let told = try convene.run("notify", "--workspace", ws)
    #expect(told.output.contains("p013: cancelled -> outbox/notify/p013-cancelled.eml"), "\(told.output)")
    #expect(told.output.contains("p024: offered -> outbox/notify/p024-offered.eml"), "\(told.output)")
  }

  @Test func aDryRunWritesNothingAndNoticesNeedAValidParticipantsFile() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let dry = try convene.run("notify", "--dry-run", "--workspace", ws)
    #expect(dry.status == 0)
    #expect(dry.output.contains("Would write 58 notices to outbox/notify/ (1 registered, 54 confirmed, 3 waitlisted)."))
    #expect(!FileManager.default.fileExists(atPath: ws + "/outbox/notify"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/.convene/notifications.csv"))
    try convene.setCell(ws, id: "p002", "status", "maybe")
    let refused = try convene.run("notify", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(refused.error.contains("participants.csv:3: status"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/outbox/notify"))
  }
}

extension SendCrashTests {
  /// Kill -9 at random moments of `notify --send` (msmtp to a real SMTP server), then a
  /// clean run: no notice arrives twice, every notice recorded as sent arrived, and the one in
  /// hand at each kill is reported as uncertain, never sent blindly.
  @Test func killsDuringNotifySendingThenACleanRunSendEachNoticeAtMostOnceOrReportIt() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let crash = try SendingCrash(convene: convene, workspace: ws, command: "notify", ledger: "notifications")
    let kills = try crash.killRuns(times: 12, within: 150_000)
    #expect(kills == 12, "the runs finished sending after \(kills) kills")
    let ledger = try crash.cleanRunSendsEachMessageAtMostOnce(kills: kills)
    // One notice per person with an e-mail whose status calls for one.
    #expect(ledger.states.count == 58)
    #expect(Set(ledger.recipients.values).count == ledger.states.count)
  }
}
