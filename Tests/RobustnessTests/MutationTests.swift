import ConveneFuzzTargets
import Foundation
import Testing

/// Seeded mutations of every example workspace file and export, run in-process through the
/// reader that reads it and on through what the commands do with what it read (the fuzz
/// targets of `Fuzz/`). A crash anywhere kills the test run, so passing means none of these
/// inputs crashed.
@Suite struct MutationTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// Each file and the target that reads it, relative to the repository.
  static let inputs: [(target: String, file: String)] = [
    ("event", "Examples/dakar-regional-workshop/event.json"),
    ("event", "Examples/amman-global-summit/event.json"),
    ("rooms", "Examples/dakar-regional-workshop/rooms.csv"),
    ("participants", "Examples/dakar-regional-workshop/participants.csv"),
    ("sessions", "Examples/dakar-regional-workshop/sessions.csv"),
    ("signups", "Examples/dakar-regional-workshop/signups.csv"),
    ("tasks", "Examples/dakar-regional-workshop/tasks.csv"),
    ("travel", "Examples/dakar-regional-workshop/travel.csv"),
    ("notifications", "Fuzz/seeds/notifications/notifications.csv"),
    ("attendance", "Fuzz/seeds/attendance/attendance.csv"),
    ("feedback", "Fuzz/seeds/feedback/feedback.csv"),
    ("schedule", "Fuzz/seeds/schedule/schedule.json"),
    ("release", "Fuzz/seeds/release/v1.json"),
    ("ledger", "Fuzz/seeds/ledger/invitations.csv"),
    ("rsvp-ics", "Fuzz/seeds/rsvp-ics/reply.ics"),
    ("registration-import", "Examples/registrations/google-forms-fr.csv"),
    ("registration-import", "Examples/registrations/kobotoolbox.csv"),
    ("registration-import", "Examples/registrations/excel-windows-1252.csv"),
    ("registration-import", "Examples/registrations/excel-unicode-text.txt"),
    ("attendance-import", "Examples/returns/dakar/sign-in-day1.csv"),
    ("attendance-import", "Examples/returns/dakar/badge-scans.csv"),
    ("feedback-export", "Examples/returns/dakar/feedback/google-forms-fr.csv"),
    ("feedback-export", "Examples/returns/dakar/feedback/kobotoolbox.csv"),
    ("feedback-form", "Examples/returns/dakar/feedback/forms/feedback-dakar-2027-p019.json"),
    ("network", "Examples/network/network.json"),
    ("cities", "Examples/network/cities.csv"),
    ("framework", "Examples/network/framework.json"),
    ("requests", "Examples/network/requests.csv"),
    ("followup", "Fuzz/seeds/followup/followup.csv"),
    ("followup-form", "Examples/returns/dakar/followup-late/followup-dakar-2027-p020.json"),
    ("followup-export", "Examples/returns/dakar/followup/google-forms-fr.csv"),
    ("followup-export", "Examples/returns/amman/followup/kobotoolbox.csv"),
    ("json", "Examples/amman-global-summit/event.json"),
    ("csv", "Examples/amman-global-summit/sessions.csv"),
  ]

  /// Mutations per file; every `followedThrough`-th goes on through what the commands do with
  /// the file (scheduling, agendas, invitations, reports), the others through the readers and
  /// `check` only.
  static let mutations = 40
  static let followedThrough = 20

  @Test(arguments: inputs.indices)
  func mutatedFilesNeverCrash(index: Int) throws {
    FuzzTargets.repository = Self.repository
    let (target, file) = Self.inputs[index]
    let original = try #require(FileManager.default.contents(atPath: "\(Self.repository)/\(file)"))
    var mutator = Mutator(seed: 0xC0_4E4E + UInt64(index))
    #expect(FuzzTargets.run(target, Array(original)))
    for round in 0..<Self.mutations {
      // Every fifth input carries several mutations at once.
      var bytes = mutator.mutate(Array(original))
      if round % 5 == 4 { for _ in 0..<3 { bytes = mutator.mutate(bytes) } }
      FuzzTargets.run(target, bytes, depth: round % Self.followedThrough == 0 ? .commands : .readers)
    }
  }

  /// Every input the fuzzers found crashing once, in `Fuzz/regressions/TARGET/`, runs again.
  @Test func inputsThatOnceCrashedNoLongerDo() throws {
    FuzzTargets.repository = Self.repository
    let folder = "\(Self.repository)/Fuzz/regressions"
    var count = 0
    for target in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
      for name in try FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(target)").sorted() {
        let bytes = try #require(FileManager.default.contents(atPath: "\(folder)/\(target)/\(name)"))
        #expect(FuzzTargets.run(target, Array(bytes)), "no fuzz target \(target)")
        count += 1
      }
    }
    #expect(count > 0)
  }
}
