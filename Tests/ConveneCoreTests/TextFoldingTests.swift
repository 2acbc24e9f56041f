import Testing

@testable import ConveneCore

@Suite struct TextFoldingTests {
  @Test func foldsCaseAccentsPunctuationAndSpaces() {
    #expect("  Côte  d'Ivoire ".folded == "cote divoire")
    #expect("group_work/Catégorie".folded == "group work categorie")
    #expect("Adresse e-mail".folded == "adresse e mail")
  }

  /// Vietnamese letters, precomposed beyond Latin-1 and Latin Extended-A, fold to their base
  /// letter like any accented letter; a letter of its own in those blocks (Hausa `ɓ`) stays.
  @Test func foldsVietnameseLettersToTheirBase() {
    #expect("Nguyễn Văn Minh".folded == "nguyen van minh")
    #expect("Trương Thị Hạnh".folded == "truong thi hanh")
    #expect("Phạm Ngọc Ơn".folded == "pham ngoc on")
    #expect("ɓaƙi".folded == "ɓaƙi")
  }

  /// Greek names fold without tonos and dialytika, the final sigma as any sigma.
  @Test func foldsGreekAccentsAndTheFinalSigma() {
    #expect("Νίκος Ζαχαρίου".folded == "νικοσ ζαχαριου")
    #expect("ΝΙΚΟΣ ΖΑΧΑΡΙΟΥ".folded == "Νικος Ζαχαριου".folded)
    #expect("Ευφροσύνη Παϊσίου".folded == "ευφροσυνη παισιου")
  }

  @Test func splitsListCells() {
    #expect(" en; fr ;;ar ".listItems() == ["en", "fr", "ar"])
    #expect("English, French".listItems(alsoSplittingOnCommas: true) == ["English", "French"])
  }

  @Test func foldsHamzaAndMaddaFormsOfAlef() {
    #expect("أحمد".folded == "احمد".folded)
    #expect("إبراهيم".folded == "ابراهيم")
    #expect("آمنة".folded == "امنه")
    #expect("ٱلله".folded == "الله")
  }

  @Test func foldsHamzaOnWawAndYeh() {
    #expect("مؤمن".folded == "مومن")
    #expect("رئيس".folded == "رييس")
  }

  @Test func dropsAStandaloneHamza() {
    #expect("سماء".folded == "سما")
  }

  @Test func foldsTaMarbutaToHeh() {
    #expect("فاطمة".folded == "فاطمه".folded)
  }

  @Test func foldsAlefMaqsuraToYeh() {
    #expect("مصطفى".folded == "مصطفي")
    #expect("ليلى".folded == "ليلي".folded)
  }

  @Test func dropsTatweel() {
    #expect("محـــمد".folded == "محمد")
  }

  @Test func dropsHarakatAndShadda() {
    #expect("مُحَمَّد".folded == "محمد")
    #expect("عمّان".folded == "عمان")
  }

  @Test func foldsPersianYehAndKaf() {
    #expect("علی".folded == "علي")
    #expect("کریم".folded == "كريم")
  }

  @Test func foldsArabicPresentationForms() {
    #expect("\u{FEDF}\u{FEE4}\u{FEA3}".folded == "لمح")  // لـمـح as a PDF writes it
  }

  @Test(arguments: ["\u{FE73}", "\u{FD3E}", "\u{FD3F}", "\u{FDFD}", "\u{FDC8}", "\u{FEFD}", "a\u{FE73}b"])
  func dropsPresentationFormsThatHaveNoLetters(_ text: String) {
    #expect(text.folded == text.unicodeScalars.filter(\.isASCII).map(String.init).joined())
  }

  @Test func readsArabicIndicDigitsAsDigits() {
    #expect("٥٦+".folded == "56+")
    #expect("۱۲".folded == "12")
    #expect("١٥/٠٣/٢٠٢٧ ١٠:٣٢".asciiDigits == "15/03/2027 10:32")
    #expect("۲۰۲۷-۰۳-۱۵".asciiDigits == "2027-03-15")
    #expect("٤٫٥".asciiDigits == "4.5")
    let plain = "2027-03-15"
    #expect(plain.asciiDigits == plain)
  }

  @Test func splitsListsOnArabicCommasAndSemicolons() {
    #expect("العربية، الفرنسية".listItems(alsoSplittingOnCommas: true) == ["العربية", "الفرنسية"])
    #expect("كرسي متحرك؛ طعام نباتي".listItems() == ["كرسي متحرك", "طعام نباتي"])
    #expect("نعم، شكراً".listItems() == ["نعم، شكراً"])
  }

  /// The beginning of a folded text, found without folding the rest: the same characters as the
  /// whole folded text's beginning, for texts that start with what folding drops or joins.
  @Test func foldsABeginningAsTheWholeText() {
    let texts = [
      "", "ـــمحمد", "  -- Aïcha  Koné", "ﻻ يوجد", "\u{064E}أحمد", "É", "a b", "a  ", "  ", "Ñandú", "N/A", "ß",
      "x\u{0301}y", "ﬁne", "٣٤ شارع",
    ]
    for text in texts {
      let whole = Array(text.folded.unicodeScalars)
      for limit in 0...6 {
        #expect(Array(text.folded(upTo: limit).unicodeScalars) == Array(whole.prefix(limit)), "\(text) \(limit)")
      }
      let key = whole.count < 2 ? nil : UInt64(whole[0].value) << 32 | UInt64(whole[1].value)
      #expect(text.foldedFirstTwo == key, "\(text)")
    }
  }
}
