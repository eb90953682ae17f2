# E-mails encaminhados para a caixa de entrada da organização (docs/forwarding.md). Texto simples: sem tags HTML.
forward-subject-case = [Tipline #{ $id }] { $title }
forward-subject-digest = [Tipline] { $events ->
        [one] 1 novidade
       *[other] { $events } novidades
    } em { $cases ->
        [one] 1 caso
       *[other] { $cases } casos
    }: { $list }
forward-digest-intro = { $events ->
        [one] Veja o que aconteceu desde o último resumo.
       *[other] Veja as { $events } coisas que aconteceram desde o último resumo.
    }
forward-title-new-case = Caso novo: { $account }
forward-title-tip = Nova denúncia { $reference } neste caso
forward-title-status = Status agora: { $status }
forward-title-closed = Encerrado: { $outcome }
forward-title-merged = O caso #{ $source } foi juntado a este
forward-title-outcome = O que a plataforma fez: { $outcome }
forward-title-question = Uma pessoa respondeu à sua pergunta ({ $reference })
forward-title-followup = Acompanhamento de { $reference }: { $answer }
forward-title-erased = A denúncia { $reference } foi apagada
forward-followup-gone = a conta não existe mais
forward-followup-still_there = a conta continua no ar
forward-followup-unsure = a pessoa não soube dizer
forward-erased-body = A denúncia { $reference } foi apagada a pedido de quem a enviou ou de um operador. Por favor, apague-a também dos seus registros.
forward-heading-tip = A denúncia
forward-heading-case = Caso #{ $id }
forward-field-status = Status
forward-field-level = Prioridade
forward-field-category = Categoria
forward-field-platform = Plataforma
forward-field-account = Conta
forward-field-tips = Denúncias
forward-field-reporters = pessoas
forward-field-told = Denunciado à plataforma
forward-field-opened = Aberto em
forward-field-assignee = Com
forward-field-outcome = Resultado
forward-field-merged-into = Juntado a
forward-field-reference = Referência
forward-field-filed = Enviada em
forward-field-accounts = Contas
forward-field-related = Contas ligadas
forward-field-danger = Uma criança em perigo
forward-field-country = País
forward-field-language = Idioma
forward-field-consent = Aceita ser contatada
forward-field-details = Nas palavras da pessoa
forward-details-withheld = (não vai nos e-mails: leia no painel)
forward-footer = Enviado pelo Tipline. Nada neste e-mail identifica quem denunciou. Os links estão escritos de um jeito que não abrem por acidente (hxxps, [.]).
