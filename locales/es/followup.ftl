# Después del aviso (issue 16): el texto para pegar, el seguimiento y adónde ir si la plataforma no actúa.

## El texto para pegar

report-paste-button = Dame un texto para pegar
report-paste =
    Aquí lo tienes. Cópialo y pégalo donde { $platform } te pide que describas el problema:

    <pre>{ $paste }</pre>

    Solo dice lo que tú nos contaste.
paste-account = Denuncio esta cuenta: { $account }
paste-category-sexual_imagery = Comparte imágenes sexuales de menores.
paste-category-grooming = Contacta con menores de forma sexual o manipuladora (grooming).
paste-category-sexualised_comments = Publica comentarios sexualizados sobre menores.
paste-category-collecting_photos = Recopila fotos de menores y las vuelve a publicar de forma sexualizada.
paste-category-stolen_photos = Vuelve a publicar fotos de menores tomadas de las cuentas de otras personas.
paste-category-trading_network = Forma parte de una red que intercambia contenido sexual de menores.
paste-category-other = Pone en riesgo a menores.
paste-related = Cuentas relacionadas: { $related }
paste-policy = Creo que incumple vuestra política «{ $policy }»: { $url }
paste-no-policy = Creo que incumple vuestras normas de protección de menores.
paste-closing = Por favor, revisad esta cuenta y eliminadla.

## El seguimiento

report-followup-ask =
    ¿Podemos volver a escribirte más adelante para preguntarte si la plataforma ha retirado la cuenta?
    Preguntamos una sola vez, con un recordatorio como mucho. Puedes pararlo cuando quieras con /stopcontact.
report-followup-yes = Sí, escribidme
report-followup-no = No, gracias
followup-question =
    { $reminder ->
        [yes] <b>Un pequeño recordatorio sobre tu aviso { $reference }</b>
       *[no] <b>Volvemos a preguntarte por tu aviso { $reference }</b>
    }
    ¿Sigue ahí esta cuenta de { $platform }? { $account }
    Mírala solo si te sientes bien haciéndolo.
followup-question-young =
    { $reminder ->
        [yes] <b>Un pequeño recordatorio sobre tu aviso { $reference }</b>
       *[no] <b>Volvemos a preguntarte por tu aviso { $reference }</b>
    }
    ¿Sigue ahí esta cuenta de { $platform }? { $account }
    Si te sigue pasando a ti, no tienes que afrontarlo solo o sola: cuéntaselo a un adulto de confianza. No has hecho nada malo.
followup-gone = Ya no está
followup-still = Sigue ahí
followup-unsure = No lo sé
followup-answer = { $body }
followup-thanks-gone = Gracias por comprobarlo. Buenas noticias: la cuenta ya no está. La organización lo ha anotado.
followup-thanks-unsure = Gracias por comprobarlo. Hemos anotado que no lo sabes; nuestro voluntariado también lo revisará.
followup-closed = Gracias. Esta pregunta ya está cerrada, así que no se ha cambiado nada.
followup-still-intro =
    Gracias por contárnoslo. La plataforma no ha actuado, y la organización lo ha anotado.
    Esto es lo que puedes hacer ahora:
followup-route =
    <b>{ $name }</b> { $link } { $phone }
    { $rule } { $unconfirmed }
    { $asks }
followup-asks = Te pedirán: { $facts }.
followup-young-still = Si te sigue pasando a ti: cuéntaselo a un adulto de confianza y bloquea la cuenta. Nada de esto es culpa tuya.

## Las vías de escalado, en palabras sencillas

escalation-rule-esafety = eSafety Commissioner de Australia: si una plataforma no ha retirado el ciberacoso a un menor en las 48 horas siguientes a tu denuncia, puedes reclamar ante eSafety. El material de abuso sexual infantil se puede denunciar a eSafety de inmediato.
escalation-rule-police-now = Esto es para la policía: puedes denunciar el grooming o el material de abuso enseguida, sin esperar a la plataforma.
escalation-rule-rhc = Report Harmful Content (Reino Unido) interviene una vez que has denunciado a la plataforma: cuando te ha respondido que no se ha infringido ninguna norma, o cuando llevas más de una semana esperando respuesta.
escalation-rule-hotline = La línea de denuncia de tu país acepta denuncias de este tipo en cualquier momento; diles que la plataforma no ha actuado.
escalation-rule-ncmec = La CyberTipline del NCMEC acepta denuncias de cualquier persona, también anónimas, en cualquier momento; no hace falta esperar a la plataforma.
escalation-rule-inhope = INHOPE indica la línea de denuncia de tu país: denuncia allí y menciona que la plataforma no ha actuado.
escalation-rule-dsa = En la UE, la Ley de Servicios Digitales te permite enviar a la plataforma una notificación formal de contenido ilícito. Tiene que resolverla y explicarte sus motivos. Usa el formulario de «contenido ilegal» de la plataforma e indica que envías una notificación conforme al artículo 16.
escalation-asks-when_reported = cuándo lo denunciaste a la plataforma
escalation-asks-how_reported = cómo lo denunciaste (en la app o en un formulario web)
escalation-asks-platform_answer = qué te respondió la plataforma, si lo hizo
escalation-asks-account_links = el enlace a la cuenta
escalation-asks-your_contact = tu nombre y tu correo (no hacen falta para material de abuso sexual infantil)
