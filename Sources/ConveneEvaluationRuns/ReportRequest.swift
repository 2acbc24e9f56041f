/// What the organiser asked of a report command: which files, where, in which language, and
/// whether to attack the report first. `Format` is the command's own kind of file.
public struct ReportRequest<Format: Sendable>: Sendable {
  /// The files to write, in this order.
  public var formats: [Format]
  /// The folder to write to (nil: the command's default, `reports/` in the workspace or the
  /// network folder, or `network-report/` in the workspace for a roll-up of events).
  public var output: String?
  /// The language of the headings (nil: the first language of the event or network).
  public var language: String?
  /// Attack the report, with the reports already published, before writing it.
  public var audit: Bool
  /// The HTML report's Mustache template.
  public var template: String

  /// The request as the command's options give it.
  public init(formats: [Format], output: String?, language: String?, audit: Bool, template: String) {
    self.formats = formats
    self.output = output
    self.language = language
    self.audit = audit
    self.template = template
  }
}
