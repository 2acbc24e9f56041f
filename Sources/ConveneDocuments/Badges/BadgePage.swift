import ConveneCore
import Mustache

/// The printable HTML of a badge sheet (A4, two columns of four ISO/IEC 7810 CR100 badges,
/// 98.5 × 67 mm, with cut marks), from a Mustache template. Every text is escaped; names,
/// organisations and places take their own direction (`dir="auto"`, `<bdi>`), so that an
/// Arabic name reads right to left on a French sheet.
public enum BadgePage {
  /// The HTML of `sheet` for `event`, from `template` (`Templates/badges.html.mustache`).
  public static func html(_ sheet: BadgeSheet, event: Event, template: String) throws -> String {
    let labels = LabelSet(language: sheet.language, sections: ["badge"])
    let compiled = try MustacheTemplate(string: template)
    let pages: [[String: Any]] = sheet.pages.enumerated().map { number, badges in
      [
        "number": number + 1,
        "badges": badges.map { badge -> [String: Any] in
          [
            "participant": badge.participant, "name": badge.name, "nameSize": nameSize(badge.name),
            "organisation": badge.organisation, "city": badge.city, "country": badge.country,
            "hasCity": !badge.city.isEmpty && !badge.country.isEmpty,
            "category": badge.category, "background": badge.band.background,
            "text": badge.band.text,
            "languages": badge.languages, "hasLanguages": !badge.languages.isEmpty,
            "qr": badge.code.svg(label: badge.participant),
          ]
        },
      ]
    }
    let context: [String: Any] = [
      "lang": labels.language, "dir": labels.direction.rawValue, "event": event.title,
      "count": sheet.badges.count, "pages": pages, "labels": labels.words,
    ]
    return compiled.render(context)
  }

  /// The name's type size, so that a long name wraps onto two lines rather than being cut.
  static func nameSize(_ name: String) -> String {
    switch name.count {
    case ..<19: "large"
    case ..<31: "medium"
    default: "small"
    }
  }
}
