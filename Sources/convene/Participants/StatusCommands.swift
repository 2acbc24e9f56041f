import ArgumentParser
import ConveneCore
import ConveneRegistration
import ConveneWorkspace

/// The shared body of `confirm`, `cancel`, `decline` and `promote`.
enum StatusCommandRunner {
  static func run(
    _ status: ParticipantStatus?, ids: [String], overCapacity: Bool, outOfTurn: Bool = false,
    options: WorkspaceOptions
  ) throws {
    let outcome = try StatusChange.run(
      status, ids: ids, overCapacity: overCapacity, outOfTurn: outOfTurn, in: options.open(),
      purpose: WorkspaceOptions.purpose)
    for (id, from) in outcome.changed { Terminal.print("\(id): \(from.rawValue) -> \(status!.rawValue)") }
    for id in outcome.alreadyThere { Terminal.print("\(id): already \(status!.rawValue)") }
    for id in outcome.promoted { Terminal.print("\(id): waitlisted -> registered (a place became free)") }
    if outcome.changed.isEmpty && outcome.promoted.isEmpty { Terminal.print("Nothing changed.") }
  }
}

/// `convene participants confirm ID...`.
struct ConfirmCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "confirm", abstract: "Confirm people's places (from invited, registered or the waitlist).")
  @Argument(help: "Participant ids.") var ids: [String]
  @Flag(help: "Confirm even when the event or the category is full.") var overCapacity = false
  @Flag(help: "Give a free place to these people although others wait for it ahead of them on the waitlist.")
  var outOfTurn = false
  @OptionGroup var options: WorkspaceOptions

  func validate() throws { if ids.isEmpty { throw ValidationError("name at least one participant id") } }
  func run() throws {
    try StatusCommandRunner.run(
      .confirmed, ids: ids, overCapacity: overCapacity, outOfTurn: outOfTurn, options: options)
  }
}

/// `convene participants cancel ID...`.
struct CancelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cancel", abstract: "Cancel people's registrations; freed places go to the waitlist.")
  @Argument(help: "Participant ids.") var ids: [String]
  @OptionGroup var options: WorkspaceOptions

  func validate() throws { if ids.isEmpty { throw ValidationError("name at least one participant id") } }
  func run() throws { try StatusCommandRunner.run(.cancelled, ids: ids, overCapacity: false, options: options) }
}

/// `convene participants decline ID...`.
struct DeclineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decline", abstract: "Record that people declined; freed places go to the waitlist.")
  @Argument(help: "Participant ids.") var ids: [String]
  @OptionGroup var options: WorkspaceOptions

  func validate() throws { if ids.isEmpty { throw ValidationError("name at least one participant id") } }
  func run() throws { try StatusCommandRunner.run(.declined, ids: ids, overCapacity: false, options: options) }
}

/// `convene participants promote`: fill free places (after raising capacity or a quota).
struct PromoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "promote", abstract: "Fill free places from the waitlist, in waitlist order.")
  @OptionGroup var options: WorkspaceOptions
  func run() throws { try StatusCommandRunner.run(nil, ids: [], overCapacity: false, options: options) }
}

/// `convene participants waitlist`: the waitlist in order.
struct WaitlistCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "waitlist", abstract: "Show the waitlist in the order places will be offered.")
  @OptionGroup var options: WorkspaceOptions

  func run() throws {
    let waiting = try ParticipantsLoader.load(options).filter { $0.status == .waitlisted }
    guard !waiting.isEmpty else {
      Terminal.print("The waitlist is empty.")
      return
    }
    Terminal.print(Terminal.table(
      ["#", "id", "name", "category", "organisation"],
      waiting.enumerated().map { [String($0.offset + 1), $0.element.id, $0.element.name, $0.element.category, $0.element.organisation] }))
  }
}
