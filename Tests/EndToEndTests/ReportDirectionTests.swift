import Foundation
import Testing

/// `report --lang ar` as the tester read it: numbers and ranges inside right-to-left text kept
/// left to right (age bands were shown `24-18`), the charts' labels clear of their bars, and the
/// standard indicators, genders, age limits and categories in every language of the table.
extension LanguageCommandTests {
  static let lri = "\u{2066}", fsi = "\u{2068}", pdi = "\u{2069}"

  @Test func theArabicReportIsolatesNumbersAndRangesAndNamesItsGroupsInArabic() throws {
    let ws = try runner.dakarAfterTheEvent()
    let result = try runner.run("report", "--lang", "ar", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    let (lri, fsi, pdi) = (Self.lri, Self.fsi, Self.pdi)
    let markdown = text(ws + "/reports/report.md")
    #expect(markdown.contains("(dakar-2027, ورشة عمل إقليمية, \(lri)2027-03-09 – 2027-03-10\(pdi))"))
    #expect(markdown.contains("| المشاركون المسجلون | \(lri)59 (n=59)\(pdi) |  |\n"), "\(markdown.prefix(1200))")
    #expect(markdown.contains("| نسبة الحضور (% من المؤكدين) | \(lri)94.4 (n=54)\(pdi) | \(lri)80.0\(pdi) |\n"))
    #expect(markdown.contains("| الرضا (المتوسط، \(lri)1-5\(pdi)) | "))
    #expect(markdown.contains("| الفئة العمرية: \(fsi)18-24\(pdi) | مخفي | مخفي |\n"))
    #expect(markdown.contains("| الفئة العمرية: \(fsi)65+\(pdi) | \(lri)12\(pdi) | \(lri)12\(pdi) |\n"))
    #expect(markdown.contains("| الجنس: \(fsi)امرأة\(pdi) | \(lri)25\(pdi) | \(lri)25\(pdi) |\n"))
    #expect(markdown.contains("| الفئة: \(fsi)المجتمع المدني\(pdi) | \(lri)10\(pdi) | \(lri)10\(pdi) |\n"))
    #expect(!markdown.contains("Participants registered") && !markdown.contains("prefer-not-to-say"))
    // Every isolate is closed.
    #expect(markdown.filter { $0 == "\u{2066}" || $0 == "\u{2068}" }.count == markdown.filter { $0 == "\u{2069}" }.count)

    let html = text(ws + "/reports/report.html")
    #expect(html.contains("<td>الفئة العمرية: <bdi>18-24</bdi></td>"))
    #expect(html.contains("<td>المشاركون المسجلون</td>"))
    #expect(html.contains("<td>الرضا (المتوسط، \(lri)1-5\(pdi))</td>"))
    #expect(html.contains("<figcaption>المعرفة قبل وبعد (المتوسط، \(lri)1-5\(pdi))</figcaption>"))
    for chart in ["chart-participation", "chart-funnel", "chart-satisfaction", "chart-knowledge"] {
      #expect(html.contains("id=\"\(chart)\" role=\"img\" aria-labelledby=\"\(chart)-title\" xmlns=\"http://www.w3.org/2000/svg\" direction=\"ltr\""))
    }
    // The attacker's audit still reads every value of the isolated report.
    let audit = try runner.run("report", "--lang", "ar", "--audit", "--workspace", ws)
    #expect(audit.status == 0, "\(audit.output)\(audit.error)")
  }

  @Test func groupsAndStandardIndicatorsSpeakFrenchSpanishAndPortuguese() throws {
    let ws = try runner.dakarAfterTheEvent()
    let expected: [(String, [String])] = [
      ("fr", ["(dakar-2027, Atelier régional, ", "| Participants inscrits |", "| Genre: femme |", "| Catégorie: Société civile |"]),
      ("es", ["(dakar-2027, Taller regional, ", "| Participantes inscritos |", ": mujer |", ": Sociedad civil |"]),
      ("pt", ["(dakar-2027, Oficina regional, ", "| Participantes inscritos |", ": mulher |", ": Sociedade civil |"]),
      ("en", ["(dakar-2027, Regional workshop, ", "| Participants registered |", "| Gender: woman |", "| Category: Civil society |"]),
    ]
    for (language, lines) in expected {
      let result = try runner.run(
        "report", "--lang", language, "--format", "md", "--output", runner.path(language), "--workspace", ws)
      #expect(result.status == 0, "\(result.error)")
      let markdown = text(runner.path(language) + "/report.md")
      for line in lines { #expect(markdown.contains(line), "\(language): \(line)") }
      #expect(!markdown.contains("\u{2066}") && !markdown.contains("\u{2068}"), "no isolates left to right")
    }
  }
}

extension BrowserTests {
  /// In Chromium: no chart label is drawn over a bar, and an age band reads 18 before 24.
  @Test func theArabicReportsChartsAndRangesReadRightInTheBrowser() throws {
    let ws = try runner.dakarAfterTheEvent()
    #expect(try runner.run("report", "--lang", "ar", "--workspace", ws).status == 0)
    let answer = try runBrowser(
      url: URL(fileURLWithPath: ws + "/reports/report.html").absoluteString, downloads: runner.path("dl"),
      steps: [
        """
        Array.from(document.querySelectorAll('svg.chart')).every(svg => {
          const bars = Array.from(svg.querySelectorAll('rect.bar')).map(r => r.getBoundingClientRect());
          return Array.from(svg.querySelectorAll('text.label')).every(t => {
            const a = t.getBoundingClientRect();
            return bars.every(b => a.right <= b.left + 0.5 || a.left >= b.right - 0.5 || a.bottom <= b.top + 0.5 || a.top >= b.bottom - 0.5);
          });
        })
        """,
        """
        (() => {
          const bdi = Array.from(document.querySelectorAll('bdi')).find(b => b.textContent === '18-24');
          const text = bdi.firstChild, range = document.createRange();
          const left = i => { range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().left; };
          return left(0) < left(1) && left(1) < left(3) && left(3) < left(4);
        })()
        """,
      ])
    let results = answer["results"] as? [Any] ?? []
    #expect(results.count == 2 && results[0] as? Bool == true, "a chart label overlaps a bar: \(results)")
    #expect(results.count == 2 && results[1] as? Bool == true, "18-24 is not read left to right: \(results)")
  }
}
