import CLibical
import ConveneCore

/// A libical failure, in words.
public enum ICalError: ConveneError, Sendable, Equatable, CustomStringConvertible {
  /// libical reported an error code (its own name for it) while doing `action`.
  case libical(code: String, action: String)
  /// A calendar could not be read.
  case unreadable(String)

  public var description: String {
    switch self {
    case .libical(let code, let action): "libical failed to \(action): \(code)"
    case .unreadable(let reason): "not a readable iCalendar file: \(reason)"
    }
  }

  public var exitCode: Int32 { 1 }
  public var message: String { "cannot write the calendar: \(description)" }

  /// Returns `pointer`, or throws with libical's current error when it is nil or an error is
  /// set; the error state is cleared either way.
  static func check<T>(_ pointer: T?, _ action: String) throws(ICalError) -> T {
    let code = icalerrno_return().pointee
    defer { icalerror_clear_errno() }
    if code != ICAL_NO_ERROR || pointer == nil {
      let name = String(cString: icalerror_strerror(code == ICAL_NO_ERROR ? ICAL_INTERNAL_ERROR : code))
      throw .libical(code: name, action: action)
    }
    return pointer!
  }
}
