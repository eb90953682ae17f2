# Consejos para madres y padres (flows/parents.yaml), en español (neutro internacional, con "tú").
# Placeholders: { $platform } y { $example } la app elegida en esta conversación; { $routes } los
# enlaces y números del directorio, con su fuente; { $charity } el nombre de la organización. (Los
# nombres de país no van dentro de las frases: las vías ya dicen de qué país son.)
# Solo HTML de Telegram: <b>, <i>, <a href="...">; nunca un "&" suelto.
# Los textos que citan un botón ("Proteger las cuentas de mi hijo o hija") usan el texto exacto de ese botón.
# Quien lee es una madre o un padre preocupado, desde el teléfono: palabras tranquilas, una idea por mensaje, sin jerga.
# Lo que se hace juntos (madre o padre con su hijo o hija) va en "ustedes" ("revisen juntos").
# La fuente de cada dato está en su paso de parents.yaml (`sources`).

## El menú para madres y padres (parents.yaml: start)

parents-start-ask = Estamos aquí para ayudarte, paso a paso. ¿Con qué necesitas ayuda?
parents-start-photos = Robaron las fotos de mi hijo o hija
parents-start-contact = Desconocidos contactan a mi hijo o hija
parents-start-safer = Proteger las cuentas de mi hijo o hija
parents-start-public = Gestiono la cuenta pública de mi hijo o hija
parents-start-talk = Necesito hablar con alguien

## Copiaron y volvieron a publicar fotos de mi hijo o hija (parents.yaml: photos_*)

parents-photos-calm = Sentimos mucho que estés pasando por esto. No es culpa tuya, y puedes hacer mucho. Vamos paso a paso.
parents-photos-first =
    <b>Lo primero</b>
    • No comentes, no escribas a la cuenta ni la sigas. Podrías poner sobre aviso a quien está detrás.
    • Copia el enlace de la cuenta y de las publicaciones, y anota la fecha.
    • Si alguna imagen es de desnudo o sexual, no hagas capturas de pantalla, no la guardes ni la compartas, ni siquiera como prueba. Basta con el enlace.
parents-photos-platform-ask = ¿Dónde encontraste las fotos?
parents-photos-account-ask =
    Envía el enlace de la cuenta que las publicó o su nombre de usuario con @.
    Por ejemplo: { $example }
    Si más adelante decides denunciarla ante nosotros, usaremos este enlace: así solo tendrás que enviarlo una vez.
parents-photos-report =
    <b>Denuncia la cuenta en { $platform }.</b> Elige el motivo más parecido a lo que está pasando: por ejemplo, la seguridad de un menor, alguien que se hace pasar por tu hijo o hija, o fotos publicadas sin tu permiso. Las palabras cambian de una app a otra.
    { $routes }
parents-photos-report-other =
    <b>Denuncia la cuenta en el sitio o la app donde la encontraste.</b> Elige el motivo más parecido a lo que está pasando: por ejemplo, la seguridad de un menor, alguien que se hace pasar por tu hijo o hija, o fotos publicadas sin tu permiso.
    { $routes }
parents-photos-hotline =
    <b>Si están sexualizando las fotos</b> (con comentarios o textos sexuales, o publicándolas junto a imágenes sexuales), comunica también la cuenta a la línea de denuncia:
    { $routes }
parents-photos-removal =
    <b>Si alguna de las imágenes es de desnudo o sexual</b>, puedes pedir que la retiren:
    { $routes }
parents-photos-tip-ask = ¿Quieres contarle también a { $charity } lo de esta cuenta? Reunimos denuncias como la tuya y así presionamos a las plataformas para que actúen. Solo lleva un minuto y no tendrás que volver a enviar el enlace.
parents-photos-tip-yes = Sí, enviar una denuncia
parents-photos-tip-no = Ahora no
parents-photos-reported-ask = ¿Ya la denunciaste en { $platform }?
parents-photos-reported-ask-other = ¿Ya la denunciaste en ese sitio o app?
parents-photos-details-ask = ¿Hay algo más que debamos saber? Por ejemplo, cuántas fotos son, desde cuándo o qué otras cuentas las comparten. Por favor, no describas ninguna imagen sexual. Puedes omitir este paso.
parents-photos-end =
    <b>Qué hacer ahora</b>
    • Vuelve a mirar la cuenta dentro de unos días. Si las fotos siguen ahí, denúnciala de nuevo.
    • Si encuentras las fotos en otras cuentas, denuncia cada una.
    • Para que sea más difícil que vuelva a pasar, mira "Proteger las cuentas de mi hijo o hija" y "Gestiono la cuenta pública de mi hijo o hija" en el menú para madres y padres.

# La categoría de la denuncia, tal como la muestra la revisión ("Lo que viste: …") y como la ofrece la denuncia.
category-stolen_photos = Fotos de mi hijo o hija, copiadas y republicadas

## Desconocidos comentan o escriben a mi hijo o hija (parents.yaml: contact_*)

parents-contact-intro = Los comentarios o mensajes de desconocidos pueden angustiar mucho. Esto es lo que puedes hacer: bloquear y denunciar, reconocer las señales de grooming, saber cuándo acudir a la policía y hablarlo con tu hijo o hija.
parents-contact-where = ¿Dónde está pasando?
parents-contact-block =
    <b>Bloquea y denuncia</b>
    Primero copia el enlace y el nombre de usuario de la cuenta, y anota la fecha. Después denuncia la cuenta y bloquéala. No respondas y guarda los mensajes: no los borres. Pero nunca hagas capturas de pantalla ni reenvíes una imagen sexual.
    { $routes }
parents-contact-signs =
    <b>Cómo es el grooming</b>
    El grooming es cuando alguien se gana la confianza de un menor para abusar sexualmente de él. Suele empezar de forma amistosa. Presta atención si alguien:
    • le dedica mucha atención, halagos o regalos
    • le pide a tu hijo o hija que guarde el secreto
    • quiere pasar a una app privada o a una videollamada
    • le hace preguntas personales o le pide fotos
    • saca temas sexuales o le envía contenido sexual
parents-contact-police =
    <b>Cuándo acudir a la policía</b>
    Acude a la policía si un adulto le pide a tu hijo o hija imágenes o conversaciones sexuales, le envía contenido sexual, hace amenazas o quiere verse en persona. En la mayoría de los países, el grooming en internet es un delito.
    { $routes }
parents-contact-threats =
    <b>Si alguien amenaza con compartir imágenes de tu hijo o hija</b>
    No pagues y no envíes nada más. Deja de responder, pero no borres nada. Denúncialo cuanto antes a la policía y a la plataforma. Tu hijo o hija no ha hecho nada malo y no recibirá ningún castigo: es a quien están haciendo daño.
parents-contact-talk =
    <b>Hablar con tu hijo o hija</b>
    • Mantén la calma y dale las gracias por contártelo.
    • Déjale claro que no es culpa suya, aunque se haya saltado una norma o haya enviado algo.
    • No le quites el teléfono como castigo. Los niños y niñas que temen eso dejan de contar lo que les pasa.
    • Pregúntale qué pasó y cómo se siente, y decidan juntos los siguientes pasos.
parents-contact-next-ask = También puedes denunciar la cuenta ante { $charity }. Reunimos las denuncias y así presionamos a las plataformas para que actúen.
parents-contact-report = Denunciar la cuenta
parents-contact-done = Ahora no
parents-contact-end =
    <b>Qué hacer ahora</b>
    • Revisa con tu hijo o hija "Proteger las cuentas de mi hijo o hija", en el menú para madres y padres.
    • En los próximos días, vuelve a preguntarle cómo está.
    • Si quieres hablarlo con alguien, elige "Necesito hablar con alguien" en el menú para madres y padres.

## Proteger las cuentas de mi hijo o hija: una lista por app (parents.yaml: safer_*)

parents-safer-intro =
    Con unos pocos ajustes, a los desconocidos les cuesta mucho más ver, copiar o contactar a tu hijo o hija. Siéntense juntos y revísenlos uno por uno.
    Las apps cambian el nombre y el lugar de sus ajustes. Si no encuentras alguno, busca algo parecido.
parents-safer-ask = ¿Qué app usa tu hijo o hija?
parents-safer-pick-other = Otra app
parents-safer-more-ask = ¿Quieres la lista de otra app?
parents-safer-another = Sí, otra app
parents-safer-done = No, eso es todo
parents-safer-end =
    <b>De aquí en adelante</b>
    • Revisa los ajustes de vez en cuando, y también después de las actualizaciones grandes de las apps: pueden cambiar.
    • Cada cierto tiempo, miren juntos sus seguidores y amistades.
    • Asegúrate de que tu hijo o hija sepa que siempre puede acudir a ti, pase lo que pase.

# Listas: los nombres de los ajustes van como aparecen en las apps en español cuando se conocen;
# si no, el nombre en inglés entre comillas con una breve explicación.
parents-safer-instagram =
    <b>Instagram</b>
    • <b>Cuenta privada</b>: activada, para que solo vean sus publicaciones los seguidores que tu hijo o hija apruebe. Las cuentas de adolescente empiezan siendo privadas, y los menores de 16 años necesitan el permiso de su madre, padre o tutor para relajar sus ajustes.
    • <b>Mensajes</b>: solo de personas a las que sigue.
    • <b>Palabras ocultas</b>: activa los filtros para comentarios y solicitudes de mensajes, y agrega las palabras que no quieras ver.
    • <b>Seguidores</b>: elimina a quien tu hijo o hija no conozca en la vida real.
    • <b>Compartir y remixes</b>: desactiva la reutilización de sus reels, videos y fotos.
    • <b>Ubicación</b>: no agregues lugares a las publicaciones.
    • <b>Supervisión</b>: con el "Family Center" de Meta (centro para familias) puedes ver quién sigue a tu hijo o hija y poner límites de tiempo. Los dos tienen que estar de acuerdo.
parents-safer-tiktok =
    <b>TikTok</b>
    • <b>Cuenta privada</b>: activada. Las cuentas de jóvenes de 13 a 15 años empiezan siendo privadas.
    • <b>Comentarios</b>: Amigos o Nadie. Activa los filtros de comentarios y agrega las palabras que no quieras ver.
    • <b>Mensajes directos</b>: Amigos o Nadie. Los menores de 16 años no pueden usar los mensajes.
    • <b>Dúo, Pegar (Stitch) y descargas</b>: desactivados, para que nadie pueda reutilizar ni guardar los videos de tu hijo o hija.
    • <b>Sugerir tu cuenta a otras personas</b>: desactivado.
    • <b>Seguidores</b>: elimina a quien tu hijo o hija no conozca.
    • <b>Sincronización familiar</b>: vincula tu propia cuenta de TikTok con la de tu hijo o hija para gestionar estos ajustes y el tiempo de pantalla.
parents-safer-youtube =
    <b>YouTube</b>
    • <b>Menores de 13 años</b>: usa una cuenta supervisada, vinculada a tu cuenta de Google. Puedes configurarla en YouTube o en la app Family Link. YouTube Kids es una app aparte para niños y niñas más pequeños.
    • <b>De 13 a 17 años</b>: vincula tu cuenta con la de tu hijo o hija desde el "Family Center" (centro para familias), en la configuración de YouTube. Los dos tienen que aceptarlo, y cualquiera de los dos puede desactivarlo.
    • <b>Videos que sube</b>: déjalos como Privados. Los videos privados no pueden recibir comentarios. Los videos que suben los jóvenes de 13 a 17 años empiezan como Privados.
    • <b>Comentarios</b>: en YouTube Studio, retén los comentarios para revisarlos o desactívalos, y agrega palabras bloqueadas.
    • <b>Ocultar usuario del canal</b>: úsalo con quien deje comentarios desagradables, y denúncialo.
parents-safer-snapchat =
    <b>Snapchat</b>
    • <b>Quién puede contactar a tu hijo o hija</b>: solo amigos. El ajuste puede llamarse "Quién puede ponerse en contacto conmigo" o "Contact Me".
    • <b>Amigos</b>: elimina a quien tu hijo o hija no conozca en la vida real.
    • <b>Mapa de Snaps</b>: activa el Modo Fantasma, para que nadie pueda ver dónde está.
    • <b>Historias</b>: solo amigos.
    • <b>"Family Center"</b> (centro para familias): te permite ver con quién tiene amistad tu hijo o hija y con quién ha chateado últimamente, sin leer los mensajes. Desde ahí también puedes denunciar cuentas.
parents-safer-facebook =
    <b>Facebook</b>
    • <b>Comprobación de privacidad</b>: háganla juntos y deja las publicaciones futuras visibles solo para Amigos.
    • <b>Perfil</b>: oculta el número de teléfono, el correo electrónico y el cumpleaños, o muéstralos solo a Amigos.
    • <b>Solicitudes de amistad</b>: solo de amigos de amigos.
    • <b>Amigos</b>: elimina a las personas que tu hijo o hija no conozca en la vida real.
    • <b>Etiquetas</b>: activa la revisión de etiquetas, para que las fotos en las que etiqueten a tu hijo o hija necesiten su aprobación.
    • <b>Supervisión</b>: el "Family Center" de Meta (centro para familias) te muestra las amistades de tu hijo o hija y quién puede enviarle mensajes.
parents-safer-roblox =
    <b>Roblox</b>
    • <b>Cuenta de madre o padre</b>: crea tu propia cuenta y vincúlala a la de tu hijo o hija en Controles parentales. Así podrás gestionar sus ajustes desde tu cuenta.
    • <b>Chat y mensajes</b>: solo amigos, o nadie.
    • <b>Amigos</b>: revisen juntos la lista y eliminen a quien tu hijo o hija no conozca en la vida real. La app puede llamarlos conexiones.
    • <b>Contenido</b>: elige qué nivel de madurez pueden tener los juegos a los que se une tu hijo o hija. También puedes bloquear juegos y personas.
parents-safer-discord =
    <b>Discord</b>
    • <b>Mensajes directos</b>: desactiva los mensajes de miembros del servidor, para que los desconocidos del mismo servidor no puedan escribir a tu hijo o hija.
    • <b>Solicitudes de amistad</b>: que no sean de "Todos". Como mucho, de amigos de amigos.
    • <b>Filtro de imágenes</b>: activa el filtro de imágenes explícitas en los mensajes. Puede llamarse "Mensajes directos seguros" (Safe Direct Messaging) o contenido multimedia sensible.
    • <b>Servidores</b>: revísenlos juntos, y que tu hijo o hija salga de los que no sepa explicar.
    • <b>"Family Center"</b> (centro para familias): vincula tu cuenta con la suya mediante un código QR para ver a quién agrega, con quién habla y a qué servidores se une, sin leer los mensajes.
parents-safer-other =
    <b>Cualquier otra app</b>
    • Haz la cuenta privada.
    • Permite mensajes y comentarios solo de amigos, o desactívalos.
    • Elimina a los seguidores y amigos que tu hijo o hija no conozca en la vida real.
    • Desactiva la ubicación compartida y no etiquetes lugares en las publicaciones.
    • Desactiva las descargas y la reutilización de sus publicaciones, si la app tiene esas opciones.
    • Busca en los ajustes una herramienta de supervisión para madres y padres o para la familia.

## Gestiono la cuenta pública de mi hijo o hija (parents.yaml: public_*)

parents-public-risks =
    <b>Lo que vemos</b>
    Hay personas que reúnen fotos normales de niños y niñas copiadas de cuentas públicas: en la piscina, bailando, haciendo gimnasia, con el uniforme del colegio. Las guardan y las vuelven a publicar, dejan comentarios sexuales y se las pasan a otras personas.
    Si le ha pasado a tu hijo o hija, no es culpa tuya, y puedes hacer mucho.
parents-public-stop =
    <b>Qué dejar de publicar</b>
    • Fotos de tu hijo o hija en traje de baño o en ropa interior, a la hora del baño, o en posturas de baile o de gimnasia
    • Cualquier cosa que muestre dónde vive, estudia o juega: uniformes, logotipos, números de casa, carteles con el nombre de la calle, lugares etiquetados
    • Su nombre completo, su edad, su cumpleaños o su rutina diaria
parents-public-check =
    <b>Revisa tus seguidores</b>
    Repasa la lista de seguidores. Elimina y bloquea las cuentas que no conozcas. Desconfía de las cuentas sin publicaciones propias o que siguen sobre todo a niños y niñas.
    Lee también los comentarios antiguos: borra y denuncia los que sean sexuales o extraños, y activa los filtros de comentarios.
parents-public-private =
    <b>Haz la cuenta privada</b>
    Con una cuenta privada, tú eliges quién ve a tu hijo o hija. Comparte con personas que conoces, como harías con un álbum de fotos familiar.
    Si mantienes la cuenta pública, desactiva las descargas y la reutilización de tus publicaciones, y piénsalo dos veces antes de publicar cada foto de tu hijo o hija.
parents-public-when =
    <b>Cuándo parar</b>
    Piensa en hacer la cuenta privada, o en dejar de publicar, si:
    • encuentras fotos de tu hijo o hija en cuentas que no conoces
    • los comentarios se vuelven sexuales o piden más fotos
    • desconocidos le escriben o le preguntan dónde está
    • tu hijo o hija ya no quiere salir en tus publicaciones
    Parar no es fracasar. Es una forma de proteger a tu hijo o hija.
parents-public-more-ask = ¿Quieres saber cómo revisar tus seguidores, hacer la cuenta privada y cuándo parar?
parents-public-go-on = Sí, muéstramelo
parents-public-next-ask = ¿Qué quieres hacer ahora?
parents-public-done = Ahora no
parents-public-end = Gracias por cuidar de tu hijo o hija. Si encuentras sus fotos donde no deberían estar, vuelve aquí cuando quieras: elige "Robaron las fotos de mi hijo o hija" en el menú para madres y padres.

## Necesito hablar con alguien (parents.yaml: talk)

parents-talk =
    <b>No tienes que afrontar esto sin ayuda.</b> Estos servicios pueden escucharte y ayudarte a decidir qué hacer. Algunos son para niños, niñas y jóvenes: puedes pasárselos a tu hijo o hija.
    { $routes }
parents-talk-end = Si un niño o una niña está en peligro ahora mismo, llama al número de emergencias de tu país. Puedes volver aquí cuando quieras.
