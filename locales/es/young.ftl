## «Me está pasando a mí»: el camino de una persona joven (flows/young.yaml), los datos que pide
## una línea de denuncia (flows/report.yaml: cuándo, edad, si conoces al niño, riesgos) y el camino de peligro.

menu-young = Me está pasando a mí (tengo menos de 18)
menu-text-hint = Gracias por escribir. Solo puedo leer los botones. Si alguien te pide fotos, te amenaza o te hace sentir en peligro, toca el primer botón: no te has metido en ningún lío.

young-safe-ask = Antes de nada, ¿estás a salvo ahora mismo?
young-safe-yes = Sí, ahora estoy a salvo
young-safe-no = No, estoy en peligro
young-emergency =
    <b>Llama ahora a este número.</b> Diles que estás en peligro y dónde estás.
    { $routes }
    Cuando estés a salvo, aquí estoy para ayudarte con lo demás.
young-country-ask = ¿En qué país estás? Elígelo abajo o escribe su nombre, y te enseño quién puede ayudarte allí.
young-country-ask-guessed = Tu país: { $country }. ¿Es correcto? Tócalo abajo, o elige o escribe otro país, y te enseño quién puede ayudarte allí.
young-not-your-fault =
    <b>No es culpa tuya y no te has metido en ningún lío.</b>
    Quien está haciendo esto es quien incumple la ley. Les pasa a muchos jóvenes, y hay personas cuyo trabajo es ayudarte.
young-what-ask = ¿Qué está pasando? Elige lo que más se parezca.
young-what-asked = Alguien me pide fotos o vídeos
young-what-threats = Alguien amenaza con compartir fotos mías o me pide dinero
young-what-shared = Han compartido fotos o vídeos míos
young-what-groomed = Un adulto en internet me hace sentir incómodo o quiere quedar conmigo
young-stop =
    <b>Qué hacer ahora:</b>
    • No mandes nada más, diga lo que diga.
    • Deja de responder. No le debes ninguna respuesta.
    • Apunta su nombre de usuario y luego bloquéalo.
    • No borres tu cuenta ni el chat: puede ayudar a la policía a pararle.
young-stop-images =
    <b>Qué hacer ahora:</b>
    • No pagues y no mandes nada más. Pagar casi nunca hace que pare.
    • Deja de responder. No le debes ninguna respuesta.
    • Apunta su nombre de usuario y luego bloquéalo.
    • No borres tu cuenta ni el chat: puede ayudar a la policía a pararle.
    Nunca tienes que enseñar ni mandar las fotos a nadie, ni siquiera para denunciarlo.
young-images-ask = ¿Tiene esta persona fotos o vídeos tuyos?
young-images-yes = Sí
young-images-unsure = No estoy seguro/a
young-images-no = No
young-takedown =
    <b>Las fotos se pueden retirar.</b> Las imágenes desnudas o sexuales tuyas de cuando tenías menos de 18 años se pueden bloquear en muchas aplicaciones, sin que nadie las vea y sin enviarlas a ningún sitio:
    { $routes }
    La aplicación donde se compartieron también puede borrarlas: enseguida te enseño cómo.
young-talk =
    <b>Habla con alguien ahora.</b> No tienes que pasar por esto solo/a. Estas personas te escuchan gratis, y puedes contarles tanto o tan poco como quieras:
    { $routes }
    También puedes contárselo a un adulto de confianza: tu madre o tu padre, un familiar, un profesor o el orientador del instituto.
young-report-ask = ¿Quieres denunciar la cuenta que te ha hecho esto? Ayuda a que no se lo haga a nadie más. No tienes que decirnos quién eres y nadie se pondrá en contacto contigo.
young-report-yes = Sí, denunciar la cuenta
young-report-no = Ahora no
young-platform-ask = ¿En qué aplicación o web está esta persona?
young-account-ask =
    Mándame su nombre de usuario o el enlace a su perfil en { $platform }, si puedes.
    Por ejemplo: { $example }
young-account-ask-other = Mándame el enlace a su perfil, empezando por https:// (está en la barra de direcciones del navegador).
young-platform-routes =
    <b>También puedes denunciarlo en { $platform }.</b> Las aplicaciones actúan más rápido cuando reciben denuncias, y es anónimo: no sabrán que has sido tú.
    { $routes }
young-details-ask = ¿Quieres contarnos algo más? Por ejemplo, qué te dijo o qué te pidió. Por favor, no describas las fotos. Puedes saltarte esto.
young-seen-ask = ¿Cuándo pasó por última vez?
young-age-ask = ¿Cuántos años tienes? Ayuda a la línea de denuncia. Puedes saltártelo.
young-risks-ask = ¿Ha pasado algo de esto? Toca cada opción que encaje y luego «Eso es todo».
young-review =
    <b>Esto es lo que vamos a enviar</b>
    Aplicación o web: { $platform }
    Cuenta: { $accounts }
    Lo que nos has contado: { $details }
    Cuándo: { $seen }
    Tu edad: { $age }
    Qué ha pasado: { $risks }
young-cancelled = Vale, no se ha enviado nada. Puedes volver cuando quieras. Si necesitas hablar con alguien, las líneas de ayuda de arriba están para ti.
young-submitted =
    <b>Gracias. Has sido muy valiente.</b>
    Tu referencia es <b>{ $reference }</b>.
young-done =
    Pasamos denuncias como la tuya a quienes pueden actuar. No podemos actuar en tiempo real: <b>si estás en peligro, llama al número de emergencias.</b>
    Nadie de nuestra parte se pondrá en contacto contigo. Si quieres hablar, las líneas de ayuda de arriba están para ti, y puedes volver aquí cuando quieras.
young-end = Has hecho bien en pedir ayuda. Vuelve cuando quieras, y recuerda: no es culpa tuya.

## Lo que pide una línea de denuncia (el flujo de denuncia)
facts-seen-ask = ¿Cuándo lo viste (o cuándo pasó por última vez)?
facts-seen-date-ask = ¿Qué día? Por ejemplo, 3 de marzo.
facts-age-ask = ¿Cuántos años aparenta el niño o la niña? Basta con una estimación. Puedes saltarte esto.
facts-knows-ask = ¿Conoces al niño o la niña (familia, colegio, vecinos)?
facts-risks-ask = ¿Viste algo de esto? Toca cada opción que encaje y luego «Eso es todo».
facts-risk-noted = Anotado: { $risks }.
facts-risks-done = Eso es todo
seen-today = Hoy
seen-week = Esta semana
seen-earlier = Antes
seen-date = Un día concreto
age-under_10 = Menos de 10
age-10_12 = De 10 a 12
age-13_15 = De 13 a 15
age-16_17 = 16 o 17
age-unsure = No lo sé
risk-meeting = Hay un encuentro previsto
risk-threats = Amenazas o chantaje
risk-money = Pidieron dinero
risk-identifiable = Se puede identificar al niño o la niña (nombre, colegio, lugar)

## Rutas seguras y adecuadas
route-kind-emergency-other = O llama al
danger-hotline =
    <b>Después avísales también a ellos, en cuanto puedas:</b>
    { $routes }
danger-end-now =
    <b>Si el niño o la niña sigue en peligro, llama ahora al número de emergencias.</b> { $charity } no puede actuar en tiempo real.
    Cuando esté a salvo, puedes volver y denunciar la cuenta implicada.
report-done-danger =
    <b>Si un niño está en peligro ahora mismo, llama ya al número de emergencias.</b> { $charity } no puede actuar en tiempo real: revisamos las denuncias más tarde.
    Una persona voluntaria de { $charity } revisa cada denuncia, y las denuncias sobre la misma cuenta se reúnen en un solo caso.
report-trading-warning = <b>No abras, no te unas ni descargues nada de los grupos o enlaces que comparten estas cuentas</b>, ni siquiera para comprobarlo. Mándanos solo los enlaces a las cuentas.

## The follow-up a young person may choose (flows/young.yaml follow_up; docs/follow-up.md)
young-followup-ask =
    ¿Quieres que más adelante te pregunte aquí si esta cuenta ya no está?
    Es un solo mensaje automático de este bot, con un recordatorio como mucho. Ninguna persona te escribirá y nadie sabrá quién eres. Si otra persona puede leer este chat, elige «No, gracias». Puedes pararlo cuando quieras con /stopcontact.
young-followup-yes = Sí, pregúntame más adelante
young-followup-no = No, gracias
young-done-followup =
    Pasamos denuncias como la tuya a quienes pueden actuar. No podemos actuar en tiempo real: <b>si estás en peligro, llama al número de emergencias.</b>
    Ninguna persona de nuestra parte se pondrá en contacto contigo. Este bot te preguntará una vez por la cuenta, como has pedido; /stopcontact lo para. Si quieres hablar, las líneas de ayuda de arriba están para ti, y puedes volver aquí cuando quieras.
