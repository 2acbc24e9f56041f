import ArgumentParser
import ConveneCore
import ConveneJSON
import ConveneLogistics
import ConveneTemplates
import Foundation

/// `convene letters visa`: visa support letters.
struct LettersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "letters", abstract: "Letters the organisers sign: visa support letters.",
    subcommands: [Visa.self])

  struct Visa: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a visa support letter for each confirmed participant whose travel.csv row says they need a visa.",
      discussion: """
        One letter per person, to letters/visa/ID.html (A4, for print), with --pdf also \
        ID.pdf printed by headless Chromium (no network). The letter carries the letterhead of \
        event.json, the person's name, nationality and passport as in travel.csv, and the \
        event's dates and venue. A letter is never made for someone who is not confirmed, or \
        without a passport number or nationality: the summary says so, person by person.
        """)

    @Option(
      name: .customLong("for"), parsing: .upToNextOption,
      help: "Participant ids (default: everyone whose travel.csv row says needs_visa yes).")
    var ids: [String] = []
    @Flag(help: "Also print each letter to PDF with headless Chromium.") var pdf = false
    @Option(
      help:
        "The letters' language (\(LanguagePack.codes.joined(separator: ", ")); default: the event's first language)."
    )
    var lang: String?
    @Option(help: "The letters' date (YYYY-MM-DD; default: today on this computer).") var date: String?
    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var output: JSONOutputOption

    func validate() throws {
      try validateLanguage(lang)
      if let date, LocalDate(date) == nil {
        throw ValidationError("--date must be a date such as 2027-01-10 (not \"\(date)\")")
      }
    }

    func run() throws {
      let printer = pdf ? try requirePrinter() : nil
      let day = date.flatMap(LocalDate.init) ?? .today
      let outcome = try VisaLetterRun(requested: ids, language: lang, date: day, printer: printer)
        .run(
          in: options.open(), purpose: WorkspaceOptions.purpose,
          template: TemplateBundle.required("letters/visa.html.mustache"))
      if output.json {
        Terminal.print(JSONWriter.string(Self.json(outcome)), terminator: "")
      } else {
        for made in outcome.made {
          Terminal.print("\(made.participant) \(made.name): \(made.files.joined(separator: ", "))")
        }
        for refused in outcome.refused {
          Terminal.print("\(refused.participant) \(refused.name): no letter: \(refused.reason)")
        }
        for stale in outcome.stale {
          Terminal.print("\(stale) was written earlier for someone who no longer gets a letter: it was left; delete it if it must not be used.")
        }
        Terminal.print(
          outcome.made.isEmpty && outcome.refused.isEmpty
            ? "Nobody in travel.csv needs a visa."
            : "\(count(outcome.made.count, "letter")) written to letters/visa/; \(outcome.refused.count) without a letter.")
        for problem in outcome.unprinted {
          Terminal.error("not printed: \(problem.participant): \(problem.reason)")
        }
      }
      if !outcome.unprinted.isEmpty || (!ids.isEmpty && !outcome.refused.isEmpty) {
        throw CommandFailure.alreadyReported()
      }
    }

    static func json(_ outcome: VisaLetterRun.Outcome) -> JSONNode {
      .object([
        (
          "letters",
          .array(
            outcome.made.map {
              .object([("participant", .string($0.participant)), ("files", .strings($0.files))])
            })
        ),
        (
          "refused",
          .array(
            outcome.refused.map {
              .object([("participant", .string($0.participant)), ("reason", .string($0.reason))])
            })
        ),
        (
          "unprinted",
          .array(
            outcome.unprinted.map {
              .object([("participant", .string($0.participant)), ("reason", .string($0.reason))])
            })
        ),
        ("stale", .strings(outcome.stale)),
      ])
    }
  }
}

extension LettersCommand.Visa: JSONReporting {}
