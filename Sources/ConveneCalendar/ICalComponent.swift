import CLibical

#if canImport(Glibc)
  import Glibc
#endif

/// One libical component (a calendar, an event, a time zone...), owned by this object and
/// freed when it goes, unless it has been added to a parent, which then owns it.
final class ICalComponent {
  let pointer: OpaquePointer
  private var owned = true

  /// A new empty component of `kind`.
  init(_ kind: icalcomponent_kind) throws(ICalError) {
    icalerror_clear_errno()
    pointer = try ICalError.check(icalcomponent_new(kind), "create a component")
  }

  /// The component parsed from iCalendar text.
  init(parsing text: String) throws(ICalError) {
    icalerror_clear_errno()
    guard let parsed = icalparser_parse_string(text) else {
      icalerror_clear_errno()
      throw .unreadable("libical found no component in it")
    }
    icalerror_clear_errno()
    pointer = parsed
  }

  /// A view of a component owned by a parent: never freed here.
  private init(borrowing pointer: OpaquePointer) {
    self.pointer = pointer
    owned = false
  }

  deinit {
    if owned { icalcomponent_free(pointer) }
  }

  /// Adds `child`; this component owns it from now on.
  func add(_ child: ICalComponent) {
    icalcomponent_add_component(pointer, child.pointer)
    child.owned = false
  }

  /// Adds a property made by a libical constructor, with parameters; the component owns both.
  func add(_ property: OpaquePointer?, parameters: [OpaquePointer?] = [], _ action: String) throws(ICalError) {
    let property = try ICalError.check(property, action)
    for parameter in parameters {
      icalproperty_add_parameter(property, try ICalError.check(parameter, action))
    }
    icalcomponent_add_property(pointer, property)
  }

  /// The kind.
  var kind: icalcomponent_kind { icalcomponent_isa(pointer) }

  /// Direct children of a kind.
  func children(_ kind: icalcomponent_kind) -> [ICalComponent] {
    var result: [ICalComponent] = []
    var child = icalcomponent_get_first_component(pointer, kind)
    while let found = child {
      result.append(ICalComponent(borrowing: found))
      child = icalcomponent_get_next_component(pointer, kind)
    }
    return result
  }

  /// Every property of a kind.
  func properties(_ kind: icalproperty_kind) -> [OpaquePointer] {
    var result: [OpaquePointer] = []
    var property = icalcomponent_get_first_property(pointer, kind)
    while let found = property {
      result.append(found)
      property = icalcomponent_get_next_property(pointer, kind)
    }
    return result
  }

  /// The iCalendar text (CRLF line ends, folded at 75 octets by libical).
  func serialized() throws(ICalError) -> String {
    let text = try ICalError.check(icalcomponent_as_ical_string_r(pointer), "write the calendar")
    defer { free(text) }
    return String(cString: text)
  }

  /// libical's own iTIP restriction check: the problems it finds, in its words.
  func restrictionProblems() -> [String] {
    icalrestriction_check(pointer)
    defer { icalerror_clear_errno() }
    var problems: [String] = []
    func collect(_ component: OpaquePointer) {
      var property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY)
      while let found = property {
        problems.append(String(cString: icalproperty_get_xlicerror(found)))
        property = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)
      }
      var child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
      while let found = child {
        collect(found)
        child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
      }
    }
    collect(pointer)
    return problems
  }
}
