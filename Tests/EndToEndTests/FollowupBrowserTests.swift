import Foundation
import Testing

/// The follow-up form in a real browser (part of the serialized browser suite).
extension BrowserTests {
  @Test func aParticipantAnswersTheFollowUpOfflineAndTheFileIsCollected() throws {
    let ws = try runner.dakarAfterTheEvent()
    #expect(try runner.run("followup", "form", "--workspace", ws).status == 0)
    let downloads = runner.path("followup-downloads")
    try FileManager.default.createDirectory(atPath: downloads, withIntermediateDirectories: true)
    let answer = try runBrowser(
      url: URL(fileURLWithPath: ws + "/followup/forms/followup-dakar-2027-p019.html").absoluteString,
      downloads: downloads,
      steps: [
        // The status is required: saving without it names it and saves nothing.
        "document.getElementById('save').click(); document.getElementById('problems').textContent",
        "document.querySelector('blockquote.commitment').textContent",
        // The follow-up is answered months after the event (this machine's clock may say otherwise).
        """
        Date.prototype.toISOString = function () { return '2027-07-12T10:00:00.000Z'; };
        document.querySelector('input[name=status][value="in-progress"]').click();
        document.querySelector('textarea[name=changes]').value = 'Le conseil des jeunes se réunit depuis mai';
        document.querySelector('textarea[name=support]').value = 'Un échange avec une autre ville';
        document.getElementById('save').click();
        document.getElementById('saved').textContent
        """,
      ])
    let results = answer["results"] as? [Any] ?? []
    #expect((results.first as? String)?.contains("Où en est cet engagement aujourd'hui ?") == true)
    #expect(results.count > 1 && results[1] as? String == "Créer un conseil consultatif des jeunes dans ma ville")
    #expect((results.last as? String)?.contains("followup-dakar-2027-p019.json") == true)
    #expect((answer["external_requests"] as? [String]) == [])
    let saved = try FileManager.default.contentsOfDirectory(atPath: downloads)
    #expect(saved == ["followup-dakar-2027-p019.json"])
    let file = try JSONSerialization.jsonObject(with: runner.bytes(downloads + "/" + (saved.first ?? ""))) as? [String: Any]
    #expect(file?["format"] as? String == "convene-followup/1" && file?["due"] as? String == "2027-07-10")
    let collected = try runner.run("followup", "collect", downloads, "--workspace", ws)
    #expect(collected.output.contains("1 new"), "\(collected.output)")
    let csv = String(decoding: runner.bytes(ws + "/followup/followup.csv"), as: UTF8.self)
    #expect(csv.contains(",p019,") && csv.contains(",in-progress,Le conseil des jeunes se réunit depuis mai,,Un échange avec une autre ville"))
  }
}
