import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct CommitmentScreenTests {
  let screen = CommitmentScreen(people: [
    Build.person("p001", name: "Efua Owusu", organisation: "Kano"),
    Build.person("p002", name: "أحمد الشوابكة", organisation: "أمانة عمان"),
    Build.person("p003", name: "Jean-Pierre N'Diaye Sow", organisation: "Ville de Thiès"),
    Build.person("p004", name: "Cher", organisation: "Solo"),
    Build.person("p005", name: "Mohamed Abd Allah", organisation: "Nouakchott"),
  ])

  @Test(arguments: [
    "As Lord Mayor of Kano I (Efua Owusu) will table the plan",
    "OWUSU, EFUA will table the plan",
    "Présenter le plan avec efua owusú au conseil",
    "سيعرض احمد الشوابكه الخطة على المجلس",
    "Work with Jean-Pierre N'Diaye Sow on the budget",
    "Call me on +234 803 555 0101 for the plan",
    "Joignable au 77 123 45 67 (bureau) ou 0803-555-0101",
    "Write to efua.owusu@kano.example.org about it",
    "Brief Efua Owusu's deputy", "Brief Efua Owusu’s deputy",
    "التواصل مع احمدالشوابكه", "Coordinate with Ｅｆｕａ Ｏｗｕｓｕ", "Work with Efua\u{200B}Owusu daily",
    "Call ٧٧ ١٢٣ ٤٥ ٦٧ soon", "اتصل على +٢٢١٧٧١٢٣٤٥٦٧", "email efua＠kano.example.org",
    "efua(at)kano(dot)example(dot)org",
    "Write to person3 at ex3 dot example dot org", "Write to person3 at ex3.example.org",
    "efua [at] kano.example.org", "efua @ kano.example.org", "efua arobase kano point org",
    "Contact Owusu later", "Share the toolkit with the Owusu family foundation",
    "Le plan sera présenté par M. Sow", "سيعرض الشوابكة الخطة",
    "Call Mr Abd Allah tomorrow", "Call Mr Abdallah tomorrow",
    // A given name alone, with an initial or a city beside it, picks out its person.
    "Voir Efua O. à Kano", "Appeler EFUA au ministère", "Coordonner avec Mohamed et l'équipe",
  ])
  func aCommitmentNamingSomeoneOrGivingContactsIsWithheld(text: String) {
    #expect(!screen.isPrintable(text))
  }

  @Test(arguments: [
    "Draft a city action plan with our national focal point by 2027-2028",
    "Train 150 community mediators in 12 districts before June 2027",
    "Share the toolkit with @CityNetwork and the family foundation",
    "We will sow the seeds of the plan at the council at 10.30", "Meet at the town hall; point made",
    "إن شاء الله سنعرض الخطة", "Will the owusu-style plan work? We will see",
    "Table the plan at the council; budget 250 000 USD",
    "Cher collègues, nous allons publier le plan",
  ])
  func aCommitmentOfDeedsIsPrinted(text: String) {
    #expect(screen.isPrintable(text))
  }
}
