import Foundation
import Testing

/// Runs `Interop/browser.py` (Debian's headless Chromium, driven over a pipe) on a page with
/// the given steps (JavaScript expressions, or `screenshots(of:into:)`), and returns its JSON
/// answer.
func runBrowser(url: String, downloads: String, steps: [Any], pdf: String? = nil) throws
  -> [String: Any]
{
  let script = ConveneRunner.repository.appendingPathComponent(
    "Tests/EndToEndTests/Interop/browser.py"
  ).path
  guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else {
    Issue.record("chromium is missing: run `make test`, which installs it")
    return [:]
  }
  let stepsFile = FileManager.default.temporaryDirectory.appendingPathComponent(
    "steps-\(UUID().uuidString).json")
  try JSONSerialization.data(withJSONObject: steps).write(to: stepsFile)
  defer { try? FileManager.default.removeItem(at: stepsFile) }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
  process.arguments = [script, url, downloads, stepsFile.path] + (pdf.map { [$0] } ?? [])
  let output = Pipe()
  let error = Pipe()
  process.standardOutput = output
  process.standardError = error
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  let problem = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  guard process.terminationStatus == 0,
    let answer = try JSONSerialization.jsonObject(with: data) as? [String: Any]
  else {
    Issue.record("the browser run failed: \(problem)")
    return [:]
  }
  return answer
}

/// A browser step that captures every element matching `selector`, `scale` device pixels per
/// CSS pixel, as `folder/001.png`, `002.png`, ... in document order.
func screenshots(of selector: String, into folder: String, scale: Int = 3) -> [String: Any] {
  ["screenshots": selector, "folder": folder, "scale": scale]
}

/// The feedback form and the report in a real browser.
@Suite(.serialized) struct BrowserTests {
  let runner = ConveneRunner()

  @Test func aParticipantFillsInTheFormOfflineSavesItAndTheFileIsCollected() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    // The form is saved now, and feedback counts from the event's first day: the workshop is
    // moved to a year that has begun (a form saved before the event is a test answer).
    try runner.replace(ws, file: "event.json", "\"date\": \"2027-03-09\"", with: "\"date\": \"2026-03-09\"")
    try runner.replace(ws, file: "event.json", "\"date\": \"2027-03-10\"", with: "\"date\": \"2026-03-10\"")
    #expect(try runner.run("feedback", "form", "--lang", "fr", "--workspace", ws).status == 0)
    let downloads = runner.path("downloads")
    try FileManager.default.createDirectory(atPath: downloads, withIntermediateDirectories: true)
    let answer = try runBrowser(
      url: URL(fileURLWithPath: ws + "/forms/feedback-form-fr.html").absoluteString,
      downloads: downloads,
      steps: [
        // Saving with required answers missing names them and saves nothing.
        "document.getElementById('save').click(); document.getElementById('problems').textContent",
        "document.querySelectorAll('fieldset[aria-invalid=true]').length",
        """
        document.getElementById('participant').value = 'p007';
        document.querySelector('input[name=satisfaction][value="4"]').click();
        document.querySelector('input[name=recommend][value="9"]').click();
        document.querySelector('input[name=intend_to_act][value="yes"]').click();
        document.querySelector('input[name="usefulness:keynote"][value="5"]').click();
        document.querySelector('textarea[name=commitments]').value = 'Réunir les maires <b>chaque mois</b>';
        document.getElementById('save').click();
        document.getElementById('saved').textContent
        """,
      ])
    let results = answer["results"] as? [Any] ?? []
    #expect((results.first as? String)?.hasPrefix("Merci de répondre à :") == true)
    #expect(results.count > 1 && results[1] as? Int == 3)
    #expect((results.last as? String)?.contains("feedback-dakar-2027-p007.json") == true)
    #expect((answer["external_requests"] as? [String]) == [])
    let saved = try FileManager.default.contentsOfDirectory(atPath: downloads)
    #expect(saved == ["feedback-dakar-2027-p007.json"])
    let collected = try runner.run("feedback", "collect", downloads, "--workspace", ws)
    #expect(collected.output.contains("1 new"))
    let csv = String(decoding: runner.bytes(ws + "/feedback/feedback.csv"), as: UTF8.self)
    #expect(csv.contains(",p007,"))
    #expect(csv.contains("feedback-dakar-2027-p007.json,fr,4,"))
    #expect(csv.contains("Réunir les maires <b>chaque mois</b>"))
  }

  @Test func theArabicFormReadsRightToLeft() throws {
    let ws = try runner.copyExample("amman-global-summit")
    #expect(try runner.run("feedback", "form", "--lang", "ar", "--workspace", ws).status == 0)
    let answer = try runBrowser(
      url: URL(fileURLWithPath: ws + "/forms/feedback-form-ar.html").absoluteString,
      downloads: runner.path("dl"),
      steps: [
        "getComputedStyle(document.body).direction",
        "document.querySelectorAll('input[type=radio]').length > 100",
      ])
    #expect((answer["results"] as? [Any])?.first as? String == "rtl")
    #expect((answer["results"] as? [Any])?.last as? Bool == true)
  }

  @Test func theReportRendersItsChartsPrintsAndRunsNoScript() throws {
    let ws = try runner.dakarAfterTheEvent()
    #expect(try runner.run("report", "--workspace", ws).status == 0)
    let pdf = runner.path("report.pdf")
    let answer = try runBrowser(
      url: URL(fileURLWithPath: ws + "/reports/report.html").absoluteString,
      downloads: runner.path("dl"),
      steps: [
        "Array.from(document.querySelectorAll('svg.chart')).map(s => s.id).join(',')",
        "Array.from(document.querySelectorAll('svg.chart')).every(s => s.getBoundingClientRect().width > 300 && s.getBoundingClientRect().height > 50)",
        "Array.from(document.querySelectorAll('svg.chart')).map(s => s.querySelectorAll('rect.bar').length).every(n => n > 0)",
        "document.scripts.length",
      ], pdf: pdf)
    let results = answer["results"] as? [Any] ?? []
    #expect(
      results.first as? String
        == "chart-participation,chart-funnel,chart-satisfaction,chart-knowledge")
    #expect(results.count == 4 && results[1] as? Bool == true && results[2] as? Bool == true)
    #expect(results.last as? Int == 0)
    #expect((answer["external_requests"] as? [String]) == [])
    #expect(runner.bytes(pdf).prefix(5) == Data("%PDF-".utf8))
    #expect((answer["pdf_bytes"] as? Int ?? 0) > 10_000)
  }

  /// `letters visa --pdf` prints with headless Chromium; pdftotext reads the name back.
  @Test func aVisaLetterIsPrintedToPDFWithTheNameInIt() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    try runner.setCell(ws, id: "p030", "name", "Sofiane <b>Trabelsi</b>")
    let result = try runner.run("letters", "visa", "--for", "p030", "p045", "--pdf", "--date", "2027-01-10", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("p030 Sofiane <b>Trabelsi</b>: letters/visa/p030.html, letters/visa/p030.pdf"))
    let pdf = runner.bytes(ws + "/letters/visa/p030.pdf")
    #expect(pdf.prefix(5) == Data("%PDF-".utf8) && pdf.count > 5_000)
    let text = try pdfText(ws + "/letters/visa/p030.pdf")
    #expect(text.contains("Sofiane <b>Trabelsi</b>"))
    #expect(text.contains("Objet : lettre d'appui pour la demande de visa de Sofiane <b>Trabelsi</b>"))
    #expect(text.contains("MN3143793"))
    #expect(text.contains("Claire Dubois"))
    #expect(try pdfText(ws + "/letters/visa/p045.pdf").contains("Hamza Gharbi"))
  }

  /// The text of a PDF, by Debian's pdftotext (poppler-utils).
  func pdfText(_ path: String) throws -> String {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
      Issue.record("pdftotext is missing: run `make test`, which installs poppler-utils")
      return ""
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    process.arguments = ["-layout", path, "-"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
