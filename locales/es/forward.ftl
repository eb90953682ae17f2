# Correos que se reenvían al buzón de la organización (docs/forwarding.md). Texto plano: sin etiquetas HTML.
forward-subject-case = [Tipline #{ $id }] { $title }
forward-subject-digest = [Tipline] { $events ->
        [one] 1 novedad
       *[other] { $events } novedades
    } en { $cases ->
        [one] 1 caso
       *[other] { $cases } casos
    }: { $list }
forward-digest-intro = { $events ->
        [one] Esto es lo que ha pasado desde el último resumen.
       *[other] Estas son las { $events } cosas que han pasado desde el último resumen.
    }
forward-title-new-case = Caso nuevo: { $account }
forward-title-tip = Nuevo aviso { $reference } en este caso
forward-title-status = Estado actual: { $status }
forward-title-closed = Cerrado: { $outcome }
forward-title-merged = El caso #{ $source } se ha unido a este
forward-title-outcome = Lo que hizo la plataforma: { $outcome }
forward-title-question = Una persona respondió a vuestra pregunta ({ $reference })
forward-title-followup = Seguimiento de { $reference }: { $answer }
forward-title-erased = Se ha borrado el aviso { $reference }
forward-followup-gone = la cuenta ya no está
forward-followup-still_there = la cuenta sigue ahí
forward-followup-unsure = la persona no lo sabe
forward-erased-body = El aviso { $reference } se ha borrado a petición de quien lo envió o de un operador. Borradlo también de vuestros registros, por favor.
forward-heading-tip = El aviso
forward-heading-case = Caso #{ $id }
forward-field-status = Estado
forward-field-level = Prioridad
forward-field-category = Categoría
forward-field-platform = Plataforma
forward-field-account = Cuenta
forward-field-tips = Avisos
forward-field-reporters = personas
forward-field-told = Denunciado a la plataforma
forward-field-opened = Abierto
forward-field-assignee = Lo lleva
forward-field-outcome = Resultado
forward-field-merged-into = Unido a
forward-field-reference = Referencia
forward-field-filed = Enviado
forward-field-accounts = Cuentas
forward-field-related = Cuentas vinculadas
forward-field-danger = Un niño o niña en peligro
forward-field-country = País
forward-field-language = Idioma
forward-field-consent = Se le puede contactar
forward-field-details = En sus palabras
forward-details-withheld = (no se incluye en los correos: leedlo en el panel)
forward-footer = Enviado por Tipline. Nada en este correo identifica a quien avisó. Los enlaces están escritos para que no se abran por accidente (hxxps, [.]).
