# Directorio de seguridad: pasos para denunciar en cada app, etiquetas y notas de las vías de denuncia, errores al reconocer cuentas.
# Los pasos y las notas vienen de /shared/directory/reference.yaml y de NOTES.md ("Hotline rules").
# Frases cortas: quien lee suele ser una madre o un padre preocupado, desde el teléfono.

## Etiquetas de las vías (una por tipo)

route-kind-emergency = Número de emergencias
route-kind-platform_form = Denúncialo a la plataforma
route-kind-platform_in_app = Denúncialo en la app
route-kind-hotline = Comunícalo a la línea de denuncia
route-kind-police = Denúncialo a la policía
route-kind-take_it_down = Consigue que retiren las imágenes
route-kind-report_remove = Consigue que retiren las imágenes (para jóvenes)
route-kind-helpline = Habla con alguien
route-kind-international = Busca ayuda en tu país
## Nombres genéricos de servicios (los nombres propios, como "Kids Helpline", no se traducen)

service-emergency = Servicios de emergencia
service-eu-emergency = Número de emergencias de la UE
service-police = Policía
service-police-gendarmerie = Policía y Gendarmería
service-fire-ambulance-eu = Bomberos y ambulancias (número de emergencias de la UE)
service-local-emergency = Número de emergencias de tu país
service-local-police = Policía de tu zona
service-inhope-map = INHOPE: busca la línea de denuncia de tu país
service-fbi-tips = FBI: línea de denuncias
service-police-non-emergency = Policía (cuando no es una emergencia)
service-policia-es-mailbox = Policía Nacional: correo para denunciar material de abuso sexual infantil
service-medical-emergency = Urgencias médicas (ambulancia)
service-fire = Bomberos
service-emergency-sms-deaf = Número de emergencias para personas sordas o con dificultades auditivas (texto, vídeo)
service-child-helpline = Línea de ayuda a la infancia
service-missing-child = Policía: niño o niña desaparecido o secuestrado

route-unconfirmed = (aún sin confirmar: comprueba este enlace antes de fiarte de él)
route-unconfirmed-number = (aún sin confirmar: comprueba este número antes de fiarte de él)

## Las reglas de cada vía, según las páginas de cada servicio

route-note-emergency = Si un niño o una niña está en peligro ahora mismo, llama primero a este número.
route-note-emergency-local = Si un niño o una niña está en peligro ahora mismo, llama primero al número de emergencias de tu país.
route-note-local-police = También puedes denunciarlo a la policía de tu zona.
route-note-ncmec = La CyberTipline acepta denuncias de cualquier país. Puedes denunciar sin dar tu nombre.
route-note-iwf = La IWF necesita la dirección web (URL) de las imágenes o los videos. Solo se ocupa de imágenes y videos de abuso sexual infantil. Puedes denunciar sin dar tu nombre.
route-note-ceop = CEOP atiende casos de grooming (un adulto que busca contacto sexual con un menor) y de abuso sexual infantil. No acepta denuncias sin nombre. No es para acoso, cuentas falsas ni hackeos. En una emergencia, llama al 999.
route-note-esafety = El material de explotación sexual infantil, incluido el contenido que sexualiza a un niño o una niña, se puede denunciar a eSafety enseguida, sin pasar antes por la plataforma, y sin dar tu nombre. Si se trata de acoso a un menor, denúncialo primero a la plataforma: si no lo retira en 48 horas, presenta una queja a eSafety.
route-note-accce = El ACCCE es solo para personas que están en Australia.
route-note-vgt = Para personas fuera de Australia que quieren hacer una denuncia a la policía.
route-note-cybertip-ca = Cybertip.ca no acepta denuncias por correo electrónico. Usa el formulario web o llama al 1-866-658-9022.
route-note-pharos = PHAROS es solo para contenido público. No es para emergencias (llama al 17 o al 112) ni para conflictos privados.
route-note-childhelp = Childhelp es una línea de apoyo y orientación. No recibe denuncias.
route-note-take-it-down = Take It Down es para imágenes de desnudos o sexuales tomadas cuando la persona tenía menos de 18 años. Las imágenes nunca salen de tu dispositivo. Para personas adultas, StopNCII.org hace lo mismo.
route-note-report-remove = Para jóvenes menores de 18 años del Reino Unido que quieren eliminar una imagen o un video en el que aparecen desnudos. Childline les acompaña.
route-note-needhelpnow = Ayuda paso a paso para que los jóvenes consigan eliminar imágenes suyas.
route-note-report-harmful-content = Te ayuda si el contenido dañino sigue publicado después de denunciarlo a la plataforma.
route-note-inhope = Busca en este mapa la línea de denuncia de tu país.
route-note-child-helpline-international = Busca una línea de ayuda a la infancia de tu país en la lista de miembros de Child Helpline International.
route-note-for-young-people = Esta línea es para niños, niñas y jóvenes.
route-note-crisis-line = Para cualquier persona que esté pasando por una crisis emocional.
route-note-3018 = Para jóvenes que sufren violencia en internet, como sextorsión o difusión de imágenes íntimas. Puede ayudar a eliminar contenido.
route-note-policia-es = Envía la dirección web (URL), el perfil y la hora en que lo viste. No adjuntes imágenes.
route-note-childline-in = El Gobierno gestiona ahora el 1098, que se está integrando en el número de emergencias 112. Los dos siguen funcionando.
route-note-dswd-sms = Envía un SMS con la palabra blockchildporn y la dirección web a este número. Este número es de una lista de 2020.
route-note-stale-number = Este número viene de una fuente antigua. Puede haber cambiado.
route-note-stale-link = Esta página viene de una fuente antigua. Si ha cambiado de dirección, usa el botón de denunciar de la app.
route-note-stopncii = Para personas adultas (18 años o más) cuyas imágenes íntimas se han compartido o con las que se las amenaza. Si las imágenes son de cuando tenían menos de 18, usa Take It Down.
route-note-incibe-hotline = Para material de abuso sexual infantil encontrado en internet. Los avisos llegan a la policía y a INHOPE, pero no son una denuncia formal.
route-note-incibe-017 = Todos los días, de 8:00 a 23:00. Gratuito y confidencial. También por WhatsApp (+34 900 116 117) y Telegram (@INCIBE017).
route-note-cybercrime-1930 = El 1930 es sobre todo la línea para fraudes económicos en internet. Para el abuso de un niño o una niña, usa el portal o llama al 112.
route-note-tiktok-webform = El formulario de TikTok es para cuando apareces tú o tu hijo o hija. Si se trata de otra persona, usa el botón Denunciar de la app.
route-note-tumblr-minors = El formulario de Tumblr para denunciar el abuso de un menor. También puedes escribir a abuse@tumblr.com.
route-note-telegram-search = Para contenido ilegal que aparece en la búsqueda de Telegram, Telegram indicó el bot @SearchReport. Usa primero el botón Denunciar de la app.
route-note-not-emergency = Gratuita y confidencial, para cualquier vulneración de los derechos de niñas, niños y adolescentes. No es una línea de emergencias: en una emergencia, llama al número de emergencias.
route-note-2511 = Gratuito y confidencial, todos los días de 8:30 a 18:00. El número no aparece en la factura. También puedes avisar por internet en 2511.ma a cualquier hora.
route-note-tn-child-lines = El 1809 atiende fuera del horario de oficina. En horario de oficina, llama al número gratuito 192.
route-note-sos-crianca = Gratuito y confidencial, de lunes a viernes de 9:00 a 19:00, para niños, niñas y adolescentes y para adultos preocupados por un menor.
route-note-116-cm = Por ahora el 116 solo funciona en la red de Camtel. Desde otra red, llama a la policía al 117.
route-note-helpline-br = Orientación gratuita y anónima sobre la violencia en internet, por chat y correo electrónico, con especialistas. En una emergencia, llama al 190.
route-note-linea-azul = Para denunciar situaciones de violencia contra niñas, niños y adolescentes. De lunes a viernes de 8:00 a 20:00 y fines de semana de 9:00 a 19:00. En una emergencia, llama al 911.
route-note-meta-in-app = Meta no tiene un formulario web para esto. Usa el botón de denunciar de la app. Las denuncias son confidenciales.
route-note-snapchat-safety-concern = En el formulario, elige "I have a safety concern" (tengo un problema de seguridad). No necesitas una cuenta de Snapchat.
route-note-discord-message-link = Copia primero el enlace del mensaje: el formulario lo pide.
route-note-telegram-faq = Las preguntas frecuentes (FAQ) de Telegram explican cómo denunciar y dan la dirección a la que escribir.
route-note-reddit-permalink = Elige "I want to report minor abuse or sexualization" (quiero denunciar abuso o sexualización de menores) y pega el enlace de la publicación.

## Consejos de seguridad

safety-do-not-save = Nunca descargues, hagas capturas de pantalla, guardes ni reenvíes imágenes sexuales de menores, ni siquiera como prueba. Hacerlo, por sí solo, puede ser un delito. En su lugar, anota el enlace, el nombre de usuario, la fecha y la hora.
safety-report-both = Denúncialo a la plataforma y a la línea de denuncia. No te pongas en contacto con la cuenta. Bloquéala solo después de haber copiado su enlace y su nombre de usuario.
safety-sextortion = Si alguien amenaza con compartir imágenes: no pagues, no borres nada, deja de responder, guarda los mensajes y denúncialo.

## Pasos para denunciar dentro de cada app

steps-instagram =
    1. Toca los tres puntos (...) de la publicación, el comentario, el mensaje o el perfil.
    2. Toca "Denunciar".
    3. Elige la opción sobre un menor, o sobre desnudos o actividad sexual con un menor. El texto cambia según la versión de la app.
    4. Sigue los pasos. Tu denuncia es confidencial.
steps-facebook =
    1. Toca los tres puntos (...) de la publicación, la foto, el comentario o el perfil.
    2. Toca "Denunciar" o la opción para buscar ayuda o denunciar.
    3. Elige la opción sobre un menor o sobre explotación infantil.
    4. Sigue los pasos.
steps-threads =
    1. Toca los tres puntos (...) de la publicación, la respuesta o el perfil.
    2. Toca "Denunciar".
    3. Elige el motivo.
    Las cuentas de Threads están vinculadas a cuentas de Instagram.
steps-whatsapp =
    1. Abre el chat.
    2. Toca el nombre del contacto o del grupo.
    3. Toca "Reportar" o "Denunciar" (puedes denunciar y bloquear).
    WhatsApp recibe los últimos cinco mensajes de esa persona o de ese grupo.
steps-tiktok =
    1. Mantén presionado el video o toca la flecha de "Compartir".
    2. Toca "Denunciar".
    3. Elige la opción de violencia, abuso y explotación delictiva ("Violence, abuse, and criminal exploitation") y después la de explotación y abuso de menores de 18 años ("Exploitation and abuse of people under 18").
    4. Toca "Enviar".
    Para un perfil: toca los tres puntos (...) del perfil y después "Denunciar".
    No comentes, descargues ni compartas el video.
steps-x =
    1. Toca los tres puntos (...) de la publicación o del perfil.
    2. Toca "Denunciar".
    3. Elige la opción de seguridad infantil o de explotación sexual infantil.
    4. Sigue los pasos. Incluye el nombre de usuario y los enlaces de las publicaciones.
steps-youtube =
    1. Debajo del video, toca "Más" (...).
    2. Toca "Denunciar".
    3. Elige el motivo relacionado con abuso infantil o sexualización de menores.
    Si son varios videos, comentarios o un canal entero, usa la herramienta de denuncia de la página de seguridad infantil de YouTube.
steps-snapchat =
    1. Mantén presionado el Snap, la historia o el mensaje del chat. Para un perfil, ábrelo y toca (...).
    2. Toca "Denunciar".
    3. Elige el motivo.
    Con tu denuncia se envía una copia del contenido denunciado. La denuncia es confidencial.
steps-discord =
    1. Primero copia el enlace del mensaje (el formulario web lo pide).
    2. En una computadora, haz clic derecho en el mensaje y elige "Aplicaciones" y luego "Reportar mensaje" ("Apps", "Report Message"). En el teléfono, mantén presionado el mensaje y toca "Reportar".
    3. También puedes denunciar al usuario desde su perfil.
steps-reddit =
    1. Toca los tres puntos (...) o la bandera de la publicación, el comentario o el mensaje del chat.
    2. Toca "Reportar".
    3. Elige abuso o sexualización de menores ("Minor abuse or sexualization").
    También puedes usar el formulario web de reddit.com/report y pegar el enlace de la publicación.
steps-telegram =
    1. Primero copia el enlace t.me.
    2. En Android, toca el mensaje y luego "Reportar". En iPhone, mantén presionado el mensaje y luego "Reportar".
    3. Para un canal, un grupo o un usuario: abre su perfil, toca (...), luego "Reportar" y después la opción de abuso infantil ("Child abuse").
steps-twitch =
    1. En el canal, haz clic en los tres puntos junto a "Compartir" o "Seguir".
    2. Haz clic en "Denunciar", elige el motivo y describe lo que pasó (indica en qué momento de la emisión pasó).
    3. Haz clic en "Enviar".
    En el chat: haz clic en el nombre de usuario, luego en (...) y después en "Denunciar".
steps-roblox =
    1. En la experiencia, abre el menú (las tres rayas o el logo de Roblox).
    2. Haz clic en la bandera junto al jugador o abre la pestaña "Denunciar".
    3. Elige al jugador y el tipo de abuso, escribe una breve descripción y luego "Enviar".
    Denuncia el mensaje del chat en sí, no solo el perfil.
steps-pinterest =
    1. Haz clic en los tres puntos (...) en la parte superior del Pin.
    2. Haz clic en "Reportar".
    También se pueden denunciar comentarios y mensajes. Las denuncias son anónimas.
steps-tumblr =
    1. Toca los tres puntos (...) de la publicación.
    2. Toca "Denunciar" y elige la categoría.
    3. La opción para denunciar otra cosa ("Report something else") abre el formulario completo. Envía los enlaces de las publicaciones.
steps-bluesky =
    1. Toca los tres puntos (...) de la publicación o del perfil.
    2. Toca "Denunciar".
    3. Elige la opción de seguridad infantil y envía la denuncia.
    Bluesky no lee los mensajes que se envían a su cuenta de seguridad: usa el botón "Denunciar".
steps-kick =
    1. En la web, haz clic en los tres puntos de la esquina inferior derecha del video (o en la página del video).
    2. Elige la categoría.
    En el chat: haz clic en el nombre de usuario, luego en el icono de advertencia (!) y describe lo que pasó. Las denuncias son anónimas.
steps-other =
    1. Busca una opción para denunciar ("Denunciar", "Reportar" o "Report"): suele estar detrás de tres puntos (...), de una bandera o en el menú del perfil.
    2. Elige el motivo más parecido a abuso o explotación infantil.
    3. Copia el enlace y el nombre de usuario antes de bloquear la cuenta.
    Comunícalo también a la línea de denuncia que aparece abajo.

## Errores al reconocer cuentas

account-error-empty = Envía el enlace de la cuenta.
account-error-too_long = Ese mensaje es demasiado largo para ser un enlace. Envía solo el enlace de la cuenta.
account-error-not_a_link = No he podido leer eso como un enlace ni como un nombre de usuario. Envíalo así: { $example }
account-error-not_a_name = Eso no tiene letras ni números, así que no puede ser un enlace ni un nombre. Envía el enlace de la cuenta o su nombre de usuario con @, así: { $example }
account-error-unknown_site = Ese enlace no es de la app que elegiste. Envía un enlace como este: { $example }
account-error-suspicious = Ese enlace parece una dirección falsa o disfrazada, así que no lo abrí. Copia el enlace directamente desde la app.
account-error-not_an_account = Ese enlace no lleva a una cuenta ni a una publicación. Abre la cuenta y copia su enlace, así: { $example }

## Ejemplos de enlace de una cuenta, que se muestran cuando no se reconoce lo que alguien envió

example-instagram = https://www.instagram.com/username o @username
example-tiktok = https://www.tiktok.com/@username o @username
example-x = https://x.com/username o @username
example-facebook = https://www.facebook.com/username, el nombre de usuario o el nombre que aparece en el perfil
example-youtube = https://www.youtube.com/@channel o el enlace de un video
example-snapchat = https://www.snapchat.com/add/username o el nombre de usuario
example-discord = @nombredeusuario o https://discord.com/users/123456789012345678
example-telegram = https://t.me/username, @username o el nombre que aparece en el chat
example-reddit = https://www.reddit.com/user/username o u/username
example-threads = https://www.threads.com/@username o @username
example-whatsapp = https://wa.me/447700900123 o el número de teléfono con el código de país, por ejemplo +44 7700 900123
example-twitch = https://www.twitch.tv/username o el nombre de usuario
example-roblox = @BuilderBro_99 (el nombre de usuario) o https://www.roblox.com/users/123456/profile
example-pinterest = https://www.pinterest.com/username/ o el enlace de un Pin
example-tumblr = https://www.tumblr.com/blogname o https://blogname.tumblr.com
example-bluesky = https://bsky.app/profile/name.bsky.social o @name.bsky.social
example-kick = https://kick.com/username o el nombre de usuario
example-other = el enlace completo, que empieza por https://

## Stolen ordinary photos: the platform's privacy and copyright reports (#14)
route-kind-platform_privacy = Denúncialo como violación de la privacidad
route-kind-platform_copyright = Si tú hiciste la foto: una denuncia por derechos de autor
route-note-privacy-under-13 = Para un niño o niña de menos de 13 años: su madre, su padre o su tutor pueden pedir a la plataforma que retire una foto o una cuenta de su hijo o hija.
route-note-copyright-owner = Solo quien hizo la foto puede enviar esta denuncia. La plataforma puede mostrar tu nombre y tu correo a la cuenta denunciada.
route-note-privacy-parent = La madre, el padre o el tutor pueden pedir que se retire una foto o un vídeo de su hijo o hija. Hay que poder reconocer al niño o la niña en la imagen.
route-note-x-private-media = La madre, el padre o el tutor pueden pedir a X que retire una foto o un vídeo de su hijo o hija compartido sin permiso. Denuncia la publicación y elige la opción sobre información privada.
route-note-copyright-owner-only = Solo quien hizo la foto puede enviar esta denuncia.
route-note-tiktok-copyright-in-app = No tenemos un enlace comprobado para este formulario. En la app de TikTok, abre el vídeo, toca Compartir, luego Denunciar, y elige la opción de derechos de autor. Solo quien hizo la foto o el vídeo puede denunciarlo, y TikTok puede decir a la cuenta el nombre del titular de los derechos.
route-note-x-copyright-help = No tenemos un enlace comprobado para este formulario. En el Centro de ayuda de X (help.x.com), elige Contactar, luego la ayuda con propiedad intelectual, y denuncia una posible infracción de derechos de autor. Solo quien hizo la foto puede denunciarla, y X pasa tu nombre y tus datos de contacto a la cuenta.
