import Foundation
import Testing

/// `convene followup form` and `followup collect` through the binary, on the Dakar example and
/// its returns.
@Suite struct FollowupCommandTests {
  let runner = ConveneRunner()

  @Test func oneFormPerCommitmentShowingItEscapedInTheParticipantsLanguage() throws {
    let ws = try runner.dakarAfterTheEvent()
    let result = try runner.run("followup", "form", "--after-months", "4", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("4 months after the event (2027-07-10)"))
    let folder = ws + "/followup/forms"
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
    let pages = files.filter { $0.hasSuffix(".html") }
    // One page per participant whose kept feedback holds a commitment.
    let feedback = String(decoding: runner.bytes(ws + "/feedback/feedback.csv"), as: UTF8.self)
    #expect(pages.count > 10 && files.contains("recipients.csv") && files.contains("followup-template.csv"))
    let recipients = String(decoding: runner.bytes(folder + "/recipients.csv"), as: UTF8.self)
    #expect(recipients.hasPrefix("participant,name,email,language,form,due\r\n"))
    #expect(recipients.split(separator: "\r\n").count == pages.count + 1)
    // The summary counts the forms it does not list as forms, and names the two other files.
    #expect(result.output.contains("Wrote \(pages.count) follow-up forms for dakar-2027"))
    #expect(result.output.contains("  ... and \(pages.count - 3) more forms (recipients.csv says who gets which)\n"))
    #expect(result.output.contains("followup/forms/followup-template.csv\n") && result.output.contains("followup/forms/recipients.csv\n"))
    // p019 speaks Arabic and French, the event French and English: the form is in French.
    let page = String(decoding: runner.bytes(folder + "/followup-dakar-2027-p019.html"), as: UTF8.self)
    #expect(feedback.contains(",p019,"))
    #expect(page.contains("<html lang=\"fr\" dir=\"ltr\">"))
    // The commitment of the response kept (the later of p019's two).
    #expect(page.contains("<blockquote class=\"commitment\">Créer un conseil consultatif des jeunes dans ma ville</blockquote>"))
    #expect(page.contains("data-format=\"convene-followup/1\"") && page.contains("data-due=\"2027-07-10\""))
    #expect(page.contains("<input type=\"hidden\" id=\"participant\" name=\"participant\" value=\"p019\">"))
    #expect(!page.contains("<script src") && !page.contains("src=\"http") && !page.contains("href=\"http"))
    let template = String(decoding: runner.bytes(folder + "/followup-template.csv"), as: UTF8.self)
    #expect(template == "event,participant,email,submitted_at,status,changes,obstacles,support\r\n")
  }

  @Test func anArabicFormReadsRightToLeftAndEscapesTheCommitment() throws {
    let ws = try runner.dakarAfterTheEvent()
    let returned = runner.path("returned")
    try FileManager.default.createDirectory(atPath: returned, withIntermediateDirectories: true)
    let form = """
      { "format": "convene-feedback/1", "event": "dakar-2027", "participant": "p007", "submitted_at": "2027-03-12T18:00:00Z",
        "answers": { "satisfaction": 4, "recommend": 9, "intend_to_act": "yes", "commitments": "<script>alert(1)</script> إنشاء مجلس" } }
      """
    _ = try runner.write(form, to: "returned/feedback-dakar-2027-p007.json")
    #expect(try runner.run("feedback", "collect", returned, "--workspace", ws).status == 0)
    #expect(try runner.run("followup", "form", "--lang", "ar", "--workspace", ws).status == 0)
    let page = String(decoding: runner.bytes(ws + "/followup/forms/followup-dakar-2027-p007.html"), as: UTF8.self)
    #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; إنشاء مجلس"))
    #expect(!page.contains("<script>alert"))
    #expect(page.contains("أين وصل هذا الالتزام اليوم؟"))
  }

  @Test func anEventWithoutACommitmentQuestionHasNothingToFollowUp() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let event = ws + "/event.json"
    var document = try JSONSerialization.jsonObject(with: runner.bytes(event)) as! [String: Any]
    var evaluation = document["evaluation"] as! [String: Any]
    evaluation["indicators"] = (evaluation["indicators"] as! [[String: Any]]).filter { $0["measure"] as? String != "answered" }
    document["evaluation"] = evaluation
    try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: event))
    let result = try runner.run("followup", "form", "--workspace", ws)
    #expect(result.status == 1)
    #expect(result.error.contains("event.json: the evaluation has no commitment question"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/followup"))
  }

  @Test func collectingKeepsTheLatestAnswerListsRejectsAndChangesNothingTheSecondTime() throws {
    let ws = try runner.dakarAfterTheEvent()
    let first = try runner.run("followup", "collect", runner.example("returns/dakar/followup"), "--workspace", ws)
    #expect(first.status == 0, "\(first.error)")
    #expect(first.output.contains("12 new"))
    #expect(first.output.contains("6 rejected"))
    #expect(first.output.contains("p005 made no commitment at dakar-2027 to follow up"))
    #expect(first.output.contains("followup-dakar-2027-broken.json: not valid JSON"))
    #expect(first.output.contains("not after the event ended (2027-03-10T17:00:00Z, the end of 2027-03-10 where it is held)"))
    #expect(first.output.contains("unknown participant \"p999\""))
    #expect(first.output.contains("google-forms-fr.csv:7: status: \"Peut-être\" is not one of"))
    let file = ws + "/followup/followup.csv"
    let afterFirst = runner.bytes(file)
    let late = try runner.run("followup", "collect", runner.example("returns/dakar/followup-late"), "--workspace", ws)
    #expect(late.output.contains("1 replaced by a later answer"))
    let afterLate = runner.bytes(file)
    #expect(afterLate != afterFirst)
    let again = try runner.run("followup", "collect", runner.example("returns/dakar/followup-late"), "--workspace", ws)
    #expect(again.output.contains("0 new, 0 replaced") && again.output.contains("(unchanged)"))
    #expect(runner.bytes(file) == afterLate)
    #expect(try runner.run("check", "--workspace", ws).status == 0)
    let csv = String(decoding: afterLate, as: UTF8.self)
    #expect(csv.hasPrefix("response,participant,submitted_at,source,language,status,changes,obstacles,support\r\n"))
    #expect(csv.contains(",in-progress,") && csv.contains(",done,"))
    #expect(!csv.contains("Réalisé") && !csv.contains("En cours"))
  }

  @Test func strictAndDryRunWriteNothing() throws {
    let ws = try runner.dakarAfterTheEvent()
    let strict = try runner.run("followup", "collect", runner.example("returns/dakar/followup"), "--strict", "--workspace", ws)
    #expect(strict.status == 1 && strict.error.contains("followup/followup.csv is unchanged"))
    let dry = try runner.run(
      "followup", "collect", runner.example("returns/dakar/followup"), "--dry-run", "--json", "--workspace", ws)
    #expect(dry.status == 0)
    let answer = try JSONSerialization.jsonObject(with: Data(dry.output.utf8)) as? [String: Any]
    #expect(answer?["written"] as? Bool == false && answer?["added"] as? Int == 12)
    #expect((answer?["rejected"] as? [Any])?.count == 6)
    #expect(!FileManager.default.fileExists(atPath: ws + "/followup/followup.csv"))
  }

  @Test func aHeldLockStopsFormAndCollectAndLeavesTheFilesAlone() throws {
    let ws = try runner.dakarAfterTheEvent()
    #expect(try runner.run("followup", "collect", runner.example("returns/dakar/followup"), "--workspace", ws).status == 0)
    let before = runner.bytes(ws + "/followup/followup.csv")
    let lock = try runner.holdLock(ws, note: "\(ProcessInfo.processInfo.processIdentifier) feedback collect\n")
    defer { close(lock) }
    let collect = try runner.run("followup", "collect", runner.example("returns/dakar/followup-late"), "--workspace", ws)
    #expect(collect.status == 3 && collect.error.contains("in use by another convene command"))
    #expect(try runner.run("followup", "form", "--workspace", ws).status == 3)
    #expect(runner.bytes(ws + "/followup/followup.csv") == before)
    #expect(!FileManager.default.fileExists(atPath: ws + "/followup/forms"))
  }

  @Test func aBrokenFollowupFileIsReportedByCheckAndRefusedByCollect() throws {
    let ws = try runner.dakarAfterTheEvent()
    try FileManager.default.createDirectory(atPath: ws + "/followup", withIntermediateDirectories: true)
    let broken = "response,participant,submitted_at,source,language,status\r\nf1,p019,2027-07-10T10:00:00Z,x.json,en,finished\r\nf2,../x,,,,done\r\n"
    _ = try broken.write(toFile: ws + "/followup/followup.csv", atomically: true, encoding: .utf8)
    let check = try runner.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(check.output.contains("followup/followup.csv:2: status: \"finished\" is not one of done, in-progress, not-started, dropped"))
    #expect(check.output.contains("followup/followup.csv:3: participant:"))
    let collect = try runner.run("followup", "collect", runner.example("returns/dakar/followup"), "--workspace", ws)
    #expect(collect.status == 1)
    #expect(runner.bytes(ws + "/followup/followup.csv") == Data(broken.utf8))
  }
}
