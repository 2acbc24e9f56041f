import Foundation
import Testing

/// `convene plan`: the timeline of the Dakar workshop on given days, as text, JSON and to-dos.
@Suite struct PlanCommandTests {
  func json(_ result: ConveneRunner.Result) throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
      "\(result.error)")
  }

  func statuses(_ report: [String: Any]) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: (report["tasks"] as! [[String: Any]]).map {
        ($0["id"] as! String, $0["status"] as! String)
      })
  }

  @Test func eachTaskIsDoneDueOrLateAndTheWorkspaceShowsWhatWasDone() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = try json(try convene.run("plan", "--json", "--today", "2027-01-26", "--workspace", ws))
    #expect(before["today"] as? String == "2027-01-26" && before["language"] as? String == "fr")
    var status = statuses(before)
    #expect(status["venue-booked"] == "done" && status["travel-booked"] == "done")
    #expect(status["registration-opened"] == "done" && status["registration-closed"] == "done")
    #expect(status["interpreters-booked"] == "late" && status["visa-letters"] == "late")
    #expect(status["registrants-told"] == "late")
    #expect(status["schedule-published"] == "due" && status["invitations-sent"] == "due")
    #expect(before["late"] as? Int == 3 && before["done"] as? Int == 4 && before["due"] as? Int == 10)
    let first = (before["tasks"] as! [[String: Any]])[0]
    #expect(first["id"] as? String == "venue-booked" && first["due"] as? String == "2026-11-17")
    #expect(first["task"] as? String == "Réserver le lieu" && first["done_on"] as? String == "2026-11-05")
    #expect(first["days"] as? Int == -70 && first["seen"] as? Bool == false)

    // The organisers tell everyone, write the visa letters, publish and send the invitations.
    #expect(try convene.run("notify", "--send", "--sendmail", "cat > /dev/null", "--workspace", ws).status == 0)
    #expect(try convene.run("letters", "visa", "--date", "2027-01-20", "--workspace", ws).status == 0)
    #expect(try convene.run("schedule", "--iterations", "2000", "--workspace", ws).status == 0)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    let after = try json(try convene.run("plan", "--json", "--today", "2027-01-27", "--workspace", ws))
    status = statuses(after)
    #expect(status["registrants-told"] == "done" && status["visa-letters"] == "done")
    #expect(status["schedule-published"] == "done")
    #expect(status["invitations-sent"] == "late")
    let seen = (after["tasks"] as! [[String: Any]]).first { $0["id"] as? String == "visa-letters" }!
    #expect(seen["seen"] as? Bool == true && seen["evidence"] as? String == "lettres de visa : 8 sur 8")
    #expect(try convene.run("invite", "--send", "--sendmail", "cat > /dev/null", "--workspace", ws).status == 0)
    #expect(statuses(try json(try convene.run("plan", "--json", "--today", "2027-01-27", "--workspace", ws)))["invitations-sent"] == "done")

    let text = try convene.run("plan", "--today", "2027-01-27", "--lang", "en", "--workspace", ws)
    #expect(text.status == 0)
    #expect(text.output.hasPrefix("Planning timeline — Atelier régional"))
    #expect(text.output.contains("2027-01-12  late    Book the interpreters"))
    #expect(text.output.contains("15 days late"))
    #expect(text.output.contains("2027-01-26  done    Send the calendar invitations"))
    #expect(text.output.hasSuffix("(today: 2027-01-27)\n"))
  }

  /// Evidence is read the way the commands that own it read it: `{}` is no release, an empty
  /// report.html no report; a done date still to come is a typo that `check` reports and
  /// `plan` does not count.
  @Test func onlyRealEvidenceAndPastDoneDatesCountAsDone() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    try FileManager.default.createDirectory(atPath: ws + "/releases", withIntermediateDirectories: true)
    try "{}".write(toFile: ws + "/releases/v1.json", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: ws + "/reports", withIntermediateDirectories: true)
    try "".write(toFile: ws + "/reports/report.html", atomically: true, encoding: .utf8)
    try "event,indicator\nother,x\n".write(toFile: ws + "/reports/indicators.csv", atomically: true, encoding: .utf8)
    // venue-booked marked done on a day after --today (2027-01-26): 2072 for 2027.
    try convene.setCell(ws, file: "tasks.csv", id: "venue-booked", "done", "2072-11-05")
    var status = statuses(try json(try convene.run("plan", "--json", "--today", "2027-01-26", "--workspace", ws)))
    #expect(status["schedule-published"] == "due")
    #expect(status["venue-booked"] == "late")
    let late = try convene.run("plan", "--json", "--today", "2027-06-26", "--workspace", ws)
    status = statuses(try json(late))
    #expect(status["report-written"] == "late")
    let check = try convene.run("check", "--workspace", ws)
    // `{}` is no release, which `check` reports too (publish and agenda could not read it).
    #expect(check.status == 1)
    #expect(check.output.contains("error: releases/v1.json:1: sessions: must be a list"), "\(check.output)")
    #expect(
      check.output.contains(
        "warning: tasks.csv:2: done: the task \"venue-booked\" is marked done on 2072-11-05, which is after today"
      ), "\(check.output)")
    // Real evidence counts.
    try FileManager.default.removeItem(atPath: ws + "/releases")
    #expect(try convene.run("schedule", "--iterations", "2000", "--workspace", ws).status == 0)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    status = statuses(try json(try convene.run("plan", "--json", "--today", "2027-01-26", "--workspace", ws)))
    #expect(status["schedule-published"] == "done")
  }

  /// The to-dos parse with the Python round trip (icalendar) and validation (vobject).
  @Test func theTasksAreToDosForTheOrganisersCalendar() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let result = try convene.run("plan", "--format", "ics", "--today", "2027-01-26", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    let file = try convene.write(result.output, to: "plan.ics")
    let parsed = try parseWithPython([file])[file] ?? [:]
    let todos = parsed["todos"] as? [[String: Any]] ?? []
    #expect(todos.count == 17)
    let venue = todos.first { $0["uid"] as? String == "venue-booked@plan.dakar-2027.convene" }
    #expect(venue?["due"] as? String == "2026-11-17" && venue?["status"] as? String == "COMPLETED")
    #expect(venue?["completed"] as? String == "2026-11-05T12:00:00Z" && venue?["summary"] as? String == "Réserver le lieu")
    let interpreters = todos.first { $0["uid"] as? String == "interpreters-booked@plan.dakar-2027.convene" }
    #expect(interpreters?["status"] as? String == "NEEDS-ACTION" && interpreters?["completed"] is NSNull)
    let seen = todos.first { $0["uid"] as? String == "registration-opened@plan.dakar-2027.convene" }
    #expect(seen?["status"] as? String == "COMPLETED" && seen?["description"] as? String == "events team\n59 inscrits")
    // The same UIDs every time, so that a calendar updates the tasks rather than adding them.
    let again = try convene.run("plan", "--format", "ics", "--today", "2027-02-26", "--workspace", ws)
    func uids(_ text: String) -> [String] { text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
    #expect(uids(again.output) == uids(result.output))
    // Made as of --today: the same input gives the same bytes.
    #expect(result.output.contains("DTSTAMP:20270126T000000Z\r\n"))
    #expect(try convene.run("plan", "--format", "ics", "--today", "2027-01-26", "--workspace", ws).output == result.output)
    #expect(try convene.run("plan", "--format", "ics", "--lang", "ar", "--workspace", ws).output.contains("SUMMARY:حجز المكان"))
  }

  @Test func aNewWorkspaceHasItsKindsTaskListAndABrokenListIsRefusedByCheckAndPlan() throws {
    let convene = ConveneRunner()
    #expect(try convene.run("init", "web", "--kind", "webinar", "--start", "2027-06-01").status == 0)
    let plan = try json(try convene.run("plan", "--json", "--today", "2027-05-10", "--workspace", convene.path("web")))
    #expect((plan["tasks"] as! [[String: Any]]).map { $0["id"] as! String }.first == "registration-opened")
    #expect(plan["late"] as? Int == 1)
    let ws = try convene.copyExample("dakar-regional-workshop")
    try convene.setCell(ws, file: "tasks.csv", id: "interpreters-booked", "offset", "-8 weeks")
    try convene.setCell(ws, file: "tasks.csv", id: "venue-booked", "auto", "venue-signed")
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(check.output.contains("error: tasks.csv:5: offset: \"-8 weeks\" is not an offset from the event"))
    #expect(check.output.contains("error: tasks.csv:2: auto: \"venue-signed\" is not something convene can see"))
    let refused = try convene.run("plan", "--workspace", ws)
    #expect(refused.status == 1 && refused.error.contains("tasks.csv:5: offset"))
    #expect(try convene.run("plan", "--today", "tomorrow", "--workspace", ws).status == 2)
    try FileManager.default.removeItem(atPath: ws + "/tasks.csv")
    let none = try convene.run("plan", "--workspace", ws)
    #expect(none.status == 1 && none.error.contains("tasks.csv: no task list"))
  }
}
