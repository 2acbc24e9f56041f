import ConveneCore
import ConveneEvaluationRuns
import ConveneTemplates
import ConveneTestSupport
import ConveneWorkspace
import Testing

/// `feedback form|collect` as transactions, on the Dakar example in memory.
@Suite struct FeedbackRunTests {
  let dakar: DakarInMemory

  init() throws { dakar = try DakarInMemory() }

  @Test func collectingTheSameFilesTwiceChangesNothing() throws {
    let first = try dakar.collectFeedback()
    #expect(first.written && first.outcome.added > 0 && first.outcome.added == first.outcome.responses.count)
    let recorded = try #require(dakar.text("feedback/feedback.csv"))
    let again = try dakar.collectFeedback()
    #expect(again.outcome.added == 0 && again.outcome.replaced == 0 && again.outcome.unchanged > 0)
    #expect(dakar.text("feedback/feedback.csv") == recorded)
  }

  @Test func aStrictCollectWithARejectedFileRecordsNothing() throws {
    let returned = InMemoryFileSystem([
      "/in/broken.json": "{\"form\": ", "/in/.hidden/x.json": "{}", "/in/more/also-broken.json": "[",
    ])
    let collected = try FeedbackRun.collect(
      "/in", from: returned, columnMap: [:], strict: true, dryRun: false, in: dakar.workspace,
      standard: DakarInMemory.standard(), purpose: "test")
    #expect(collected.files == 2)
    #expect(collected.outcome.rejections.map(\.source) == ["broken.json", "more/also-broken.json"])
    #expect(collected.refused && !collected.written)
    #expect(dakar.files.writes.isEmpty)
  }

  @Test func aMissingFolderIsNamed() throws {
    #expect(throws: CommandFailure("/nowhere: no such folder")) {
      try FeedbackRun.collect(
        "/nowhere", from: InMemoryFileSystem(), columnMap: [:], strict: false, dryRun: false, in: dakar.workspace,
        standard: DakarInMemory.standard(), purpose: "test")
    }
  }

  @Test func aCollectUnderAHeldLockStopsWithExitCode3() throws {
    let lock = try dakar.holdLock()
    defer { lock.release() }
    #expect {
      try dakar.collectFeedback()
    } throws: { error in
      (error as? any ConveneError)?.exitCode == 3
    }
    #expect(dakar.files.writes.isEmpty)
  }

  @Test func theFormIsWrittenInEachLanguageOfTheEventWithTheTemplate() throws {
    let forms = try FeedbackRun.writeForms(
      in: dakar.workspace, output: nil, language: nil,
      template: try #require(TemplateBundle.text(of: "feedback-form.html.mustache")),
      standard: DakarInMemory.standard(), purpose: "test")
    #expect(
      forms.files == [
        dakar.path("forms/feedback-form-fr.html"), dakar.path("forms/feedback-form-en.html"), dakar.path("forms/feedback-template.csv"),
      ])
    #expect(dakar.text("forms/feedback-form-fr.html")?.contains("lang=\"fr\"") == true)
  }
}
