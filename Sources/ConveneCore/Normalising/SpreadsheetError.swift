/// The error values spreadsheets write in a cell whose formula failed (`#VALUE!`, `#REF!`,
/// `#NAME?`, `#N/A`, `#DIV/0!`, `#NUM!`, `#NULL!` and the newer `#SPILL!`, `#CALC!`,
/// `#GETTING_DATA`, `#FIELD!`, `#BLOCKED!`, `#CONNECT!`, `#BUSY!`, `#UNKNOWN!`): saved as
/// CSV they are text, and no one's name, city or organisation.
public enum SpreadsheetError {
  /// The error values, upper case.
  public static let values: Set<String> = [
    "#VALUE!", "#REF!", "#NAME?", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA",
    "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!",
  ]

  /// True when a cell's bytes may hold an error value: its first byte other than a space is `#`.
  public static func mayBe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } == UInt8(ascii: "#")
  }

  /// The error value `text` is (trimmed, any case), or nil.
  public static func value(_ text: String) -> String? {
    let upper = text.trimmed.uppercased()
    return values.contains(upper) ? upper : nil
  }
}
