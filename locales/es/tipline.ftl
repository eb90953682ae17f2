## Tipline: los textos propios de la conversación, en español (neutro internacional, con "tú").
## Placeholders: { $charity } el nombre de la organización; { $platform }, { $country }, { $account }, { $example }
## describen la denuncia en curso. El texto puede usar HTML de Telegram: <b>, <i>, <a href="...">.

greeting =
    { $charity ->
        [Tipline] Hola. Esto es Tipline.
       *[other] Hola. Esto es Tipline, un servicio de { $charity }.
    }
    Te ayudamos a denunciar cuentas que explotan a menores en internet: ante la plataforma, ante la línea de denuncia que corresponda y ante nosotros.
    No somos la policía. <b>Si un niño o una niña está en peligro ahora mismo, llama al número de emergencias de tu país.</b>
help =
    Responde con los botones. También puedes escribir:
    /start: empezar de nuevo
    /cancel: detener la denuncia que estás haciendo
    /language: elegir otro idioma
    /mytips: tus denuncias y qué pasó con ellas
    /stopcontact: no volveremos a contactarte por tus denuncias
    /forget: te olvidamos (te lo preguntamos antes)
    /help: este mensaje
    Por favor, nunca envíes fotos, videos ni archivos por aquí.

menu-ask = ¿Qué quieres hacer?
menu-report = Denunciar una cuenta sospechosa
menu-parent = Soy madre o padre y necesito consejo
menu-danger = Un menor está en peligro ahora mismo
menu-about = Información y privacidad
menu-language = Idioma
language-name = Español
language-ask = ¿Qué idioma prefieres? Puedes cambiarlo cuando quieras con /language.
button-menu = Menú principal
button-yes = Sí
button-no = No
button-skip = Omitir

about-privacy =
    <b>Sobre Tipline</b>
    { $charity ->
        [Tipline] Tipline es un servicio de denuncia para proteger a la infancia.
       *[other] Tipline es un servicio de { $charity }.
    }
    Recogemos denuncias sobre cuentas que explotan a menores y presionamos a las plataformas y a las autoridades reguladoras para que actúen. No somos la policía.

    <b>Qué guardamos</b>
    Tu denuncia: lo que viste, la plataforma, los enlaces de las cuentas y lo que hayas querido contarnos. No guardamos tu nombre, tu nombre de usuario de Telegram ni tu número de teléfono. Solo te conocemos por un código creado a partir de tu chat. Así podemos saber que dos denuncias vienen de la misma persona sin saber quién eres.
    Si aceptas que te contactemos, guardamos una vía protegida para escribirte aquí, en este chat, y nada más.

    <b>Quién la ve</b>
    Solo personas voluntarias de { $charity } con formación. Nunca ven quién eres.

    <b>Cuánto tiempo</b>
    Una denuncia a medio hacer se borra { $draft_hours } { $draft_hours ->
        [one] hora
       *[other] horas
    } después de tu último mensaje; si vuelves, te lo diremos. Si pasan { $idle_days } { $idle_days ->
        [one] día
       *[other] días
    } sin mensajes, olvidamos este chat por completo, incluso tu idioma.
    Guardamos las denuncias mientras su caso está abierto. { $retention_days } { $retention_days ->
        [one] día
       *[other] días
    } después de cerrar un caso, se borra lo que escribiste, tus respuestas y la forma de contactarte; solo quedan cifras y categorías, para las estadísticas.
    Envía /forget cuando quieras y te olvidaremos: este chat, la forma de contactarte y lo que escribiste en tus denuncias.

## Errores e interrupciones
error-use-buttons = Por favor, elige uno de los botones de abajo.
error-empty = El mensaje estaba vacío. Inténtalo de nuevo.
error-too-long =
    Es demasiado largo ({ $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    }). Por favor, usa como máximo { $limit } caracteres.
error-stale-button = Ese botón es de un mensaje anterior. Aquí es donde estamos ahora:
error-unknown-command = No conozco el comando /{ $command }. Escribe /help para ver lo que entiendo.
error-country-unknown = No encontré ningún país llamado "{ $text }". Escribe su nombre completo o su código de dos letras (por ejemplo ES, MX, US).
error-nothing-to-cancel = No hay ninguna denuncia en curso, así que no hay nada que cancelar.
media-refused =
    Por favor, no envíes fotos, videos ni archivos por aquí. Nunca los descargamos ni los guardamos, y hemos borrado este mensaje si ha sido posible.
    <b>Si lo que viste muestra imágenes sexuales de un niño o una niña: no lo guardes, no hagas capturas de pantalla ni lo compartas con nadie, ni siquiera para denunciarlo.</b> Hacerlo, por sí solo, puede ser un delito. En su lugar, anota el enlace y el nombre de la cuenta, y comunícalo a la línea de denuncia; este bot te mostrará dónde.
cancel-confirm = ¿Quieres detener esta denuncia? No se guardará nada de lo que respondiste.
cancel-done = Denuncia detenida. No se guardó nada.
cancel-kept = De acuerdo, sigamos.

## Peligro inmediato
danger-emergency =
    <b>Si un niño o una niña está en peligro ahora mismo, llama ya al número de emergencias.</b>
    { $routes }
    Cuéntales qué está pasando y dónde, si lo sabes.
danger-next-ask = Cuando el niño o la niña esté a salvo, también puedes denunciar la cuenta implicada.
danger-continue = Denunciar una cuenta
danger-done = Ahora no

## Países
country-ask = ¿En qué país estás? De tu respuesta depende qué línea de denuncia y qué líneas de ayuda te mostramos. Elige abajo o escribe su nombre.
country-ask-danger = ¿En qué país estás? Elige abajo o escribe su nombre, y te mostraremos el número de emergencias.
country-ask-guessed = ¿Tu país es { $country }? Toca su nombre abajo, o elige o escribe otro país. De tu respuesta depende qué línea de denuncia y qué líneas de ayuda te mostramos.
country-ask-danger-guessed = ¿Tu país es { $country }? Toca su nombre abajo, o elige o escribe otro país, y te mostraremos el número de emergencias.
country-ask-change = Tu país es { $country }. Elige o escribe otro.

## La denuncia
report-safety-ask = Antes de nada: ¿hay un niño o una niña en peligro inmediato ahora mismo?
report-safety-yes = Sí, un menor está en peligro
report-safety-no = No
report-category-ask = ¿Qué viste?
category-sexual_imagery = Imágenes o videos sexuales de un menor
category-grooming = Un adulto que contacta a un menor con fines sexuales
category-sexualised_comments = Comentarios sexuales en fotos de menores
category-collecting_photos = Una cuenta que reúne o vuelve a publicar fotos de menores
category-trading_network = Cuentas que intercambian material o forman redes en torno a menores
category-other = Otra cosa
report-csam-warning =
    <b>Importante: no hagas capturas de pantalla ni descargues, guardes o compartas las imágenes, ni siquiera como prueba.</b> Hacerlo, por sí solo, puede ser un delito. No te pediremos que las describas.
    Solo necesitamos el enlace de la cuenta. Te mostraremos la línea de denuncia que puede conseguir que se eliminen las imágenes.
report-platform-ask = ¿Dónde lo viste?
platform-other = Otro sitio o app
report-account-ask =
    Envía el enlace de la cuenta en { $platform } o su nombre de usuario con @: el nombre que aparece en su perfil o encima de sus publicaciones.
    Por ejemplo: { $example }
    Si no tienes ninguno de los dos, toca «No sé el enlace».
report-account-ask-other = Envía el enlace completo de la cuenta o de la página, empezando por https://
report-account-unknown = No sé el enlace
report-related-ask = ¿Hay otras cuentas implicadas (por ejemplo, cuentas que comentan, comparten o enlazan a esta)?
report-related-yes = Sí, agregar otra cuenta
report-related-no = No
report-related-input = Envía el enlace o el nombre de usuario con @ de la otra cuenta. Toca "Eso es todo" cuando termines.
report-related-done = Eso es todo
account-switch-platform =
    Ese enlace es de { $other }, no de { $platform }: { $link }
    ¿Quieres denunciar esta cuenta de { $other } en su lugar?
account-post-kept =
    Gracias, he anotado ese enlace como prueba: { $post }
    Lleva a una publicación, no a la cuenta que la publicó. Envía el nombre de usuario con @ tal como aparece en la publicación, o el enlace a su perfil. Si no lo ves, toca «No sé el enlace».
account-added = Agregada: { $account }
account-duplicate = { $account } ya está en esta denuncia.

report-platform-routes =
    <b>Denuncia también la cuenta directamente en { $platform }.</b> Las plataformas actúan más rápido cuando reciben denuncias.
    { $routes }
report-platform-routes-other =
    <b>Denúncialo también en el propio sitio o app</b>, con su botón de denunciar o desde sus páginas de ayuda. Los sitios actúan más rápido cuando reciben denuncias.
    { $routes }
route-item =
    <b>{ $label }: { $name }</b>
    { $contact }
report-reported-ask = ¿Ya la denunciaste en { $platform }?
report-reported-ask-other = ¿Ya denunciaste la cuenta en ese sitio o app?
reported-yes = Sí, ya la denuncié
reported-not_yet = Todavía no

report-details-ask = ¿Hay algo más que debamos saber? Por ejemplo, qué viste, cuándo o cómo están conectadas las cuentas. Por favor, no incluyas datos personales de nadie. Puedes omitir este paso.
report-details-ask-csam = ¿Hay algo más que debamos saber, como cuándo lo viste o cómo están conectadas las cuentas? <b>Por favor, no describas las imágenes.</b> Puedes omitir este paso.

report-hotline-routes =
    <b>También puedes comunicarlo a la línea de denuncia del país donde vives ({ $country }):</b>
    { $routes }

report-consent-ask = ¿Puede una persona voluntaria de { $charity } escribirte aquí, en este chat, con alguna pregunta o novedad sobre esta denuncia? Nunca verá quién eres. Puedes cambiar de opinión cuando quieras.
report-consent-yes = Sí, pueden escribirme
report-consent-no = No, gracias

report-review =
    <b>Revisa tu denuncia</b>
    Lo que viste: { $category }
    Dónde: { $platform }
    Cuenta: { $accounts }
    Otras cuentas: { $related }
    Denunciada en la plataforma: { $reported }
    Detalles: { $details }
    Cuándo lo viste: { $seen }
    Edad aparente del niño o la niña: { $age }
    Conoces al niño o la niña: { $knows }
    Señales de riesgo: { $risks }
    Tu país: { $country }
    Podemos escribirte: { $consent }
review-none = —
review-reported-yes = sí
review-reported-not_yet = todavía no
review-yes = sí
review-no = no
review-submit = Enviar denuncia
review-edit = Cambiar algo
review-cancel = Cancelar
report-edit-ask = ¿Qué quieres cambiar?
edit-category = Lo que vi
edit-account = Plataforma y cuenta
edit-related = Agregar otras cuentas
edit-reported = Denuncia en la plataforma
edit-details = Detalles
edit-country = País
edit-consent = Contacto
edit-back = Volver a la revisión

tip-submitted =
    <b>Gracias. Tu denuncia se ha enviado.</b>
    Tu número de referencia es <b>{ $reference }</b>. Guárdalo por si más adelante quieres preguntar por esta denuncia.
report-done =
    Qué pasa ahora: una persona voluntaria de { $charity } revisa cada denuncia. Las denuncias sobre la misma cuenta se reúnen en un solo caso, y eso nos ayuda a presionar a la plataforma para que actúe.
    Si vuelves a ver la cuenta, u otras parecidas, puedes denunciarlas de nuevo cuando quieras.

## Tus denuncias (/mytips) y contacto
mytips =
    <b>Tus denuncias</b>
    { $tips }
mytips-none = Todavía no has enviado ninguna denuncia desde este chat.
mytips-item = { $reference } · { $date } · { $platform }: { $status }
tip-status-received = recibida
tip-status-reviewing = en revisión por una persona voluntaria
tip-status-reported = comunicada por nosotros a la plataforma
tip-status-escalated = enviada a la línea de denuncia o a la policía
tip-status-closed-removed = cerrada: se eliminó el contenido o la cuenta
tip-status-closed-no_violation = cerrada: la plataforma no encontró ninguna infracción
tip-status-closed-duplicate = cerrada: ya se había denunciado en otro caso
tip-status-closed-not_enough_information = cerrada: no hay suficiente información para actuar
tip-status-closed-other = cerrada
consent-withdrawn = Hecho. No te contactaremos por ninguna de tus denuncias. Tus denuncias siguen con nosotros y seguimos trabajando en ellas.
relay-question =
    <b>Una persona voluntaria tiene una pregunta sobre tu denuncia { $reference }:</b>
    { $question }
    No tienes que responder. No verá quién eres.
relay-answer-button = Responder
relay-answer-ask = Escribe tu respuesta y envíala. Por favor, no envíes fotos ni archivos. Si prefieres no responder, usa /cancel.
relay-answer-sent = Gracias. Hemos hecho llegar tu respuesta.
relay-answer-cancelled = De acuerdo, no se envió ninguna respuesta.
tip-status-notice =
    <b>Novedades sobre tu denuncia { $reference }</b>
    Estado: { $status }
    Gracias por denunciar.

## Lo que Telegram muestra del bot: su menú de comandos y su perfil (texto sin formato, sin HTML)
command-start = Empezar de nuevo
command-help = Lo que entiende este bot
command-cancel = Detener la denuncia que estás haciendo
console-banner = Consola de Tipline. Escribe un número para pulsar un botón, /quit para salir.
console-farewell = Adiós. Tus respuestas hasta ahora se guardan; /start empieza de nuevo.
console-prompt = tú
bot-short-description = Denuncia cuentas que explotan a menores en internet: ante la plataforma, la línea de denuncia y { $charity }.
bot-description =
    { $charity ->
        [Tipline] Tipline es un servicio de denuncia para proteger a la infancia.
       *[other] Tipline es un servicio de { $charity }.
    }
    Denuncia una cuenta que explota a menores en internet: te mostramos cómo denunciarla ante la plataforma y ante la línea de denuncia que corresponda, y hacemos llegar tu denuncia a { $charity }.
    No somos la policía. Si un niño o una niña está en peligro ahora mismo, llama al número de emergencias de tu país.

## Privacidad (issue 12): olvidar a una persona, borradores caducados
forget-confirm = ¿Quieres que te olvidemos? Borraremos este chat, la forma de contactarte y lo que escribiste en tus denuncias. Las denuncias se quedan, sin tus palabras, para que los casos sigan adelante. No se puede deshacer.
forget-done = Hecho: te hemos olvidado. Si vuelves a escribir, empezaremos como si no nos conociéramos.
forget-kept = De acuerdo, no se ha borrado nada.
draft-expired = Tu denuncia a medio hacer se ha borrado porque pasó un tiempo sin respuesta. Puedes empezar de nuevo cuando quieras.

## Limits against floods (issue 13)
account-related-limit = Con esta ya son { $limit } cuentas relacionadas, el máximo que cabe en una denuncia. Sigamos con esta denuncia; las demás cuentas puedes enviarlas más tarde en una denuncia nueva.
limit-slow-down =
    Estás enviando mensajes muy rápido, así que hago una pequeña pausa. Podrás seguir en unos { $seconds } segundos.
    <b>Si un niño, niña o adolescente está en peligro ahora mismo, llama al número de emergencias de tu país.</b>
limit-tips-per-day =
    <b>Todavía no hemos podido enviar esta denuncia:</b> ya enviaste todas las denuncias que una persona puede enviar en un día. Podrás enviar una nueva a partir de { $when }.
    La vía de denuncia de la propia plataforma que te mostramos arriba sigue funcionando: puedes usarla ahora mismo.
    <b>Si un niño, niña o adolescente está en peligro ahora mismo, llama al número de emergencias de tu país.</b>
