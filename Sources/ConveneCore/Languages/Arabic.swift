extension LanguagePack {
  /// Arabic, written right to left.
  public static let arabic = LanguagePack(
    code: "ar", name: "العربية", direction: .rightToLeft,
    labels: [
      // Agendas
      "agenda.agenda": "جدول الأعمال", "agenda.time": "الوقت", "agenda.room": "القاعة", "agenda.session": "الجلسة",
      "agenda.speakers": "المتحدثون", "agenda.moderators": "إدارة الجلسة", "agenda.interpretation": "الترجمة الفورية",
      "agenda.version": "الإصدار", "agenda.draft": "مسودة لم تُنشر بعد", "agenda.timesIn": "التوقيت المحلي", "agenda.personalFor": "جدول أعمال شخصي لـ",
      // Reports
      "report.report": "تقرير الرصد والتقييم", "report.network": "تقرير الشبكة",
      "report.events": "الفعاليات", "report.event": "الفعالية", "report.kind": "النوع", "report.dates": "التواريخ",
      "report.keyFigures": "الأرقام الرئيسية", "report.indicator": "المؤشر", "report.value": "القيمة",
      "report.n": "العدد", "report.target": "الهدف", "report.met": "تحقق", "report.notMet": "لم يتحقق",
      "report.allEvents": "جميع الفعاليات", "report.charts": "الرسوم البيانية", "report.breakdowns": "التصنيفات",
      "report.group": "الفئة", "report.participationByCategory": "المشاركة حسب الفئة",
      "report.funnel": "التسجيل والتأكيد والحضور", "report.satisfaction": "الرضا: الإجابات",
      "report.knowledge": "المعرفة قبل وبعد (المتوسط، 1-5)",
      "report.before": "قبل", "report.after": "بعد", "report.all": "الكل",
      "report.commitments": "التزامات المتابعة",
      "report.privacy":
        "تظهر المجموعات التي تضم أقل من 5 أشخاص بالرمز <5؛ والخانة المعلّمة بـ suppressed مخفية حتى لا يمكن استنتاج مجموعة أقل من 5 من المجموع.",
      "report.noAttendance": "لم يُسجَّل أي حضور بعد.",
      "report.total": "المجموع", "report.category": "الفئة", "report.gender": "الجنس",
      "report.age_group": "الفئة العمرية", "report.region": "المنطقة", "report.country": "البلد",
      "report.session": "الجلسة", "report.answer": "الإجابة", "report.registered": "المسجلون",
      "report.confirmed": "المؤكدون", "report.attended": "الحاضرون", "report.notGiven": "غير محدد",
      // The feedback form
      "form.feedback": "استبيان التقييم",
      "form.intro":
        "شكراً لمشاركتك. تساعد إجاباتك الشبكة على تحسين فعالياتها. يعمل هذا النموذج دون اتصال بالإنترنت: املأه واحفظ إجاباتك وأرسل الملف المحفوظ إلى المنظمين.",
      "form.aboutYou": "عنك", "form.identify": "من يجيب",
      "form.identifyHint":
        "اكتب رقم المشارك المذكور في دعوتك أو بريدك الإلكتروني حتى تُحتسب إجابتك مرة واحدة. اترك الحقلين فارغين للإجابة دون ذكر الاسم.",
      "form.participantId": "رقم المشارك (مثل p012)", "form.email": "البريد الإلكتروني",
      "form.questions": "الأسئلة", "form.session": "الجلسة", "form.notAttended": "لم أحضر",
      "form.profile": "معلومات إضافية عنك",
      "form.profileHint": "فقط إذا لم تذكرها عند التسجيل. كل الإجابات هنا اختيارية.",
      "form.save": "حفظ إجاباتي", "form.missing": "يرجى الإجابة عن:",
      "form.badEmail": "يبدو أن البريد الإلكتروني غير صحيح.",
      "form.saved": "حُفظت إجاباتك في الملف {file}. يرجى إرسال هذا الملف إلى المنظمين.",
      "form.offline": "لا يُرسل أي شيء عبر الإنترنت: تبقى إجاباتك في الملف الذي تحفظه.",
      // Sign-in sheets
      "sheet.signIn": "ورقة تسجيل الحضور", "sheet.wholeDay": "تسجيل الحضور لليوم", "sheet.expected": "المتوقع",
      "sheet.id": "رقم", "sheet.name": "الاسم", "sheet.organisation": "المؤسسة", "sheet.signature": "التوقيع",
      // متابعة الالتزامات
      "followup.title": "متابعة التزامك",
      "followup.intro":
        "في {event} كتبت ما ستفعله بعد ذلك. أخبر الشبكة بما تحقق: تساعدها إجاباتك على دعم المدن الأعضاء. يعمل هذا النموذج دون اتصال: املأه واحفظ إجاباتك وأرسل الملف المحفوظ إلى المنظمين.",
      "followup.commitment": "ما التزمت به", "followup.madeAt": "كُتب في ختام {event} ({dates}).",
      "followup.asOf": "بعد {months} أشهر من الفعالية ({date}).", "followup.respondent": "رقم المشارك",
      "followup.questions": "ما الذي تحقق", "followup.status": "أين وصل هذا الالتزام اليوم؟",
      "followup.done": "أُنجز", "followup.inProgress": "قيد التنفيذ", "followup.notStarted": "لم يبدأ",
      "followup.dropped": "تُخلّي عنه", "followup.changes": "ما الذي تغيّر بفضله؟",
      "followup.obstacles": "ما الذي أعاقه؟", "followup.support": "ما الدعم الذي تودّ الحصول عليه من الشبكة؟",
      // تقارير الشبكة
      "network.framework": "إطار النتائج", "network.outcome": "النتيجة", "network.output": "المخرَج",
      "network.year": "السنة", "network.baseline": "خط الأساس", "network.source": "المصدر", "network.measure": "المقياس",
      "network.trend": "الاتجاه", "network.cityRecords": "سجلات المدن", "network.city": "المدينة",
      "network.joined": "الانضمام", "network.membership": "الحالة", "network.population": "عدد السكان",
      "network.participants": "شاركوا", "network.commitmentsMade": "الالتزامات المقطوعة",
      "network.followedUp": "تمت متابعتها", "network.feedbackMeans": "التقييم (متوسط الإجابات، حين أجاب 5 على الأقل)",
      "network.requests": "طلبات الدعم", "network.resolved": "تمت معالجتها", "network.daysToResolve": "متوسط أيام الرد",
      "network.officials": "مسؤولون ذُكرت أسماؤهم بموافقتهم", "network.nonMember": "مدن أخرى (غير أعضاء أو لم يُتعرّف عليها)",
      "network.city_size": "حجم المدينة", "network.event_kind": "نوع الفعالية", "network.topic": "الموضوع",
      "network.under-100k": "أقل من 100,000", "network.100k-500k": "من 100,000 إلى 500,000",
      "network.500k-1m": "من 500,000 إلى مليون", "network.1m-5m": "من مليون إلى 5 ملايين", "network.5m-plus": "5 ملايين أو أكثر",
      "network.quietCities": "مدن أعضاء لم يُسجَّل لها أي نشاط في هذه السنوات",
      "network.active": "نشطة", "network.inactive": "غير نشطة", "network.left": "غادرت الشبكة",
      "network.networkPrivacy":
        "تُعرض المجموعات التي تضم أقل من 5 أشخاص على أنها <5؛ والخانة المعلَّمة بمحجوب مخفية كي لا يمكن استنتاج مجموعة <5 من مجموع أو من المدن الأخرى. أعداد المدن والفعاليات والطلبات لا تخص أشخاصاً وتُعرض كاملة.",
      // E-mail subjects
      "email.invitation": "دعوة", "email.updated": "تحديث", "email.cancelled": "إلغاء",
    ],
    headers: [
      // Registration fields (Google Forms "الطابع الزمني", "عنوان البريد الإلكتروني"; Microsoft Forms "وقت الإكمال")
      "email": ["البريد الإلكتروني", "بريد إلكتروني", "عنوان البريد الإلكتروني", "البريد", "الإيميل", "الايميل"],
      "publish_name": ["نشر", "النشر", "الموافقة", "موافقة"],
      "timestamp": ["الطابع الزمني", "طابع زمني", "وقت الإرسال", "تاريخ الإرسال", "وقت الإكمال", "وقت التسجيل"],
      "first_name": ["الاسم الأول", "اسم الأول", "الاسم الاول"],
      "last_name": ["اسم العائلة", "الكنية", "اللقب", "الاسم الأخير"],
      "organisation": ["المنظمة", "الجهة", "المؤسسة", "الهيئة", "جهة العمل", "منظمة", "مؤسسة"],
      "title": ["المسمى الوظيفي", "الوظيفة", "المنصب", "الصفة"],
      "name": ["الاسم الكامل", "الاسم", "اسم", "الاسم الثلاثي", "الاسم بالكامل", "اسم المشارك"],
      "city": ["المدينة", "مدينة", "البلدية"],
      "country": ["البلد", "الدولة", "بلد", "دولة", "الجنسية", "بلد الإقامة"],
      "region": ["المنطقة", "الإقليم"],
      "category": ["الفئة", "فئة", "فئة المشارك", "نوع المشارك", "الجهة المعنية"],
      "gender": ["الجنس", "النوع الاجتماعي", "الجندر"],
      "age_group": ["العمر", "السن", "الفئة العمرية", "العمر بالسنوات"],
      "languages": ["اللغات", "اللغة", "لغة العمل"],
      "needs": ["الاحتياجات", "احتياجات خاصة", "الاحتياجات الخاصة", "إمكانية الوصول", "النظام الغذائي"],
      "timezone": ["المنطقة الزمنية", "التوقيت"],
      "arrival": ["الوصول", "تاريخ الوصول", "موعد الوصول"],
      "departure": ["المغادرة", "تاريخ المغادرة", "موعد المغادرة"],
      "unavailable": ["غير متاح", "غير متوفر", "أوقات عدم التوفر"],
      "cohorts": ["الفوج", "المجموعة", "الوفد"],
      // Form tools' own columns that hold nothing a participant needs (Microsoft Forms)
      "ignore": ["المعرف", "وقت البدء", "وقت آخر تعديل"],
      // Attendance and feedback columns
      "participant": ["رقم المشارك", "معرف المشارك"],
      "badge": ["رقم", "الرقم", "الشارة", "المعرف"],
      "session": ["الجلسة", "الورشة"],
      "day": ["اليوم", "التاريخ"],
      "status": ["الحالة", "الحضور", "حاضر"],
      "check_in_time": ["الوقت", "وقت الوصول", "وقت الحضور", "وقت الانضمام"],
      "response": ["الإجابة", "رقم الإجابة"],
      "answer_language": ["اللغة"],
    ],
    bareNames: ["الاسم", "اسم"],
    values: .init(
      genders: [
        "woman": ["امرأة", "أنثى", "انثى", "سيدة", "فتاة"],
        "man": ["رجل", "ذكر"],
        "non-binary": ["غير ثنائي", "غير ثنائي الجنس"],
        "other": ["آخر", "أخرى", "غير ذلك"],
        "prefer-not-to-say": ["أفضل عدم الإجابة", "أفضل عدم القول", "أفضل عدم الإفصاح", "لا أرغب في الإجابة"],
      ],
      under: ["أقل من", "دون", "تحت", "أو أقل", "فأقل", "وأقل"],
      over: ["فأكثر", "وأكثر", "أو أكثر", "فما فوق", "وما فوق", "أكثر من"],
      yes: ["نعم", "أوافق", "موافق", "موافقة", "نعم أوافق"],
      no: ["لا", "لا أوافق", "غير موافق", "أرفض"],
      listWords: ["و"],
      listPrefixes: ["و"],
      categories: [
        "mayor": ["عمدة", "رئيس بلدية", "رئيسة بلدية", "رئيس البلدية", "نائب رئيس البلدية", "رئيس المجلس البلدي", "أمين العاصمة"],
        "local-official": [
          "مسؤول محلي", "مسؤولة محلية", "موظف بلدي", "موظفة بلدية", "عضو مجلس بلدي", "عضو المجلس البلدي",
          "حكومة محلية", "سلطة محلية", "إدارة محلية", "جماعة محلية",
        ],
        "youth": ["شباب", "شاب", "شابة", "الشباب", "ممثل الشباب", "طالب", "طالبة"],
        "civil-society": ["المجتمع المدني", "مجتمع مدني", "منظمة غير حكومية", "جمعية", "منظمة مجتمع مدني"],
        "national-government": ["الحكومة الوطنية", "حكومة وطنية", "حكومة", "وزارة", "الحكومة"],
        "multilateral": ["الأمم المتحدة", "منظمة دولية", "منظمة إقليمية", "جهة مانحة", "متعدد الأطراف"],
        "private-sector": ["القطاع الخاص", "قطاع خاص", "شركة"],
        "practitioner": ["خبير", "خبيرة", "باحث", "باحثة", "أكاديمي", "أكاديمية", "ممارس", "مستشار"],
        "media": ["إعلام", "الإعلام", "صحفي", "صحفية", "صحافة", "إعلامي"],
        "network-staff": ["فريق الشبكة", "موظفو الشبكة", "الأمانة", "المنظمون", "وحدة إدارة الشبكة"],
      ],
      present: ["حاضر", "حاضرة", "حضر", "حضرت"],
      absent: ["غائب", "غائبة", "غاب", "لم يحضر", "معتذر"],
      languageNames: [
        "ar": ["عربي", "عربية", "اللغة العربية"], "fr": ["فرنسي", "فرنسية", "اللغة الفرنسية"],
        "en": ["انجليزي", "إنجليزي", "انكليزي", "إنكليزية", "انجليزية", "اللغة الإنجليزية"],
        "es": ["إسباني", "اسبانية"], "pt": ["برتغالي", "برتغالية"],
      ]
    )
  )
}
