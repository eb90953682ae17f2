# Diretório de segurança: passos para denunciar dentro de cada app, rótulos e notas das vias de denúncia, erros ao reconhecer contas.
# Os passos e as notas vêm de /shared/directory/reference.yaml e de NOTES.md ("Hotline rules").
# Frases curtas: quem lê muitas vezes é uma mãe ou um pai preocupado, no celular.

## Rótulos das vias (um por tipo)

route-kind-emergency = Número de emergência
route-kind-platform_form = Denuncie à plataforma
route-kind-platform_in_app = Denuncie pelo app
route-kind-hotline = Denuncie ao canal de denúncia
route-kind-police = Denuncie à polícia
route-kind-take_it_down = Peça a remoção das imagens
route-kind-report_remove = Peça a remoção das imagens (para jovens)
route-kind-helpline = Converse com alguém
route-kind-international = Encontre ajuda no seu país
## Nomes genéricos de serviços (nomes próprios, como "Kids Helpline", não são traduzidos)

service-emergency = Serviços de emergência
service-eu-emergency = Número de emergência da UE
service-police = Polícia
service-police-gendarmerie = Polícia e Gendarmaria
service-fire-ambulance-eu = Bombeiros e ambulância (número de emergência da UE)
service-local-emergency = Número de emergência do seu país
service-local-police = Polícia da sua região
service-inhope-map = INHOPE: encontre o canal de denúncia do seu país
service-fbi-tips = FBI: canal de denúncias
service-police-non-emergency = Polícia (quando não é emergência)
service-policia-es-mailbox = Policía Nacional (Espanha): e-mail para denunciar material de abuso sexual infantil
service-medical-emergency = Urgências médicas (ambulância)
service-fire = Bombeiros
service-emergency-sms-deaf = Número de emergência para pessoas surdas ou com deficiência auditiva (texto, vídeo)
service-child-helpline = Linha de ajuda para crianças
service-missing-child = Polícia: criança desaparecida ou sequestrada

route-unconfirmed = (ainda não confirmado: confira este link antes de confiar nele)
route-unconfirmed-number = (ainda não confirmado: confira este número antes de confiar nele)

## As regras de cada via, segundo as páginas dos próprios serviços

route-note-emergency = Se uma criança estiver em perigo agora, ligue primeiro para este número.
route-note-emergency-local = Se uma criança estiver em perigo agora, ligue primeiro para o número de emergência do seu país.
route-note-local-police = Você também pode denunciar à polícia da sua região.
route-note-ncmec = A CyberTipline recebe denúncias de qualquer país. Você pode denunciar sem dar o seu nome.
route-note-iwf = A IWF precisa do endereço (URL) das imagens ou dos vídeos. Ela só trata de imagens e vídeos de abuso sexual infantil. Você pode denunciar sem dar o seu nome.
route-note-ceop = O CEOP é para aliciamento (grooming) e abuso sexual de crianças. Não aceita denúncias sem nome. Não é para bullying, perfis falsos ou invasão de contas. Em uma emergência, ligue para 999.
route-note-esafety = Material de exploração sexual infantil, incluindo conteúdo que sexualiza uma criança, pode ser denunciado ao eSafety na hora, sem passar antes pela plataforma, e sem dar o seu nome. Em caso de bullying contra uma criança, denuncie primeiro à plataforma: se o conteúdo não for removido em 48 horas, reclame ao eSafety.
route-note-accce = O ACCCE é só para quem está na Austrália.
route-note-vgt = Para quem está fora da Austrália e quer denunciar à polícia.
route-note-cybertip-ca = O Cybertip.ca não recebe denúncias por e-mail. Use o formulário on-line ou ligue para 1-866-658-9022.
route-note-pharos = O PHAROS é só para conteúdo público. Não é para emergências (ligue para 17 ou 112) nem para conflitos particulares.
route-note-childhelp = A Childhelp é uma linha de apoio e aconselhamento. Não recebe denúncias.
route-note-take-it-down = O Take It Down é para imagens de nudez ou sexuais feitas quando a pessoa tinha menos de 18 anos. As imagens nunca saem do seu aparelho. Para adultos, o StopNCII.org faz o mesmo.
route-note-report-remove = Para jovens com menos de 18 anos no Reino Unido que querem remover uma imagem ou um vídeo em que aparecem nus. A Childline oferece apoio.
route-note-needhelpnow = Ajuda passo a passo para jovens conseguirem remover imagens de si mesmos.
route-note-report-harmful-content = Ajuda quando um conteúdo nocivo continua no ar depois que você denunciou à plataforma.
route-note-inhope = Encontre neste mapa o canal de denúncia do seu país.
route-note-child-helpline-international = Encontre uma linha de ajuda para crianças do seu país na lista de membros da Child Helpline International.
route-note-for-young-people = Esta linha é para crianças e adolescentes.
route-note-crisis-line = Para qualquer pessoa em crise emocional.
route-note-3018 = Para jovens que sofrem violência on-line, como sextorsão ou compartilhamento de nudes. Pode ajudar a remover o conteúdo.
route-note-policia-es = Envie o endereço (URL), o perfil e a hora em que você viu o conteúdo. Não anexe imagens.
route-note-childline-in = O governo agora administra o 1098, que está sendo integrado ao número de emergência 112. Os dois continuam funcionando.
route-note-dswd-sms = Envie um SMS com a palavra blockchildporn e o endereço (URL) para este número. Este número é de uma lista de 2020.
route-note-stale-number = Este número vem de uma fonte antiga. Ele pode ter mudado.
route-note-stale-link = Esta página vem de uma fonte antiga. Se ela tiver mudado de lugar, use o botão de denunciar do app.
route-note-stopncii = Para adultos (18 anos ou mais) cujas imagens íntimas foram compartilhadas ou estão sendo usadas como ameaça. Para imagens de quando a pessoa tinha menos de 18, use o Take It Down.
route-note-incibe-hotline = Para material de abuso sexual infantil encontrado na internet. As denúncias vão para a polícia e para o INHOPE, mas não equivalem a um boletim de ocorrência.
route-note-incibe-017 = Todos os dias, das 8h às 23h. Gratuito e confidencial. Também pelo WhatsApp (+34 900 116 117) e pelo Telegram (@INCIBE017).
route-note-cybercrime-1930 = O 1930 é sobretudo a linha para fraudes financeiras na internet. Em caso de abuso de uma criança, use o portal ou ligue para o 112.
route-note-tiktok-webform = O formulário do TikTok é para quando aparece você ou o seu filho ou filha. Se for outra criança, use o botão Denunciar no app.
route-note-tumblr-minors = O formulário do Tumblr para denunciar abuso de menores. Você também pode escrever para abuse@tumblr.com.
route-note-telegram-search = Para conteúdo ilegal que aparece na busca do Telegram, o Telegram indicou o bot @SearchReport. Use primeiro o botão Denunciar no app.
route-note-not-emergency = Gratuita e confidencial, para qualquer violação dos direitos de crianças e adolescentes. Não é uma linha de emergência: numa emergência, ligue para o número de emergência.
route-note-2511 = Gratuito e confidencial, todos os dias das 8h30 às 18h. O número não aparece na conta. Você também pode denunciar pela internet em 2511.ma a qualquer hora.
route-note-tn-child-lines = O 1809 atende fora do horário comercial. Em horário comercial, ligue para o número gratuito 192.
route-note-sos-crianca = Gratuito e confidencial, de segunda a sexta, das 9h às 19h, para crianças e para adultos preocupados com uma criança.
route-note-116-cm = Por enquanto, o 116 só funciona na rede da Camtel. De outra rede, ligue para a polícia no 117.
route-note-helpline-br = Orientação gratuita e anônima sobre violência na internet, por chat e e-mail, com profissionais especializados. Em emergências, ligue 190.
route-note-linea-azul = Para denunciar violência contra crianças e adolescentes. De segunda a sexta, das 8h às 20h; fins de semana, das 9h às 19h. Em uma emergência, ligue 911.
route-note-meta-in-app = A Meta não tem formulário on-line para isso. Use o botão de denunciar do app. As denúncias são confidenciais.
route-note-snapchat-safety-concern = No formulário, escolha "I have a safety concern" (tenho uma preocupação de segurança). Você não precisa ter conta no Snapchat.
route-note-discord-message-link = Copie primeiro o link da mensagem: o formulário pede esse link.
route-note-telegram-faq = As perguntas frequentes (FAQ) do Telegram explicam como denunciar e informam o endereço para onde escrever.
route-note-reddit-permalink = Escolha "I want to report minor abuse or sexualization" (quero denunciar abuso ou sexualização de menores) e cole o link da publicação.

## Dicas de segurança

safety-do-not-save = Nunca baixe, tire print, salve ou encaminhe imagens sexuais de crianças, nem mesmo como prova. Isso, por si só, pode ser crime. Em vez disso, anote o link, o nome de usuário, a data e a hora.
safety-report-both = Denuncie à plataforma e ao canal de denúncia. Não entre em contato com a conta. Só bloqueie a conta depois de copiar o link e o nome de usuário dela.
safety-sextortion = Se alguém estiver ameaçando divulgar imagens: não pague, não apague nada, pare de responder, guarde as mensagens e denuncie.

## Passos para denunciar dentro do app

steps-instagram =
    1. Toque nos três pontos (...) da publicação, do comentário, da mensagem ou do perfil.
    2. Toque em "Denunciar".
    3. Escolha a opção sobre uma criança, ou sobre nudez ou atividade sexual envolvendo menores. O texto muda conforme a versão do app.
    4. Siga os passos. A sua denúncia é confidencial.
steps-facebook =
    1. Toque nos três pontos (...) da publicação, da foto, do comentário ou do perfil.
    2. Toque em "Denunciar" ou "Encontrar suporte ou denunciar".
    3. Escolha a opção sobre uma criança ou sobre exploração infantil.
    4. Siga os passos.
steps-threads =
    1. Toque nos três pontos (...) da publicação, da resposta ou do perfil.
    2. Toque em "Denunciar".
    3. Escolha o motivo.
    As contas do Threads são ligadas a contas do Instagram.
steps-whatsapp =
    1. Abra a conversa.
    2. Toque no nome do contato ou do grupo.
    3. Toque em "Denunciar" (você pode denunciar e bloquear).
    O WhatsApp recebe as últimas cinco mensagens dessa pessoa ou desse grupo.
steps-tiktok =
    1. Toque e segure o vídeo, ou toque na seta de "Compartilhar".
    2. Toque em "Denunciar".
    3. Escolha a opção sobre violência, abuso e exploração criminosa ("Violence, abuse, and criminal exploitation") e depois a de exploração e abuso de menores de 18 anos ("Exploitation and abuse of people under 18").
    4. Toque em "Enviar".
    Para um perfil: toque nos três pontos (...) do perfil e depois em "Denunciar".
    Não comente, não baixe e não compartilhe o vídeo.
steps-x =
    1. Toque nos três pontos (...) da publicação ou do perfil.
    2. Toque em "Denunciar".
    3. Escolha a opção de segurança infantil ou de exploração sexual infantil.
    4. Siga os passos. Inclua o nome de usuário e os links das publicações.
steps-youtube =
    1. Embaixo do vídeo, toque em "Mais" (...).
    2. Toque em "Denunciar".
    3. Escolha o motivo sobre abuso infantil ou sexualização de menores.
    Para vários vídeos, comentários ou um canal inteiro, use a ferramenta de denúncia da página de segurança infantil do YouTube.
steps-snapchat =
    1. Toque e segure o Snap, o Story ou a mensagem do chat. Para um perfil, abra o perfil e toque em (...).
    2. Toque em "Denunciar".
    3. Escolha o motivo.
    Uma cópia do conteúdo denunciado é enviada com a sua denúncia. A denúncia é confidencial.
steps-discord =
    1. Primeiro copie o link da mensagem (o formulário on-line pede esse link).
    2. No computador, clique com o botão direito na mensagem, depois em "Apps" e em "Denunciar mensagem". No celular, toque e segure a mensagem e depois toque em "Denunciar".
    3. Você também pode denunciar o usuário pelo perfil dele.
steps-reddit =
    1. Toque nos três pontos (...) ou na bandeira da publicação, do comentário ou da mensagem do chat.
    2. Toque em "Denunciar".
    3. Escolha a opção de abuso ou sexualização de menores ("Minor abuse or sexualization").
    Você também pode usar o formulário on-line em reddit.com/report e colar o link da publicação.
steps-telegram =
    1. Primeiro copie o link t.me.
    2. No Android, toque na mensagem e depois em "Denunciar". No iPhone, toque e segure a mensagem e depois toque em "Denunciar".
    3. Para um canal, grupo ou usuário: abra o perfil, toque em (...), depois em "Denunciar" e na opção de abuso infantil ("Child abuse").
steps-twitch =
    1. No canal, clique nos três pontos ao lado de "Compartilhar" ou "Seguir".
    2. Clique em "Denunciar", escolha o motivo e descreva o que aconteceu (diga em que momento da transmissão aconteceu).
    3. Clique em "Enviar".
    No chat: clique no nome de usuário, depois em (...) e em "Denunciar".
steps-roblox =
    1. Na experiência, abra o menu (três linhas ou o logo do Roblox).
    2. Clique na bandeira ao lado do jogador ou abra a aba "Denunciar".
    3. Escolha o jogador e o tipo de abuso, escreva uma descrição curta e clique em "Enviar".
    Denuncie a própria mensagem do chat, não só o perfil.
steps-pinterest =
    1. Clique nos três pontos (...) no alto do Pin.
    2. Clique em "Denunciar".
    Comentários e mensagens também podem ser denunciados. As denúncias são anônimas.
steps-tumblr =
    1. Toque nos três pontos (...) da publicação.
    2. Toque em "Denunciar" e escolha a categoria.
    3. A opção para denunciar outra coisa ("Report something else") abre o formulário completo. Envie os links das publicações.
steps-bluesky =
    1. Toque nos três pontos (...) da publicação ou do perfil.
    2. Toque em "Denunciar".
    3. Escolha a opção de segurança infantil e envie.
    O Bluesky não lê mensagens enviadas para a conta de segurança dele: use o botão "Denunciar".
steps-kick =
    1. Na web, clique nos três pontos no canto inferior direito do vídeo (ou na página do vídeo).
    2. Escolha a categoria.
    No chat: clique no nome de usuário, depois no ícone de alerta (!), e descreva o que aconteceu. As denúncias são anônimas.
steps-other =
    1. Procure uma opção "Denunciar" (ou "Report"): em geral ela fica nos três pontos (...), numa bandeira ou no menu do perfil.
    2. Escolha o motivo mais próximo de abuso ou exploração infantil.
    3. Copie o link e o nome de usuário antes de bloquear a conta.
    Denuncie também ao canal de denúncia indicado abaixo.

## Erros ao reconhecer contas

account-error-empty = Por favor, envie o link da conta.
account-error-too_long = Essa mensagem é longa demais para ser um link. Envie só o link da conta.
account-error-not_a_link = Não consegui entender isso como um link nem como um nome de usuário. Envie assim: { $example }
account-error-not_a_name = Isso não tem letras nem números, então não pode ser um link nem um nome. Envie o link da conta ou o @ do usuário, assim: { $example }
account-error-unknown_site = Esse link não é do app que você escolheu. Envie um link como este: { $example }
account-error-suspicious = Esse link parece um endereço falso ou disfarçado, então não abri. Copie o link direto do app.
account-error-not_an_account = Esse link não leva a uma conta nem a uma publicação. Abra a conta e copie o link dela, assim: { $example }

## Exemplos de link de uma conta, mostrados quando o que a pessoa enviou não é reconhecido

example-instagram = https://www.instagram.com/username ou @username
example-tiktok = https://www.tiktok.com/@username ou @username
example-x = https://x.com/username ou @username
example-facebook = https://www.facebook.com/username, o nome de usuário ou o nome que aparece no perfil
example-youtube = https://www.youtube.com/@channel ou o link de um vídeo
example-snapchat = https://www.snapchat.com/add/username ou o nome de usuário
example-discord = @usuario ou https://discord.com/users/123456789012345678
example-telegram = https://t.me/username, @username ou o nome que aparece na conversa
example-reddit = https://www.reddit.com/user/username ou u/username
example-threads = https://www.threads.com/@username ou @username
example-whatsapp = https://wa.me/447700900123 ou o número de telefone com o código do país, por exemplo +44 7700 900123
example-twitch = https://www.twitch.tv/username ou o nome de usuário
example-roblox = @BuilderBro_99 (o nome de usuário) ou https://www.roblox.com/users/123456/profile
example-pinterest = https://www.pinterest.com/username/ ou o link de um Pin
example-tumblr = https://www.tumblr.com/blogname ou https://blogname.tumblr.com
example-bluesky = https://bsky.app/profile/name.bsky.social ou @name.bsky.social
example-kick = https://kick.com/username ou o nome de usuário
example-other = o link completo, começando com https://

## Stolen ordinary photos: the platform's privacy and copyright reports (#14)
route-kind-platform_privacy = Denuncie como violação de privacidade
route-kind-platform_copyright = Se foi você quem tirou a foto: uma denúncia de direitos autorais
route-note-privacy-under-13 = Para uma criança com menos de 13 anos: a mãe, o pai ou o responsável pode pedir à plataforma que remova uma foto ou uma conta da criança.
route-note-copyright-owner = Só quem tirou a foto pode enviar esta denúncia. A plataforma pode mostrar seu nome e seu e-mail para a conta denunciada.
route-note-privacy-parent = A mãe, o pai ou o responsável pode pedir a remoção de uma foto ou vídeo do filho ou da filha. A criança precisa ser reconhecível na imagem.
route-note-x-private-media = A mãe, o pai ou o responsável pode pedir ao X que remova uma foto ou vídeo do filho ou da filha compartilhado sem permissão. Denuncie a publicação e escolha a opção sobre informações privadas.
route-note-copyright-owner-only = Só quem tirou a foto pode enviar esta denúncia.
route-note-tiktok-copyright-in-app = Não temos um link verificado para este formulário. No app do TikTok, abra o vídeo, toque em Compartilhar, depois em Denunciar, e escolha a opção de direitos autorais. Só quem fez a foto ou o vídeo pode denunciar, e o TikTok pode informar à conta o nome do titular dos direitos.
route-note-x-copyright-help = Não temos um link verificado para este formulário. Na Central de Ajuda do X (help.x.com), escolha Fale conosco, depois a ajuda com propriedade intelectual, e denuncie uma possível violação de direitos autorais. Só quem tirou a foto pode denunciar, e o X passa seu nome e seus dados de contato para a conta.
