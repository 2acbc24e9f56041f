/// The colour of each default category's band on a badge, and the colour of the text on it:
/// fixed, so that a colour means the same at every event, and chosen so that the text on the
/// band has a contrast of at least 4.5:1 (WCAG 2 level AA). The band also names the category,
/// so that colour is never the only sign.
public enum CategoryColours {
  /// A band's background and text colours (`#RRGGBB`).
  public struct Band: Sendable, Equatable {
    public var background: String
    public var text: String
  }

  /// The bands of the network's default categories, by category id.
  public static let defaults: [String: Band] = [
    "mayor": Band(background: "#A4161A", text: "#FFFFFF"),  // red
    "local-official": Band(background: "#1D4E89", text: "#FFFFFF"),  // blue
    "youth": Band(background: "#17752F", text: "#FFFFFF"),  // green
    "civil-society": Band(background: "#6A3D9A", text: "#FFFFFF"),  // purple
    "national-government": Band(background: "#00606B", text: "#FFFFFF"),  // teal
    "multilateral": Band(background: "#F2C14E", text: "#000000"),  // yellow
    "private-sector": Band(background: "#B34700", text: "#FFFFFF"),  // orange
    "practitioner": Band(background: "#7A4A2A", text: "#FFFFFF"),  // brown
    "media": Band(background: "#A81C6B", text: "#FFFFFF"),  // magenta
    "network-staff": Band(background: "#1F1F1F", text: "#FFFFFF"),  // black
  ]

  /// The band of a category an event adds of its own (or of a person without one): grey.
  public static let other = Band(background: "#5A5A5A", text: "#FFFFFF")

  /// The band of `category`.
  public static func band(_ category: String) -> Band { defaults[category] ?? other }
}
