import ArgumentParser
import ConveneCore
import ConveneEvaluation
import ConveneJSON
import ConveneEvaluationRuns
import ConveneTemplates
import ConveneWorkspace
import Foundation

/// `convene attendance sheets|import|mark`.
struct AttendanceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attendance", abstract: "Sign-in sheets and who came to what (attendance.csv).",
    subcommands: [Sheets.self, Import.self, Mark.self])

  /// Writes printable sign-in sheets, one HTML file per day.
  struct Sheets: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write printable sign-in sheets: one HTML file per day, one page per session.",
      discussion: """
        Each page lists the people expected (sign-ups, speakers, moderators, cohorts and everyone \
        for plenaries; not those who declined the invitation) by name as registered, with their \
        participant number and a column to sign, and blank lines for people not on the list. \
        Sessions come from the latest release, or schedule.json.
        """)

    @Option(help: "The folder to write to (default: sign-in/ in the workspace).") var output:
      String?
    @Option(help: "The language of the headings: \(LanguagePack.codes.joined(separator: ", ")) (default: the event's first).")
    var lang: String?
    @Flag(help: "Show names as publish_name allows (for sheets left on a public table).")
    var `public` = false
    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
      try validateLanguage(lang)
    }

    func run() throws {
      let sheets = try AttendanceRun.writeSheets(
        in: options.open(), output: output, language: lang, publicNames: `public`,
        template: TemplateBundle.required("sign-in.html.mustache"), standard: EvaluationContext.standardEvaluation(),
        purpose: WorkspaceOptions.purpose)
      if !sheets.scheduled {
        Terminal.print("No schedule yet: the session pages are in unscheduled.html, without times.")
      }
      Terminal.print("Wrote \(sheets.files.count) sign-in file\(sheets.files.count == 1 ? "" : "s"):")
      for file in sheets.files { Terminal.print("  \(file.path) (\(file.pages) page\(file.pages == 1 ? "" : "s"))") }
    }
  }

  /// Reads sign-in data into attendance.csv.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract:
        "Record who signed in, from a CSV file (a scanned sheet typed up, a badge scanner, a meeting report).",
      discussion: """
        Rows are matched to participants by participant id, e-mail, or name and organisation. \
        Each row says its session (id or title) or day (a date or dayN) in a session or day \
        column, or --session applies to every row. A status column may say present or absent \
        (empty means present). Rows that match nobody are listed with their line and reason; \
        the others are recorded (with --strict, nothing is recorded unless every row matches).
        """)

    @Argument(
      help: "The sign-in file (CSV: comma, semicolon or tab; UTF-8, UTF-16 or a legacy code page found from its words).")
    var file: String
    @Option(help: "The session id, or a day (YYYY-MM-DD or dayN), for rows that do not say.")
    var session: String?
    @OptionGroup var encoding: EncodingOption
    @Option(help: ArgumentHelp("Read this sheet of an .xlsx workbook (needed when several hold cells).", valueName: "NAME"))
    var sheet: String?
    @Flag(help: "Record nothing unless every row matches.") var strict = false
    @Flag(help: "Show what would be recorded without writing attendance.csv.") var dryRun = false
    @OptionGroup var output: JSONOutputOption
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
      let imported = try AttendanceRun.importRecords(
        LocalFileSystem.bytes(ofFile: file), file: file, encoding: try encoding.sourceEncoding(), sheet: sheet,
        session: session,
        strict: strict,
        dryRun: dryRun, in: options.open(), standard: EvaluationContext.standardEvaluation(),
        purpose: WorkspaceOptions.purpose)
      let (result, refused) = (imported.result, imported.refused)
      if output.json {
        Terminal.print(
          JSONWriter.string(
            .object([
              ("file", .string(file)),
              ("recorded", .number(imported.written ? result.attendances : 0)),
              ("matched", .number(result.records.count)),
              ("header_line", .number(result.headerLine)),
              (
                "changed",
                .array(
                  imported.changed.map {
                    .object([
                      ("participant", .string($0.record.participant)), ("session", .string($0.record.session)),
                      ("before", .string($0.before.rawValue)), ("now", .string($0.record.status.rawValue)),
                    ])
                  })
              ),
              (
                "unmatched",
                .array(
                  result.unmatched.map {
                    .object([("line", .number($0.line)), ("reason", .string($0.reason))])
                  })
              ),
            ])), terminator: "")
      } else {
        let how = result.matchedBy.sorted { $0.key < $1.key }.map { "\($0.value) by \($0.key)" }
          .joined(separator: ", ")
        let verb = dryRun ? "Would record" : refused ? (strict ? "Recorded nothing (--strict);" : "Recorded nothing;") : "Recorded"
        let repeats = result.records.count - result.attendances
        let repeated = repeats == 0 ? "" : "; \(repeats) row\(repeats == 1 ? " repeats" : "s repeat") a person's earlier row"
        Terminal.print(
          "\(verb) \(result.attendances) attendance\(result.attendances == 1 ? "" : "s") from \(file)\(how.isEmpty ? "" : " (\(how))")\(repeated); \(result.unmatched.count) row\(result.unmatched.count == 1 ? "" : "s") not matched."
        )
        if let where_ = Self.tableRead(result) { Terminal.print(where_) }
        for (record, before) in imported.changed {
          Terminal.printLine(
            "  \(dryRun ? "would change" : "changed"): \(record.participant) at \(record.session), recorded \(before.rawValue) earlier, is now \(record.status.rawValue)")
        }
        for miss in result.unmatched { Terminal.printLine("  \(file):\(miss.line): \(miss.reason)") }
      }
      if refused {
        throw CommandFailure(
          result.records.isEmpty && !strict
            ? "no row could be recorded; attendance.csv is unchanged"
            : "\(result.unmatched.count) row(s) did not match; attendance.csv is unchanged")
      }
    }

    /// Where the rows were read, when not under a header on the first line: "Read the table
    /// under the header on line 10 (2. Participants); lines 1-9 before it and the table on line
    /// 19 (3. In-Meeting Activities) were left out."
    static func tableRead(_ result: AttendanceImport.Result) -> String? {
      guard result.preamble != nil || !result.leftOut.isEmpty else { return nil }
      let title = result.title.isEmpty ? "" : " (\(result.title))"
      var left: [String] = []
      if let preamble = result.preamble {
        left.append(preamble.count == 1 ? "line \(preamble.lowerBound) before it" : "lines \(preamble.lowerBound)-\(preamble.upperBound) before it")
      }
      left += result.leftOut.map { "the table on line \($0.line)\($0.title.isEmpty ? "" : " (\($0.title))")" }
      return "Read the table under the header on line \(result.headerLine)\(title); \(left.joined(separator: " and ")) left out."
    }
  }

  /// Records one person at one session or day.
  struct Mark: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record one participant at a session (or a day) by hand.")

    @Argument(help: "The participant id.") var participant: String
    @Option(help: "The session id, or a day (YYYY-MM-DD or dayN).") var session: String
    @Flag(help: "Record the person as absent instead of present.") var absent = false
    @Option(
      help:
        "The check-in time as written (default: now, in the event's time zone, on a day of the event; none on other days)."
    ) var at: String?
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
      let marked = try AttendanceRun.mark(
        participant, session: session, absent: absent, at: at, now: Date(), in: options.open(),
        standard: EvaluationContext.standardEvaluation(), purpose: WorkspaceOptions.purpose)
      let (target, time, now) = (marked.target, marked.checkedInAt, marked.localNow)
      Terminal.print(
        "Recorded \(participant) \(absent ? "absent from" : "present at") \(target)\(time.isEmpty ? "" : " (\(time))") in \(AttendanceFile.name)."
      )
      if let status = marked.statusWithoutPlace {
        Terminal.print("Note: \(participant) is \(status.rawValue) in participants.csv (no place held); recorded present all the same.")
      }
      if !absent && time.isEmpty {
        Terminal.print(
          "No check-in time was recorded: today (\(now.prefix(10))) is not \(LocalDate(target) == nil ? "a day of the event" : target); give --at \"YYYY-MM-DD HH:MM\" to record one."
        )
      }
    }
  }
}

extension AttendanceCommand.Import: JSONReporting {}
