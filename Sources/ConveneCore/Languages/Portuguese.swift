extension LanguagePack {
  /// Portuguese.
  public static let portuguese = LanguagePack(
    code: "pt", name: "Português",
    labels: [
      // Agendas
      "agenda.agenda": "Programa", "agenda.time": "Horário", "agenda.room": "Sala", "agenda.session": "Sessão",
      "agenda.speakers": "Oradores", "agenda.moderators": "Moderação", "agenda.interpretation": "Interpretação",
      "agenda.version": "versão", "agenda.draft": "rascunho, ainda não publicado", "agenda.timesIn": "Horários locais", "agenda.personalFor": "Programa pessoal de",
      // Reports
      "report.report": "Relatório de monitoramento e avaliação", "report.network": "Relatório da rede",
      "report.events": "Eventos", "report.event": "Evento", "report.kind": "Tipo", "report.dates": "Datas",
      "report.keyFigures": "Números-chave", "report.indicator": "Indicador", "report.value": "Valor",
      "report.n": "n", "report.target": "Meta", "report.met": "atingida", "report.notMet": "não atingida",
      "report.allEvents": "Todos os eventos", "report.charts": "Gráficos", "report.breakdowns": "Desagregações",
      "report.group": "Grupo", "report.participationByCategory": "Participação por categoria",
      "report.funnel": "Inscrição, confirmação e presença", "report.satisfaction": "Satisfação: respostas",
      "report.knowledge": "Conhecimento antes e depois (média, 1-5)",
      "report.before": "Antes", "report.after": "Depois", "report.all": "Todos",
      "report.commitments": "Compromissos de acompanhamento",
      "report.privacy":
        "Grupos com menos de 5 pessoas aparecem como <5; uma célula marcada «suppressed» fica oculta para que um grupo <5 não possa ser deduzido de um total.",
      "report.noAttendance": "Nenhuma presença foi registrada ainda.",
      "report.total": "Total", "report.category": "Categoria", "report.gender": "Gênero",
      "report.age_group": "Faixa etária", "report.region": "Região", "report.country": "País",
      "report.session": "Sessão", "report.answer": "Resposta", "report.registered": "Inscritos",
      "report.confirmed": "Confirmados", "report.attended": "Presentes", "report.notGiven": "não informado",
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
        "Os grupos com menos de 5 pessoas aparecem como <5; uma célula marcada suprimido fica oculta para que um grupo <5 não possa ser deduzido de um total ou das outras cidades. Os números de cidades, eventos e pedidos não dizem respeito a pessoas e são apresentados por inteiro.",
      // E-mail subjects
      "email.invitation": "Convite", "email.updated": "Atualização", "email.cancelled": "Cancelamento",
      // Badges
      "badge.badges": "Crachás", "badge.languages": "Idiomas",
      "badge.category.mayor": "Prefeitura", "badge.category.local-official": "Governo local",
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
      "email": ["endereco de e mail", "endereco de email", "e mail", "email", "correio eletronico"],
      "publish_name": ["publicar", "publicacao", "consentimento", "autorizo"],
      "timestamp": [
        "carimbo de data hora", "data hora", "hora de conclusao", "data de envio", "hora do registro",
        "data de inscricao", "horario de inscricao",
      ],
      "first_name": ["primeiro nome", "prenome"],
      "last_name": ["sobrenome", "ultimo nome", "nome de familia"],
      "organisation": ["organizacao", "instituicao", "entidade", "orgao", "empresa"],
      "title": ["cargo", "funcao", "titulo", "posicao", "cargo funcao"],
      "name": ["nome completo", "nome", "nome do participante"],
      "city": ["cidade", "municipio", "localidade"],
      "country": ["pais", "nacionalidade", "pais regiao"],
      "region": ["regiao"],
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
      "ignore": ["id", "hora de inicio", "hora da ultima modificacao"],
      // Attendance and feedback columns
      "participant": ["numero do participante", "numero de participante"],
      "badge": ["numero", "n", "n o", "cracha"],
      "session": ["sessao", "oficina"],
      "day": ["dia", "data"],
      "status": ["situacao", "presenca", "status"],
      "check_in_time": ["hora", "horario", "hora de chegada", "horario de entrada"],
      "response": ["resposta", "id da resposta"],
      "answer_language": ["idioma"],
    ],
    bareNames: ["nome"],
    values: .init(
      genders: [
        "woman": ["mulher", "feminino", "feminina"],
        "man": ["homem", "masculino"],
        "non-binary": ["nao binario", "nao binaria"],
        "other": ["outro", "outra", "outros"],
        "prefer-not-to-say": ["prefiro nao dizer", "prefiro nao responder", "prefiro nao informar", "prefiro nao declarar"],
      ],
      under: ["menos de", "abaixo de", "menor de", "ou menos", "e menos"],
      over: ["ou mais", "e mais", "mais de", "acima de", "anos ou mais"],
      yes: ["sim", "aceito", "concordo", "sim aceito", "sim concordo", "autorizo", "sim autorizo"],
      no: ["nao", "nao aceito", "nao concordo", "nao autorizo"],
      listWords: ["e"],
      categories: [
        "mayor": ["prefeito", "prefeita", "vice prefeito", "vice prefeita", "presidente da camara", "presidente da camara municipal", "autarca"],
        "local-official": [
          "vereador", "vereadora", "funcionario municipal", "funcionaria municipal", "governo local",
          "autoridade local", "secretario municipal", "secretaria municipal", "ponto focal",
        ],
        "youth": ["jovem", "jovens", "juventude", "estudante", "representante jovem"],
        "civil-society": ["sociedade civil", "ong", "organizacao da sociedade civil", "osc", "associacao"],
        "national-government": ["governo nacional", "governo", "ministerio", "governo federal", "autoridade nacional"],
        "multilateral": ["nacoes unidas", "onu", "organizacao internacional", "organismo internacional", "doador"],
        "private-sector": ["setor privado", "sector privado", "empresa", "negocios"],
        "practitioner": ["especialista", "pesquisador", "pesquisadora", "investigador", "investigadora", "academico", "academica", "consultor", "consultora"],
        "media": ["midia", "imprensa", "jornalista", "comunicacao social"],
        "network-staff": ["equipe da rede", "equipa da rede", "pessoal da rede", "secretariado", "organizador", "organizadora"],
      ],
      present: ["presente", "compareceu", "assinado"],
      absent: ["ausente", "faltou", "nao compareceu", "justificado"],
      languageNames: ["pt": ["portugues"], "en": ["ingles"], "fr": ["frances"], "ar": ["arabe"], "es": ["espanhol"]]
    )
  )
}
