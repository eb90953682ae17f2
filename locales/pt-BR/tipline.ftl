## Tipline: os textos da própria conversa, em português do Brasil (tratamento por "você").
## Placeholders: { $charity } o nome da organização; { $platform }, { $country }, { $account }, { $example }
## descrevem a denúncia em andamento. O texto pode usar HTML do Telegram: <b>, <i>, <a href="...">.

greeting =
    { $charity ->
        [Tipline] Olá. Aqui é o Tipline.
       *[other] Olá. Aqui é o Tipline, mantido por { $charity }.
    }
    Ajudamos você a denunciar contas que exploram crianças na internet: para a plataforma, para o canal de denúncia certo e para nós.
    Não somos a polícia. <b>Se uma criança estiver em perigo agora, ligue para o número de emergência do seu país.</b>
help =
    Use os botões para responder. Você também pode digitar:
    /start: começar de novo
    /cancel: parar a denúncia que você está fazendo
    /language: escolher outro idioma
    /mytips: suas denúncias e o que aconteceu com elas
    /stopcontact: não vamos mais entrar em contato sobre as suas denúncias
    /forget: esquecemos você (perguntamos antes)
    /help: esta mensagem
    Por favor, nunca envie fotos, vídeos ou arquivos aqui.

menu-ask = O que você quer fazer?
menu-report = Denunciar uma conta suspeita
menu-parent = Sou mãe ou pai e preciso de orientação
menu-danger = Uma criança está em perigo agora
menu-about = Sobre o Tipline e privacidade
menu-language = Idioma
language-name = Português (Brasil)
language-ask = Qual idioma você prefere? Você pode mudar quando quiser com /language.
button-menu = Menu principal
button-yes = Sim
button-no = Não
button-skip = Pular

about-privacy =
    <b>Sobre o Tipline</b>
    { $charity ->
        [Tipline] O Tipline é um serviço de denúncia para proteger crianças.
       *[other] O Tipline é mantido por { $charity }.
    }
    Recebemos denúncias de contas que exploram crianças e pressionamos as plataformas e os órgãos reguladores a agir. Não somos a polícia.

    <b>O que guardamos</b>
    A sua denúncia: o que você viu, a plataforma, os links das contas e o que você decidiu nos contar. Não guardamos o seu nome, o seu nome de usuário no Telegram nem o seu número de telefone. Só conhecemos você por um código criado a partir do seu chat. Assim sabemos que duas denúncias vieram da mesma pessoa, sem saber quem você é.
    Se você aceitar que a gente entre em contato, guardamos um meio protegido de escrever para você aqui neste chat, e nada mais.

    <b>Quem vê</b>
    Apenas pessoas voluntárias treinadas de { $charity }. Elas nunca veem quem você é.

    <b>Por quanto tempo</b>
    Uma denúncia não concluída é apagada { $draft_hours } { $draft_hours ->
        [one] hora
       *[other] horas
    } depois da sua última mensagem; se você voltar, a gente avisa. Depois de { $idle_days } { $idle_days ->
        [one] dia
       *[other] dias
    } sem mensagens, esquecemos este chat por completo, até o seu idioma.
    As denúncias ficam guardadas enquanto o caso estiver aberto. { $retention_days } { $retention_days ->
        [one] dia
       *[other] dias
    } depois que um caso é encerrado, o que você escreveu, as suas respostas e o meio de falar com você são apagados; ficam só números e categorias, para as estatísticas.
    Envie /forget quando quiser e esqueceremos você: este chat, o meio de falar com você e o que você escreveu nas suas denúncias.

## Erros e interrupções
error-use-buttons = Por favor, escolha um dos botões abaixo.
error-empty = Essa mensagem estava vazia. Tente de novo.
error-too-long =
    Ficou longo demais ({ $length ->
        [one] { $length } caractere
       *[other] { $length } caracteres
    }). Por favor, use no máximo { $limit } caracteres.
error-stale-button = Esse botão é de uma mensagem anterior. Estamos aqui agora:
error-unknown-command = Não conheço o comando /{ $command }. Digite /help para ver o que eu entendo.
error-country-unknown = Não encontrei nenhum país chamado "{ $text }". Digite o nome completo ou o código de duas letras (por exemplo BR, PT, US).
error-nothing-to-cancel = Não há nenhuma denúncia em andamento, então não há nada para cancelar.
media-refused =
    Por favor, não envie fotos, vídeos ou arquivos aqui. Nunca baixamos nem guardamos esses arquivos e, sempre que possível, apagamos a mensagem.
    <b>Se o que você viu mostrar imagens sexuais de uma criança: não salve, não tire print e não compartilhe com ninguém, nem mesmo para denunciar.</b> Isso, por si só, pode ser crime. Em vez disso, anote o link e o nome da conta e avise o canal de denúncia; este bot vai mostrar qual é.
cancel-confirm = Parar esta denúncia? Nada do que você respondeu será guardado.
cancel-done = Denúncia interrompida. Nada foi guardado.
cancel-kept = Tudo bem, vamos continuar.

## Perigo imediato
danger-emergency =
    <b>Se uma criança estiver em perigo agora, ligue já para o número de emergência.</b>
    { $routes }
    Conte o que está acontecendo e onde, se você souber.
danger-next-ask = Quando a criança estiver em segurança, você também pode denunciar a conta envolvida.
danger-continue = Denunciar uma conta
danger-done = Agora não

## Países
country-ask = Em que país você está? A sua resposta define qual canal de denúncia e quais linhas de ajuda vamos mostrar. Escolha abaixo ou digite o nome do país.
country-ask-danger = Em que país você está? Escolha abaixo ou digite o nome do país, e vamos mostrar o número de emergência.
country-ask-guessed = O seu país é { $country }? Toque no nome abaixo, ou escolha ou digite outro país. A sua resposta define qual canal de denúncia e quais linhas de ajuda vamos mostrar.
country-ask-danger-guessed = O seu país é { $country }? Toque no nome abaixo, ou escolha ou digite outro país, e vamos mostrar o número de emergência.
country-ask-change = O seu país é { $country }. Escolha ou digite outro.

## A denúncia
report-safety-ask = Antes de tudo: há alguma criança em perigo imediato agora?
report-safety-yes = Sim, uma criança está em perigo
report-safety-no = Não
report-category-ask = O que você viu?
category-sexual_imagery = Imagens ou vídeos sexuais de uma criança
category-grooming = Um adulto abordando uma criança com intenção sexual
category-sexualised_comments = Comentários sexualizados em fotos de crianças
category-collecting_photos = Uma conta que coleciona ou republica fotos de crianças
category-trading_network = Contas que trocam material ou formam redes envolvendo crianças
category-other = Outra coisa
report-csam-warning =
    <b>Importante: não tire print, não baixe, não salve e não compartilhe as imagens, nem mesmo como prova.</b> Isso, por si só, pode ser crime. Não vamos pedir que você descreva as imagens.
    Só precisamos do link da conta. Vamos mostrar o canal de denúncia que pode fazer as imagens serem removidas.
report-platform-ask = Onde você viu isso?
platform-other = Outro site ou app
report-account-ask =
    Envie o link da conta no { $platform } ou o @ do usuário: o nome que aparece no perfil ou acima das publicações.
    Por exemplo: { $example }
    Se você não tiver nenhum dos dois, toque em “Não sei o link”.
report-account-ask-other = Envie o link completo da conta ou da página, começando com https://
report-account-unknown = Não sei o link
report-related-ask = Há outras contas envolvidas (por exemplo, contas que comentam, compartilham ou colocam link para ela)?
report-related-yes = Sim, adicionar outra conta
report-related-no = Não
report-related-input = Envie o link ou o @ da outra conta. Toque em "É só isso" quando terminar.
report-related-done = É só isso
account-switch-platform =
    Esse link é do { $other }, não do { $platform }: { $link }
    Denunciar esta conta do { $other } em vez disso?
account-post-kept =
    Obrigado, anotei esse link como prova: { $post }
    Ele leva a uma publicação, não à conta que publicou. Envie o @ do usuário como aparece na publicação, ou o link do perfil. Se não conseguir ver, toque em “Não sei o link”.
account-added = Adicionada: { $account }
account-duplicate = { $account } já está nesta denúncia.

report-platform-routes =
    <b>Denuncie a conta também diretamente no { $platform }.</b> As plataformas agem mais rápido quando recebem denúncias.
    { $routes }
report-platform-routes-other =
    <b>Denuncie também no próprio site ou app</b>, pelo botão de denúncia ou pelas páginas de ajuda. Os sites agem mais rápido quando recebem denúncias.
    { $routes }
route-item =
    <b>{ $label }: { $name }</b>
    { $contact }
report-reported-ask = Você já denunciou a conta no { $platform }?
report-reported-ask-other = Você já denunciou nesse site ou app?
reported-yes = Sim, já denunciei
reported-not_yet = Ainda não

report-details-ask = Tem mais alguma coisa que a gente deveria saber? Por exemplo, o que você viu, quando, ou como as contas estão ligadas. Por favor, não inclua dados pessoais de ninguém. Você pode pular esta etapa.
report-details-ask-csam = Tem mais alguma coisa que a gente deveria saber, como quando você viu ou como as contas estão ligadas? <b>Por favor, não descreva as imagens.</b> Você pode pular esta etapa.

report-hotline-routes =
    <b>Você também pode denunciar ao canal de denúncia do país onde você mora ({ $country }):</b>
    { $routes }

report-consent-ask = Uma pessoa voluntária de { $charity } pode enviar para você uma pergunta ou novidades sobre esta denúncia, aqui neste chat? Ela nunca vai ver quem você é. Você pode mudar de ideia quando quiser.
report-consent-yes = Sim, podem entrar em contato
report-consent-no = Não, prefiro que não

report-review =
    <b>Confira a sua denúncia</b>
    O que você viu: { $category }
    Onde: { $platform }
    Conta: { $accounts }
    Outras contas: { $related }
    Denunciada à plataforma: { $reported }
    Detalhes: { $details }
    Quando você viu: { $seen }
    Idade aparente da criança: { $age }
    Você conhece a criança: { $knows }
    Sinais de risco: { $risks }
    Seu país: { $country }
    Podemos entrar em contato: { $consent }
review-none = —
review-reported-yes = sim
review-reported-not_yet = ainda não
review-yes = sim
review-no = não
review-submit = Enviar denúncia
review-edit = Mudar alguma coisa
review-cancel = Cancelar
report-edit-ask = O que você quer mudar?
edit-category = O que eu vi
edit-account = Plataforma e conta
edit-related = Adicionar outras contas
edit-reported = Denúncia à plataforma
edit-details = Detalhes
edit-country = País
edit-consent = Contato
edit-back = Voltar para a revisão

tip-submitted =
    <b>Obrigado. A sua denúncia foi enviada.</b>
    O seu número de referência é <b>{ $reference }</b>. Guarde esse número se quiser perguntar sobre esta denúncia mais tarde.
report-done =
    O que acontece agora: uma pessoa voluntária de { $charity } analisa cada denúncia. Denúncias sobre a mesma conta são reunidas em um único caso, o que nos ajuda a pressionar a plataforma a agir.
    Se você vir a conta outra vez, ou outras parecidas, pode denunciar de novo quando quiser.

## Suas denúncias (/mytips) e contato
mytips =
    <b>Suas denúncias</b>
    { $tips }
mytips-none = Você ainda não enviou nenhuma denúncia por este chat.
mytips-item = { $reference } · { $date } · { $platform }: { $status }
tip-status-received = recebida
tip-status-reviewing = em análise por uma pessoa voluntária
tip-status-reported = encaminhada por nós à plataforma
tip-status-escalated = encaminhada ao canal de denúncia ou à polícia
tip-status-closed-removed = encerrada: conteúdo ou conta removidos
tip-status-closed-no_violation = encerrada: a plataforma não encontrou violação
tip-status-closed-duplicate = encerrada: já denunciada em outro caso
tip-status-closed-not_enough_information = encerrada: não há informação suficiente para agir
tip-status-closed-other = encerrada
consent-withdrawn = Pronto. Não vamos entrar em contato sobre nenhuma das suas denúncias. As suas denúncias ficam com a gente e continuamos trabalhando nelas.
relay-question =
    <b>Uma pessoa voluntária tem uma pergunta sobre a sua denúncia { $reference }:</b>
    { $question }
    Você não precisa responder. Ela não vai ver quem você é.
relay-answer-button = Responder
relay-answer-ask = Digite a sua resposta e envie. Por favor, não envie fotos ou arquivos. Se preferir não responder, use /cancel.
relay-answer-sent = Obrigado. A sua resposta foi encaminhada.
relay-answer-cancelled = Tudo bem, nenhuma resposta foi enviada.
tip-status-notice =
    <b>Novidades sobre a sua denúncia { $reference }</b>
    Status: { $status }
    Obrigado por denunciar.

## O que o Telegram mostra sobre o bot: o menu de comandos e o perfil (texto simples, sem HTML)
command-start = Começar de novo
command-help = O que este bot entende
command-cancel = Parar a denúncia que você está fazendo
console-banner = Console do Tipline. Digite um número para tocar em um botão, /quit para sair.
console-farewell = Até logo. Suas respostas até aqui ficam guardadas; /start começa de novo.
console-prompt = você
bot-short-description = Denuncie contas que exploram crianças na internet: para a plataforma, o canal de denúncia e { $charity }.
bot-description =
    { $charity ->
        [Tipline] O Tipline é um serviço de denúncia para proteger crianças.
       *[other] O Tipline é mantido por { $charity }.
    }
    Denuncie uma conta que explora crianças na internet: mostramos como denunciá-la à plataforma e ao canal de denúncia certo, e encaminhamos a sua denúncia para { $charity }.
    Não somos a polícia. Se uma criança estiver em perigo agora, ligue para o número de emergência do seu país.

## Privacidade (issue 12): esquecer uma pessoa, rascunhos expirados
forget-confirm = Quer que a gente esqueça você? Vamos apagar este chat, o meio de falar com você e o que você escreveu nas suas denúncias. As denúncias continuam, sem as suas palavras, para que os casos sigam em frente. Não dá para desfazer.
forget-done = Pronto: esquecemos você. Se escrever de novo, vamos começar como se nunca tivéssemos conversado.
forget-kept = Tudo bem, nada foi apagado.
draft-expired = A sua denúncia não concluída foi apagada porque passou um tempo sem resposta. Você pode começar de novo quando quiser.

## Limits against floods (issue 13)
account-related-limit = Com esta já são { $limit } contas relacionadas, o máximo que cabe em uma denúncia. Vamos continuar com esta denúncia; as outras contas você pode enviar depois, em uma nova denúncia.
limit-slow-down =
    Você está enviando mensagens muito rápido, então vou dar uma pausa curta. Você pode continuar em cerca de { $seconds } segundos.
    <b>Se uma criança ou adolescente estiver em perigo agora, ligue para o número de emergência do seu país.</b>
limit-tips-per-day =
    <b>Ainda não foi possível enviar esta denúncia:</b> você já enviou todas as denúncias que uma pessoa pode enviar em um dia. Você pode enviar uma nova a partir de { $when }.
    O canal de denúncia da própria plataforma, mostrado acima, continua funcionando: você pode usá-lo agora mesmo.
    <b>Se uma criança ou adolescente estiver em perigo agora, ligue para o número de emergência do seu país.</b>
