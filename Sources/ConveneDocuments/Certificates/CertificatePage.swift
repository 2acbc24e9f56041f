import ConveneCore
import Foundation
import Mustache

/// The printable HTML of one certificate of attendance (A4), from a Mustache template: the
/// person's name as registered, the event, the sessions attended with their date and time,
/// and the verification code. Every text is escaped; the name keeps its own direction.
public enum CertificatePage {
  /// The HTML of `certificate`, in `language`, from `template`
  /// (`Templates/certificate.html.mustache`). `schedule` gives the sessions' times.
  public static func html(
    _ certificate: CertificateIssue.Certificate, plan: EventPlan, schedule: ScheduleDocument?,
    language: String,
    template: String
  ) throws -> String {
    let person = certificate.attendance
    let labels = LabelSet(language: language, sections: ["certificate"]).speaking(ofA: person.participant.gender)
    let entries = Dictionary(
      (schedule?.sessions ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let sessions: [[String: Any]] =
      person.attended.map { session in
        let entry = entries[session.id]
        return [
          "title": session.title, "date": entry.map { $0.start.date.description } ?? "",
          "time": entry.map { "\($0.start.time)–\($0.end.time)" } ?? "",
          "start": entry?.start.minutesSinceEpoch ?? 0,
        ]
      }
      .sorted { ($0["start"] as? Int ?? 0) < ($1["start"] as? Int ?? 0) }
    let dates = plan.event.dates
    let organiser = [plan.event.organiser.name, plan.event.organiser.email].filter { !$0.isEmpty }
      .joined(separator: ", ")
    var words = labels.words
    words["share"] = labels["share"].replacingOccurrences(
      of: "{attended}", with: "\(person.attended.count)"
    )
    .replacingOccurrences(of: "{expected}", with: "\(max(person.slots, person.attended.count))")
    words["verify"] = labels["verify"].replacingOccurrences(of: "{organiser}", with: organiser)
    let context: [String: Any] = [
      "lang": labels.language, "dir": labels.direction.rawValue,
      "name": person.participant.name, "participant": person.participant.id,
      "organisation": person.participant.organisation,
      "event": plan.event.title,
      "dates": dates.isEmpty
        ? "" : dates.count == 1 ? "\(dates[0])" : "\(dates[0]) – \(dates[dates.count - 1])",
      "venue": plan.event.venues.first.map {
        [$0.name, $0.address].filter { !$0.isEmpty }.joined(separator: ", ")
      } ?? "",
      "organiser": plan.event.organiser.name,
      "sessions": sessions, "code": certificate.code.description, "labels": words,
    ]
    return try MustacheTemplate(string: template).render(context)
  }
}
