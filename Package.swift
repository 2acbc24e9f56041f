// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "convene",
  products: [
    .executable(name: "convene", targets: ["convene"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
  ],
  targets: [
    // RFC 4180 CSV: text decoding (UTF-8/16, legacy code pages through iconv, chosen by plausibility),
    // strict UTF-8 for workspace files, delimiter detection, formula-safe writing.
    .target(name: "ConveneCSV"),
    // JSON documents whose values remember their line, and a stable pretty printer.
    .target(name: "ConveneJSON"),
    // The pure domain model: event, rooms, participants, sessions, sign-ups, time windows, findings.
    .target(name: "ConveneCore"),
    // Workspace files <-> domain model, the file system seam, atomic writes and the workspace lock.
    .target(name: "ConveneWorkspace", dependencies: ["ConveneCore", "ConveneCSV", "ConveneJSON"]),
    // The planning timeline: each task of tasks.csv done, due or late on a given day, with what
    // the workspace shows (pure).
    .target(name: "ConvenePlanning", dependencies: ["ConveneCore"]),
    // Scheduling: the constraint catalogue, the score checker and the solver (pure).
    .target(name: "ConveneScheduling", dependencies: ["ConveneCore"]),
    // QR codes (ISO/IEC 18004 Model 2, byte mode, level M, versions 1-40) as module matrices and SVG (pure).
    .target(name: "ConveneQR", dependencies: ["ConveneCore"]),
    // SHA-256 and HMAC-SHA256 (FIPS 180-4, RFC 2104), pure: the certificates' verification codes.
    .target(name: "ConveneHMAC"),
    // Cross-file validation of a workspace (`convene check`).
    .target(name: "ConveneCheck", dependencies: ["ConveneCore", "ConveneScheduling"]),
    // Registration: importing form exports, quotas, waitlist, listings and statistics.
    .target(
      name: "ConveneRegistration", dependencies: ["ConveneCore", "ConveneCSV", "ConveneWorkspace", "ConveneSpreadsheet"]),
    // Evaluation: attendance, feedback collection, indicators and small-group suppression (pure).
    .target(
      name: "ConveneEvaluation", dependencies: ["ConveneCore", "ConveneCSV", "ConveneJSON", "ConveneHMAC", "ConveneSpreadsheet"]),
    // The attacker's audit of published reports: every relation the files imply, solved in
    // whole numbers, to find any hidden small group that arithmetic recovers.
    // Optimised even in debug builds: its exact search runs in the test suite and `make demo`,
    // where unoptimised code is some thirty times slower.
    .target(
      name: "ConveneDisclosureAudit", dependencies: ["ConveneCSV", "ConveneJSON", "CLPSolve"],
      swiftSettings: [.unsafeFlags(["-O"])]),
    // lp_solve (Debian's liblpsolve55-dev, a static library): whole-number linear programs.
    .systemLibrary(name: "CLPSolve", providers: [.apt(["liblpsolve55-dev"])]),
    // Reports (of an event and of the network), feedback and follow-up forms and sign-in sheets:
    // CSV, JSON, Markdown and HTML with inline SVG.
    .target(
      name: "ConveneReports",
      dependencies: [
        "ConveneCore", "ConveneCSV", "ConveneJSON", "ConveneEvaluation", "ConveneNetwork",
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    // Attendance, feedback and the M&E report as workspace transactions (load, compute and write
    // under one hold of the lock): sign-in sheets, attendance.csv, the feedback forms and
    // feedback/feedback.csv, the reports with their audit and each event's disclosure record;
    // the network report, its audit and the network folder's record of what it showed; and
    // `check`'s gathering of every finding, which reads what all of these modules read.
    .target(
      name: "ConveneEvaluationRuns",
      dependencies: [
        "ConveneCore", "ConveneCSV", "ConveneWorkspace", "ConveneCheck", "ConveneEvaluation", "ConveneReports",
        "ConveneDisclosureAudit", "ConveneReleases", "ConveneNetwork", "ConveneRegistration", "ConveneSpreadsheet",
      ]),
    // Printable documents as workspace transactions: badge sheets with QR codes, certificates of
    // attendance with verification codes (and their `verify`), PDF through headless Chromium
    // (run like the mail program: its own process group, watched by ConveneProcess's watchdog).
    .target(
      name: "ConveneDocuments",
      dependencies: [
        "ConveneCore", "ConveneCSV", "ConveneWorkspace", "ConveneCheck", "ConveneEvaluation", "ConveneQR",
        "ConveneHMAC", "ConveneProcess", .product(name: "Mustache", package: "swift-mustache"),
      ]),
    // Travel and logistics: rooming lists, airport pick-ups, dietary and access counts (through
    // the disclosure control), visa support letters (HTML, and PDF through headless Chromium).
    .target(
      name: "ConveneLogistics",
      dependencies: [
        "ConveneCore", "ConveneCSV", "ConveneJSON", "ConveneWorkspace", "ConveneCheck", "ConveneEvaluation",
        "ConveneDocuments", .product(name: "Mustache", package: "swift-mustache"),
      ]),
    // libical (Debian's libical-dev), reached through pkg-config.
    .systemLibrary(name: "CLibical", pkgConfig: "libical", providers: [.apt(["libical-dev"])]),
    // iCalendar: a small owning Swift layer over libical, time zones, invitations and the ledger.
    .target(name: "ConveneCalendar", dependencies: ["ConveneCore", "ConveneCSV", "CLibical"]),
    // E-mail: header values that cannot inject headers, RFC 6047 calendar e-mails, and the mail
    // program run in its own process group, watched so that it dies with convene.
    .target(name: "ConveneMail", dependencies: ["ConveneCore", "ConveneProcess"]),
    // Child programs (the mail program, the PDF browser): started with posix_spawn in a process
    // group of their own, waited for without polling, and ended with convene by a watchdog.
    .target(name: "ConveneProcess", dependencies: ["ConveneCore", "CConveneProcess"]),
    // pipe2 and posix_spawn's closefrom, which Swift's Glibc module leaves out (GNU extensions).
    .target(name: "CConveneProcess"),
    // Agendas: by day and room, personal and public, as Markdown, CSV, JSON and HTML.
    .target(
      name: "ConveneAgenda",
      dependencies: [
        "ConveneCore", "ConveneCSV", "ConveneJSON", "ConveneWorkspace",
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    // Scheduling, publishing and invitations as workspace transactions (load, compute and write
    // under one hold of the lock): the invitation ledger and its delivery journal, the outbox,
    // sending, and rsvp.csv.
    .target(
      name: "ConveneReleases",
      dependencies: [
        "ConveneCore", "ConveneCSV", "ConveneWorkspace", "ConveneCheck", "ConveneScheduling", "ConveneCalendar",
        "ConveneMail", "ConveneProcess", "ConveneAgenda", "ConveneRegistration", "ConvenePlanning",
        "ConveneDisclosureAudit",
      ]),
    // Starter files for `convene init` and the Mustache templates, shipped as resources.
    .target(
      name: "ConveneTemplates", path: "Templates", exclude: ["README.md"],
      resources: [
        .copy("workspaces"), .copy("agenda.html.mustache"), .copy("invitation"), .copy("notify"), .copy("letters"),
        .copy("logistics.html.mustache"), .copy("report.html.mustache"),
        .copy("feedback-form.html.mustache"), .copy("sign-in.html.mustache"), .copy("badges.html.mustache"),
        .copy("certificate.html.mustache"), .copy("network-report.html.mustache"), .copy("network"),
      ]),
    // The network across events and years: member cities, the results framework, help-desk
    // requests, the follow-up of commitments, city records and the framework's indicators.
    .target(
      name: "ConveneNetwork",
      dependencies: ["ConveneCore", "ConveneCSV", "ConveneJSON", "ConveneWorkspace", "ConveneEvaluation", "ConveneCheck"]),
    // zlib (Debian's zlib1g-dev), reached through pkg-config.
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // Import files: .xlsx workbooks (a zip reader over zlib, XML through Foundation) and text exports.
    .target(name: "ConveneSpreadsheet", dependencies: ["ConveneCore", "ConveneCSV", "CZlib"]),
    // The `convene` command-line tool: argument parsing and rendering only.
    .executableTarget(
      name: "convene",
      dependencies: [
        "ConveneCore", "ConveneCSV", "ConveneJSON", "ConveneWorkspace", "ConveneCheck",
        "ConveneRegistration", "ConveneScheduling", "ConveneAgenda", "ConveneCalendar", "ConveneTemplates",
        "ConveneEvaluation", "ConveneReports", "ConveneDisclosureAudit", "ConveneMail", "ConveneProcess",
        "ConveneReleases", "ConveneSpreadsheet", "ConveneDocuments", "ConvenePlanning", "ConveneLogistics",
        "ConveneNetwork", "ConveneEvaluationRuns",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    .testTarget(name: "ConveneCSVTests", dependencies: ["ConveneCSV"]),
    .testTarget(name: "ConveneQRTests", dependencies: ["ConveneQR", "ConveneTestSupport"], exclude: ["Reference"]),
    .testTarget(name: "ConveneHMACTests", dependencies: ["ConveneHMAC"]),
    .testTarget(
      name: "ConveneDocumentsTests",
      dependencies: ["ConveneDocuments", "ConveneCore", "ConveneEvaluation", "ConveneWorkspace", "ConveneQR", "ConveneTemplates"]),
    .testTarget(name: "ConveneJSONTests", dependencies: ["ConveneJSON", "ConveneTestSupport"]),
    .testTarget(name: "ConveneSpreadsheetTests", dependencies: ["ConveneSpreadsheet", "ConveneCSV", "CZlib"]),
    .testTarget(name: "ConveneCalendarTests", dependencies: ["ConveneCalendar", "ConveneCore"]),
    .testTarget(name: "ConveneMailTests", dependencies: ["ConveneMail", "ConveneCore"]),
    .testTarget(name: "ConveneProcessTests", dependencies: ["ConveneProcess"]),
    .testTarget(
      name: "ConveneReleasesTests",
      dependencies: ["ConveneReleases", "ConveneCalendar", "ConveneWorkspace", "ConveneCore", "ConveneAgenda"]),
    .testTarget(name: "ConveneAgendaTests", dependencies: ["ConveneAgenda", "ConveneCore", "ConveneTemplates"]),
    .testTarget(name: "ConveneCoreTests", dependencies: ["ConveneCore"]),
    .testTarget(
      name: "ConveneSchedulingTests", dependencies: ["ConveneScheduling", "ConveneCore", "ConveneWorkspace"]),
    // Test doubles shared by the test targets: the file system in memory.
    .target(name: "ConveneTestSupport", dependencies: ["ConveneCore", "ConveneWorkspace"], path: "Tests/ConveneTestSupport"),
    .testTarget(
      name: "ConveneWorkspaceTests", dependencies: ["ConveneWorkspace", "ConveneCore", "ConveneTestSupport"]),
    .testTarget(
      name: "ConveneCheckTests", dependencies: ["ConveneCheck", "ConveneWorkspace", "ConveneCore"]),
    .testTarget(
      name: "ConveneRegistrationTests",
      dependencies: ["ConveneRegistration", "ConveneCore", "ConveneCSV", "ConveneTestSupport"]),
    .testTarget(
      name: "ConveneEvaluationTests", dependencies: ["ConveneEvaluation", "ConveneCore", "ConveneCSV", "ConveneTestSupport"]),
    .testTarget(
      name: "ConveneEvaluationRunsTests",
      dependencies: [
        "ConveneEvaluationRuns", "ConveneEvaluation", "ConveneWorkspace", "ConveneCore", "ConveneTemplates",
        "ConveneTestSupport", "ConveneNetwork", "ConveneReports",
      ]),
    .testTarget(
      name: "ConveneReportsTests",
      dependencies: ["ConveneReports", "ConveneEvaluation", "ConveneCore", "ConveneCSV", "ConveneTemplates", "ConveneNetwork"]),
    // The attacker's audit, shown to catch leaks and run on generated events with many small
    // groups (alone, rolled up, reported again).
    .testTarget(
      name: "ConveneDisclosureAuditTests",
      dependencies: [
        "ConveneDisclosureAudit", "ConveneEvaluation", "ConveneReports", "ConveneCore",
        "ConveneTemplates", "ConveneWorkspace", "ConveneScheduling", "ConveneNetwork",
        "ConveneTestSupport",
      ],
      exclude: ["Fixtures"]),
    .testTarget(name: "ConvenePlanningTests", dependencies: ["ConvenePlanning", "ConveneCore"]),
    .testTarget(
      name: "ConveneLogisticsTests",
      dependencies: ["ConveneLogistics", "ConveneCore", "ConveneEvaluation", "ConveneTemplates", "ConveneWorkspace"]),
    .testTarget(
      name: "ConveneNetworkTests",
      dependencies: [
        "ConveneNetwork", "ConveneEvaluation", "ConveneWorkspace", "ConveneCore", "ConveneCSV", "ConveneTestSupport",
        "ConveneDisclosureAudit", "ConveneReports",
      ]),
    // End-to-end runs of the built `convene` binary over Examples/ and bad inputs.
    .testTarget(
      name: "EndToEndTests", dependencies: ["convene", "ConveneCalendar", "ConveneSpreadsheet", "ConveneFuzzTargets", "ConveneQR"],
      exclude: ["Interop"]),
  ]
)

// Fuzzing (Fuzz/README.md): the fuzz targets, one per reader, are a library that the seeded
// mutation test uses too; the libFuzzer executable that runs them is declared only when
// CONVENE_FUZZ is set, so that the normal build never compiles it. Scripts/fuzz.sh builds it
// with `-sanitize=fuzzer` into .build-fuzz.
package.targets += [
  .target(
    name: "ConveneFuzzTargets",
    dependencies: [
      "ConveneCore", "ConveneCSV", "ConveneJSON", "ConveneWorkspace", "ConveneCheck",
      "ConveneRegistration", "ConveneScheduling", "ConveneAgenda", "ConveneCalendar",
      "ConveneEvaluation", "ConveneReports", "ConvenePlanning", "ConveneLogistics", "ConveneReleases", "ConveneNetwork",
    ],
    path: "Fuzz/Sources/ConveneFuzzTargets"),
  // Seeded mutations of every example file through the readers, in-process and through the binary.
  .testTarget(
    name: "RobustnessTests", dependencies: ["ConveneFuzzTargets"]),
]
if Context.environment["CONVENE_FUZZ"] != nil {
  package.targets.append(
    .executableTarget(
      name: "convene-fuzz", dependencies: ["ConveneFuzzTargets"], path: "Fuzz/Sources/convene-fuzz",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
