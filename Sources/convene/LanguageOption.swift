import ArgumentParser
import ConveneCore

/// Refuses a `--lang` convene does not speak, naming the ones it does.
func validateLanguage(_ lang: String?) throws {
  guard let lang, LanguagePack.named(lang) == nil else { return }
  throw ValidationError("--lang must be one of \(LanguagePack.codes.joined(separator: ", ")) (not \"\(lang)\")")
}
