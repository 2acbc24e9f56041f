import Testing

@testable import ConveneCore

@Suite struct EmailAddressTests {
  @Test func normalisesWhatFormsProduce() {
    #expect(EmailAddress.normalised("  Aicha.Kone@Example.ORG ") == "aicha.kone@example.org")
    #expect(EmailAddress.normalised("mailto:x@example.org") == "x@example.org")
    #expect(EmailAddress.normalised("<x@example.org>") == "x@example.org")
  }

  @Test(arguments: ["not-an-email", "a@b", "a@@b.org", "a b@c.org", "a@b..org", "a@b.org;c@d.org", "@b.org"])
  func rejectsWhatIsNotAnAddress(text: String) {
    #expect(EmailAddress.normalised(text) == nil)
  }

  @Test(arguments: [
    (".ann@x.org", EmailAddress.SyntaxProblem.localDots), ("ann.@x.org", .localDots), ("ann..lee@x.org", .localDots),
    ("an\"n@x.org", .localCharacter("\"")), ("ann@[127.0.0.1]", .addressLiteral), ("ann@localhost", .domainDots),
    ("ann@x..org", .domainDots), ("ann@x.org.", .domainDots), ("ann@-x.org", .domainLabel("-x")),
    ("ann@x-.org", .domainLabel("x-")), ("ann@x_y.org", .domainLabel("x_y")), ("ann@x.o", .topLevel("o")),
    ("ann@10.0.0.1", .topLevel("1")), ("ann@" + String(repeating: "a", count: 64) + ".org", .domainLabel(String(repeating: "a", count: 64))),
  ])
  func refusesWhatMailServersRefuse(address: String, problem: EmailAddress.SyntaxProblem) {
    #expect(EmailAddress.syntaxProblem(in: address) == problem)
    #expect(EmailAddress.normalised(address) == nil)
  }

  @Test(arguments: [
    "ann@x.org", "ann.lee+events@x-y.example.org", "o'neil@x.org", "ann@xn--caf-dma.fr", "ann@café.fr", "ann_lee@x.io",
    "ann@x.co.uk", "a@b.cd",
  ])
  func acceptsWhatMailServersDeliver(address: String) {
    #expect(EmailAddress.syntaxProblem(in: address) == nil)
    #expect(EmailAddress.normalised(address) == address)
  }

  /// The Turkish dotted capital `İ` lowers to a plain `i`, never to `i` with a combining dot;
  /// an address holding a mark over a Latin letter is no address (so `check` names it).
  @Test func aDottedCapitalIBecomesAPlainI() {
    #expect(EmailAddress.normalised("İBRAHİM@example.org") == "ibrahim@example.org")
    #expect(EmailAddress.normalised("ibrahim@example.org")?.unicodeScalars.contains("\u{307}") == false)
    #expect(!EmailAddress.isValid("i\u{307}brahi\u{307}m@example.org"))
    #expect(EmailAddress.normalised("i\u{307}brahim@example.org") == nil)
    #expect(EmailAddress.markOnASCII(in: "jose\u{301}@example.org") == "\u{301}")
    // A mark over a letter of its own script is how that script is written.
    #expect(EmailAddress.isValid("मनीषा@उदाहरण.भारत"))
  }
}
