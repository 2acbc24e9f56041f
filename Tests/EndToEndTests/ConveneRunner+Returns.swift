import Testing

extension ConveneRunner {
  /// A copy of the Dakar example with its attendance and feedback recorded.
  func dakarAfterTheEvent() throws -> String {
    try copyPrepared("dakar after the event") { try $0.makeDakarAfterTheEvent() }
    return path("ws")
  }

  /// Makes in this runner's folder, as `ws`, what `dakarAfterTheEvent` copies.
  func makeDakarAfterTheEvent() throws {
    let ws = try copyExample("dakar-regional-workshop")
    #expect(
      try run(
        "attendance", "import", example("returns/dakar/sign-in-day1.csv"), "--session",
        "day1", "--workspace", ws
      ).status == 0)
    #expect(
      try run(
        "attendance", "import", example("returns/dakar/badge-scans.csv"), "--workspace", ws
      ).status == 0)
    #expect(
      try run(
        "feedback", "collect", example("returns/dakar/feedback"), "--workspace", ws
      ).status == 0)
  }

  /// A copy of the Dakar example scheduled (a fixed seed) and published as release 1.
  func dakarWithReleaseOne() throws -> String {
    try copyPrepared("dakar release 1") { maker in
      let ws = try maker.copyExample("dakar-regional-workshop")
      #expect(try maker.run("schedule", "--iterations", "3000", "--seed", "3", "--workspace", ws).status == 0)
      #expect(try maker.run("publish", "--workspace", ws).status == 0)
    }
    return path("ws")
  }
}
