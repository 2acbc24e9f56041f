#!/usr/bin/env python3
"""Regenerates Sources/ConveneCore/Reference/{CountryTable,LanguageTable}.swift.

Country and language codes, and the English and French names, come from the ISO 3166-1 and
ISO 639 data shipped by PyPI's `pycountry`; the names in every other language convene speaks
(the `code:` of each file in Sources/ConveneCore/Languages/) come from Unicode CLDR as shipped
by PyPI's `babel`, which also gives CLDR's English and French names as further spellings. The
regions are the network's own grouping, and the aliases the spellings people write, below.
Run: python3 -m pip install pycountry babel && python3 Scripts/generate-reference-data.py
"""
import gettext, pathlib, re, sys, unicodedata
import pycountry
from babel import Locale

REGIONS = {
    "East and Southern Africa": "AO BI BW CD CG DJ ER ET KE KM LS MG MW MU MZ NA RW SC SO SS SZ TZ UG ZA ZM ZW YT RE SH",
    "West and Central Africa": "BJ BF CV CM CF TD CI GQ GA GM GH GN GW LR ML MR NE NG ST SN SL TG",
    "Middle East and North Africa": "DZ BH EG IR IQ IL JO KW LB LY MA OM PS QA SA SD SY TN TR AE YE EH",
    "Europe": "AL AD AT BY BE BA BG HR CY CZ DK EE FI FR DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA FO GI GG IM JE AX GL SJ",
    "Central Asia and Caucasus": "AM AZ GE KZ KG TJ TM UZ",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "East Asia and Pacific": "AU BN KH CN FJ HK ID JP KI KP KR LA MO MY MH FM MN MM NR NZ PW PG PH WS SG SB TW TH TL TO TV VU VN AS CK GU MP NC NU NF PF PN TK WF CX CC",
    "North America": "CA US BM PM UM",
    "Latin America and the Caribbean": "AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT UY VE AI AW BQ VG KY CW GF GP MQ MS PR BL MF SX TC VI FK GS",
}
ALIASES = {
    "GB": ["UK", "United Kingdom", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Royaume-Uni", "Angleterre"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "RDC", "RD Congo", "Congo-Kinshasa", "Congo, Democratic Republic of the", "Congo RDC", "República Democrática do Congo"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville", "Rép. du Congo"],
    "TZ": ["Tanzania", "Tanzania, United Republic of"], "RU": ["Russia", "Russie"], "KR": ["South Korea", "Korea", "Corée du Sud", "Korea, Republic of"],
    "KP": ["North Korea", "Korea, Democratic People's Republic of"], "SY": ["Syria", "Syrie"], "IR": ["Iran", "Iran, Islamic Republic of"], "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos", "Lao People's Democratic Republic"], "MD": ["Moldova", "Moldova, Republic of"], "BO": ["Bolivia", "Bolivie", "Bolivia (Estado Plurinacional de)", "Bolivia, Plurinational State of"],
    "VE": ["Venezuela", "Venezuela (República Bolivariana de)", "Venezuela, Bolivarian Republic of"],
    "MK": ["Macedonia", "North Macedonia", "Macédoine du Nord", "Macédoine"],
    "XK": ["Kosovo"], "TR": ["Turkey", "Türkiye", "Turquie"], "CZ": ["Czech Republic", "Czechia", "Tchéquie"],
    "SZ": ["Swaziland", "Eswatini"], "CV": ["Cape Verde", "Cabo Verde"], "MM": ["Burma", "Myanmar"],
    "TW": ["Taiwan"], "BN": ["Brunei"], "FM": ["Micronesia"], "NL": ["Holland", "The Netherlands"],
    "GM": ["The Gambia", "Gambia"], "BS": ["The Bahamas"], "VA": ["Vatican", "Holy See"],
    "TL": ["East Timor", "Timor Leste"],
    "LB": ["Liban"], "JO": ["Jordanie"], "MA": ["Maroc"], "TN": ["Tunisie"], "DZ": ["Algérie"],
    "EG": ["Egypte", "Égypte"], "KE": ["Kenya"], "CM": ["Cameroun"], "SN": ["Sénégal"],
    # with Spanish and Portuguese spellings beyond CLDR's
    "US": ["USA", "United States of America", "Etats-Unis", "America", "EE. UU.", "EEUU", "EUA", "Estados Unidos da América"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Costa de Marfil", "Cote d Ivoire", "RCI"], "SA": ["KSA", "Arabia Saudita"],
    "GF": ["Guyane"],
    # short names people write in French and Portuguese
    "CF": ["Centrafrique", "RCA"], "BF": ["Burkina"], "GN": ["Guinée Conakry", "Guiné Conacri"],
    "DO": ["Rep. Dominicana", "Dominicana"], "ST": ["Sao Tome", "São Tomé"], "MU": ["Île Maurice", "Ile Maurice"],
    "PS": ["Palestine", "State of Palestine", "Territoires palestiniens", "Palestina"],
    "AE": ["UAE", "EAU", "Emirates", "Emiratos", "Emirados"],
}
# Arabic spellings beyond CLDR's: official and everyday names of the network's countries.
ARABIC_ALIASES = {
    "JO": ["المملكة الأردنية الهاشمية"], "MA": ["المملكة المغربية"], "EG": ["جمهورية مصر العربية"],
    "TN": ["الجمهورية التونسية"], "LB": ["الجمهورية اللبنانية"], "IQ": ["جمهورية العراق"],
    "PS": ["فلسطين", "دولة فلسطين"], "SA": ["السعودية"], "AE": ["الإمارات"],
    "SY": ["الجمهورية العربية السورية", "سورية"], "DZ": ["الجمهورية الجزائرية"], "OM": ["سلطنة عمان"],
    "CD": ["جمهورية الكونغو الديمقراطية", "الكونغو الديمقراطية"], "CG": ["جمهورية الكونغو"], "CI": ["كوت ديفوار"],
    "US": ["أمريكا", "الولايات المتحدة الأمريكية"], "GB": ["بريطانيا"], "MR": ["الجمهورية الإسلامية الموريتانية"],
    "SD": ["جمهورية السودان"], "YE": ["الجمهورية اليمنية"], "LY": ["دولة ليبيا"],
}

def fold(text):
    """Close to String.folded: case, accents and punctuation, for finding names that collide."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.category(c).startswith("M"))
    for a, b in ("أا", "إا", "آا", "ٱا", "ؤو", "ئي", "ةه", "ىي"):
        text = text.replace(a, b)
    text = "".join(c if c.isalnum() else " " for c in text.replace("ء", "").replace("'", "").replace("’", ""))
    return " ".join(text.split())


def languages(root):
    """The codes of the languages convene speaks, from their LanguagePack files, English first."""
    codes = []
    for path in sorted((root / "Sources/ConveneCore/Languages").glob("*.swift")):
        codes += re.findall(r'code: "([a-z]{2})"', path.read_text())
    return sorted(set(codes), key=lambda c: (c != "en", c != "fr", c))


def countries(root, codes):
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    cldr = {code: Locale.parse(code) for code in codes}
    region_of = {code: region for region, group in REGIONS.items() for code in group.split()}
    entries = [(c.alpha_2, c.alpha_3, getattr(c, "common_name", c.name), fr.gettext(c.name),
                [c.name] + [getattr(c, a) for a in ("common_name", "official_name") if hasattr(c, a)])
               for c in pycountry.countries]
    entries.append(("XK", "XKX", "Kosovo", "Kosovo", []))
    rows = []
    for code, a3, en, frn, names in sorted(entries):
        shown = {"en": en, "fr": frn}
        for lang in codes:
            shown.setdefault(lang, cldr[lang].territories.get(code, en))
        cldr_names = [cldr[lang].territories[code] for lang in ("en", "fr") if code in cldr[lang].territories]
        aliases = names[1:] + cldr_names + ALIASES.get(code, []) + ARABIC_ALIASES.get(code, [])
        aliases = [a for a in dict.fromkeys(aliases) if a not in shown.values()]
        rows.append([code, a3, region_of.get(code, "")] + [shown[lang] for lang in codes] + [";".join(aliases)])
    report_collisions("country", [(row[0], row[3:-1] + [row[1]] + row[-1].split(";")) for row in rows])
    write_table(root / "Sources/ConveneCore/Reference/CountryTable.swift", "Country", "ISO 3166-1", codes,
                "code|alpha-3|region|", rows)


def language_names(root, codes):
    frl = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["fr"])
    cldr = {code: Locale.parse(code) for code in codes}
    rows = []
    for l in sorted((l for l in pycountry.languages if hasattr(l, "alpha_2")), key=lambda l: l.alpha_2):
        shown = {"en": l.name, "fr": frl.gettext(l.name)}
        for lang in codes:
            shown.setdefault(lang, cldr[lang].languages.get(l.alpha_2, ""))
        others = [cldr[lang].languages[l.alpha_2] for lang in ("en", "fr") if l.alpha_2 in cldr[lang].languages]
        others += autonym(l.alpha_2)
        others = [o for o in dict.fromkeys(others) if o not in shown.values()]
        rows.append([l.alpha_2] + [shown[lang] for lang in codes] + [";".join(others)])
    report_collisions("language", [(row[0], [n for n in row[1:-1] if n] + row[-1].split(";")) for row in rows])
    write_table(root / "Sources/ConveneCore/Reference/LanguageTable.swift", "Language", "ISO 639", codes,
                "code|", rows)


def write_table(path, swift_type, standard, codes, leading_columns, rows):
    out = [f"// Generated by Scripts/generate-reference-data.py from {standard} (pycountry) and Unicode CLDR",
           "// (babel); do not edit.", "", f"extension {swift_type} {{",
           "  /// The languages of the name columns, in order.",
           "  static let nameLanguages = [" + ", ".join(f'"{c}"' for c in codes) + "]",
           "", "  /// " + leading_columns + "|".join(f"{c} name" for c in codes) + "|other names separated by ';'",
           "  static let table = \"\"\""]
    out += ["    " + "|".join(row) for row in rows]
    out += ["    \"\"\"", "}", ""]
    path.write_text("\n".join(out))


def autonym(code):
    """The language's name in itself (русский, Kiswahili), as CLDR gives it."""
    try:
        return [Locale.parse(code).languages[code]]
    except Exception:
        return []


def report_collisions(kind, named):
    """Lists names that two codes share once folded; convene gives such a name to the first."""
    owner = {}
    for code, names in named:
        for name in filter(None, names):
            key = fold(name)
            if owner.setdefault(key, code) != code:
                print(f"{kind} name {name!r} ({code}) already names {owner[key]}", file=sys.stderr)


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    codes = languages(root)
    countries(root, codes)
    language_names(root, codes)


main()
