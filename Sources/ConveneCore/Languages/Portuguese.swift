extension LanguagePack {
  /// Portuguese.
  public static let portuguese = LanguagePack(
    code: "pt", name: "Português",
    labels: [
      // Calendar events (invitations and the agenda's .ics)
      "calendar.participant": "Participante", "calendar.speakers": "Oradores", "calendar.moderators": "Moderação",
      "calendar.track": "Eixo temático", "calendar.language": "Língua", "calendar.interpretation": "interpretação",
      "calendar.localTime": "A sua hora local ({zone})",
      // Agendas
      "agenda.agenda": "Programa", "agenda.time": "Horário", "agenda.room": "Sala", "agenda.session": "Sessão",
      "agenda.speakers": "Oradores", "agenda.moderators": "Moderação", "agenda.interpretation": "Interpretação",
      "agenda.version": "versão", "agenda.draft": "rascunho, ainda não publicado", "agenda.timesIn": "Horários locais", "agenda.personalFor": "Programa pessoal de",
      // Reports
      "report.report": "Relatório de monitoramento e avaliação", "report.network": "Relatório da rede",
      "report.events": "Eventos", "report.event": "Evento", "report.kind": "Tipo", "report.dates": "Datas",
      // Kinds of event (`EventKind`)
      "report.kind.workshop": "Oficina", "report.kind.regional-workshop": "Oficina regional", "report.kind.global-summit": "Cúpula mundial",
      "report.kind.webinar": "Webinário", "report.kind.briefing": "Sessão informativa", "report.kind.training": "Formação",
      "report.kind.exchange": "Intercâmbio entre pares", "report.kind.site-visit": "Visita de campo", "report.kind.leadership-initiative": "Iniciativa de liderança",
      "report.keyFigures": "Números-chave", "report.indicator": "Indicador", "report.value": "Valor",
      "report.n": "n", "report.target": "Meta", "report.met": "atingida", "report.notMet": "não atingida",
      "report.allEvents": "Todos os eventos", "report.charts": "Gráficos", "report.breakdowns": "Desagregações",
      "report.group": "Grupo", "report.participationByCategory": "Participação por categoria",
      "report.funnel": "Inscrição, confirmação e presença", "report.satisfaction": "Satisfação: respostas",
      "report.knowledge": "Conhecimento antes e depois (média, 1-5)",
      "report.before": "Antes", "report.after": "Depois", "report.all": "Todos",
      "report.commitments": "Compromissos de acompanhamento",
      "report.commitmentsWithheld": "Mais {n} não são reproduzidos: nomeiam uma pessoa ou dão contactos.",
      "report.commitmentsWithheld.one": "Mais {n} não é reproduzido: nomeia uma pessoa ou dá contactos.",
      "report.privacy":
        "Nenhum grupo com menos de {threshold} pessoas é mostrado: essas células, e tantas outras quantas forem necessárias para que nenhuma possa ser deduzida dos números mostrados aqui ou num relatório anterior, aparecem como «oculto». Uma porcentagem sobre um grupo pequeno mostra apenas o seu n. As respostas do evento inteiro a uma pergunta são contadas a partir de {answers} pessoas que responderam.",
      "report.thresholdByEvent": "Cada evento fixa o seu próprio limiar, de {min} a {max} aqui: um grupo abaixo do limiar do seu evento não é mostrado.",
      "report.suppressed": "oculto", "report.otherOrNotStated": "outro ou não informado",
      "report.noAttendance": "Nenhuma presença foi registrada ainda.",
      "report.total": "Total", "report.category": "Categoria", "report.gender": "Gênero",
      "report.age_group": "Faixa etária", "report.region": "Região", "report.country": "País",
      "report.session": "Sessão", "report.answer": "Resposta", "report.registered": "Inscritos",
      "report.confirmed": "Confirmados", "report.attended": "Presentes", "report.notGiven": "não informado",
      // Reports: the network's regions (countries are named from the country table)
      "report.region.central-asia-and-caucasus": "Ásia Central e Cáucaso", "report.region.east-asia-and-pacific": "Ásia Oriental e Pacífico",
      "report.region.east-and-southern-africa": "África Oriental e Austral", "report.region.europe": "Europa",
      "report.region.latin-america-and-the-caribbean": "América Latina e Caribe", "report.region.middle-east-and-north-africa": "Oriente Médio e Norte da África",
      "report.region.north-america": "América do Norte", "report.region.south-asia": "Sul da Ásia",
      "report.region.west-and-central-africa": "África Ocidental e Central",
      // Reports: whom a count of places counts
      "report.among.attended": "entre os presentes",
      "report.among.confirmed": "entre os confirmados, pois não se registrou presença",
      "report.among.expected": "entre os presentes, ou os confirmados onde não se registrou presença",
      // Reports: the groups people are counted in, and the standard indicators (an event's own label in
      // the language comes first; these stand in for the standard ones)
      "report.gender.woman": "mulher", "report.gender.man": "homem", "report.gender.non-binary": "não binário",
      "report.gender.other": "outro", "report.gender.prefer-not-to-say": "prefere não dizer",
      "report.ageUnder": "menos de {n} anos", "indicator.registered": "Participantes inscritos",
      "indicator.confirmed": "Participantes confirmados", "indicator.attended": "Participantes presentes",
      "indicator.attendance-rate": "Taxa de presença (% dos confirmados)",
      "indicator.session-attendance": "Presença por sessão", "indicator.cities": "Cidades representadas",
      "indicator.countries": "Países representados", "indicator.responses": "Respostas ao questionário",
      "indicator.response-rate": "Taxa de resposta (% dos participantes)",
      "indicator.satisfaction-mean": "Satisfação (média, 1-5)",
      "indicator.satisfied": "Satisfeitos (% que responde 4 ou 5)",
      "indicator.satisfaction-distribution": "Satisfação: respostas",
      "indicator.session-usefulness": "Utilidade por sessão (média, 1-5)",
      "indicator.knowledge-before": "Conhecimento antes (média de quem respondeu às duas, 1-5)",
      "indicator.knowledge-after": "Conhecimento depois (média de quem respondeu às duas, 1-5)",
      "indicator.knowledge-change": "Mudança no conhecimento (média de depois menos antes, de quem respondeu às duas)",
      "indicator.intend-to-act": "Pretendem agir (%)", "indicator.nps": "Net Promoter Score",
      "indicator.commitments": "Compromissos de acompanhamento assumidos",
      // The feedback form
      "form.feedback": "Questionário de avaliação",
      "form.intro":
        "Obrigado pela sua participação. As suas respostas ajudam a rede a melhorar os seus eventos. Este formulário funciona sem internet: preencha-o, guarde as suas respostas e envie o arquivo salvo aos organizadores.",
      "form.aboutYou": "Sobre você", "form.identify": "Quem responde",
      "form.identifyHint":
        "Indique o número de participante que consta do seu convite, ou o seu e-mail, para que a sua resposta seja contada uma única vez. Deixe ambos em branco para responder anonimamente.",
      "form.participantId": "Número de participante (por exemplo p012)", "form.email": "Endereço de e-mail",
      "form.questions": "Perguntas", "form.session": "Sessão", "form.notAttended": "Não participei",
      "form.profile": "Um pouco mais sobre você",
      "form.profileHint": "Somente se não informou na inscrição. Todas estas respostas são opcionais.",
      "form.save": "Salvar minhas respostas", "form.missing": "Por favor, responda:",
      "form.badEmail": "O endereço de e-mail não parece correto.",
      "form.saved": "As suas respostas foram salvas em {file}. Envie este arquivo aos organizadores.",
      "form.offline": "Nada é enviado pela internet: as suas respostas ficam no arquivo que você salva.",
      // Sign-in sheets
      "sheet.signIn": "Lista de presença", "sheet.wholeDay": "Presença do dia", "sheet.expected": "Previstos",
      "sheet.id": "N.º", "sheet.name": "Nome", "sheet.organisation": "Organização", "sheet.signature": "Assinatura",
      // Acompanhamento dos compromissos
      "followup.title": "Acompanhamento do seu compromisso",
      "followup.intro":
        "Em {event} escreveu o que faria a seguir. Conte à rede como correu: as suas respostas ajudam-na a apoiar as cidades membro. Este formulário funciona sem ligação: preencha-o, guarde as suas respostas e envie o ficheiro guardado aos organizadores.",
      "followup.commitment": "O seu compromisso", "followup.madeAt": "Escrito no final de {event} ({dates}).",
      "followup.asOf": "{months} meses depois do evento ({date}).", "followup.respondent": "Número de participante",
      "followup.questions": "Como correu", "followup.status": "Em que ponto está hoje este compromisso?",
      "followup.done": "Cumprido", "followup.inProgress": "Em curso", "followup.notStarted": "Não iniciado",
      "followup.dropped": "Abandonado", "followup.changes": "O que mudou graças a ele?",
      "followup.obstacles": "O que o dificultou?", "followup.support": "Que apoio gostaria de receber da rede?",
      // Relatórios da rede
      "network.framework": "Quadro de resultados", "network.outcome": "Resultado", "network.output": "Produto",
      "network.year": "Ano", "network.baseline": "Linha de base", "network.source": "Fonte", "network.measure": "Medida",
      "network.trend": "Evolução", "network.cityRecords": "Fichas das cidades", "network.city": "Cidade",
      "network.joined": "Adesão", "network.membership": "Estado", "network.population": "População",
      "network.participants": "Participaram", "network.commitmentsMade": "Compromissos assumidos",
      "network.followedUp": "Com acompanhamento", "network.feedbackMeans": "Avaliação (resposta média, quando responderam pelo menos 5)",
      "network.requests": "Pedidos de apoio", "network.resolved": "Resolvidos", "network.daysToResolve": "Dias médios de resposta",
      "network.officials": "Autoridades nomeadas com o seu consentimento", "network.nonMember": "Outras cidades (não membros ou não reconhecidas)",
      "network.city_size": "Dimensão da cidade", "network.event_kind": "Tipo de evento", "network.topic": "Tema",
      "network.under-100k": "menos de 100 000", "network.100k-500k": "100 000 a 500 000",
      "network.500k-1m": "500 000 a 1 milhão", "network.1m-5m": "1 a 5 milhões", "network.5m-plus": "5 milhões ou mais",
      "network.quietCities": "Cidades membro sem atividade registada nestes anos",
      "network.active": "ativa", "network.inactive": "inativa", "network.left": "saiu da rede",
      "network.networkPrivacy":
        "Nenhum grupo com menos de {threshold} pessoas é mostrado: essas células, e tantas outras quantas forem necessárias para que nenhuma possa ser deduzida de um total, das outras cidades, de outra tabela das mesmas pessoas ou dos relatórios dos eventos, aparecem como «oculto». Uma porcentagem sobre um grupo pequeno mostra apenas o seu n. Os números de cidades, eventos e pedidos não dizem respeito a pessoas e são apresentados por inteiro.",
      // E-mail subjects
      "email.invitation": "Convite", "email.updated": "Atualização", "email.cancelled": "Cancelamento",
      // Registration notices: the subject's words ("Waiting list: <event title>")
      "notify.registered": "Inscrição recebida", "notify.confirmed": "Lugar confirmado",
      "notify.waitlisted": "Lista de espera", "notify.offered": "Um lugar para si",
      "notify.cancelled": "Inscrição cancelada",
      // The planning timeline (convene plan): headings, statuses, what the workspace shows, standard tasks
      "plan.plan": "Calendário de preparação", "plan.task": "Tarefa", "plan.due": "Prazo",
      "plan.owner": "Responsável", "plan.status": "Estado", "plan.done": "feita", "plan.open": "pendente",
      "plan.late": "atrasada", "plan.doneOn": "feita em {date}", "plan.inDays": "daqui a {n} dias",
      "plan.today": "hoje", "plan.daysLate": "{n} dias de atraso", "plan.daysLate.one": "{n} dia de atraso", "plan.seen": "verificado",
      "plan.summary": "feitas: {done}, pendentes: {open}, atrasadas: {late} (hoje: {today})",
      "plan.evidence.registered": "{n} inscritos", "plan.evidence.registered.one": "{n} inscrito",
      "plan.evidence.places": "lugares ocupados: {held} de {capacity}",
      "plan.evidence.closes": "as inscrições fecham em {date}",
      "plan.evidence.releases": "{n} versões publicadas", "plan.evidence.releases.one": "{n} versão publicada",
      "plan.evidence.invitations": "convites enviados: {sent}, por enviar: {waiting}; pessoas com lugar sem convite: {without}",
      "plan.evidence.notices": "avisos enviados: {sent}, por escrever ou enviar: {due}",
      "plan.evidence.letters": "cartas de visto: {written} de {needed}",
      "plan.evidence.responses": "{n} respostas ao questionário", "plan.evidence.responses.one": "{n} resposta ao questionário",
      "plan.evidence.report": "relatório redigido", "plan.evidence.noReport": "ainda sem relatório",
      "plan.task.venue-booked": "Reservar o local", "plan.task.registration-opened": "Abrir as inscrições",
      "plan.task.visa-letters": "Enviar as cartas de apoio ao visto",
      "plan.task.interpreters-booked": "Reservar os intérpretes",
      "plan.task.travel-booked": "Reservar viagens e hotéis",
      "plan.task.registration-closed": "Encerrar as inscrições",
      "plan.task.registrants-told": "Informar cada inscrito da sua situação",
      "plan.task.schedule-published": "Publicar o programa",
      "plan.task.invitations-sent": "Enviar os convites de calendário",
      "plan.task.rooming-list": "Enviar as listas de quartos aos hotéis",
      "plan.task.pickups-arranged": "Organizar o transporte do aeroporto",
      "plan.task.badges-printed": "Imprimir os crachás",
      "plan.task.feedback-form-sent": "Enviar o questionário de avaliação",
      "plan.task.feedback-collected": "Recolher as avaliações",
      "plan.task.report-written": "Redigir o relatório de monitorização e avaliação",
      "plan.task.follow-up": "Acompanhar os compromissos",
      // The planning timeline: one day
      "plan.tomorrow": "amanhã",
      // Travel and logistics (convene travel): rooming lists, airport pick-ups, dietary and access needs
      "travel.rooming": "Lista de quartos", "travel.hotel": "Hotel", "travel.room": "Quarto",
      "travel.guests": "Hóspedes", "travel.checkIn": "Entrada", "travel.checkOut": "Saída",
      "travel.nights": "Noites", "travel.roomNights": "noites de quarto", "travel.rooms": "quartos",
      "travel.roomsPerNight": "Quartos por noite", "travel.night": "Noite",
      "travel.noDates": "datas não indicadas", "travel.pickups": "Transporte do aeroporto",
      "travel.arriving": "Chegada", "travel.flights": "Voos", "travel.people": "Pessoas",
      "travel.noFlight": "Voo não indicado, portanto sem recolha no aeroporto (estrada ou comboio?): {names}", "travel.needs": "Necessidades alimentares e de acessibilidade",
      "travel.dietary": "Necessidades alimentares", "travel.access": "Necessidades de acessibilidade",
      "travel.need": "Necessidade", "travel.count": "Número",
      "travel.smallCounts": "As necessidades de menos de {n} pessoas aparecem como <{n}: preveja até {max}.",
      "travel.noNeeds": "Nenhuma.", "travel.need.vegetarian": "Vegetariano", "travel.need.vegan": "Vegano",
      "travel.need.halal": "Halal", "travel.need.kosher": "Kosher", "travel.need.gluten-free": "Sem glúten",
      "travel.need.lactose-free": "Sem lactose", "travel.need.nut-allergy": "Alergia a frutos de casca rija",
      "travel.need.diabetic": "Diabético", "travel.need.wheelchair": "Acesso em cadeira de rodas",
      "travel.need.step-free": "Acesso sem degraus", "travel.need.hearing-loop": "Anel de indução",
      "travel.need.sign-language": "Interpretação em língua gestual",
      "travel.need.large-print": "Letra grande", "travel.need.assistance": "Assistência pessoal",
      "travel.need.quiet-room": "Sala calma",
      // Visa support letters (convene letters visa)
      "letter.title": "Carta de apoio ao pedido de visto", "letter.dated": "Data: {date}",
      "letter.reference": "Ref.: {ref}", "letter.to": "Aos serviços consulares competentes",
      "letter.subject": "Assunto: carta de apoio ao pedido de visto de {name}",
      "letter.greeting": "Exmos. Senhores,",
      "letter.invitation": "{organisation} tem o prazer de convidar a pessoa abaixo indicada a participar em {event}, que terá lugar em {venue}, {address}, de {start} a {end}.",
      "letter.funded": "{organisation} suportará as despesas de viagem e alojamento durante o evento.",
      "letter.selfFunded": "As despesas de viagem e alojamento são suportadas pela pessoa convidada ou pela sua organização.",
      "letter.selfFunded.woman": "As despesas de viagem e alojamento são suportadas pela própria ou pela sua organização.",
      "letter.selfFunded.man": "As despesas de viagem e alojamento são suportadas pelo próprio ou pela sua organização.",
      "letter.request": "Agradecemos que lhe seja concedido o visto necessário para participar. Estamos à disposição no endereço acima para qualquer questão sobre este convite.",
      "letter.closing": "Com os melhores cumprimentos,", "letter.name": "Nome completo",
      "letter.nationality": "Nacionalidade", "letter.passport": "Número do passaporte",
      "letter.expiry": "Passaporte válido até", "letter.position": "Cargo", "letter.arrival": "Chegada",
      "letter.departure": "Partida",
      // Travel: people a list leaves out
      "travel.noHotel": "Sem hotel: {names}", "travel.noArrival": "Sem hora de chegada: {names}",
      // Badges
      "badge.badges": "Crachás", "badge.languages": "Idiomas",
      "badge.category.mayor": "Prefeito/a", "badge.category.local-official": "Governo local",
      "badge.category.youth": "Juventude", "badge.category.civil-society": "Sociedade civil",
      "badge.category.national-government": "Governo nacional", "badge.category.multilateral": "Multilateral",
      "badge.category.private-sector": "Setor privado", "badge.category.practitioner": "Especialista",
      "badge.category.media": "Imprensa", "badge.category.network-staff": "Equipe da rede",
      // Certificates of attendance
      "certificate.certificate": "Certificado de participação", "certificate.certifies": "Certificamos que",
      "certificate.attended": "participou das seguintes sessões de", "certificate.share": "{attended} de {expected} sessões",
      "certificate.date": "Data", "certificate.time": "Horário", "certificate.session": "Sessão",
      "certificate.code": "Código de verificação",
      "certificate.verify": "Os organizadores podem confirmar este certificado pelo seu código: {organiser}.",
      "certificate.for": "Pelos organizadores",
    ],
    headers: [
      // Registration fields (Google Forms "Carimbo de data/hora", "Endereço de e-mail";
      // Microsoft Forms "Hora de conclusão"; Zoom "Hora do registro")
      "email": [
        "endereco de e mail", "endereco de email", "e mail", "email", "correio eletronico", "e mail do usuario",
        "email do usuario",
      ],
      // Words that say whose or which of a person's addresses an e-mail question asks for
      // The first header of a Microsoft Forms export
      "forms_id": ["ID"],
      "email_owner": ["pessoal", "para contato", "de contato", "para contacto", "institucional", "profissional", "de trabalho", "do participante", "da participante", "do delegado", "da delegada"],
      "other_consent": [
        "gravacao", "gravado", "gravada", "gravar", "foto", "fotos", "fotografia", "fotografias", "fotografado",
        "fotografada", "video", "videos", "filmado", "filmada", "midia", "midias", "imagem", "imagens", "audio",
        "audiovisual", "transmissao", "direto", "vivo", "redes", "sociais",
      ],
      "publish_name": [
        "publicar", "publicacao", "consentimento", "autorizo", "publicado", "publicada", "nome seja publicado", "publique",
        "autoriza", "divulgacao", "divulgacao do seu nome", "concorda com a divulgacao", "aparecer na lista", "apareca na lista",
      ],
      "timestamp": [
        "carimbo de data hora", "data hora", "hora de conclusao", "data de envio", "hora do registro",
        "data de inscricao", "horario de inscricao", "hora da inscricao", "hora de inscricao", "data da inscricao",
        "data do registro", "data do pedido", "data da encomenda",
      ],
      "first_name": ["primeiro nome", "prenome", "nome proprio", "nomes proprios"],
      // `Apelido` is the family name in Portugal, Mozambique and Angola
      "last_name": ["sobrenome", "ultimo nome", "nome de familia", "apelido", "apelidos"],
      "middle_name": ["nome do meio", "segundo nome", "nomes do meio", "outros nomes", "outro nome"],
      "second_last_name": ["segundo sobrenome", "segundo apelido"],
      "organisation": ["organizacao", "instituicao", "entidade", "orgao", "empresa", "prefeitura", "nome da organizacao"],
      "title": [
        "cargo", "funcao", "titulo", "posicao", "cargo funcao", "cargo na", "cargo no", "funcao na", "funcao no",
      ],
      "name": [
        "nome completo", "nome", "nome do participante", "nome e sobrenome", "nome e sobrenomes", "nome e apelido",
        "nome e apelidos", "nome sobrenome", "nome nome original",
      ],
      "city": ["cidade", "municipio", "localidade", "cidade de residencia", "local de residencia"],
      "country": ["pais", "nacionalidade", "pais regiao", "pais de residencia"],
      "region": ["regiao"],
      // `Apelido` gives way to `Sobrenome`: beside it, it is a Brazilian nickname
      "secondary": [
        "nacionalidade", "cidadania", "apelido",
        // Eventbrite's work address beside the home one (`País de residência`, `País (casa)`)
        "pais trabalho", "cidade trabalho", "pais do trabalho", "cidade do trabalho", "pais de trabalho",
        "cidade de trabalho", "pais comercial", "cidade comercial",
      ],
      "category": ["categoria", "tipo de participante", "segmento", "setor de atuacao"],
      "gender": ["genero", "sexo"],
      "age_group": ["idade", "faixa etaria", "grupo etario"],
      "languages": ["idiomas", "idioma", "linguas", "lingua"],
      "needs": ["necessidades", "acessibilidade", "necessidades especiais", "restricoes alimentares"],
      "timezone": ["fuso horario"],
      "arrival": ["chegada", "data de chegada"],
      "departure": ["partida", "data de partida", "saida"],
      "unavailable": ["indisponivel", "nao disponivel"],
      "cohorts": ["coorte", "coortes", "delegacao", "turma"],
      // Form tools' own columns that hold nothing a participant needs (Microsoft Forms)
      "meeting_report": ["duracao da reuniao", "duracao na reuniao", "duracao minutos"],
      "survey_sheet": ["id do respondente", "id do coletor"],
      "survey_end": ["data de termino"],
      "answer_kind": ["resposta", "resposta aberta"],
      "ticket": ["n.º do ingresso", "numero do ingresso", "ingresso #", "n.º do participante", "codigo de barras"],
      "other_choice": ["outro", "outros", "outra", "outro especifique", "outro por favor especifique"],
      "ignore": [
        "id", "hora de inicio", "hora da ultima modificacao", "ultima saida", "primeira entrada", "primeira chegada",
        // Where and when a person was born (visa forms): never where they live
        "pais de nascimento", "cidade de nascimento", "local de nascimento", "naturalidade", "data de nascimento",
        // The buyer's address on a ticket order (Eventbrite): the payer's, never the attendee's
        "pais de cobranca", "cidade de cobranca", "endereco de cobranca",
      ],
      // Attendance and feedback columns
      // A meeting tool's approval of each registration (Zoom: approved, pending, denied)
      "approval": [
        "status de aprovacao", "status da inscricao", "situacao da inscricao", "situacao", "status de validacao",
        "status", "status do participante", "situacao do participante", "status do pedido", "situacao do pedido",
        "estado do pedido", "status de inscricao",
      ],
      // A column of its own for one status, ticked or answered sim where it applies
      "declined_box": [
        "cancelado", "cancelada", "cancelamento", "desistiu", "desistente", "desistência", "reembolsado", "reembolsada",
        "ausente", "faltou", "não compareceu", "retirado", "retirada",
      ],
      "waitlisted_box": ["lista de espera", "em lista de espera", "na lista de espera"],
      // A form's question whether the person will come
      "rsvp": [
        "vai participar", "voce vai participar", "pode participar", "confirma sua presenca", "confirma sua participacao",
        "vai comparecer", "presenca", "rsvp",
      ],
      "participant": ["numero do participante", "numero de participante"],
      // A sign-in sheet's column of names
      "attendee": ["participante", "nome do participante", "participante nome"],
      "badge": ["numero", "n", "n o", "n.º", "nº", "cracha"],
      "session": ["sessao", "oficina"],
      "day": ["dia", "data"],
      "status": ["situacao", "presenca", "status", "compareceu", "participou"],
      "meeting_flag": ["convidado", "consentimento de gravacao", "na sala de espera"],
      "absent_mark": ["ausente", "ausencia", "falta"],
      "signature": ["assinatura", "assinatura do participante"],
      "check_in_time": [
        "hora", "horario", "hora de chegada", "horario de entrada", "hora de entrada", "primeira entrada",
        "primeira participacao", "hora de ingresso", "hora da leitura", "hora do check in", "hora de credenciamento",
        "hora do escaneamento",
      ],
      "response": ["resposta", "id da resposta"],
      "answer_language": ["idioma"],
    ],
    bareNames: ["nome"],
    values: .init(
      genders: [
        "woman": ["mulher", "feminino", "feminina", "fem", "sra", "senhora"],
        "man": ["homem", "masculino", "masc", "sr", "senhor"],
        "non-binary": ["nao binario", "nao binaria"],
        "other": ["outro", "outra", "outros"],
        "prefer-not-to-say": ["prefiro nao dizer", "prefiro nao responder", "prefiro nao informar", "prefiro nao declarar"],
      ],
      // Homem/Mulher (H/M) or masculino/feminino (M/F): M is either.
      genderLetters: ["woman": ["f", "m"], "man": ["m", "h"]],
      under: ["menos de", "abaixo de", "menor de", "ou menos", "e menos", "inferior a", "menor que", "menos que"],
      over: ["ou mais", "e mais", "mais de", "acima de", "anos ou mais", "superior a", "maior de", "maior que", "mais que"],
      upTo: ["ate"],
      atLeast: ["a partir de", "desde", "pelo menos", "no minimo", "minimo"],
      ageWords: ["anos", "ano", "idade", "de idade"],
      yes: ["sim", "aceito", "concordo", "sim aceito", "sim concordo", "autorizo", "sim autorizo", "verdadeiro"],
      no: ["nao", "nao aceito", "nao concordo", "nao autorizo", "falso"],
      courtesies: ["claro", "com certeza", "obrigado", "obrigada", "por favor", "certamente", "ok"],
      listWords: ["e"],
      categories: [
        "mayor": [
          "prefeito", "prefeita", "vice prefeito", "vice prefeita", "presidente da camara", "presidente da camara municipal", "autarca",
          // Mozambique's and Angola's mayors
          "presidente do municipio", "presidente do conselho municipal", "presidente da autarquia",
        ],
        "local-official": [
          "funcionario do governo local", "funcionaria do governo local", "governo local",
          "vereador", "vereadora", "funcionario municipal", "funcionaria municipal", "governo local",
          "autoridade local", "secretario municipal", "secretaria municipal", "ponto focal",
          // Mozambique's and Angola's neighbourhood heads
          "chefe de bairro", "chefe do bairro", "secretario de bairro", "secretario do bairro", "secretaria do bairro",
          "chefe de quarteirao", "chefe do quarteirao",
        ],
        "youth": ["representante da juventude", "representante dos jovens", "jovem", "jovens", "juventude", "estudante", "representante jovem"],
        "civil-society": ["sociedade civil", "ong", "organizacao da sociedade civil", "osc", "associacao"],
        "national-government": ["governo nacional", "governo", "ministerio", "governo federal", "autoridade nacional"],
        "multilateral": [
          "nacoes unidas", "onu", "organizacao internacional", "organismo internacional", "doador", "multilateral",
          "organizacao multilateral", "organismo multilateral", "organizacao regional",
        ],
        "private-sector": ["setor privado", "sector privado", "empresa", "negocios"],
        "practitioner": ["profissional", "profissional ou especialista", "especialista", "pesquisador", "pesquisadora", "investigador", "investigadora", "academico", "academica", "consultor", "consultora"],
        "media": ["midia", "imprensa", "jornalista", "comunicacao social"],
        "network-staff": ["equipe da rede", "equipa da rede", "pessoal da rede", "secretariado", "organizador", "organizadora"],
      ],
      present: ["presente", "compareceu", "assinado"],
      absent: ["ausente", "faltou", "nao compareceu", "justificado"],
      // A registration's status meaning the person is not coming (Zoom's denied, KoboToolbox's
      // not approved, a Status column an organiser adds)
      declined: [
        "negado", "negada", "recusado", "recusada", "rejeitado", "rejeitada", "cancelado", "cancelada", "desistente",
        "desistiu", "cancelou", "desistencia", "retirou se", "retirado", "retirada", "cancelamento", "reembolsado", "reembolsada",
        "transferido", "transferida", "recusou", "declinou", "ausente", "ausência", "faltar", "faltou", "faltará",
        "falta",
        // An apology for not coming (`Justificou`, `Pediu desculpas`)
        "justificado", "justificada", "justificou", "desculpas", "pediu desculpas", "enviou desculpas",
        // Struck off (`Dada de baixa`, as Spanish `Dado de baja`) and a payment reversed (`Estornado`)
        "baixa", "dada de baixa", "dado de baixa", "estornado", "estornada",
        // Cancelled (`Anulou`), an application refused (`Indeferido`)
        "anulou", "anulado", "anulada", "indeferido", "indeferida",
      ],
      // Words of a status saying the registration stands, and the negations that reverse them
      attending: [
        "aprovado", "aprovada", "aceito", "aceita", "aceite", "inscrito", "inscrita", "registrado", "registrada",
        "confirmado", "confirmada", "participa", "participará", "participou", "participante", "participando",
        "participar", "vai", "irá", "virá", "vem", "comparece", "comparecerá", "compareceu", "comparecer",
        "pendente", "presente", "estarei", "concluído", "concluída", "pago", "paga",
        // A ticket partly refunded is still held
        "reembolso parcial", "parcialmente reembolsado", "parcialmente reembolsada",
      ],
      // Where the person stands at the door: says nothing of the registration
      checkIn: ["check in", "check in feito", "check in realizado", "check in não realizado", "check in não feito"],
      // `Impossível participar`, `Incapaz de comparecer`: they reverse what follows
      negations: ["não", "nao", "nunca", "sem", "nem", "impossível", "incapaz"],
      waitlisted: ["lista de espera", "em lista de espera", "na lista de espera"],
      statusFillers: [
        "de", "do", "da", "dos", "das", "o", "a", "os", "as", "em", "na", "ja", "já", "mais", "pode", "posso",
        "poderá", "possibilidade", "ele", "ela", "desculpe", "lá", "inscrição", "pedido", "status", "situação", "ingresso", "participação", "presença",
        // How a status was given (`Confirmado por telefone/e-mail`)
        "por", "telefone", "e mail", "email", "mail", "correio eletrônico", "sms", "whatsapp", "via",
      ],
      // What Microsoft Teams writes in brackets after a guest's name (`Moussa Diop (Invité)`)
      guestMarks: ["convidado", "convidada", "externo", "externa", "não verificado", "não verificada"],
      scaleLow: ["muito insatisfeito", "muito insatisfeita", "insatisfeito", "insatisfeita", "nada satisfeito", "nada satisfeita", "não satisfeito", "nada útil", "pouco útil", "não útil", "inútil", "muito ruim", "ruim", "muito mau", "mau", "péssimo", "discordo totalmente", "discordo", "nada provável", "pouco provável", "nada relevante", "pouco relevante", "pior", "o pior"],
      scaleHigh: ["muito satisfeito", "muito satisfeita", "satisfeito", "satisfeita", "totalmente satisfeito", "totalmente satisfeita", "muito útil", "útil", "excelente", "muito bom", "muito boa", "bom", "boa", "concordo totalmente", "concordo", "muito provável", "provável", "muito relevante", "relevante", "melhor", "o melhor", "perfeito", "perfeita", "ótimo", "ótima"],
      entourage: ["gabinete", "escritorio", "equipe", "equipa", "assessor", "assessora", "assessores", "assistente", "secretario", "secretaria", "representante", "esposo", "esposa", "porta", "voz", "candidato", "candidata", "motorista", "protocolo", "seguranca", "interprete", "fotografo", "imprensa", "marido", "conjuge", "mirim", "mirins", "juvenil", "juvenis", "estudantil", "jovens", "criancas"],
      formerly: ["ex", "antigo", "antiga", "anterior", "aposentado", "aposentada", "exprefeito", "exprefeita", "ate"],
      commitmentStatuses: [
        "done": ["cumprida", "concluido", "concluida", "realizado", "realizada", "feito", "feita", "finalizado", "finalizada"],
        "in-progress": ["em andamento", "em execucao", "em progresso", "iniciado", "iniciada", "em implementacao"],
        "not-started": ["nao iniciada", "nao comecado", "nao comecada", "ainda nao", "pendente", "previsto", "prevista"],
        "dropped": ["abandonada", "cancelado", "cancelada", "desistimos", "suspenso", "suspensa", "descartado", "descartada"],
      ],
      languageNames: ["pt": ["portugues"], "en": ["ingles"], "fr": ["frances"], "ar": ["arabe"], "es": ["espanhol"]]
    )
  )
}
