extension LanguagePack {
  /// Arabic, written right to left.
  public static let arabic = LanguagePack(
    code: "ar", name: "العربية", direction: .rightToLeft, plurals: .arabic,
    labels: [
      // Calendar events (invitations and the agenda's .ics)
      "calendar.participant": "مشارك", "calendar.speakers": "المتحدثون", "calendar.moderators": "إدارة الجلسة",
      "calendar.track": "المسار", "calendar.language": "اللغة", "calendar.interpretation": "الترجمة الفورية",
      "calendar.localTime": "توقيتك المحلي ({zone})",
      // Agendas
      "agenda.agenda": "جدول الأعمال", "agenda.time": "الوقت", "agenda.room": "القاعة", "agenda.session": "الجلسة",
      "agenda.speakers": "المتحدثون", "agenda.moderators": "إدارة الجلسة", "agenda.interpretation": "الترجمة الفورية",
      "agenda.version": "الإصدار", "agenda.draft": "مسودة لم تُنشر بعد", "agenda.timesIn": "التوقيت المحلي", "agenda.personalFor": "جدول أعمال شخصي لـ",
      // Reports
      "report.report": "تقرير الرصد والتقييم", "report.network": "تقرير الشبكة",
      "report.events": "الفعاليات", "report.event": "الفعالية", "report.kind": "النوع", "report.dates": "التواريخ",
      // Kinds of event (`EventKind`)
      "report.kind.workshop": "ورشة عمل", "report.kind.regional-workshop": "ورشة عمل إقليمية", "report.kind.global-summit": "قمة عالمية",
      "report.kind.webinar": "ندوة عبر الإنترنت", "report.kind.briefing": "إحاطة", "report.kind.training": "تدريب",
      "report.kind.exchange": "تبادل بين الأقران", "report.kind.site-visit": "زيارة ميدانية", "report.kind.leadership-initiative": "مبادرة القيادة",
      "report.keyFigures": "الأرقام الرئيسية", "report.indicator": "المؤشر", "report.value": "القيمة",
      "report.n": "العدد", "report.target": "الهدف", "report.met": "تحقق", "report.notMet": "لم يتحقق",
      "report.allEvents": "جميع الفعاليات", "report.charts": "الرسوم البيانية", "report.breakdowns": "التصنيفات",
      "report.group": "الفئة", "report.participationByCategory": "المشاركة حسب الفئة",
      "report.funnel": "التسجيل والتأكيد والحضور", "report.satisfaction": "الرضا: الإجابات",
      "report.knowledge": "المعرفة قبل وبعد (المتوسط، 1-5)",
      "report.before": "قبل", "report.after": "بعد", "report.all": "الكل",
      "report.commitments": "التزامات المتابعة",
      "report.commitmentsWithheld": "التزامات أخرى لم تُنشر لأنها تذكر اسم شخص أو بيانات اتصال: {n}.",
      "report.privacy":
        "لا تُعرض أي مجموعة تضم أقل من {threshold} أشخاص: تظهر هذه الخانات، وما يلزم من خانات أخرى حتى لا يمكن استنتاج أي منها من الأرقام المعروضة هنا أو في تقرير سابق، بعبارة «مخفي». النسبة المئوية التي تخص مجموعة صغيرة تعرض عددها فقط. تُحسب إجابات الفعالية كلها عن سؤال ما متى أجاب عنه {answers} أشخاص أو أكثر.",
      "report.thresholdByEvent": "تحدد كل فعالية عتبتها الخاصة، من {min} إلى {max} هنا: لا تُعرض مجموعة دون عتبة فعاليتها.",
      "report.suppressed": "مخفي", "report.otherOrNotStated": "أخرى أو غير محدد",
      "report.noAttendance": "لم يُسجَّل أي حضور بعد.",
      "report.total": "المجموع", "report.category": "الفئة", "report.gender": "الجنس",
      "report.age_group": "الفئة العمرية", "report.region": "المنطقة", "report.country": "البلد",
      "report.session": "الجلسة", "report.answer": "الإجابة", "report.registered": "المسجلون",
      "report.confirmed": "المؤكدون", "report.attended": "الحاضرون", "report.notGiven": "غير محدد",
      // Reports: the network's regions (countries are named from the country table)
      "report.region.central-asia-and-caucasus": "آسيا الوسطى والقوقاز", "report.region.east-asia-and-pacific": "شرق آسيا والمحيط الهادئ",
      "report.region.east-and-southern-africa": "شرق وجنوب أفريقيا", "report.region.europe": "أوروبا",
      "report.region.latin-america-and-the-caribbean": "أمريكا اللاتينية والبحر الكاريبي", "report.region.middle-east-and-north-africa": "الشرق الأوسط وشمال أفريقيا",
      "report.region.north-america": "أمريكا الشمالية", "report.region.south-asia": "جنوب آسيا",
      "report.region.west-and-central-africa": "غرب ووسط أفريقيا",
      // Reports: whom a count of places counts
      "report.among.attended": "بين الحاضرين",
      "report.among.confirmed": "بين المؤكدين، إذ لم يُسجَّل أي حضور",
      "report.among.expected": "بين الحاضرين، أو المؤكدين حيث لم يُسجَّل أي حضور",
      // Reports: the groups people are counted in, and the standard indicators (an event's own label in
      // the language comes first; these stand in for the standard ones)
      "report.gender.woman": "امرأة", "report.gender.man": "رجل", "report.gender.non-binary": "غير ثنائي",
      "report.gender.other": "آخر", "report.gender.prefer-not-to-say": "يفضل عدم الإجابة",
      "report.ageUnder": "أقل من {n}", "indicator.registered": "المشاركون المسجلون",
      "indicator.confirmed": "المشاركون المؤكدون", "indicator.attended": "المشاركون الحاضرون",
      "indicator.attendance-rate": "نسبة الحضور (% من المؤكدين)", "indicator.session-attendance": "الحضور في كل جلسة",
      "indicator.cities": "المدن الممثلة", "indicator.countries": "البلدان الممثلة",
      "indicator.responses": "الردود على الاستبيان", "indicator.response-rate": "نسبة الردود (% من المشاركين)",
      "indicator.satisfaction-mean": "الرضا (المتوسط، 1-5)", "indicator.satisfied": "الراضون (% من أجابوا 4 أو 5)",
      "indicator.satisfaction-distribution": "الرضا: الإجابات",
      "indicator.session-usefulness": "فائدة كل جلسة (المتوسط، 1-5)",
      "indicator.knowledge-before": "المعرفة قبل الفعالية (المتوسط لمن أجاب عن السؤالين، 1-5)",
      "indicator.knowledge-after": "المعرفة بعد الفعالية (المتوسط لمن أجاب عن السؤالين، 1-5)",
      "indicator.knowledge-change": "تطور المعرفة (متوسط الفرق بين بعد وقبل لمن أجاب عن السؤالين)",
      "indicator.intend-to-act": "ينوون اتخاذ إجراءات (%)", "indicator.nps": "صافي نقاط الترويج (NPS)",
      "indicator.commitments": "التزامات المتابعة المقطوعة",
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
        "لا تُعرض أي مجموعة تضم أقل من {threshold} أشخاص: تظهر هذه الخانات، وما يلزم من خانات أخرى حتى لا يمكن استنتاج أي منها من مجموع أو من المدن الأخرى أو من جدول آخر للأشخاص أنفسهم أو من تقارير الفعاليات، بعبارة «مخفي». النسبة المئوية التي تخص مجموعة صغيرة تعرض عددها فقط. أعداد المدن والفعاليات والطلبات لا تخص أشخاصاً وتُعرض كاملة.",
      // E-mail subjects
      "email.invitation": "دعوة", "email.updated": "تحديث", "email.cancelled": "إلغاء",
      // Registration notices: the subject's words ("Waiting list: <event title>")
      "notify.registered": "تم استلام التسجيل", "notify.confirmed": "تأكيد المقعد",
      "notify.waitlisted": "قائمة الانتظار", "notify.offered": "مقعد لكم",
      "notify.cancelled": "إلغاء التسجيل",
      // The planning timeline (convene plan): headings, statuses, what the workspace shows, standard tasks
      "plan.plan": "الجدول الزمني للتحضير", "plan.task": "المهمة", "plan.due": "الموعد",
      "plan.owner": "المسؤول", "plan.status": "الحالة", "plan.done": "منجزة", "plan.open": "مستحقة",
      "plan.late": "متأخرة", "plan.doneOn": "أُنجزت في {date}", "plan.inDays": "بعد {n} يوم", "plan.inDays.two": "بعد يومين", "plan.inDays.few": "بعد {n} أيام", "plan.inDays.many": "بعد {n} يوماً",
      "plan.today": "اليوم", "plan.daysLate": "متأخرة {n} يوم", "plan.daysLate.one": "متأخرة يوماً واحداً", "plan.daysLate.two": "متأخرة يومين", "plan.daysLate.few": "متأخرة {n} أيام", "plan.daysLate.many": "متأخرة {n} يوماً", "plan.seen": "مُلاحَظ",
      "plan.summary": "منجزة: {done}، مستحقة: {open}، متأخرة: {late} (اليوم: {today})",
      "plan.evidence.registered": "عدد المسجّلين: {n}",
      "plan.evidence.places": "المقاعد المحجوزة: {held} من {capacity}",
      "plan.evidence.closes": "يُغلق التسجيل في {date}", "plan.evidence.releases": "عدد الإصدارات المنشورة: {n}",
      "plan.evidence.invitations": "الدعوات المرسلة: {sent}، غير المرسلة: {waiting}؛ حاملو مقاعد بلا دعوة: {without}",
      "plan.evidence.notices": "الإشعارات المرسلة: {sent}، للكتابة أو الإرسال: {due}",
      "plan.evidence.letters": "خطابات التأشيرة: {written} من {needed}",
      "plan.evidence.responses": "عدد الردود على الاستبيان: {n}", "plan.evidence.report": "التقرير مكتوب",
      "plan.evidence.noReport": "لا تقرير بعد", "plan.task.venue-booked": "حجز المكان",
      "plan.task.registration-opened": "فتح التسجيل", "plan.task.visa-letters": "إرسال خطابات دعم التأشيرة",
      "plan.task.interpreters-booked": "حجز المترجمين الفوريين",
      "plan.task.travel-booked": "حجز السفر والفنادق", "plan.task.registration-closed": "إغلاق التسجيل",
      "plan.task.registrants-told": "إبلاغ كل مسجّل بوضعه", "plan.task.schedule-published": "نشر البرنامج",
      "plan.task.invitations-sent": "إرسال دعوات التقويم",
      "plan.task.rooming-list": "إرسال قوائم الغرف إلى الفنادق",
      "plan.task.pickups-arranged": "ترتيب الاستقبال في المطار", "plan.task.badges-printed": "طباعة الشارات",
      "plan.task.feedback-form-sent": "إرسال استمارة التقييم",
      "plan.task.feedback-collected": "جمع التقييمات",
      "plan.task.report-written": "كتابة تقرير الرصد والتقييم", "plan.task.follow-up": "متابعة الالتزامات",
      // The planning timeline: one day
      "plan.tomorrow": "غداً",
      // Travel and logistics (convene travel): rooming lists, airport pick-ups, dietary and access needs
      "travel.rooming": "قائمة الغرف", "travel.hotel": "الفندق", "travel.room": "الغرفة",
      "travel.guests": "النزلاء", "travel.checkIn": "الوصول", "travel.checkOut": "المغادرة",
      "travel.nights": "الليالي", "travel.roomNights": "ليلة فندقية", "travel.rooms": "غرف",
      "travel.roomsPerNight": "الغرف لكل ليلة", "travel.night": "الليلة",
      "travel.noDates": "التواريخ غير محددة", "travel.pickups": "الاستقبال في المطار",
      "travel.arriving": "الوصول", "travel.flights": "الرحلات", "travel.people": "الأشخاص",
      "travel.noFlight": "لم تُحدد رحلة جوية، فلا استقبال في المطار (برًا أو بالقطار؟): {names}", "travel.needs": "الاحتياجات الغذائية واحتياجات الإتاحة",
      "travel.dietary": "الاحتياجات الغذائية", "travel.access": "احتياجات الإتاحة",
      "travel.need": "الاحتياج", "travel.count": "العدد",
      "travel.smallCounts": "الاحتياجات التي تخص أقل من {n} أشخاص تظهر ‎<{n}‎: يُرجى الاستعداد لما يصل إلى {max}.",
      "travel.noNeeds": "لا شيء.", "travel.need.vegetarian": "نباتي", "travel.need.vegan": "نباتي صرف",
      "travel.need.halal": "حلال", "travel.need.kosher": "كوشر",
      "travel.need.gluten-free": "خالٍ من الغلوتين", "travel.need.lactose-free": "خالٍ من اللاكتوز",
      "travel.need.nut-allergy": "حساسية المكسرات", "travel.need.diabetic": "مريض سكري",
      "travel.need.wheelchair": "وصول بالكرسي المتحرك", "travel.need.step-free": "وصول بلا درج",
      "travel.need.hearing-loop": "حلقة سمعية", "travel.need.sign-language": "ترجمة بلغة الإشارة",
      "travel.need.large-print": "طباعة بخط كبير", "travel.need.assistance": "مساعدة شخصية",
      "travel.need.quiet-room": "غرفة هادئة",
      // Visa support letters (convene letters visa)
      "letter.title": "خطاب دعم لطلب تأشيرة", "letter.dated": "التاريخ: {date}",
      "letter.reference": "المرجع: {ref}", "letter.to": "إلى الجهات القنصلية المعنية",
      "letter.subject": "الموضوع: خطاب دعم لطلب تأشيرة {name}", "letter.greeting": "السيدات والسادة،",
      "letter.invitation": "يسرّ {organisation} دعوة الشخص المذكور أدناه للمشاركة في {event}، التي ستُعقد في {venue}، {address}، من {start} إلى {end}.",
      "letter.funded": "تتكفّل {organisation} بنفقات السفر والإقامة خلال الفعالية.",
      "letter.selfFunded": "نفقات السفر والإقامة على حساب الشخص المدعو أو مؤسسته.",
      "letter.selfFunded.woman": "نفقات سفرها وإقامتها على حسابها أو على حساب مؤسستها.",
      "letter.selfFunded.man": "نفقات سفره وإقامته على حسابه أو على حساب مؤسسته.",
      "letter.request": "نكون ممتنين لو تفضلتم بمنح الشخص المدعو التأشيرة اللازمة للمشاركة. ونبقى رهن إشارتكم على العنوان أعلاه لأي استفسار بشأن هذه الدعوة.",
      "letter.request.woman": "نكون ممتنين لو تفضلتم بمنحها التأشيرة اللازمة للمشاركة. ونبقى رهن إشارتكم على العنوان أعلاه لأي استفسار بشأن هذه الدعوة.",
      "letter.request.man": "نكون ممتنين لو تفضلتم بمنحه التأشيرة اللازمة للمشاركة. ونبقى رهن إشارتكم على العنوان أعلاه لأي استفسار بشأن هذه الدعوة.",
      "letter.closing": "وتفضلوا بقبول فائق الاحترام والتقدير،", "letter.name": "الاسم الكامل",
      "letter.nationality": "الجنسية", "letter.passport": "رقم جواز السفر",
      "letter.expiry": "جواز السفر صالح حتى", "letter.position": "الصفة", "letter.arrival": "الوصول",
      "letter.departure": "المغادرة",
      // Travel: people a list leaves out
      "travel.noHotel": "بلا فندق: {names}", "travel.noArrival": "موعد الوصول غير محدد: {names}",
      // Badges
      "badge.badges": "الشارات", "badge.languages": "اللغات",
      "badge.category.mayor": "رئيس بلدية", "badge.category.local-official": "حكومة محلية",
      "badge.category.youth": "الشباب", "badge.category.civil-society": "المجتمع المدني",
      "badge.category.national-government": "الحكومة الوطنية", "badge.category.multilateral": "منظمة متعددة الأطراف",
      "badge.category.private-sector": "القطاع الخاص", "badge.category.practitioner": "خبير",
      "badge.category.media": "الإعلام", "badge.category.network-staff": "فريق الشبكة",
      // Certificates of attendance
      "certificate.certificate": "شهادة حضور", "certificate.certifies": "نشهد بأن",
      "certificate.attended": "حضر/حضرت الجلسات التالية من", "certificate.attended.woman": "حضرت الجلسات التالية من",
      "certificate.attended.man": "حضر الجلسات التالية من", "certificate.share": "{attended} من أصل {expected} جلسات",
      "certificate.date": "التاريخ", "certificate.time": "الوقت", "certificate.session": "الجلسة",
      "certificate.code": "رمز التحقق",
      "certificate.verify": "يمكن للمنظمين التحقق من هذه الشهادة برمزها: {organiser}.",
      "certificate.for": "عن المنظمين",
    ],
    headers: [
      // Registration fields (Google Forms "الطابع الزمني", "عنوان البريد الإلكتروني"; Microsoft Forms "وقت الإكمال",
      // "وقت الانتهاء")
      "email": ["البريد الإلكتروني", "بريد إلكتروني", "عنوان البريد الإلكتروني", "البريد", "الإيميل", "الايميل"],
      // Words that say whose or which of a person's addresses an e-mail question asks for
      // The first header of a Microsoft Forms export (`ID`)
      "forms_id": ["المعرف", "المعرّف", "معرف"],
      "email_owner": ["الشخصي", "للتواصل", "المهني", "الخاص", "المشارك", "المشاركة"],
      "publish_name": [
        "نشر", "النشر", "الموافقة", "موافقة", "بنشر", "تسمح بنشر", "ظهور اسمي", "ظهور اسمك", "أوافق على ظهور", "أوافق على نشر",
      ],
      "other_consent": [
        "التسجيل", "تسجيل", "التصوير", "تصوير", "الصور", "صور", "صورة", "صوري", "صورتي", "الفيديو", "فيديو", "الإعلام",
        "الصوت", "البث", "بث", "مباشر", "التواصل", "الاجتماعي",
      ],
      "timestamp": [
        "الطابع الزمني", "طابع زمني", "وقت الإرسال", "تاريخ الإرسال", "وقت الإكمال", "وقت الانتهاء", "وقت التسجيل", "تاريخ التسجيل",
        "تاريخ الطلب",
      ],
      "first_name": ["الاسم الأول", "اسم الأول", "الاسم الاول", "الاسم الشخصي"],
      "last_name": ["اسم العائلة", "الكنية", "اللقب", "الاسم الأخير", "الاسم العائلي", "النسب", "اسم الأسرة"],
      "middle_name": ["اسم الأب", "اسم الاب"],
      "second_last_name": ["اسم العائلة الثاني", "الكنية الثانية"],
      "organisation": ["المنظمة", "الجهة", "المؤسسة", "الهيئة", "جهة العمل", "منظمة", "مؤسسة"],
      "title": ["المسمى الوظيفي", "الوظيفة", "المنصب", "الصفة", "الدور", "الدور في", "دورك في", "المنصب في"],
      "name": [
        "الاسم الكامل", "الاسم", "اسم", "الاسم الثلاثي", "الاسم بالكامل", "اسم المشارك",
        // "Name and surname", the Maghreb's wording of a whole name, with and without a space after و
        "الاسم واللقب", "الاسم و اللقب",
      ],
      "city": ["المدينة", "مدينة", "البلدية", "مدينة الإقامة"],
      "country": ["البلد", "الدولة", "بلد", "دولة", "الجنسية", "بلد الإقامة"],
      "region": ["المنطقة", "الإقليم"],
      "secondary": ["الجنسية"],
      "category": ["الفئة", "فئة", "فئة المشارك", "نوع المشارك", "الجهة المعنية"],
      "gender": ["الجنس", "النوع الاجتماعي", "الجندر", "النوع"],
      "age_group": ["العمر", "السن", "الفئة العمرية", "العمر بالسنوات", "عمرك", "كم عمرك", "سنك"],
      "languages": ["اللغات", "اللغة", "لغة العمل"],
      "needs": ["الاحتياجات", "احتياجات خاصة", "الاحتياجات الخاصة", "إمكانية الوصول", "النظام الغذائي"],
      "timezone": ["المنطقة الزمنية", "التوقيت"],
      "arrival": ["الوصول", "تاريخ الوصول", "موعد الوصول"],
      "departure": ["المغادرة", "تاريخ المغادرة", "موعد المغادرة"],
      "unavailable": ["غير متاح", "غير متوفر", "أوقات عدم التوفر"],
      "cohorts": ["الفوج", "المجموعة", "الوفد"],
      // Form tools' own columns that hold nothing a participant needs (Microsoft Forms)
      // The length of someone's time in a call (Teams' `المدة في الاجتماع`, in-meeting duration)
      "meeting_report": ["مدة الاجتماع", "المدة بالدقائق", "المدة دقائق", "مدة الحضور في الاجتماع", "المدة في الاجتماع"],
      "survey_sheet": ["معرف المستجيب", "معرف المجمع"],
      "survey_end": ["تاريخ الانتهاء"],
      "answer_kind": ["الإجابة", "إجابة مفتوحة"],
      "ticket": ["رقم التذكرة", "رقم الحاضر"],
      "other_choice": ["أخرى", "غير ذلك", "أخرى يرجى التحديد"],
      "ignore": [
        "المعرف", "وقت البدء", "وقت آخر تعديل",
        // Teams' first join and last leave of a call: never the event's arrival or departure
        "الانضمام الأول", "المغادرة الأخيرة", "معرف المشارك",
        // Where and when a person was born (visa forms): never where they live
        "بلد الميلاد", "مدينة الميلاد", "مكان الميلاد", "محل الميلاد", "تاريخ الميلاد", "بلد الولادة", "مكان الولادة",
      ],
      // Attendance and feedback columns
      // A meeting tool's approval of each registration (Zoom: approved, pending, denied)
      "approval": ["حالة الموافقة", "حالة التسجيل", "الحالة", "حالة الطلب"],
      // A column of its own for one status, ticked or answered نعم where it applies
      "declined_box": [
        "ملغى", "ملغي", "ملغاة", "إلغاء", "الإلغاء", "منسحب", "مسترد", "غائب", "غائبة", "انسحب", "انسحبت", "لم يحضر",
      ],
      "waitlisted_box": ["قائمة الانتظار", "على قائمة الانتظار", "في قائمة الانتظار", "قائمة انتظار"],
      // A form's question whether the person will come
      "rsvp": ["هل ستحضر", "هل ستحضرين", "هل تؤكد مشاركتك", "هل تؤكد حضورك", "هل يمكنك الحضور", "الحضور"],
      "participant": ["رقم المشارك", "معرف المشارك"],
      // A sign-in sheet's column of names
      "attendee": ["المشارك", "المشاركة", "المشارك ة"],
      "badge": ["رقم", "الرقم", "الشارة", "المعرف"],
      "session": ["الجلسة", "الورشة"],
      "day": ["اليوم", "التاريخ"],
      "status": ["الحالة", "الحضور", "حاضر", "هل حضر"],
      "meeting_flag": ["ضيف", "الموافقة على التسجيل", "في غرفة الانتظار"],
      "absent_mark": ["غائب", "غياب", "الغياب"],
      "signature": ["التوقيع", "توقيع", "توقيع المشارك"],
      "check_in_time": [
        "الوقت", "وقت الوصول", "وقت الحضور", "وقت الانضمام", "أول انضمام", "وقت أول انضمام", "وقت المسح", "وقت تسجيل الحضور",
        "وقت الدخول",
      ],
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
      under: ["أقل من", "دون", "تحت", "أو أقل", "فأقل", "وأقل", "أصغر من", "ما دون"],
      over: ["فأكثر", "وأكثر", "أو أكثر", "فما فوق", "وما فوق", "أكثر من", "أكبر من", "ما فوق", "فوق"],
      upTo: ["حتى", "لغاية", "إلى غاية"],
      atLeast: ["ابتداء من", "على الأقل"],
      ageWords: ["سنة", "سنوات", "سنين", "عاما", "عام", "عمر", "العمر"],
      yes: ["نعم", "أوافق", "موافق", "موافقة", "نعم أوافق", "صحيح"],
      no: ["لا", "لا أوافق", "غير موافق", "أرفض", "خطأ"],
      courtesies: ["بالتأكيد", "طبعا", "شكرا", "بكل سرور", "من فضلك"],
      listWords: ["و"],
      listPrefixes: ["و"],
      categories: [
        "mayor": [
          "عمدة", "رئيس بلدية", "رئيسة بلدية", "رئيس البلدية", "نائب رئيس البلدية", "رئيس المجلس البلدي", "أمين العاصمة",
          // Morocco's commune council presidents, its mayors.
          "رئيس المجلس الجماعي", "رئيسة المجلس الجماعي", "رئيس جماعة", "رئيسة جماعة", "رئيس الجماعة",
        ],
        "local-official": [
          "مسؤول في الحكومة المحلية", "الحكومة المحلية",
          "مسؤول محلي", "مسؤولة محلية", "موظف بلدي", "موظفة بلدية", "عضو مجلس بلدي", "عضو المجلس البلدي",
          "حكومة محلية", "سلطة محلية", "إدارة محلية", "جماعة محلية",
          // The Maghreb's elected municipal councillor (Tunisia, Algeria; Morocco's communal councillor)
          "مستشار بلدي", "مستشارة بلدية", "مستشار جماعي", "مستشارة جماعية", "مستشار في المجلس البلدي",
          "مستشارة في المجلس البلدي", "مستشار بالمجلس البلدي", "مستشارة بالمجلس البلدي", "مستشار في المجلس الجماعي",
          "مستشار بالمجلس الجماعي", "عضو المجلس الجماعي", "عضو مجلس جماعي", "عضوة مجلس بلدي",
          // The Levant's mukhtar, head of a neighbourhood or village
          "مختار", "مختارة", "مختار الحي", "مختار القرية", "مختار المحلة",
        ],
        "youth": ["شباب", "شاب", "شابة", "الشباب", "ممثل الشباب", "طالب", "طالبة"],
        "civil-society": [
          "المجتمع المدني", "مجتمع مدني", "منظمة غير حكومية", "جمعية", "منظمة مجتمع مدني", "منظمات المجتمع المدني",
          "منظمات مجتمع مدني", "منظمة المجتمع المدني",
        ],
        "national-government": ["الحكومة الوطنية", "حكومة وطنية", "حكومة", "وزارة", "الحكومة", "محافظ", "محافظة", "وزير", "وزيرة", "والي"],
        "multilateral": [
          "الأمم المتحدة", "منظمة دولية", "منظمة إقليمية", "جهة مانحة", "متعدد الأطراف", "منظمة متعددة الأطراف",
        ],
        "private-sector": ["القطاع الخاص", "قطاع خاص", "شركة"],
        "practitioner": ["خبير", "خبيرة", "باحث", "باحثة", "أكاديمي", "أكاديمية", "ممارس", "مستشار"],
        "media": ["وسائل الإعلام", "إعلام", "الإعلام", "صحفي", "صحفية", "صحافة", "إعلامي"],
        "network-staff": ["فريق الشبكة", "موظفو الشبكة", "الأمانة", "المنظمون", "وحدة إدارة الشبكة"],
      ],
      present: ["حاضر", "حاضرة", "حضر", "حضرت"],
      absent: ["غائب", "غائبة", "غاب", "لم يحضر", "معتذر"],
      // A registration's status meaning the person is not coming (Zoom's denied, KoboToolbox's
      // not approved, a Status column an organiser adds)
      declined: [
        "مرفوض", "مرفوضة", "ملغى", "ملغي", "ملغاة", "ملغية", "منسحب", "منسحبة", "رفض", "الرفض", "تم الرفض",
        "تم رفضه", "تم الإلغاء", "ألغي", "انسحب", "انسحبت", "ألغيت", "إلغاء", "الإلغاء", "مسترد", "تم الاسترداد",
        "اعتذر", "اعتذرت", "معتذر", "غائب", "غائبة", "غاب", "غياب", "يغيب", "تغيب", "سيغيب",
        "تعذر الحضور",
        // An apology for not coming (`اعتذار`, `معتذرة`)
        "اعتذار", "معتذرة", "يعتذر", "تعتذر", "أرسل اعتذاره", "أرسلت اعتذارها",
        "يعتذر عن الحضور", "تعتذر عن الحضور", "اعتذر عن الحضور", "اعتذرت عن الحضور",
        // She cancelled
        "ألغت",
        // Taken off a list (`أزيل من قائمة الانتظار`)
        "أزيل", "أزيلت", "حذف", "حذفت", "محذوف", "محذوفة",
      ],
      // Words of a status saying the registration stands, and the negations that reverse them
      attending: [
        "مقبول", "مقبولة", "موافق", "موافقة", "موافق عليه", "موافق عليها", "تمت الموافقة", "معتمد",
        "مؤكد", "مؤكدة", "تم التأكيد", "مسجل", "مسجلة", "يحضر",
        "تحضر", "يشارك", "تشارك", "حاضر", "حاضرة", "حضر", "حضرت", "شارك", "شاركت", "مشارك", "مشاركة", "سيحضر",
        "ستحضر", "سيشارك", "قيد المراجعة",
        "الحضور", "حضور", "يتمكن من الحضور", "تتمكن من الحضور", "سأحضر", "سأكون هناك",
        // `لن أحضر` (I will not come): the first person, with or without its hamza
        "أحضر",
        // `لم يعد مشاركا` (no longer taking part)
        "مشاركا",
      ],
      // Where the person stands at the door: says nothing of the registration
      checkIn: ["تسجيل الوصول", "تم تسجيل الوصول", "لم يتم تسجيل الوصول"],
      // `مستحيل الحضور` (impossible to attend) reverses what follows
      negations: ["لا", "لن", "لم", "غير", "ليس", "ليست", "بدون", "عدم", "مستحيل", "يستحيل"],
      waitlisted: ["قائمة الانتظار", "على قائمة الانتظار", "في قائمة الانتظار", "قائمة انتظار"],
      statusFillers: [
        "على", "في", "من", "تم", "أستطيع", "يستطيع", "تستطيع", "نستطيع", "يمكن", "يمكنني", "يمكنه", "سوف", "قد",
        "التسجيل", "الطلب", "الحالة", "آسف", "عذرا", "يعد",
        // How a status was given (`مؤكد عبر الهاتف`, `بالبريد الإلكتروني`)
        "عبر", "الهاتف", "هاتف", "هاتفيا", "بالهاتف", "البريد", "بالبريد", "البريد الإلكتروني", "بالبريد الإلكتروني",
        "الإلكتروني", "واتساب",
      ],
      // What Microsoft Teams writes in brackets after a guest's name (`Moussa Diop (Invité)`)
      guestMarks: ["ضيف", "خارجي", "غير متحقق منه", "لم يتم التحقق منه"],
      scaleLow: ["غير راض على الإطلاق", "غير راض", "غير راضٍ", "غير راضية", "غير مفيد", "غير مفيد على الإطلاق", "غير مفيدة", "سيء", "سيئ", "سيء جدا", "سيئ جدا", "ضعيف", "ضعيف جدا", "لا أوافق", "لا أوافق بشدة", "أعارض", "أعارض بشدة", "غير محتمل", "الأسوأ", "سيئ للغاية"],
      scaleHigh: ["راض جدا", "راضٍ جدًا", "راض جدًا", "راضية جدا", "راض", "راضٍ", "راضية", "مفيد جدا", "مفيد جدًا", "مفيد", "مفيدة", "ممتاز", "ممتازة", "جيد جدا", "جيد جدًا", "جيد", "أوافق بشدة", "أوافق", "موافق بشدة", "موافق", "محتمل جدا", "الأفضل", "ممتاز جدا"],
      entourage: ["مكتب", "ديوان", "فريق", "مستشار", "مستشارة", "مساعد", "مساعدة", "سكرتير", "سكرتيرة", "ممثل", "ممثلة", "زوجة", "زوج", "حرم", "ناطق", "متحدث", "المتحدث", "مرشح", "مرشحة", "سائق", "مرافق", "مرافقة", "حارس", "مترجم", "مصور", "صحفي", "للشباب", "الشباب", "للأطفال", "الأطفال", "الطلاب"],
      formerly: ["سابق", "سابقة", "السابق", "السابقة", "أسبق", "الأسبق", "متقاعد", "متقاعدة", "حتى"],
      commitmentStatuses: [
        "done": ["تم", "تم الإنجاز", "منجز", "مكتمل", "اكتمل", "نفذ", "تم التنفيذ"],
        "in-progress": ["جار", "جاري", "جاري التنفيذ", "جار التنفيذ", "قيد الإنجاز", "قيد العمل", "بدأ"],
        "not-started": ["لم يبدأ بعد", "لم يبدأ العمل", "لم نبدأ", "لم يبدأ التنفيذ"],
        "dropped": ["ألغي", "تم الإلغاء", "متوقف", "توقف", "تخلينا عنه", "تم التخلي عنه"],
      ],
      languageNames: [
        "ar": ["عربي", "عربية", "اللغة العربية"], "fr": ["فرنسي", "فرنسية", "اللغة الفرنسية"],
        "en": ["انجليزي", "إنجليزي", "انكليزي", "إنكليزية", "انجليزية", "اللغة الإنجليزية"],
        "es": ["إسباني", "اسبانية"], "pt": ["برتغالي", "برتغالية"],
      ],
      // Compound names, in Arabic script and in the Latin spellings of Arabic names.
      nameJoinsNext: ["عبد", "أبو", "ابو", "أبي", "ابي", "أبا", "Abd", "Abdel", "Abdul", "Abdal", "Abu", "Abou"],
      nameJoinsPrevious: ["الله", "الدين", "Allah", "Ullah", "Eddine", "Uddin", "Addin"]
    )
  )
}
