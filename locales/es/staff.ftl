## El panel del voluntariado: todo lo que leen las personas voluntarias, en TIPLINE_STAFF_LANGUAGE (por defecto, inglés).
## Solo el idioma del equipo necesita estos textos; los demás idiomas son para quienes denuncian.
## Los placeholders se escapan antes de llegar a Telegram; el texto puede usar <b>, <i> y <code>.
## Los comandos (/queue, /case…) y las palabras clave que lee el código (in_progress, removed, mine, page, 7d, csv, add…)
## no se traducen. "Tip" es "denuncia"; "card" es "ficha"; "claim" es "tomar" (y "lo lleva X").

## Fichas de los casos
desk-card-title = <b>Caso #{ $id }</b> · { $level } · { $status }
desk-card-claimed = Lo lleva <b>{ $alias }</b>
desk-card-closed = <b>Cerrado:</b> { $outcome }
desk-card-merged = <b>Fusionado en el caso #{ $into }</b>; sus denuncias están ahora allí.
desk-card-account = <b>Cuenta:</b> { $account }
desk-certainty-link = identificada por su enlace
desk-certainty-username = identificada por su nombre de usuario
desk-certainty-phone = identificada por un número de teléfono
desk-certainty-display_name = identificada solo por un nombre visible: comprueba que es la misma cuenta
desk-certainty-unknown = quien informó no conocía la cuenta
desk-card-others = <b>Cuentas vinculadas:</b> { $accounts }
desk-card-more-accounts = …y más: /case { $id }
desk-card-platform = <b>Plataforma:</b> { $platform } · <b>Categoría:</b> { $category }
desk-card-tips = <b>Denuncias:</b> { $tips } · primera: { $first } · última: { $last }
desk-card-told = <b>Comunicado a la plataforma:</b> { $told }
desk-card-contact = <b>Denunciantes que aceptan contacto:</b> { $consenting }
desk-card-latest = <b>Últimas denuncias</b>
desk-card-tip = { $reference } · denunciante #{ $reporter } ({ $reporter_tips ->
        [one] 1 denuncia
       *[other] { $reporter_tips } denuncias
    }) · { $country } · { $language } · comunicado a la plataforma: { $reported } · contacto: { $consent }
desk-card-danger = <b>La persona denunciante indicó que hay un menor en peligro.</b>
desk-card-details = <i>{ $details }</i>
desk-card-no-details = (sin detalles)
desk-truncated = { $text }…

## La prioridad, explicada ("URGENTE: imágenes sexuales; 4 denuncias de 3 personas en 2 días")
desk-level-urgent = URGENTE
desk-level-high = prioridad alta
desk-level-normal = prioridad normal
desk-level-low = prioridad baja
desk-why-head = { $level }: { $category }
desk-why-count = { $tips ->
        [one] 1 denuncia
       *[other] { $tips } denuncias
    } de { $people ->
        [one] 1 persona
       *[other] { $people } personas
    }
desk-why-count-span = { $tips ->
        [one] 1 denuncia
       *[other] { $tips } denuncias
    } de { $people ->
        [one] 1 persona
       *[other] { $people } personas
    } en { $span }
desk-span-hours = { $hours ->
        [one] 1 hora
       *[other] { $hours } horas
    }
desk-span-days = { $days ->
        [one] 1 día
       *[other] { $days } días
    }
desk-why-danger = puede haber un menor en peligro
desk-why-told = ya se avisó a la plataforma
desk-why-not-told = aún no se ha avisado a la plataforma
desk-why-and = { $first }; { $then }

## Estados, resultados, categorías y respuestas, tal como los lee el voluntariado
desk-status-new = nuevo
desk-status-in_progress = en curso
desk-status-reported_to_platform = comunicado a la plataforma
desk-status-escalated = derivado a la línea de denuncia o a la policía
desk-status-closed = cerrado
desk-outcome-removed = eliminado
desk-outcome-no_violation = sin infracción
desk-outcome-duplicate = duplicado
desk-outcome-not_enough_information = información insuficiente
desk-category-sexual_imagery = imágenes sexuales
desk-category-grooming = grooming
desk-category-sexualised_comments = comentarios sexualizados
desk-category-collecting_photos = recopilación de fotos de menores
desk-category-stolen_photos = fotos de menores robadas
desk-category-trading_network = red de intercambio
desk-category-other = otros
desk-told-yes = sí, por quien denunció
desk-told-not_yet = todavía no
desk-told-unknown = no consta
desk-told-us = sí, por nosotros
desk-yes = sí
desk-no = no
desk-unknown = ?
desk-none = ninguno
desk-list-more = { $first }, { $then }

## Botones (texto sin formato)
desk-button-claim = Tomar
desk-button-unclaim = Soltar
desk-button-in_progress = En curso
desk-button-reported_to_platform = Comunicado a la plataforma
desk-button-escalated = Derivado
desk-button-close = Cerrar…
desk-button-reopen = Reabrir
desk-button-details = Detalles
desk-button-next = Página siguiente ▸
desk-button-outcome-removed = Eliminado
desk-button-outcome-no_violation = Sin infracción
desk-button-outcome-duplicate = Duplicado
desk-button-outcome-not_enough_information = Info insuficiente

## Respuestas a las acciones
desk-close-ask = ¿Con qué resultado cierras el caso #{ $id }?
desk-done-claimed = El caso #{ $id } es tuyo.
desk-done-unclaimed = El caso #{ $id } vuelve a la cola.
desk-done-note = Nota agregada al caso #{ $id }.
desk-done-status = El caso #{ $id } ahora está: { $status }.
desk-done-reopened = El caso #{ $id } está abierto de nuevo.
desk-done-merged = El caso #{ $source } se fusionó en el caso #{ $target }.
desk-done-linked = Vinculado: aparecerá en la red del caso #{ $id }.
desk-done-asked = Pregunta enviada { $count ->
        [one] a la persona denunciante
       *[other] a { $count } denunciantes
    } del caso #{ $id } ({ $tips }). Las respuestas llegarán debajo de la ficha del caso.
desk-told-reporters = { $count ->
        [one] Se informó a la persona denunciante.
       *[other] Se informó a { $count } denunciantes.
    }

## Negativas
desk-refused-not_allowed = Tu rol no permite hacer eso.
desk-refused-no_case = No existe el caso #{ $case }.
desk-refused-closed = El caso #{ $case } está cerrado. Alguien de coordinación puede reabrirlo con /reopen.
desk-refused-merged = El caso #{ $case } se fusionó en el caso #{ $into }: trabaja en ese.
desk-refused-not_closed = El caso #{ $case } no está cerrado.
desk-refused-claimed_by = Este caso lo lleva { $alias }.
desk-refused-already_yours = El caso #{ $case } ya es tuyo.
desk-refused-not_claimed = Nadie lleva el caso #{ $case }.
desk-refused-same_status = El caso #{ $case } ya tiene ese estado.
desk-refused-bad_status = Ese estado no existe. Usa: in_progress, reported, escalated (o /close ID RESULTADO).
desk-refused-needs_outcome = Para cerrar hace falta un resultado: removed, no_violation, duplicate o not_enough_information.
desk-refused-same_case = Es el mismo caso.
desk-refused-same_account = Esa es la propia cuenta del caso.
desk-refused-reopen_conflict = La cuenta del caso #{ $case } ya tiene un caso abierto: #{ $other }. Fusiónalos en lugar de reabrirlo.
desk-refused-no_consent = Ninguna persona denunciante del caso #{ $case } aceptó que la contacten.
desk-refused-no_tip = { $reference } no es una denuncia de este caso, o no se puede contactar a quien la envió.
desk-refused-empty_note = La nota está vacía.
desk-refused-empty_question = La pregunta está vacía.
desk-refused-too_long = Es demasiado largo: usa menos de { $limit } caracteres.
desk-refused-stale = Ese botón está desactualizado.

## Comandos
desk-help =
    <b>Panel del voluntariado</b>
    /queue [estado] [plataforma] [categoría] [mine] [page N]: casos abiertos, primero los más urgentes
    /case ID: un caso completo, con su historial y los casos conectados
    /find ENLACE o /find PLATAFORMA @usuario: casos sobre una cuenta
    /claim ID · /unclaim ID
    /note ID texto
    /status ID in_progress|reported|escalated
    /close ID removed|no_violation|duplicate|not_enough_information
    /ask ID pregunta (o /ask TIP-XXXXXX pregunta): pregunta a las personas denunciantes que aceptaron el contacto
    /link ID ENLACE o /link ID OTRO-ID: marca cuentas como conectadas
    /merge ID ID-DESTINO · /reopen ID (solo coordinación)
    /stats [7d|30d|DESDE [HASTA]] · /export [DESDE [HASTA]] [csv|json] (solo coordinación)
    /volunteers [add ID-USUARIO ALIAS [ROL] | remove ALIAS | role ALIAS ROL] (solo administración)
## Menú de comandos del grupo del voluntariado (Telegram los muestra cuando una persona voluntaria escribe "/"; 256 caracteres como máximo cada uno)
desk-command-desk = Qué puede hacer el panel del voluntariado
desk-command-queue = Casos abiertos, primero los más urgentes
desk-command-case = Un caso completo: sus denuncias, su historial y los casos conectados
desk-command-find = Buscar los casos sobre una cuenta
desk-command-claim = Tomar un caso
desk-command-unclaim = Devolver un caso a la cola
desk-command-note = Agregar una nota a un caso
desk-command-status = Cambiar el estado de un caso: en curso, comunicado a la plataforma, derivado
desk-command-close = Cerrar un caso con su resultado
desk-command-ask = Preguntar a las personas denunciantes que aceptaron el contacto
desk-command-link = Marcar cuentas como conectadas
desk-command-merge = Fusionar dos casos (solo coordinación)
desk-command-reopen = Reabrir un caso cerrado (solo coordinación)
desk-command-stats = Cifras de un periodo (solo coordinación)
desk-command-export = Exportar casos en CSV o JSON (solo coordinación)
desk-command-volunteers = El equipo y sus roles (solo administración)
desk-usage = Uso: { $usage }
desk-usage-queue = /queue [estado] [plataforma] [categoría] [mine] [page N]
desk-usage-case = /case ID
desk-usage-find = /find ENLACE o /find PLATAFORMA @usuario
desk-usage-claim = /claim ID
desk-usage-unclaim = /unclaim ID
desk-usage-note = /note ID texto
desk-usage-status = /status ID in_progress|reported|escalated
desk-usage-status-close = /status ID in_progress|reported|escalated (para cerrar: /close ID RESULTADO)
desk-usage-close = /close ID RESULTADO
desk-usage-merge = /merge ID ID-DESTINO
desk-usage-link = /link ID ENLACE o /link ID OTRO-ID
desk-usage-reopen = /reopen ID
desk-usage-ask = /ask ID pregunta o /ask TIP-XXXXXX pregunta
desk-usage-volunteers = /volunteers [add ID-USUARIO ALIAS [ROL] | remove ALIAS | role ALIAS ROL]
desk-bad-period = No entendí ese periodo. Usa 7d, 30d o fechas como 2026-01-31.

## /queue y /find
desk-queue-heading = <b>Cola</b> · página { $page }
desk-queue-heading-filtered = <b>Cola</b>: { $filters } · página { $page }
desk-queue-mine = mis casos
desk-queue-empty = No hay nada en la cola con estos filtros.
desk-queue-line = <b>#{ $id }</b> · { $level } · { $category } · { $platform } { $account } · { $tips ->
        [one] 1 denuncia
       *[other] { $tips } denuncias
    } · { $status }
desk-queue-assignee = lo lleva { $alias }
desk-find-heading = <b>Casos sobre { $account }</b>
desk-find-none = No hay ningún caso sobre { $account }.
desk-find-named = (se menciona en una denuncia)
desk-find-unreadable = No pude reconocer eso como una cuenta. Pega un enlace completo o indica la plataforma: /find instagram @nombre

## /case
desk-history-heading = <b>Historial</b> (últimas { $shown } entradas de { $total })
desk-history-line = { $when } · { $actor } · { $what }
desk-actor-system = sistema
desk-actor-reporter = denunciante
desk-actor-cli = consola del servidor
desk-action-case_opened = caso abierto con la denuncia { $tip }
desk-action-tip_added = se sumó la denuncia { $tip }
desk-action-claimed = tomó el caso
desk-action-unclaimed = soltó el caso
desk-action-note = nota: { $text }
desk-action-status = estado: { $before } → { $after }
desk-action-status-closed = cerró el caso: { $outcome }
desk-action-reopened = reabrió el caso
desk-action-merged_into = fusionó este caso en el caso #{ $case }
desk-action-merged_from = el caso #{ $case } se fusionó en este
desk-action-linked = vinculó { $what }
desk-action-asked = preguntó a quien envió { $tips }: { $text }
desk-action-answered = respuesta sobre { $tip }: { $text }
desk-action-notified = { $count ->
        [one] se informó a la persona denunciante
       *[other] se informó a { $count } denunciantes
    }: { $status }
desk-action-other = { $action }
desk-network-heading = <b>Casos conectados</b> ({ $accounts ->
        [one] 1 cuenta
       *[other] { $accounts } cuentas
    }, a { $depth ->
        [one] 1 paso como máximo
       *[other] { $depth } pasos como máximo
    })
desk-network-line = #{ $id } · { $platform } { $account } · { $status } · { $depth ->
        [one] a 1 paso
       *[other] a { $depth } pasos
    }
desk-network-none = Ningún otro caso comparte estas cuentas ni está vinculado a ellas.
desk-network-more = …y más: la red es más grande de lo que se muestra.

## El hilo del caso (respuestas debajo de su ficha)
desk-thread-tip = La nueva denuncia { $reference } se sumó a este caso: { $why }
desk-thread-answer = <b>Respuesta de la persona denunciante #{ $reporter }</b> sobre { $reference }:
    { $text }

## /stats
desk-stats-heading = <b>Estadísticas</b> del { $since } al { $until }
desk-stats-totals = { $cases ->
        [one] 1 caso nuevo
       *[other] { $cases } casos nuevos
    }, { $tips ->
        [one] 1 denuncia
       *[other] { $tips } denuncias
    }
desk-stats-group = <b>{ $title }:</b> { $counts }
desk-stats-by-status = Por estado actual
desk-stats-by-platform = Por plataforma
desk-stats-by-category = Por categoría
desk-stats-count = { $name } { $count }
desk-stats-first-action = <b>Tiempo hasta la primera acción:</b> mediana { $median }, media { $mean } (se actuó en { $acted } de { $cases })
desk-stats-no-action = <b>Tiempo hasta la primera acción:</b> aún no se ha actuado en ningún caso
desk-duration-minutes = { $minutes } min
desk-duration-hours = { $hours } h
desk-duration-days = { $days } d

## /export
desk-export-started = Preparando la exportación (del { $since } al { $until }). Se publicará aquí como archivo.
desk-export-caption = Exportación de Tipline, del { $since } al { $until }: { $cases ->
        [one] 1 caso
       *[other] { $cases } casos
    }, { $tips ->
        [one] 1 denuncia
       *[other] { $tips } denuncias
    }. Sin la identidad de ninguna persona denunciante.
desk-export-too-large = La exportación del { $since } al { $until } ocupa { $size } MB; Telegram admite archivos de hasta 50 MB. Pide un periodo más corto o ejecuta <code>tipline cases export</code> en el servidor.

## /volunteers
desk-volunteers-heading = <b>Voluntariado</b>
desk-volunteer-line = { $alias } · { $role } · desde { $date } (alta: { $by })
desk-volunteer-added = { $alias } se unió al voluntariado con el rol de { $role }.
desk-volunteer-removed = { $alias } ya no forma parte del voluntariado; sus casos volvieron a la cola.
desk-volunteer-role = { $alias } ahora tiene el rol de { $role }.
desk-volunteer-error = No se hizo: { $error }
desk-role-volunteer = voluntariado
desk-role-coordinator = coordinación
desk-role-admin = administración
desk-volunteer-error-bad_user_id = el ID de usuario de Telegram es un número positivo (el de la persona, no el de un grupo).
desk-volunteer-error-bad_alias = un alias tiene de 1 a 32 caracteres (letras latinas sin tilde, dígitos, «.», «_» o «-») y empieza con una letra o un dígito.
desk-volunteer-error-bad_role = el rol puede ser volunteer, coordinator o admin.
desk-volunteer-error-exists = ese usuario de Telegram o ese alias ya forma parte del voluntariado.
desk-volunteer-error-reserved_alias = los alias system, reporter y cli están reservados para el bot, las personas denunciantes y la línea de comandos del servidor; elige otro.
desk-volunteer-error-not_found = «{ $who }» no forma parte del voluntariado.

## Después del aviso (issue 16): resultados de la plataforma, seguimiento, escalado, rendición de cuentas

desk-why-still-up = sigue en línea { $days } días después del primer aviso
desk-card-platform-outcome = <b>Plataforma:</b> { $outcome } (comprobado el { $when } por { $alias })
desk-card-followups = <b>Seguimiento de quienes avisaron:</b> { $still } sigue ahí, { $gone } ya no está, { $unsure } no lo sabe
desk-card-did-not-act = ⚠️ <b>La plataforma no actuó en 48 h</b> (alguien que avisó dijo que seguía ahí el { $when })
desk-button-platform-outcome = Resultado de la plataforma
desk-platform-ask = ¿Qué hizo la plataforma con la cuenta del caso #{ $id }?
desk-done-platform-outcome = Caso #{ $id }: resultado de la plataforma registrado: { $outcome } (comprobado el { $when }).
desk-platform-outcome-removed = eliminada
desk-platform-outcome-restricted = restringida
desk-platform-outcome-still_up = sigue en línea
desk-platform-outcome-refused = la plataforma se negó
desk-platform-outcome-unknown = se desconoce
desk-escalate-check = { $when }: { $outcome }
desk-escalate-summary =
    <b>Resumen para escalar, caso #{ $id }</b> (sin identidad de quienes avisaron)
    <b>Plataforma:</b> { $platform }
    <b>Cuentas:</b>
    { $accounts }
    <b>Primer aviso:</b> { $first } · <b>último:</b> { $last }
    <b>Personas distintas que avisaron:</b> { $reporters } ({ $tips } avisos)
    <b>Categorías:</b> { $categories }
    <b>Personas que lo denunciaron ellas mismas a la plataforma:</b> { $told }
    <b>Lo que hizo la plataforma, según lo comprobado:</b>
    { $checks }
    <b>Respuestas de seguimiento:</b> { $still } sigue ahí, { $gone } ya no está, { $unsure } no lo sabe
desk-pstats-heading = <b>Rendición de cuentas de las plataformas</b> del { $since } al { $until }: { $reported } cuentas denunciadas, { $removed } eliminadas
desk-pstats-line = { $name }: { $reported } denunciadas · eliminadas ≤48 h { $h48 }, ≤7 d { $d7 }, ≤30 d { $d30 } · mediana { $median } h · siguen { $still } · rechazadas { $refused }
desk-pstats-none = Ninguna cuenta se denunció por primera vez en este periodo.
desk-chart-title = Qué hicieron las plataformas, { $since } a { $until }: { $reported } cuentas denunciadas, { $removed } eliminadas
desk-chart-caption = Rendición de cuentas: { $reported } cuentas denunciadas, { $removed } eliminadas (comprobaciones del voluntariado).
desk-chart-reported = cuentas denunciadas
desk-chart-hours = mediana de horas hasta la eliminación
desk-chart-none = ninguna eliminada
desk-chart-removed-48h = eliminada en 48 h
desk-chart-removed-7d = eliminada en 7 días
desk-chart-removed-later = eliminada más tarde
desk-chart-restricted = restringida
desk-chart-still-up = sigue en línea
desk-chart-refused = la plataforma se negó
desk-chart-unchecked = sin comprobar
desk-action-platform_outcome = resultado de la plataforma: { $outcome } (comprobado { $checked })
desk-action-follow_up = respuesta de seguimiento sobre { $tip }: { $answer }
desk-action-platform_did_not_act = la plataforma no actuó en 48 h ({ $tip })
desk-refused-bad_outcome = El resultado es uno de: removed, restricted, still_up, refused, unknown.
desk-refused-bad_checked_at = El día de la comprobación no puede ser futuro ni anterior a la apertura del caso.
desk-usage-outcome = /outcome ID removed|restricted|still_up|refused|unknown [AAAA-MM-DD comprobado]
desk-usage-escalate = /escalate ID
desk-command-outcome = Registrar lo que hizo la plataforma
desk-command-escalate = Resumen para un regulador o la plataforma

## Privacy (issue 12): erased tips and texts in a case's history
desk-action-tip_erased = denuncia { $tip } borrada a petición
desk-text-erased = [borrado]

## Abuse and hostile traffic (issue 13)
desk-help-abuse = /abuse TIP-XXXXXX: marcar una denuncia como abuso (se bloquea a quien la envió, sin avisarle) · /unblock TIP-XXXXXX: deshacerlo
desk-card-fresh-only = ⚠️ Todas las personas que denunciaron este caso son nuevas: ninguna había enviado una denuncia antes. Compruébalo antes de actuar.
desk-card-tip-abuse = 🚫 Marcada como abuso: no cuenta.
desk-card-short = <b>Caso #{ $id }</b> · { $level } · { $status } · { $tips } denuncias. La ficha completa es demasiado larga para mostrarla aquí: /case { $id }
desk-button-abuse = Abuso…
desk-abuse-ask = ¿Qué denuncia del caso #{ $id } es abuso? Se bloqueará a quien la envió para que no pueda enviar más (no se le avisa). /unblock TIP-… lo deshace.
desk-done-abuse = { $tip } quedó marcada como abuso: se bloqueó a quien la envió y el caso #{ $id } se volvió a puntuar sin ella. /unblock { $tip } lo deshace.
desk-done-unblocked = Quien envió { $tip } puede volver a denunciar, y sus denuncias vuelven a contar (caso #{ $id }).
desk-export-private = La exportación llegará a tu chat privado con el bot, no aquí. Si no llega, abre un chat con el bot, pulsa Iniciar y vuelve a pedirla.
desk-refused-bad_reference = «{ $reference }» no es una referencia de denuncia (tienen este aspecto: TIP-7KQ2F9).
desk-refused-unknown_tip = No existe la denuncia { $reference }.
desk-refused-already_abuse = { $reference } ya está marcada como abuso.
desk-refused-not_blocked = Quien envió { $reference } no está bloqueado.
desk-action-abuse_marked = marcó { $tip } como abuso (denunciante bloqueado)
desk-action-abuse_lifted = levantó el bloqueo de quien envió { $tip }
desk-action-tip_set_aside = denuncia { $tip } de un denunciante bloqueado, apartada
desk-usage-abuse = /abuse TIP-XXXXXX
desk-usage-unblock = /unblock TIP-XXXXXX
desk-command-abuse = Marcar una denuncia como abuso (bloquea a quien la envió)
desk-command-unblock = Deshacer /abuse: la persona puede volver a denunciar
desk-volunteer-leaving-group = También se le está sacando de este grupo (el bot tiene que ser administrador aquí, con permiso para expulsar miembros).
desk-remove-failed = ⚠️ No se pudo sacar a { $alias } del grupo de voluntariado ({ $reason }): todavía puede leer todas las fichas. Haced al bot administrador con permiso para expulsar miembros, o sacadle a mano.
desk-stranger-joined = ⚠️ Alguien que no está en la lista del voluntariado entró en este grupo (ID de usuario de Telegram { $user }): puede leer todas las fichas. Sacadle, o añadidle con /volunteers add { $user } ALIAS.
desk-stranger-removed = ⚠️ Alguien que no está en la lista del voluntariado entró en este grupo (ID de usuario de Telegram { $user }) y se le ha sacado. Si debe estar aquí, añadidle con /volunteers add { $user } ALIAS y volved a invitarle.
