/// Nationalities written as adjectives (`Congolaise`, `Marocain`, `Brazilian`, `Brasileira`,
/// `مغربي`) in the network's five languages, for the countries of its hubs and their
/// neighbours: a `Nationality` question is often answered so. Unicode CLDR has no such words;
/// the table is written by hand, each form (masculine, feminine, plural where it differs) once
/// per language. An adjective that may name two countries (`congolais`: the Congo or the DR
/// Congo) gives both.
public enum Nationalities {
  /// The words, by ISO 3166 code.
  static let adjectives: [String: [String]] = [
    "SN": [
      "senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa", "senegalês", "سنغالي",
    ],
    "ML": ["malian", "malien", "malienne", "maliense", "malinês", "malinesa", "مالي"],
    "BF": [
      "burkinabe", "burkinabè", "burkinabé", "burkinés", "burkinesa", "burquinense", "بوركيني",
    ],
    "CI": [
      "ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña", "marfinense", "ivoriano",
      "ivoriana", "إيفواري",
    ],
    "NE": ["nigerien", "nigérien", "nigérienne", "nigerino", "nigerina", "nigerino", "نيجري"],
    "GN": ["guinean", "guinéen", "guinéenne", "guineano", "guineana", "غيني"],
    "BJ": ["beninese", "béninois", "béninoise", "beninés", "beninesa", "beninense", "بنيني"],
    "TG": ["togolese", "togolais", "togolaise", "togolés", "togolesa", "togolês", "توغولي"],
    "CM": [
      "cameroonian", "camerounais", "camerounaise", "camerunés", "camerunesa", "camaronês",
      "camaronesa", "كاميروني",
    ],
    "CD": [
      "congolese", "congolais", "congolaise", "congoleño", "congoleña", "congolês", "congolesa",
      "كونغولي",
      // The country written after the adjective settles it (`Congolaise (RDC)`)
      "congolais rdc", "congolaise rdc", "congolais rd", "congolaise rd", "congolais kinshasa",
      "congolaise kinshasa", "congolese drc", "congolese kinshasa", "congoleño rdc", "congoleña rdc",
      "congolês rdc", "congolesa rdc",
    ],
    "CG": [
      "congolese", "congolais", "congolaise", "congoleño", "congoleña", "congolês", "congolesa",
      "كونغولي",
      "congolais brazzaville", "congolaise brazzaville", "congolese brazzaville",
    ],
    "SD": ["sudanese", "soudanais", "soudanaise", "sudanés", "sudanesa", "sudanês", "سوداني"],
    "SS": [
      "south sudanese", "sud-soudanais", "sud-soudanaise", "sursudanés", "sursudanesa", "sudsudanés",
      "sudsudanesa", "sul-sudanês", "sul-sudanesa", "جنوب سوداني", "soudanais du sud", "soudanaise du sud",
    ],
    "CF": [
      "central african", "centrafricain", "centrafricaine", "centroafricano", "centroafricana",
      "centro-africano", "centro-africana",
    ],
    "GQ": [
      "equatorial guinean", "équato-guinéen", "équato-guinéenne", "ecuatoguineano", "ecuatoguineana",
      "equato-guineense",
    ],
    "GA": ["gabonese", "gabonais", "gabonaise", "gabonés", "gabonesa", "gabonês", "غابوني"],
    "TD": [
      "chadian", "tchadien", "tchadienne", "chadiano", "chadiana", "tchadiano", "tchadiana",
      "تشادي",
    ],
    "MG": ["malagasy", "malgache", "malgaxe", "مدغشقري"],
    "MR": ["mauritanian", "mauritanien", "mauritanienne", "mauritano", "mauritana", "موريتاني"],
    "RW": ["rwandan", "rwandais", "rwandaise", "ruandés", "ruandesa", "ruandês", "رواندي"],
    "BI": [
      "burundian", "burundais", "burundaise", "burundés", "burundesa", "burundiano", "burundiana",
      "بوروندي",
    ],
    "MA": ["moroccan", "marocain", "marocaine", "marroquí", "marroquino", "marroquina", "مغربي"],
    "DZ": ["algerian", "algérien", "algérienne", "argelino", "argelina", "جزائري"],
    "TN": [
      "tunisian", "tunisien", "tunisienne", "tunecino", "tunecina", "tunisino", "tunisina", "تونسي",
    ],
    "EG": [
      "egyptian", "égyptien", "égyptienne", "egipcio", "egipcia", "egípcio", "egípcia", "مصري",
    ],
    "LB": ["lebanese", "libanais", "libanaise", "libanés", "libanesa", "libanês", "لبناني"],
    "JO": [
      "jordanian", "jordanien", "jordanienne", "jordano", "jordana", "jordaniano", "jordaniana",
      "أردني",
    ],
    "LY": ["libyan", "libyen", "libyenne", "libio", "libia", "líbio", "ليبي"],
    "PS": [
      "palestinian", "palestinien", "palestinienne", "palestino", "palestina", "palestiniano",
      "فلسطيني",
    ],
    "IQ": ["iraqi", "irakien", "irakienne", "iraquí", "iraquiano", "iraquiana", "عراقي"],
    "SY": ["syrian", "syrien", "syrienne", "sirio", "siria", "sírio", "síria", "سوري"],
    "SA": ["saudi", "saoudien", "saoudienne", "saudí", "saudita", "سعودي"],
    "NG": ["nigerian", "nigérian", "nigériane", "nigeriano", "nigeriana", "نيجيري"],
    "GM": ["gambian", "gambien", "gambienne", "gambiano", "gambiana", "غامبي"],
    "GH": ["ghanaian", "ghanéen", "ghanéenne", "ghanés", "ghanesa", "ganês", "ganesa", "غاني"],
    "KE": ["kenyan", "kényan", "kényane", "keniano", "keniana", "queniano", "queniana", "كيني"],
    "ZA": [
      "south african", "sud-africain", "sud-africaine", "sudafricano", "sudafricana",
      "sul-africano", "sul-africana", "جنوب أفريقي",
    ],
    "UG": ["ugandan", "ougandais", "ougandaise", "ugandés", "ugandesa", "ugandense", "أوغندي"],
    "TZ": [
      "tanzanian", "tanzanien", "tanzanienne", "tanzano", "tanzana", "tanzaniano", "tanzaniana",
      "تنزاني",
    ],
    "ET": ["ethiopian", "éthiopien", "éthiopienne", "etíope", "إثيوبي"],
    "SO": ["somali", "somalian", "somalien", "somalienne", "somalí", "somaliano", "somaliana", "صومالي"],
    "DJ": ["djiboutian", "djiboutien", "djiboutienne", "yibutiano", "yibutiana", "djibutiano", "djibutiana", "جيبوتي"],
    "ER": ["eritrean", "érythréen", "érythréenne", "eritreo", "eritrea", "eritreu", "eritreia", "إريتري"],
    "YE": ["yemeni", "yéménite", "yemení", "iemenita", "يمني"],
    "AE": [
      "emirati", "emirian", "émirien", "émirienne", "emiratí", "emiratense", "emiradense", "إماراتي",
    ],
    "QA": ["qatari", "qatarien", "qatarienne", "catarí", "catariano", "catariana", "قطري"],
    "OM": ["omani", "omanais", "omanaise", "omaní", "omanense", "عماني"],
    "KW": ["kuwaiti", "koweïtien", "koweïtienne", "kuwaití", "kuwaitiano", "kuwaitiana", "كويتي"],
    "BH": ["bahraini", "bahreïni", "bahreïnien", "bahreïnienne", "bahreiní", "bareinita", "bahreinita", "بحريني"],
    "BR": [
      "brazilian", "brésilien", "brésilienne", "brasileño", "brasileña", "brasileiro", "brasileira",
      "برازيلي",
    ],
    "PT": [
      "portuguese", "portugais", "portugaise", "portugués", "portuguesa", "português", "برتغالي",
    ],
    "MZ": [
      "mozambican", "mozambicain", "mozambicaine", "mozambiqueño", "mozambiqueña", "moçambicano",
      "moçambicana", "موزمبيقي",
    ],
    "AO": [
      "angolan", "angolais", "angolaise", "angoleño", "angoleña", "angolano", "angolana", "أنغولي",
    ],
    "CV": [
      "cape verdean", "cap-verdien", "cap-verdienne", "caboverdiano", "caboverdiana",
      "cabo-verdiano", "cabo-verdiana",
    ],
    "GW": ["bissau-guinean", "bissau-guinéen", "bissau-guinéenne", "guineense"],
    "GT": [
      "guatemalan", "guatémaltèque", "guatemalteco", "guatemalteca", "guatemalense", "غواتيمالي",
    ],
    "HN": [
      "honduran", "hondurien", "hondurienne", "hondureño", "hondureña", "hondurenho", "hondurenha",
      "هندوراسي",
    ],
    "SV": [
      "salvadoran", "salvadorian", "salvadorien", "salvadorienne", "salvadoreño", "salvadoreña",
      "salvadorenho", "salvadorenha", "سلفادوري",
    ],
    "HT": ["haitian", "haïtien", "haïtienne", "haitiano", "haitiana", "هايتي"],
    "CU": ["cuban", "cubain", "cubaine", "cubano", "cubana", "كوبي"],
    // `Dominican` names the Dominican Republic or Dominica: given both, it is asked again
    "DO": ["dominican", "dominicain", "dominicaine", "dominicano", "dominicana", "دومينيكاني"],
    "DM": ["dominican", "dominiquais", "dominiquaise", "dominiqués", "dominiquesa", "dominiquense"],
    "MX": ["mexican", "mexicain", "mexicaine", "mexicano", "mexicana", "مكسيكي"],
    "CO": ["colombian", "colombien", "colombienne", "colombiano", "colombiana", "كولومبي"],
    "PE": ["peruvian", "péruvien", "péruvienne", "peruano", "peruana", "بيروفي"],
    "BO": ["bolivian", "bolivien", "bolivienne", "boliviano", "boliviana", "بوليفي"],
    "UY": ["uruguayan", "uruguayen", "uruguayenne", "uruguayo", "uruguaya", "uruguaio", "uruguaia", "أوروغواياني"],
    "PY": ["paraguayan", "paraguayen", "paraguayenne", "paraguayo", "paraguaya", "paraguaio", "paraguaia", "باراغواياني"],
    "CL": ["chilean", "chilien", "chilienne", "chileno", "chilena", "تشيلي"],
    "AR": ["argentine", "argentinian", "argentin", "argentino", "argentina", "أرجنتيني"],
    "EC": [
      "ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana", "equatoriano",
      "equatoriana", "إكوادوري",
    ],
    "FR": ["french", "français", "française", "francés", "francesa", "francês", "فرنسي"],
    "ES": [
      "spanish", "espagnol", "espagnole", "español", "española", "espanhol", "espanhola", "إسباني",
    ],
    "BE": ["belgian", "belge", "belga", "بلجيكي"],
    "DE": ["german", "allemand", "allemande", "alemán", "alemana", "alemão", "alemã", "ألماني"],
    "IT": ["italian", "italien", "italienne", "italiano", "italiana", "إيطالي"],
    "GB": [
      "british", "britannique", "británico", "británica", "britânico", "britânica", "بريطاني",
    ],
    "CA": ["canadian", "canadien", "canadienne", "canadiense", "canadense", "كندي"],
    "IN": ["indian", "indien", "indienne", "indio", "india", "indiano", "indiana", "هندي"],
    "CN": ["chinese", "chinois", "chinoise", "chino", "china", "chinês", "chinesa", "صيني"],
  ]

  /// The codes of the countries each folded word names (its plural and Arabic feminine too).
  static let index: [String: [String]] = {
    var index: [String: [String]] = [:]
    for (code, words) in adjectives.sorted(by: { $0.key < $1.key }) {
      for word in words {
        let folded = word.folded
        var forms = [folded, folded + "s"]
        if word.unicodeScalars.first.map({ (0x0600...0x06FF).contains($0.value) }) == true {
          forms.append((word + "ة").folded)
        }
        for form in forms where index[form]?.contains(code) != true {
          index[form, default: []].append(code)
        }
      }
    }
    return index
  }()

  /// The countries `text` names as a nationality adjective, in code order; empty for any other text.
  public static func countries(of text: String) -> [String] {
    index[text.trimmed.folded] ?? []
  }
}
