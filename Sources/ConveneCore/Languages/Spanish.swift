extension LanguagePack {
  /// Spanish.
  public static let spanish = LanguagePack(
    code: "es", name: "Español",
    labels: [
      // Calendar events (invitations and the agenda's .ics)
      "calendar.participant": "Participante", "calendar.speakers": "Ponentes", "calendar.moderators": "Moderación",
      "calendar.track": "Eje temático", "calendar.language": "Idioma", "calendar.interpretation": "interpretación",
      "calendar.localTime": "Su hora local ({zone})",
      // Agendas
      "agenda.agenda": "Programa", "agenda.time": "Hora", "agenda.room": "Sala", "agenda.session": "Sesión",
      "agenda.speakers": "Ponentes", "agenda.moderators": "Moderación", "agenda.interpretation": "Interpretación",
      "agenda.version": "versión", "agenda.draft": "borrador, aún no publicado", "agenda.timesIn": "Horas locales", "agenda.personalFor": "Programa personal de",
      // Reports
      "report.report": "Informe de seguimiento y evaluación", "report.network": "Informe de la red",
      "report.events": "Eventos", "report.event": "Evento", "report.kind": "Tipo", "report.dates": "Fechas",
      // Kinds of event (`EventKind`)
      "report.kind.workshop": "Taller", "report.kind.regional-workshop": "Taller regional", "report.kind.global-summit": "Cumbre mundial",
      "report.kind.webinar": "Seminario web", "report.kind.briefing": "Sesión informativa", "report.kind.training": "Formación",
      "report.kind.exchange": "Intercambio entre pares", "report.kind.site-visit": "Visita de campo", "report.kind.leadership-initiative": "Iniciativa de liderazgo",
      "report.keyFigures": "Cifras clave", "report.indicator": "Indicador", "report.value": "Valor",
      "report.n": "n", "report.target": "Meta", "report.met": "alcanzada", "report.notMet": "no alcanzada",
      "report.allEvents": "Todos los eventos", "report.charts": "Gráficos", "report.breakdowns": "Desgloses",
      "report.group": "Grupo", "report.participationByCategory": "Participación por categoría",
      "report.funnel": "Inscripción, confirmación y asistencia", "report.satisfaction": "Satisfacción: respuestas",
      "report.knowledge": "Conocimientos antes y después (media, 1-5)",
      "report.before": "Antes", "report.after": "Después", "report.all": "Todos",
      "report.commitments": "Compromisos de seguimiento",
      "report.commitmentsWithheld": "{n} más no se reproducen: nombran a una persona o dan datos de contacto.",
      "report.commitmentsWithheld.one": "{n} más no se reproduce: nombra a una persona o da datos de contacto.",
      "report.privacy":
        "No se muestra ningún grupo de menos de {threshold} personas: esas celdas, y tantas otras como haga falta para que ninguna pueda deducirse de las cifras mostradas aquí o en un informe anterior, aparecen como «oculto». Un porcentaje sobre un grupo pequeño muestra solo su n. Las respuestas del evento completo a una pregunta se cuentan a partir de {answers} personas que la respondieron.",
      "report.thresholdByEvent": "Cada evento fija su propio umbral, de {min} a {max} aquí: no se muestra un grupo por debajo del de su evento.",
      "report.suppressed": "oculto", "report.otherOrNotStated": "otro o sin dato",
      "report.noAttendance": "Todavía no se ha registrado ninguna asistencia.",
      "report.total": "Total", "report.category": "Categoría", "report.gender": "Género",
      "report.age_group": "Grupo de edad", "report.region": "Región", "report.country": "País",
      "report.session": "Sesión", "report.answer": "Respuesta", "report.registered": "Inscritos",
      "report.confirmed": "Confirmados", "report.attended": "Asistentes", "report.notGiven": "sin dato",
      // Reports: the network's regions (countries are named from the country table)
      "report.region.central-asia-and-caucasus": "Asia Central y Cáucaso", "report.region.east-asia-and-pacific": "Asia Oriental y el Pacífico",
      "report.region.east-and-southern-africa": "África Oriental y Meridional", "report.region.europe": "Europa",
      "report.region.latin-america-and-the-caribbean": "América Latina y el Caribe", "report.region.middle-east-and-north-africa": "Oriente Medio y Norte de África",
      "report.region.north-america": "América del Norte", "report.region.south-asia": "Asia Meridional",
      "report.region.west-and-central-africa": "África Occidental y Central",
      // Reports: whom a count of places counts
      "report.among.attended": "entre los asistentes",
      "report.among.confirmed": "entre los confirmados, pues no se registró asistencia",
      "report.among.expected": "entre los asistentes, o los confirmados donde no se registró asistencia",
      // Reports: the groups people are counted in, and the standard indicators (an event's own label in
      // the language comes first; these stand in for the standard ones)
      "report.gender.woman": "mujer", "report.gender.man": "hombre", "report.gender.non-binary": "no binario",
      "report.gender.other": "otro", "report.gender.prefer-not-to-say": "prefiere no decirlo",
      "report.ageUnder": "menos de {n} años", "indicator.registered": "Participantes inscritos",
      "indicator.confirmed": "Participantes confirmados", "indicator.attended": "Participantes que asistieron",
      "indicator.attendance-rate": "Tasa de asistencia (% de confirmados)",
      "indicator.session-attendance": "Asistencia por sesión", "indicator.cities": "Ciudades representadas",
      "indicator.countries": "Países representados", "indicator.responses": "Respuestas al cuestionario",
      "indicator.response-rate": "Tasa de respuesta (% de participantes)",
      "indicator.satisfaction-mean": "Satisfacción (media, 1-5)",
      "indicator.satisfied": "Satisfechos (% que responde 4 o 5)",
      "indicator.satisfaction-distribution": "Satisfacción: respuestas",
      "indicator.session-usefulness": "Utilidad por sesión (media, 1-5)",
      "indicator.knowledge-before": "Conocimientos antes (media de quienes respondieron a ambas, 1-5)",
      "indicator.knowledge-after": "Conocimientos después (media de quienes respondieron a ambas, 1-5)",
      "indicator.knowledge-change": "Cambio en los conocimientos (media de después menos antes, de quienes respondieron a ambas)",
      "indicator.intend-to-act": "Tienen previsto actuar (%)", "indicator.nps": "Net Promoter Score",
      "indicator.commitments": "Compromisos de seguimiento asumidos",
      // The feedback form
      "form.feedback": "Cuestionario de evaluación",
      "form.intro":
        "Gracias por su participación. Sus respuestas ayudan a la red a mejorar sus eventos. Este formulario funciona sin conexión: rellénelo, guarde sus respuestas y envíe el archivo guardado a los organizadores.",
      "form.aboutYou": "Sobre usted", "form.identify": "Quién responde",
      "form.identifyHint":
        "Indique el número de participante que figura en su invitación, o su correo electrónico, para que su respuesta se cuente una sola vez. Deje ambos vacíos para responder de forma anónima.",
      "form.participantId": "Número de participante (por ejemplo p012)", "form.email": "Correo electrónico",
      "form.questions": "Preguntas", "form.session": "Sesión", "form.notAttended": "No asistí",
      "form.profile": "Un poco más sobre usted",
      "form.profileHint": "Solo si no lo indicó al inscribirse. Todas estas respuestas son opcionales.",
      "form.save": "Guardar mis respuestas", "form.missing": "Por favor, responda:",
      "form.badEmail": "El correo electrónico no parece correcto.",
      "form.saved": "Sus respuestas se guardaron en {file}. Envíe este archivo a los organizadores.",
      "form.offline": "No se envía nada por internet: sus respuestas quedan en el archivo que guarda.",
      // Sign-in sheets
      "sheet.signIn": "Hoja de firmas", "sheet.wholeDay": "Registro de asistencia del día",
      "sheet.expected": "Previstos", "sheet.id": "N.º", "sheet.name": "Nombre", "sheet.organisation": "Organización",
      "sheet.signature": "Firma",
      // Seguimiento de compromisos
      "followup.title": "Seguimiento de su compromiso",
      "followup.intro":
        "En {event} usted escribió lo que haría a continuación. Cuente a la red cómo le ha ido: sus respuestas la ayudan a apoyar a las ciudades miembro. Este formulario funciona sin conexión: complételo, guarde sus respuestas y envíe el archivo guardado a los organizadores.",
      "followup.commitment": "Su compromiso", "followup.madeAt": "Escrito al final de {event} ({dates}).",
      "followup.asOf": "{months} meses después del evento ({date}).", "followup.respondent": "Número de participante",
      "followup.questions": "Cómo le ha ido", "followup.status": "¿En qué punto está hoy este compromiso?",
      "followup.done": "Cumplido", "followup.inProgress": "En curso", "followup.notStarted": "Sin empezar",
      "followup.dropped": "Abandonado", "followup.changes": "¿Qué ha cambiado gracias a él?",
      "followup.obstacles": "¿Qué lo ha dificultado?", "followup.support": "¿Qué apoyo le gustaría recibir de la red?",
      // Informes de la red
      "network.framework": "Marco de resultados", "network.outcome": "Resultado", "network.output": "Producto",
      "network.year": "Año", "network.baseline": "Línea de base", "network.source": "Fuente", "network.measure": "Medida",
      "network.trend": "Evolución", "network.cityRecords": "Fichas de las ciudades", "network.city": "Ciudad",
      "network.joined": "Adhesión", "network.membership": "Estado", "network.population": "Población",
      "network.participants": "Participaron", "network.commitmentsMade": "Compromisos asumidos",
      "network.followedUp": "Con seguimiento", "network.feedbackMeans": "Evaluación (respuesta media, si respondieron al menos 5)",
      "network.requests": "Solicitudes de apoyo", "network.resolved": "Resueltas", "network.daysToResolve": "Días medios de respuesta",
      "network.officials": "Autoridades nombradas con su consentimiento", "network.nonMember": "Otras ciudades (no miembro o no reconocidas)",
      "network.city_size": "Tamaño de la ciudad", "network.event_kind": "Tipo de evento", "network.topic": "Tema",
      "network.under-100k": "menos de 100.000", "network.100k-500k": "100.000 a 500.000",
      "network.500k-1m": "500.000 a 1 millón", "network.1m-5m": "1 a 5 millones", "network.5m-plus": "5 millones o más",
      "network.quietCities": "Ciudades miembro sin actividad registrada en estos años",
      "network.active": "activa", "network.inactive": "inactiva", "network.left": "dejó la red",
      "network.networkPrivacy":
        "No se muestra ningún grupo de menos de {threshold} personas: esas celdas, y tantas otras como haga falta para que ninguna pueda deducirse de un total, de las demás ciudades, de otra tabla de las mismas personas o de los informes de los eventos, aparecen como «oculto». Un porcentaje sobre un grupo pequeño muestra solo su n. Los números de ciudades, eventos y solicitudes no se refieren a personas y se muestran completos.",
      // E-mail subjects
      "email.invitation": "Invitación", "email.updated": "Actualización", "email.cancelled": "Cancelación",
      // Registration notices: the subject's words ("Waiting list: <event title>")
      "notify.registered": "Inscripción recibida", "notify.confirmed": "Plaza confirmada",
      "notify.waitlisted": "Lista de espera", "notify.offered": "Una plaza para usted",
      "notify.cancelled": "Inscripción cancelada",
      // The planning timeline (convene plan): headings, statuses, what the workspace shows, standard tasks
      "plan.plan": "Calendario de preparación", "plan.task": "Tarea", "plan.due": "Fecha límite",
      "plan.owner": "Responsable", "plan.status": "Estado", "plan.done": "hecha", "plan.open": "pendiente",
      "plan.late": "atrasada", "plan.doneOn": "hecha el {date}", "plan.inDays": "en {n} días",
      "plan.today": "hoy", "plan.daysLate": "{n} días de retraso", "plan.daysLate.one": "{n} día de retraso", "plan.seen": "comprobado",
      "plan.summary": "hechas: {done}, pendientes: {open}, atrasadas: {late} (hoy: {today})",
      "plan.evidence.registered": "{n} inscritos", "plan.evidence.registered.one": "{n} inscrito",
      "plan.evidence.places": "plazas ocupadas: {held} de {capacity}",
      "plan.evidence.closes": "la inscripción cierra el {date}",
      "plan.evidence.releases": "{n} versiones publicadas", "plan.evidence.releases.one": "{n} versión publicada",
      "plan.evidence.invitations": "invitaciones enviadas: {sent}, sin enviar: {waiting}; personas con plaza sin invitación: {without}",
      "plan.evidence.notices": "avisos enviados: {sent}, por escribir o enviar: {due}",
      "plan.evidence.letters": "cartas de visado: {written} de {needed}",
      "plan.evidence.responses": "{n} respuestas al cuestionario", "plan.evidence.responses.one": "{n} respuesta al cuestionario",
      "plan.evidence.report": "informe redactado", "plan.evidence.noReport": "aún no hay informe",
      "plan.task.venue-booked": "Reservar el lugar", "plan.task.registration-opened": "Abrir la inscripción",
      "plan.task.visa-letters": "Enviar las cartas de apoyo para visados",
      "plan.task.interpreters-booked": "Reservar a los intérpretes",
      "plan.task.travel-booked": "Reservar viajes y hoteles",
      "plan.task.registration-closed": "Cerrar la inscripción",
      "plan.task.registrants-told": "Informar a cada inscrito de su situación",
      "plan.task.schedule-published": "Publicar el programa",
      "plan.task.invitations-sent": "Enviar las invitaciones de calendario",
      "plan.task.rooming-list": "Enviar las listas de habitaciones a los hoteles",
      "plan.task.pickups-arranged": "Organizar la recogida en el aeropuerto",
      "plan.task.badges-printed": "Imprimir las credenciales",
      "plan.task.feedback-form-sent": "Enviar el cuestionario de evaluación",
      "plan.task.feedback-collected": "Recoger las evaluaciones",
      "plan.task.report-written": "Redactar el informe de seguimiento y evaluación",
      "plan.task.follow-up": "Dar seguimiento a los compromisos",
      // The planning timeline: one day
      "plan.tomorrow": "mañana",
      // Travel and logistics (convene travel): rooming lists, airport pick-ups, dietary and access needs
      "travel.rooming": "Lista de habitaciones", "travel.hotel": "Hotel", "travel.room": "Habitación",
      "travel.guests": "Huéspedes", "travel.checkIn": "Entrada", "travel.checkOut": "Salida",
      "travel.nights": "Noches", "travel.roomNights": "noches de habitación", "travel.rooms": "habitaciones",
      "travel.roomsPerNight": "Habitaciones por noche", "travel.night": "Noche",
      "travel.noDates": "fechas no indicadas", "travel.pickups": "Recogida en el aeropuerto",
      "travel.arriving": "Llegada", "travel.flights": "Vuelos", "travel.people": "Personas",
      "travel.noFlight": "Vuelo no indicado, así que sin recogida en el aeropuerto (¿carretera o tren?): {names}", "travel.needs": "Necesidades alimentarias y de accesibilidad",
      "travel.dietary": "Necesidades alimentarias", "travel.access": "Necesidades de accesibilidad",
      "travel.need": "Necesidad", "travel.count": "Número",
      "travel.smallCounts": "Las necesidades de menos de {n} personas se muestran como <{n}: prevea hasta {max}.",
      "travel.noNeeds": "Ninguna.", "travel.need.vegetarian": "Vegetariano", "travel.need.vegan": "Vegano",
      "travel.need.halal": "Halal", "travel.need.kosher": "Kosher", "travel.need.gluten-free": "Sin gluten",
      "travel.need.lactose-free": "Sin lactosa", "travel.need.nut-allergy": "Alergia a los frutos secos",
      "travel.need.diabetic": "Diabético", "travel.need.wheelchair": "Acceso en silla de ruedas",
      "travel.need.step-free": "Acceso sin escalones", "travel.need.hearing-loop": "Bucle magnético",
      "travel.need.sign-language": "Interpretación en lengua de signos",
      "travel.need.large-print": "Letra grande", "travel.need.assistance": "Asistencia personal",
      "travel.need.quiet-room": "Sala tranquila",
      // Visa support letters (convene letters visa)
      "letter.title": "Carta de apoyo para solicitud de visado", "letter.dated": "Fecha: {date}",
      "letter.reference": "Ref.: {ref}", "letter.to": "A los servicios consulares correspondientes",
      "letter.subject": "Asunto: carta de apoyo para la solicitud de visado de {name}",
      "letter.greeting": "Estimados señores:",
      "letter.invitation": "{organisation} tiene el placer de invitar a la persona indicada a continuación a participar en {event}, que se celebrará en {venue}, {address}, del {start} al {end}.",
      "letter.funded": "{organisation} cubrirá su viaje y su alojamiento durante el evento.",
      "letter.selfFunded": "Su viaje y su alojamiento corren por su cuenta o por la de su organización.",
      "letter.request": "Les agradeceríamos que le concedieran el visado necesario para asistir. Quedamos a su disposición en la dirección indicada arriba para cualquier consulta sobre esta invitación.",
      "letter.closing": "Atentamente,", "letter.name": "Nombre completo",
      "letter.nationality": "Nacionalidad", "letter.passport": "Número de pasaporte",
      "letter.expiry": "Pasaporte válido hasta", "letter.position": "Cargo", "letter.arrival": "Llegada",
      "letter.departure": "Salida",
      // Travel: people a list leaves out
      "travel.noHotel": "Sin hotel: {names}", "travel.noArrival": "Sin hora de llegada: {names}",
      // Badges
      "badge.badges": "Credenciales", "badge.languages": "Idiomas",
      "badge.category.mayor": "Alcalde/sa", "badge.category.local-official": "Gobierno local",
      "badge.category.youth": "Juventud", "badge.category.civil-society": "Sociedad civil",
      "badge.category.national-government": "Gobierno nacional", "badge.category.multilateral": "Multilateral",
      "badge.category.private-sector": "Sector privado", "badge.category.practitioner": "Especialista",
      "badge.category.media": "Medios", "badge.category.network-staff": "Equipo de la red",
      // Certificates of attendance
      "certificate.certificate": "Certificado de asistencia", "certificate.certifies": "Se certifica que",
      "certificate.attended": "asistió a las siguientes sesiones de", "certificate.share": "{attended} de {expected} sesiones",
      "certificate.date": "Fecha", "certificate.time": "Hora", "certificate.session": "Sesión",
      "certificate.code": "Código de verificación",
      "certificate.verify": "Los organizadores pueden confirmar este certificado con su código: {organiser}.",
      "certificate.for": "Por los organizadores",
    ],
    headers: [
      // Registration fields (Google Forms "Marca temporal", "Dirección de correo electrónico";
      // Microsoft Forms "Hora de finalización", "Correo electrónico"; Zoom "Hora de registro")
      "email": [
        "correo", "correo electronico", "direccion de correo electronico", "direccion de correo", "email",
        "e mail", "correo electronico del usuario", "correo del usuario",
      ],
      // Words that say whose or which of a person's addresses an e-mail question asks for
      // The first header of a Microsoft Forms export
      "forms_id": ["Id"],
      "email_owner": ["personal", "de contacto", "institucional", "laboral", "de trabajo", "profesional", "privado", "del participante", "de la participante", "del delegado", "de la delegada"],
      "other_consent": [
        "grabacion", "grabado", "grabada", "grabar", "foto", "fotos", "fotografia", "fotografias", "fotografiado",
        "fotografiada", "video", "videos", "filmado", "filmada", "medios", "imagen", "imagenes", "audio",
        "audiovisual", "transmision", "directo", "vivo", "redes", "sociales",
      ],
      "publish_name": [
        "publicar", "publicacion", "consentimiento", "autorizo", "publique", "se publique su nombre", "publicado",
        "publicada", "autoriza", "autoriza que su nombre", "aparezca en la lista", "divulgacion", "difusion de su nombre",
        "acepto que mi nombre",
      ],
      "timestamp": [
        "marca temporal", "fecha de envio", "hora de finalizacion", "hora de registro", "fecha de registro",
        "fecha de inscripcion", "hora de inscripcion", "fecha del pedido", "fecha de pedido",
      ],
      "first_name": ["nombres", "primer nombre", "nombre de pila"],
      "last_name": ["apellido", "apellidos", "primer apellido", "apellido paterno"],
      "middle_name": ["segundo nombre", "otros nombres"],
      "second_last_name": ["segundo apellido", "apellido materno"],
      "organisation": ["organizacion", "institucion", "entidad", "empresa", "organismo", "nombre de la organizacion"],
      "title": [
        "cargo", "puesto", "funcion", "titulo", "rol", "puesto de trabajo", "cargo en", "rol en", "puesto en", "funcion en",
      ],
      "name": [
        "nombre completo", "nombre", "nombre y apellido", "nombre y apellidos", "nombre del participante", "nombres y apellidos",
        "apellidos y nombres", "apellido y nombre", "nombres completos", "nombre apellido",
        "nombre nombre original",
      ],
      "city": ["ciudad", "municipio", "localidad", "ciudad de residencia", "lugar de residencia"],
      "country": ["pais", "nacionalidad", "pais region", "pais de residencia"],
      "region": ["region"],
      "secondary": [
        "nacionalidad", "ciudadania",
        // Eventbrite's work address beside the home one (`País de residencia`, `País (casa)`)
        "pais trabajo", "ciudad trabajo", "pais del trabajo", "ciudad del trabajo", "pais de trabajo",
        "ciudad de trabajo", "pais laboral", "ciudad laboral",
      ],
      "category": ["categoria", "tipo de participante", "sector", "grupo de actores"],
      "gender": ["genero", "sexo"],
      "age_group": ["edad", "grupo de edad", "rango de edad", "franja de edad"],
      "languages": ["idiomas", "idioma", "lenguas", "lengua", "idioma de trabajo"],
      "needs": ["necesidades", "accesibilidad", "necesidades especiales", "dieta"],
      "timezone": ["zona horaria", "huso horario"],
      "arrival": ["llegada", "fecha de llegada"],
      "departure": ["salida", "fecha de salida", "partida"],
      "unavailable": ["no disponible", "indisponible"],
      "cohorts": ["cohorte", "cohortes", "delegacion"],
      // Form tools' own columns that hold nothing a participant needs (Microsoft Forms)
      "meeting_report": ["duracion en la reunion", "duracion de la reunion", "duracion minutos"],
      "survey_sheet": ["id del encuestado", "id del recopilador"],
      "survey_end": ["fecha de finalizacion"],
      "answer_kind": ["respuesta", "respuesta abierta"],
      "ticket": ["n.º de entrada", "numero de entrada", "entrada #", "n.º de asistente", "codigo de barras"],
      "other_choice": ["otro", "otros", "otra", "otro especifique", "otro por favor especifique"],
      "ignore": [
        "id", "hora de inicio", "hora de la ultima modificacion", "ultima salida", "primera entrada", "primera llegada",
        // Where and when a person was born (visa forms): never where they live
        "pais de nacimiento", "ciudad de nacimiento", "lugar de nacimiento", "fecha de nacimiento",
        // The buyer's address on a ticket order (Eventbrite): the payer's, never the attendee's
        "pais de facturacion", "ciudad de facturacion", "direccion de facturacion",
      ],
      // Attendance and feedback columns
      // A meeting tool's approval of each registration (Zoom: approved, pending, denied)
      "approval": [
        "estado de aprobacion", "estado de la inscripcion", "estado del registro", "estatus", "estado de validacion",
        "estado", "estado del asistente", "estado del participante", "estado de inscripcion", "estado del pedido",
        "estado de la orden", "estado de registro",
      ],
      // A column of its own for one status, ticked or answered sí where it applies
      "declined_box": [
        "cancelado", "cancelada", "cancelación", "anulado", "anulada", "dado de baja", "reembolsado", "reembolsada",
        "ausente", "baja", "desistió", "se retiró", "retirado", "retirada", "no se presentó", "no asistió",
      ],
      "waitlisted_box": ["lista de espera", "en lista de espera"],
      // A form's question whether the person will come
      "rsvp": [
        "puedes asistir", "puede asistir", "podras asistir", "podra asistir", "asistiras", "asistira",
        "confirma su participacion", "confirmas tu participacion", "confirma su asistencia", "vendras", "rsvp",
      ],
      "participant": ["numero de participante", "id de participante"],
      // A sign-in sheet's column of names
      "attendee": ["participante", "asistente", "participante asistente"],
      "badge": ["numero", "n", "no", "n o", "n.º", "nº", "credencial"],
      "session": ["sesion", "taller"],
      "day": ["dia", "fecha"],
      "status": ["estado", "asistencia", "presente", "asistio"],
      "meeting_flag": ["invitado", "consentimiento de grabacion", "en la sala de espera"],
      "absent_mark": ["ausente", "ausencia"],
      "signature": ["firma", "firma del participante"],
      "check_in_time": [
        "hora", "hora de llegada", "hora de entrada", "primera entrada", "primera participacion", "hora de union", "hora para unirse",
        "hora de ingreso", "hora de escaneo", "hora del escaneo", "fecha de escaneo", "hora de check in", "hora de acreditacion",
      ],
      "response": ["respuesta", "id de respuesta"],
      "answer_language": ["idioma"],
    ],
    bareNames: ["nombre"],
    values: .init(
      genders: [
        "woman": ["mujer", "femenino", "femenina", "fem", "sra", "senora", "srta", "senorita"],
        "man": ["hombre", "masculino", "varon", "masc", "sr", "senor"],
        "non-binary": ["no binario", "no binaria"],
        "other": ["otro", "otra"],
        "prefer-not-to-say": ["prefiero no decirlo", "prefiero no responder", "prefiero no contestar", "prefiero no decir"],
      ],
      // Hombre/Mujer (H/M) or masculino/femenino (M/F): M is either.
      genderLetters: ["woman": ["m", "f"], "man": ["h", "m"]],
      under: [
        "menos de", "menor de", "menores de", "o menos", "y menos", "debajo de", "por debajo de", "inferior a",
        "menor que", "menos que",
      ],
      over: [
        "y mas", "o mas", "mas de", "en adelante", "mayor de", "mayores de", "arriba de", "por encima de",
        "superior a", "mayor que", "mas que",
      ],
      upTo: ["hasta"],
      atLeast: ["a partir de", "desde", "al menos", "minimo"],
      ageWords: ["anos", "ano", "edad", "de edad"],
      yes: ["si", "acepto", "de acuerdo", "estoy de acuerdo", "si acepto", "si autorizo", "autorizo", "verdadero"],
      no: ["no", "no acepto", "no estoy de acuerdo", "no autorizo", "falso"],
      courtesies: ["claro", "por supuesto", "gracias", "por favor", "con gusto", "desde luego", "ok"],
      listWords: ["y", "e"],
      categories: [
        "mayor": [
          "alcalde", "alcaldesa", "teniente de alcalde", "vicealcalde", "vicealcaldesa", "intendente", "intendenta",
          "presidente municipal", "presidenta municipal",
        ],
        "local-official": [
          "funcionario del gobierno local", "funcionaria del gobierno local", "gobierno local",
          "concejal", "concejala", "funcionario municipal", "funcionaria municipal", "gobierno local",
          "autoridad local", "regidor", "regidora", "punto focal", "sindico", "sindica", "edil", "edila",
        ],
        "youth": ["representante de la juventud", "representante de los jovenes", "joven", "jovenes", "juventud", "estudiante", "representante juvenil"],
        "civil-society": ["sociedad civil", "ong", "organizacion de la sociedad civil", "osc", "asociacion"],
        "national-government": [
          "gobierno nacional", "gobierno", "ministerio", "autoridad nacional", "ministro", "ministra", "diputado", "diputada",
        ],
        "multilateral": [
          "naciones unidas", "onu", "organizacion internacional", "organismo internacional", "donante", "multilateral",
          "organizacion multilateral", "organismo multilateral", "organizacion regional",
        ],
        "private-sector": ["sector privado", "empresa", "negocio"],
        "practitioner": ["profesional", "profesional o experto", "experto", "experta", "investigador", "investigadora", "academico", "academica", "consultor", "consultora"],
        "media": ["medios", "medios de comunicacion", "periodista", "prensa"],
        "network-staff": ["personal de la red", "equipo de la red", "secretaria", "organizador", "organizadora"],
      ],
      present: ["presente", "asistio", "firmado"],
      absent: ["ausente", "no asistio", "excusado", "excusada"],
      // A registration's status meaning the person is not coming (Zoom's denied, KoboToolbox's
      // not approved, a Status column an organiser adds)
      declined: [
        "rechazado", "rechazada", "denegado", "denegada", "cancelado", "cancelada", "anulado", "anulada", "retirado",
        "retirada", "desistio", "desistido", "desistida", "se retiro", "baja", "dado de baja", "dada de baja",
        "cancelacion", "anulacion", "reembolsado", "reembolsada", "transferido", "transferida", "declinado",
        "declinada", "ausente", "ausencia", "faltó", "faltará", "faltar",
        "declino",
        // An apology for not coming (`Se excusa`, `Presenta disculpas`)
        "excusado", "excusada", "excusa", "se excusó", "disculpas", "presenta disculpas", "envía disculpas",
        "justificado", "justificada",
        // Did not come (`No se presentó`)
        "no se presentó", "no se presentó al evento",
        // A ticket returned
        "devuelto", "devuelta",
      ],
      // Words of a status saying the registration stands, and the negations that reverse them
      attending: [
        "aprobado", "aprobada", "aceptado", "aceptada", "inscrito", "inscrita", "registrado", "registrada",
        "confirmado", "confirmada", "asistirá", "asistiré", "asiste", "asistió", "asistente", "asistir",
        "participará", "participa", "participó", "participante", "participar", "vendrá", "viene", "va", "va a",
        "irá", "pendiente", "presente", "ir", "venir", "estaré", "estare", "completado", "completada", "pagado", "pagada",
        // A ticket partly refunded is still held
        "reembolso parcial", "parcialmente reembolsado", "parcialmente reembolsada",
      ],
      // Where the person stands at the door: says nothing of the registration
      checkIn: ["check in", "check in realizado", "check in hecho", "check in no realizado"],
      // `Imposible asistir`, `Incapaz de asistir`: they reverse what follows
      negations: ["no", "nunca", "jamás", "sin", "ni", "imposible", "incapaz"],
      waitlisted: ["lista de espera", "en lista de espera"],
      statusFillers: [
        "de", "del", "la", "el", "los", "las", "a", "al", "en", "por", "se", "ya", "lo siento", "siento", "lo", "puedo",
        "puede", "podrá", "podre", "podré", "más", "mas", "allí", "ahí", "inscripción", "pedido", "orden", "estado", "boleto", "entrada", "participación", "asistencia",
        // How a status was given (`Confirmado por teléfono/correo`)
        "teléfono", "correo", "correo electrónico", "email", "e mail", "mail", "sms", "whatsapp", "vía", "llamada",
      ],
      // What Microsoft Teams writes in brackets after a guest's name (`Moussa Diop (Invité)`)
      guestMarks: ["invitado", "invitada", "externo", "externa", "no comprobado", "sin verificar", "no verificado"],
      scaleLow: ["muy insatisfecho", "muy insatisfecha", "insatisfecho", "insatisfecha", "nada satisfecho", "nada satisfecha", "no satisfecho", "nada útil", "poco útil", "no útil", "inútil", "muy malo", "malo", "muy mala", "mala", "totalmente en desacuerdo", "en desacuerdo", "nada", "poco probable", "nada probable", "nada relevante", "poco relevante", "peor", "el peor", "pésimo", "pésima"],
      scaleHigh: ["muy satisfecho", "muy satisfecha", "satisfecho", "satisfecha", "totalmente satisfecho", "totalmente satisfecha", "muy útil", "útil", "excelente", "muy bueno", "muy buena", "bueno", "buena", "totalmente de acuerdo", "de acuerdo", "muy probable", "probable", "muy relevante", "relevante", "mejor", "el mejor", "perfecto", "perfecta"],
      entourage: ["oficina", "despacho", "gabinete", "equipo", "asesor", "asesora", "asesores", "asistente", "secretario", "secretaria", "representante", "esposo", "esposa", "portavoz", "vocero", "vocera", "candidato", "candidata", "chofer", "conductor", "protocolo", "seguridad", "escolta", "interprete", "fotografo", "prensa", "marido", "pareja", "juvenil", "juveniles", "estudiantil", "estudiantiles", "infantil", "infantiles", "jovenes", "ninos", "ninas"],
      formerly: ["ex", "antiguo", "antigua", "anterior", "expresidente", "exalcalde", "exalcaldesa", "retirado", "retirada", "hasta"],
      commitmentStatuses: [
        "done": ["cumplida", "completado", "completada", "terminado", "terminada", "realizado", "realizada", "logrado", "lograda"],
        "in-progress": ["en progreso", "en proceso", "en marcha", "en ejecucion", "iniciado", "iniciada", "en desarrollo"],
        "not-started": ["no iniciado", "no iniciada", "sin iniciar", "sin comenzar", "no empezado", "todavia no", "pendiente"],
        "dropped": ["abandonada", "cancelado", "cancelada", "descartado", "descartada", "suspendido", "suspendida"],
      ],
      languageNames: ["es": ["castellano"], "en": ["ingles"], "fr": ["frances"], "ar": ["arabe"], "pt": ["portugues"]]
    )
  )
}
