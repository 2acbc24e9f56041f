extension LanguagePack {
  /// Spanish.
  public static let spanish = LanguagePack(
    code: "es", name: "Español",
    labels: [
      // Agendas
      "agenda.agenda": "Programa", "agenda.time": "Hora", "agenda.room": "Sala", "agenda.session": "Sesión",
      "agenda.speakers": "Ponentes", "agenda.moderators": "Moderación", "agenda.interpretation": "Interpretación",
      "agenda.version": "versión", "agenda.draft": "borrador, aún no publicado", "agenda.timesIn": "Horas locales", "agenda.personalFor": "Programa personal de",
      // Reports
      "report.report": "Informe de seguimiento y evaluación", "report.network": "Informe de la red",
      "report.events": "Eventos", "report.event": "Evento", "report.kind": "Tipo", "report.dates": "Fechas",
      "report.keyFigures": "Cifras clave", "report.indicator": "Indicador", "report.value": "Valor",
      "report.n": "n", "report.target": "Meta", "report.met": "alcanzada", "report.notMet": "no alcanzada",
      "report.allEvents": "Todos los eventos", "report.charts": "Gráficos", "report.breakdowns": "Desgloses",
      "report.group": "Grupo", "report.participationByCategory": "Participación por categoría",
      "report.funnel": "Inscripción, confirmación y asistencia", "report.satisfaction": "Satisfacción: respuestas",
      "report.knowledge": "Conocimientos antes y después (media, 1-5)",
      "report.before": "Antes", "report.after": "Después", "report.all": "Todos",
      "report.commitments": "Compromisos de seguimiento",
      "report.privacy":
        "Los grupos de menos de 5 personas se muestran como <5; una celda marcada «suppressed» se oculta para que un grupo <5 no pueda deducirse de un total.",
      "report.noAttendance": "Todavía no se ha registrado ninguna asistencia.",
      "report.total": "Total", "report.category": "Categoría", "report.gender": "Género",
      "report.age_group": "Grupo de edad", "report.region": "Región", "report.country": "País",
      "report.session": "Sesión", "report.answer": "Respuesta", "report.registered": "Inscritos",
      "report.confirmed": "Confirmados", "report.attended": "Asistentes", "report.notGiven": "sin dato",
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
        "Los grupos de menos de 5 personas se muestran como <5; una celda marcada suprimido se oculta para que un grupo <5 no pueda deducirse de un total o de las demás ciudades. Los números de ciudades, eventos y solicitudes no se refieren a personas y se muestran completos.",
      // E-mail subjects
      "email.invitation": "Invitación", "email.updated": "Actualización", "email.cancelled": "Cancelación",
      // Badges
      "badge.badges": "Credenciales", "badge.languages": "Idiomas",
      "badge.category.mayor": "Alcaldía", "badge.category.local-official": "Gobierno local",
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
        "e mail",
      ],
      "publish_name": ["publicar", "publicacion", "consentimiento", "autorizo"],
      "timestamp": [
        "marca temporal", "fecha de envio", "hora de finalizacion", "hora de registro", "fecha de registro",
        "fecha de inscripcion",
      ],
      "first_name": ["nombres", "primer nombre", "nombre de pila"],
      "last_name": ["apellido", "apellidos", "primer apellido"],
      "organisation": ["organizacion", "institucion", "entidad", "empresa", "organismo"],
      "title": ["cargo", "puesto", "funcion", "titulo", "rol", "puesto de trabajo"],
      "name": ["nombre completo", "nombre", "nombre y apellido", "nombre y apellidos", "nombre del participante"],
      "city": ["ciudad", "municipio", "localidad"],
      "country": ["pais", "nacionalidad", "pais region"],
      "region": ["region"],
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
      "ignore": ["id", "hora de inicio", "hora de la ultima modificacion"],
      // Attendance and feedback columns
      "participant": ["numero de participante", "id de participante"],
      "badge": ["numero", "n", "no", "n o", "credencial"],
      "session": ["sesion", "taller"],
      "day": ["dia", "fecha"],
      "status": ["estado", "asistencia", "presente"],
      "check_in_time": ["hora", "hora de llegada", "hora de entrada"],
      "response": ["respuesta", "id de respuesta"],
      "answer_language": ["idioma"],
    ],
    bareNames: ["nombre"],
    values: .init(
      genders: [
        "woman": ["mujer", "femenino", "femenina"],
        "man": ["hombre", "masculino", "varon"],
        "non-binary": ["no binario", "no binaria"],
        "other": ["otro", "otra"],
        "prefer-not-to-say": ["prefiero no decirlo", "prefiero no responder", "prefiero no contestar", "prefiero no decir"],
      ],
      under: ["menos de", "menor de", "menores de", "o menos", "y menos"],
      over: ["y mas", "o mas", "mas de", "en adelante", "mayor de", "mayores de"],
      yes: ["si", "acepto", "de acuerdo", "estoy de acuerdo", "si acepto", "si autorizo", "autorizo"],
      no: ["no", "no acepto", "no estoy de acuerdo", "no autorizo"],
      listWords: ["y", "e"],
      categories: [
        "mayor": ["alcalde", "alcaldesa", "teniente de alcalde", "vicealcalde", "vicealcaldesa", "intendente", "intendenta"],
        "local-official": [
          "concejal", "concejala", "funcionario municipal", "funcionaria municipal", "gobierno local",
          "autoridad local", "regidor", "regidora", "punto focal",
        ],
        "youth": ["joven", "jovenes", "juventud", "estudiante", "representante juvenil"],
        "civil-society": ["sociedad civil", "ong", "organizacion de la sociedad civil", "osc", "asociacion"],
        "national-government": ["gobierno nacional", "gobierno", "ministerio", "autoridad nacional"],
        "multilateral": ["naciones unidas", "onu", "organizacion internacional", "organismo internacional", "donante"],
        "private-sector": ["sector privado", "empresa", "negocio"],
        "practitioner": ["experto", "experta", "investigador", "investigadora", "academico", "academica", "consultor", "consultora"],
        "media": ["medios", "medios de comunicacion", "periodista", "prensa"],
        "network-staff": ["personal de la red", "equipo de la red", "secretaria", "organizador", "organizadora"],
      ],
      present: ["presente", "asistio", "firmado"],
      absent: ["ausente", "no asistio", "excusado", "excusada"],
      languageNames: ["es": ["castellano"], "en": ["ingles"], "fr": ["frances"], "ar": ["arabe"], "pt": ["portugues"]]
    )
  )
}
