## O painel do voluntariado: tudo o que as pessoas voluntárias leem, em TIPLINE_STAFF_LANGUAGE (por padrão, inglês).
## Só o idioma da equipe precisa destes textos; os outros idiomas são para quem denuncia.
## Os placeholders são escapados antes de chegar ao Telegram; o texto pode usar <b>, <i> e <code>.
## Os comandos (/queue, /case…) e as palavras-chave que o código lê (in_progress, removed, mine, page, 7d, csv, add…)
## não são traduzidos. "Tip" é "denúncia"; "card" é "ficha"; "claim" é "assumir" (e "responsável: X").

## Fichas dos casos
desk-card-title = <b>Caso #{ $id }</b> · { $level } · { $status }
desk-card-claimed = Responsável: <b>{ $alias }</b>
desk-card-closed = <b>Encerrado:</b> { $outcome }
desk-card-merged = <b>Mesclado ao caso #{ $into }</b>; as denúncias dele estão lá agora.
desk-card-account = <b>Conta:</b> { $account }
desk-certainty-link = identificada pelo link
desk-certainty-username = identificada pelo nome de usuário
desk-certainty-phone = identificada por um número de telefone
desk-certainty-display_name = identificada só por um nome de exibição: confira se é a mesma conta
desk-certainty-unknown = quem denunciou não sabia qual era a conta
desk-card-others = <b>Contas vinculadas:</b> { $accounts }
desk-card-more-accounts = …e mais: /case { $id }
desk-card-platform = <b>Plataforma:</b> { $platform } · <b>Categoria:</b> { $category }
desk-card-tips = <b>Denúncias:</b> { $tips } · primeira: { $first } · última: { $last }
desk-card-told = <b>Denunciado à plataforma:</b> { $told }
desk-card-contact = <b>Denunciantes que aceitam contato:</b> { $consenting }
desk-card-latest = <b>Últimas denúncias</b>
desk-card-tip = { $reference } · denunciante #{ $reporter } ({ $reporter_tips ->
        [one] { $reporter_tips } denúncia
       *[other] { $reporter_tips } denúncias
    }) · { $country } · { $language } · denunciou à plataforma: { $reported } · contato: { $consent }
desk-card-danger = <b>A pessoa denunciante disse que há uma criança em perigo.</b>
desk-card-details = <i>{ $details }</i>
desk-card-no-details = (sem detalhes)
desk-truncated = { $text }…

## A prioridade, explicada ("URGENTE: imagens sexuais; 4 denúncias de 3 pessoas em 2 dias")
desk-level-urgent = URGENTE
desk-level-high = prioridade alta
desk-level-normal = prioridade normal
desk-level-low = prioridade baixa
desk-why-head = { $level }: { $category }
desk-why-count = { $tips ->
        [one] { $tips } denúncia
       *[other] { $tips } denúncias
    } de { $people ->
        [one] { $people } pessoa
       *[other] { $people } pessoas
    }
desk-why-count-span = { $tips ->
        [one] { $tips } denúncia
       *[other] { $tips } denúncias
    } de { $people ->
        [one] { $people } pessoa
       *[other] { $people } pessoas
    } em { $span }
desk-span-hours = { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
desk-span-days = { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
desk-why-danger = uma criança pode estar em perigo
desk-why-told = a plataforma já foi avisada
desk-why-not-told = a plataforma ainda não foi avisada
desk-why-and = { $first }; { $then }

## Status, resultados, categorias e respostas, como o voluntariado lê
desk-status-new = novo
desk-status-in_progress = em andamento
desk-status-reported_to_platform = denunciado à plataforma
desk-status-escalated = encaminhado ao canal de denúncia ou à polícia
desk-status-closed = encerrado
desk-outcome-removed = removido
desk-outcome-no_violation = sem violação
desk-outcome-duplicate = duplicado
desk-outcome-not_enough_information = informação insuficiente
desk-category-sexual_imagery = imagens sexuais
desk-category-grooming = aliciamento (grooming)
desk-category-sexualised_comments = comentários sexualizados
desk-category-collecting_photos = coleta de fotos de crianças
desk-category-stolen_photos = fotos de crianças roubadas
desk-category-trading_network = rede de troca
desk-category-other = outros
desk-told-yes = sim, por quem denunciou
desk-told-not_yet = ainda não
desk-told-unknown = não informado
desk-told-us = sim, por nós
desk-yes = sim
desk-no = não
desk-unknown = ?
desk-none = nenhum
desk-list-more = { $first }, { $then }

## Botões (texto simples)
desk-button-claim = Assumir
desk-button-unclaim = Liberar
desk-button-in_progress = Em andamento
desk-button-reported_to_platform = Denunciado à plataforma
desk-button-escalated = Encaminhado
desk-button-close = Encerrar…
desk-button-reopen = Reabrir
desk-button-details = Detalhes
desk-button-next = Próxima página ▸
desk-button-outcome-removed = Removido
desk-button-outcome-no_violation = Sem violação
desk-button-outcome-duplicate = Duplicado
desk-button-outcome-not_enough_information = Info insuficiente

## Respostas às ações
desk-close-ask = Encerrar o caso #{ $id } com qual resultado?
desk-done-claimed = O caso #{ $id } agora é seu.
desk-done-unclaimed = O caso #{ $id } voltou para a fila.
desk-done-note = Nota adicionada ao caso #{ $id }.
desk-done-status = O caso #{ $id } agora está: { $status }.
desk-done-reopened = O caso #{ $id } foi reaberto.
desk-done-merged = O caso #{ $source } foi mesclado ao caso #{ $target }.
desk-done-linked = Vinculado: vai aparecer na rede do caso #{ $id }.
desk-done-asked = Pergunta enviada { $count ->
        [one] à pessoa denunciante
       *[other] a { $count } denunciantes
    } do caso #{ $id } ({ $tips }). As respostas chegam abaixo da ficha do caso.
desk-told-reporters = { $count ->
        [0] Nenhuma pessoa denunciante recebeu o aviso.
        [one] A pessoa denunciante recebeu o aviso.
       *[other] { $count } denunciantes receberam o aviso.
    }

## Recusas
desk-refused-not_allowed = A sua função não permite isso.
desk-refused-no_case = Não existe o caso #{ $case }.
desk-refused-closed = O caso #{ $case } está encerrado. Alguém da coordenação pode reabri-lo com /reopen.
desk-refused-merged = O caso #{ $case } foi mesclado ao caso #{ $into }: trabalhe naquele.
desk-refused-not_closed = O caso #{ $case } não está encerrado.
desk-refused-claimed_by = { $alias } já assumiu este caso.
desk-refused-already_yours = O caso #{ $case } já é seu.
desk-refused-not_claimed = Ninguém assumiu o caso #{ $case }.
desk-refused-same_status = O caso #{ $case } já está com esse status.
desk-refused-bad_status = Esse status não existe. Use: in_progress, reported, escalated (ou /close ID RESULTADO).
desk-refused-needs_outcome = Para encerrar, é preciso um resultado: removed, no_violation, duplicate ou not_enough_information.
desk-refused-same_case = É o mesmo caso.
desk-refused-same_account = Essa é a própria conta do caso.
desk-refused-reopen_conflict = A conta do caso #{ $case } já tem um caso aberto: #{ $other }. Mescle os casos em vez de reabrir.
desk-refused-no_consent = Nenhuma pessoa denunciante do caso #{ $case } aceitou ser contatada.
desk-refused-no_tip = { $reference } não é uma denúncia deste caso, ou não é possível contatar quem a enviou.
desk-refused-empty_note = A nota está vazia.
desk-refused-empty_question = A pergunta está vazia.
desk-refused-too_long = Ficou longo demais: use menos de { $limit } caracteres.
desk-refused-stale = Esse botão está desatualizado.

## Comandos
desk-help =
    <b>Painel do voluntariado</b>
    /queue [status] [plataforma] [categoria] [mine] [page N]: casos abertos, os mais urgentes primeiro
    /case ID: um caso completo, com o histórico e os casos conectados
    /find LINK ou /find PLATAFORMA @usuário: casos sobre uma conta
    /claim ID · /unclaim ID
    /note ID texto
    /status ID in_progress|reported|escalated
    /close ID removed|no_violation|duplicate|not_enough_information
    /ask ID pergunta (ou /ask TIP-XXXXXX pergunta): pergunta às pessoas denunciantes que aceitaram contato
    /link ID LINK ou /link ID OUTRO-ID: marca contas como conectadas
    /merge ID ID-DESTINO · /reopen ID (só coordenação)
    /stats [7d|30d|DE [ATÉ]] · /export [DE [ATÉ]] [csv|json] (só coordenação)
    /volunteers [add ID-USUÁRIO APELIDO [FUNÇÃO] | remove APELIDO | role APELIDO FUNÇÃO] (só administração)
## Menu de comandos do grupo do voluntariado (o Telegram mostra estes textos quando uma pessoa voluntária digita "/"; no máximo 256 caracteres cada)
desk-command-desk = O que o painel do voluntariado faz
desk-command-queue = Casos abertos, os mais urgentes primeiro
desk-command-case = Um caso completo: denúncias, histórico e casos conectados
desk-command-find = Encontrar os casos sobre uma conta
desk-command-claim = Assumir um caso
desk-command-unclaim = Devolver um caso para a fila
desk-command-note = Adicionar uma nota a um caso
desk-command-status = Mudar o status de um caso: em andamento, denunciado à plataforma, encaminhado
desk-command-close = Encerrar um caso com o resultado
desk-command-ask = Perguntar às pessoas denunciantes que aceitaram contato
desk-command-link = Marcar contas como conectadas
desk-command-merge = Mesclar dois casos (só coordenação)
desk-command-reopen = Reabrir um caso encerrado (só coordenação)
desk-command-stats = Números de um período (só coordenação)
desk-command-export = Exportar casos em CSV ou JSON (só coordenação)
desk-command-volunteers = A equipe e suas funções (só administração)
desk-usage = Uso: { $usage }
desk-usage-queue = /queue [status] [plataforma] [categoria] [mine] [page N]
desk-usage-case = /case ID
desk-usage-find = /find LINK ou /find PLATAFORMA @usuário
desk-usage-claim = /claim ID
desk-usage-unclaim = /unclaim ID
desk-usage-note = /note ID texto
desk-usage-status = /status ID in_progress|reported|escalated
desk-usage-status-close = /status ID in_progress|reported|escalated (para encerrar: /close ID RESULTADO)
desk-usage-close = /close ID RESULTADO
desk-usage-merge = /merge ID ID-DESTINO
desk-usage-link = /link ID LINK ou /link ID OUTRO-ID
desk-usage-reopen = /reopen ID
desk-usage-ask = /ask ID pergunta ou /ask TIP-XXXXXX pergunta
desk-usage-volunteers = /volunteers [add ID-USUÁRIO APELIDO [FUNÇÃO] | remove APELIDO | role APELIDO FUNÇÃO]
desk-bad-period = Não entendi esse período. Use 7d, 30d ou datas como 2026-01-31.

## /queue e /find
desk-queue-heading = <b>Fila</b> · página { $page }
desk-queue-heading-filtered = <b>Fila</b>: { $filters } · página { $page }
desk-queue-mine = meus casos
desk-queue-empty = Nada na fila com esses filtros.
desk-queue-line = <b>#{ $id }</b> · { $level } · { $category } · { $platform } { $account } · { $tips ->
        [one] { $tips } denúncia
       *[other] { $tips } denúncias
    } · { $status }
desk-queue-assignee = responsável: { $alias }
desk-find-heading = <b>Casos sobre { $account }</b>
desk-find-none = Não há nenhum caso sobre { $account }.
desk-find-named = (citada em uma denúncia)
desk-find-unreadable = Não consegui reconhecer isso como uma conta. Cole um link completo ou diga a plataforma: /find instagram @nome

## /case
desk-history-heading = <b>Histórico</b> (últimos { $shown } registros de { $total })
desk-history-line = { $when } · { $actor } · { $what }
desk-actor-system = sistema
desk-actor-reporter = denunciante
desk-actor-cli = console do servidor
desk-action-case_opened = caso aberto com a denúncia { $tip }
desk-action-tip_added = a denúncia { $tip } entrou no caso
desk-action-claimed = assumiu o caso
desk-action-unclaimed = liberou o caso
desk-action-note = nota: { $text }
desk-action-status = status: { $before } → { $after }
desk-action-status-closed = encerrou o caso: { $outcome }
desk-action-reopened = reabriu o caso
desk-action-merged_into = mesclou este caso ao caso #{ $case }
desk-action-merged_from = o caso #{ $case } foi mesclado a este
desk-action-linked = vinculou { $what }
desk-action-asked = perguntou a quem enviou { $tips }: { $text }
desk-action-answered = resposta sobre { $tip }: { $text }
desk-action-notified = { $count ->
        [0] nenhuma pessoa denunciante recebeu o aviso
        [one] a pessoa denunciante recebeu o aviso
       *[other] { $count } denunciantes receberam o aviso
    }: { $status }
desk-action-other = { $action }
desk-network-heading = <b>Casos conectados</b> ({ $accounts ->
        [0] nenhuma conta
        [one] { $accounts } conta
       *[other] { $accounts } contas
    }, até { $depth ->
        [one] { $depth } passo
       *[other] { $depth } passos
    } de distância)
desk-network-line = #{ $id } · { $platform } { $account } · { $status } · { $depth ->
        [one] a { $depth } passo
       *[other] a { $depth } passos
    }
desk-network-none = Nenhum outro caso compartilha estas contas ou tem vínculo com elas.
desk-network-more = …e mais: a rede é maior do que o que aparece aqui.

## A conversa do caso (respostas abaixo da ficha)
desk-thread-tip = A nova denúncia { $reference } entrou neste caso: { $why }
desk-thread-answer = <b>Resposta da pessoa denunciante #{ $reporter }</b> sobre { $reference }:
    { $text }

## /stats
desk-stats-heading = <b>Estatísticas</b> de { $since } a { $until }
desk-stats-totals = { $cases ->
        [0] nenhum caso novo
        [one] { $cases } caso novo
       *[other] { $cases } casos novos
    }, { $tips ->
        [0] nenhuma denúncia
        [one] { $tips } denúncia
       *[other] { $tips } denúncias
    }
desk-stats-group = <b>{ $title }:</b> { $counts }
desk-stats-by-status = Por status atual
desk-stats-by-platform = Por plataforma
desk-stats-by-category = Por categoria
desk-stats-count = { $name } { $count }
desk-stats-first-action = <b>Tempo até a primeira ação:</b> mediana de { $median }, média de { $mean } (houve ação em { $acted } de { $cases })
desk-stats-no-action = <b>Tempo até a primeira ação:</b> ainda não houve ação em nenhum caso
desk-duration-minutes = { $minutes } min
desk-duration-hours = { $hours } h
desk-duration-days = { $days } d

## /export
desk-export-started = Preparando a exportação (de { $since } a { $until }). Ela será publicada aqui como arquivo.
desk-export-caption = Exportação do Tipline, de { $since } a { $until }: { $cases ->
        [0] nenhum caso
        [one] { $cases } caso
       *[other] { $cases } casos
    }, { $tips ->
        [0] nenhuma denúncia
        [one] { $tips } denúncia
       *[other] { $tips } denúncias
    }. Sem a identidade de nenhuma pessoa denunciante.
desk-export-too-large = A exportação de { $since } a { $until } tem { $size } MB; o Telegram aceita arquivos de até 50 MB. Peça um período mais curto ou rode <code>tipline cases export</code> no servidor.

## /volunteers
desk-volunteers-heading = <b>Voluntariado</b>
desk-volunteer-line = { $alias } · { $role } · desde { $date } (cadastro: { $by })
desk-volunteer-added = { $alias } entrou para o voluntariado com a função de { $role }.
desk-volunteer-removed = { $alias } não faz mais parte do voluntariado; os casos sob sua responsabilidade voltaram para a fila.
desk-volunteer-role = { $alias } agora tem a função de { $role }.
desk-volunteer-error = Não foi feito: { $error }
desk-role-volunteer = voluntariado
desk-role-coordinator = coordenação
desk-role-admin = administração
desk-volunteer-error-bad_user_id = o ID de usuário do Telegram é um número positivo (o da pessoa, não o de um grupo).
desk-volunteer-error-bad_alias = um apelido tem de 1 a 32 caracteres (letras sem acento, dígitos, “.”, “_” ou “-”) e começa com uma letra ou um dígito.
desk-volunteer-error-bad_role = a função pode ser volunteer, coordinator ou admin.
desk-volunteer-error-exists = esse usuário do Telegram ou esse apelido já faz parte do voluntariado.
desk-volunteer-error-reserved_alias = os apelidos system, reporter e cli são reservados para o bot, as pessoas denunciantes e a linha de comando do servidor; escolha outro.
desk-volunteer-error-not_found = “{ $who }” não faz parte do voluntariado.

## Depois da denúncia (issue 16): resultados da plataforma, acompanhamento, escalonamento, prestação de contas

desk-why-still-up = ainda no ar { $days } dias depois da primeira denúncia
desk-card-platform-outcome = <b>Plataforma:</b> { $outcome } (verificado em { $when } por { $alias })
desk-card-followups = <b>Acompanhamento de quem denunciou:</b> { $still } ainda está lá, { $gone } sumiu, { $unsure } não sabe dizer
desk-card-did-not-act = ⚠️ <b>A plataforma não agiu em 48 h</b> (uma pessoa disse que ainda estava lá em { $when })
desk-button-platform-outcome = Resultado da plataforma
desk-platform-ask = O que a plataforma fez com a conta do caso #{ $id }?
desk-done-platform-outcome = Caso #{ $id }: resultado da plataforma registrado: { $outcome } (verificado em { $when }).
desk-platform-outcome-removed = removida
desk-platform-outcome-restricted = restringida
desk-platform-outcome-still_up = ainda no ar
desk-platform-outcome-refused = a plataforma recusou
desk-platform-outcome-unknown = desconhecido
desk-escalate-check = { $when }: { $outcome }
desk-escalate-summary =
    <b>Resumo para escalonamento, caso #{ $id }</b> (sem identidade de quem denunciou)
    <b>Plataforma:</b> { $platform }
    <b>Contas:</b>
    { $accounts }
    <b>Primeira denúncia:</b> { $first } · <b>última:</b> { $last }
    <b>Pessoas diferentes que denunciaram:</b> { $reporters } ({ $tips } denúncias)
    <b>Categorias:</b> { $categories }
    <b>Pessoas que denunciaram elas mesmas à plataforma:</b> { $told }
    <b>O que a plataforma fez, segundo nossas verificações:</b>
    { $checks }
    <b>Respostas do acompanhamento:</b> { $still } ainda está lá, { $gone } sumiu, { $unsure } não sabe dizer
desk-pstats-heading = <b>Prestação de contas das plataformas</b> de { $since } a { $until }: { $reported } contas denunciadas, { $removed } removidas
desk-pstats-line = { $name }: { $reported } denunciadas · removidas ≤48 h { $h48 }, ≤7 d { $d7 }, ≤30 d { $d30 } · mediana { $median } h · ainda no ar { $still } · recusadas { $refused }
desk-pstats-none = Nenhuma conta foi denunciada pela primeira vez neste período.
desk-chart-title = O que as plataformas fizeram, { $since } a { $until }: { $reported } contas denunciadas, { $removed } removidas
desk-chart-caption = Prestação de contas: { $reported } contas denunciadas, { $removed } removidas (verificações dos voluntários).
desk-chart-reported = contas denunciadas
desk-chart-hours = mediana de horas até a remoção
desk-chart-none = nenhuma removida
desk-chart-removed-48h = removida em 48 h
desk-chart-removed-7d = removida em 7 dias
desk-chart-removed-later = removida depois
desk-chart-restricted = restringida
desk-chart-still-up = ainda no ar
desk-chart-refused = a plataforma recusou
desk-chart-unchecked = ainda não verificada
desk-action-platform_outcome = resultado da plataforma: { $outcome } (verificado { $checked })
desk-action-follow_up = resposta de acompanhamento sobre { $tip }: { $answer }
desk-action-platform_did_not_act = a plataforma não agiu em 48 h ({ $tip })
desk-refused-bad_outcome = O resultado é um destes: removed, restricted, still_up, refused, unknown.
desk-refused-bad_checked_at = O dia da verificação não pode estar no futuro nem antes da abertura do caso.
desk-usage-outcome = /outcome ID removed|restricted|still_up|refused|unknown [AAAA-MM-DD verificado]
desk-usage-escalate = /escalate ID
desk-command-outcome = Registrar o que a plataforma fez
desk-command-escalate = Resumo para um regulador ou a plataforma

## Privacy (issue 12): erased tips and texts in a case's history
desk-action-tip_erased = denúncia { $tip } apagada a pedido
desk-text-erased = [apagado]

## Abuse and hostile traffic (issue 13)
desk-help-abuse = /abuse TIP-XXXXXX: marcar uma denúncia como abuso (quem enviou é bloqueado, sem ser avisado) · /unblock TIP-XXXXXX: desfazer
desk-card-fresh-only = ⚠️ Todas as pessoas que denunciaram este caso são novas: nenhuma tinha enviado denúncia antes. Confira antes de agir.
desk-card-tip-abuse = 🚫 Marcada como abuso: não conta.
desk-card-short = <b>Caso #{ $id }</b> · { $level } · { $status } · { $tips } denúncias. O cartão completo é longo demais para mostrar aqui: /case { $id }
desk-button-abuse = Abuso…
desk-abuse-ask = Qual denúncia do caso #{ $id } é abuso? Quem enviou será impedido de enviar denúncias (sem ser avisado). /unblock TIP-… desfaz.
desk-done-abuse = { $tip } foi marcada como abuso: quem enviou foi bloqueado e o caso #{ $id } foi pontuado de novo sem ela. /unblock { $tip } desfaz.
desk-done-unblocked = Quem enviou { $tip } pode voltar a denunciar, e as denúncias dessa pessoa voltam a contar (caso #{ $id }).
desk-export-private = A exportação vai chegar no seu chat privado com o bot, não aqui. Se não chegar, abra um chat com o bot, toque em Iniciar e peça de novo.
desk-refused-bad_reference = “{ $reference }” não é uma referência de denúncia (elas têm este formato: TIP-7KQ2F9).
desk-refused-unknown_tip = Não existe a denúncia { $reference }.
desk-refused-already_abuse = { $reference } já está marcada como abuso.
desk-refused-not_blocked = Quem enviou { $reference } não está bloqueado.
desk-action-abuse_marked = marcou { $tip } como abuso (denunciante bloqueado)
desk-action-abuse_lifted = desbloqueou quem enviou { $tip }
desk-action-tip_set_aside = denúncia { $tip } de um denunciante bloqueado, deixada de lado
desk-usage-abuse = /abuse TIP-XXXXXX
desk-usage-unblock = /unblock TIP-XXXXXX
desk-command-abuse = Marcar uma denúncia como abuso (bloqueia quem enviou)
desk-command-unblock = Desfazer /abuse: a pessoa pode voltar a denunciar
desk-volunteer-leaving-group = A pessoa também está sendo retirada deste grupo (o bot precisa ser administrador aqui, com permissão para banir membros).
desk-remove-failed = ⚠️ Não foi possível retirar { $alias } do grupo de voluntariado ({ $reason }): a pessoa ainda consegue ler todas as fichas. Tornem o bot administrador com permissão para banir membros, ou retirem a pessoa manualmente.
desk-stranger-joined = ⚠️ Alguém que não está na lista do voluntariado entrou neste grupo (ID de usuário do Telegram { $user }): essa pessoa pode ler todas as fichas. Retirem a pessoa ou adicionem com /volunteers add { $user } ALIAS.
desk-stranger-removed = ⚠️ Alguém que não está na lista do voluntariado entrou neste grupo (ID de usuário do Telegram { $user }) e foi retirado. Se a pessoa deve estar aqui, adicionem com /volunteers add { $user } ALIAS e convidem de novo.
