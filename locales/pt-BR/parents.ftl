# Orientação para mães e pais (flows/parents.yaml), em português do Brasil (tratamento por "você").
# Placeholders: { $platform } e { $example } o app escolhido nesta conversa; { $routes } os links e
# números do diretório, com fonte; { $charity } o nome da organização. (Nomes de país não entram nas
# frases: as vias já dizem de que país são.)
# Só HTML do Telegram: <b>, <i>, <a href="...">; nunca um "&" solto.
# Textos que citam um botão ("Proteger as contas do meu filho ou filha") usam o texto exato desse botão.
# Quem lê é uma mãe ou um pai preocupado, no celular: palavras calmas, uma ideia por mensagem, sem jargão.
# A fonte de cada informação está no passo correspondente de parents.yaml (`sources`).

## O menu para mães e pais (parents.yaml: start)

parents-start-ask = Estamos aqui para ajudar, um passo de cada vez. Com o que você precisa de ajuda?
parents-start-photos = Roubaram as fotos do meu filho ou filha
parents-start-contact = Estranhos contatam meu filho ou filha
parents-start-safer = Proteger as contas do meu filho ou filha
parents-start-public = Cuido da conta pública do meu filho ou filha
parents-start-talk = Preciso conversar com alguém

## Fotos do meu filho ou filha foram copiadas e republicadas (parents.yaml: photos_*)

parents-photos-calm = Sentimos muito que isso esteja acontecendo. A culpa não é sua, e há muito que você pode fazer. Vamos passo a passo.
parents-photos-first =
    <b>Primeiro</b>
    • Não comente, não mande mensagem e não siga a conta. Isso pode alertar quem está por trás dela.
    • Copie o link da conta e das publicações, e anote a data.
    • Se alguma imagem for de nudez ou sexual, não tire print, não salve e não compartilhe, nem mesmo como prova. O link basta.
parents-photos-platform-ask = Onde você encontrou as fotos?
parents-photos-account-ask =
    Envie o link da conta que publicou as fotos ou o @ do usuário.
    Por exemplo: { $example }
    Se depois você decidir denunciar a conta para nós, vamos usar este link. Assim você só precisa enviar uma vez.
parents-photos-report =
    <b>Denuncie a conta no { $platform }.</b> Escolha o motivo mais próximo do que está acontecendo, por exemplo: a segurança de uma criança, alguém fingindo ser seu filho ou filha, ou fotos publicadas sem a sua permissão. As palavras mudam de um app para outro.
    { $routes }
parents-photos-report-other =
    <b>Denuncie a conta no site ou app onde você a encontrou.</b> Escolha o motivo mais próximo do que está acontecendo, por exemplo: a segurança de uma criança, alguém fingindo ser seu filho ou filha, ou fotos publicadas sem a sua permissão.
    { $routes }
parents-photos-hotline =
    <b>Se as fotos estiverem sendo sexualizadas</b> (com comentários ou legendas sexuais, ou publicadas ao lado de imagens sexuais), denuncie a conta também ao canal de denúncia:
    { $routes }
parents-photos-removal =
    <b>Se alguma das imagens for de nudez ou sexual</b>, você pode pedir a remoção:
    { $routes }
parents-photos-tip-ask = Você quer contar sobre esta conta também para { $charity }? Reunimos denúncias como a sua para pressionar as plataformas a agir. Leva um minuto, e você não vai precisar enviar o link de novo.
parents-photos-tip-yes = Sim, enviar uma denúncia
parents-photos-tip-no = Agora não
parents-photos-reported-ask = Você já denunciou a conta no { $platform }?
parents-photos-reported-ask-other = Você já denunciou a conta no site ou app?
parents-photos-details-ask = Tem mais alguma coisa que a gente deveria saber? Por exemplo, quantas fotos são, desde quando, ou outras contas que estão compartilhando as fotos. Por favor, não descreva nenhuma imagem sexual. Você pode pular esta etapa.
parents-photos-end =
    <b>E agora</b>
    • Volte a olhar a conta daqui a alguns dias. Se as fotos ainda estiverem lá, denuncie de novo.
    • Se encontrar as fotos em outras contas, denuncie cada uma delas.
    • Para dificultar que isso aconteça de novo, veja "Proteger as contas do meu filho ou filha" e "Cuido da conta pública do meu filho ou filha" no menu para mães e pais.

# A categoria da denúncia, como aparece na revisão ("O que você viu: …") e como a denúncia oferece.
category-stolen_photos = Fotos do meu filho ou filha, copiadas e republicadas

## Estranhos comentam ou mandam mensagens para meu filho ou filha (parents.yaml: contact_*)

parents-contact-intro = Comentários ou mensagens de estranhos podem ser muito angustiantes. Veja o que você pode fazer: bloquear e denunciar, reconhecer os sinais de aliciamento, saber quando procurar a polícia e conversar com seu filho ou filha.
parents-contact-where = Onde isso está acontecendo?
parents-contact-block =
    <b>Bloqueie e denuncie</b>
    Primeiro copie o link e o nome de usuário da conta, e anote a data. Depois denuncie a conta e bloqueie. Não responda e guarde as mensagens: não apague. Mas nunca tire print nem encaminhe uma imagem sexual.
    { $routes }
parents-contact-signs =
    <b>Como é o aliciamento (grooming)</b>
    Aliciamento é quando alguém conquista a confiança de uma criança ou adolescente para abusar dela. Muitas vezes começa de um jeito amigável. Preste atenção em alguém que:
    • dá muita atenção, elogios ou presentes
    • pede que seu filho ou filha guarde segredo
    • quer levar a conversa para um app privado ou para uma chamada de vídeo
    • faz perguntas pessoais ou pede fotos
    • puxa assunto sobre sexo ou envia conteúdo sexual
parents-contact-police =
    <b>Quando procurar a polícia</b>
    Procure a polícia se um adulto pedir ao seu filho ou filha imagens ou conversas sexuais, enviar conteúdo sexual, fizer ameaças ou quiser um encontro pessoalmente. Na maioria dos países, o aliciamento on-line é crime.
    { $routes }
parents-contact-threats =
    <b>Se alguém ameaçar divulgar imagens do seu filho ou filha</b>
    Não pague e não envie mais nada. Pare de responder, mas não apague nada. Denuncie logo à polícia e à plataforma. Seu filho ou filha não fez nada de errado e não vai receber nenhum castigo: é a vítima dessa situação.
parents-contact-talk =
    <b>Conversando com seu filho ou filha</b>
    • Mantenha a calma e agradeça por ter contado para você.
    • Deixe claro que a culpa não é dele ou dela, mesmo que tenha quebrado uma regra ou enviado alguma coisa.
    • Não tire o celular como castigo. Crianças que têm medo disso param de contar as coisas.
    • Pergunte o que aconteceu e como está se sentindo, e decidam juntos os próximos passos.
parents-contact-next-ask = Você também pode denunciar a conta para { $charity }. Reunimos as denúncias para pressionar as plataformas a agir.
parents-contact-report = Denunciar a conta
parents-contact-done = Agora não
parents-contact-end =
    <b>E agora</b>
    • Veja com seu filho ou filha "Proteger as contas do meu filho ou filha", no menu para mães e pais.
    • Nos próximos dias, pergunte de novo como as coisas estão.
    • Se quiser conversar sobre isso com alguém, escolha "Preciso conversar com alguém" no menu para mães e pais.

## Proteger as contas do meu filho ou filha: uma lista por app (parents.yaml: safer_*)

parents-safer-intro =
    Algumas configurações dificultam muito que estranhos vejam, copiem ou entrem em contato com seu filho ou filha. Sentem juntos e revejam cada uma delas.
    Os apps mudam o nome e o lugar das configurações. Se você não encontrar alguma, procure algo parecido.
parents-safer-ask = Qual app seu filho ou filha usa?
parents-safer-pick-other = Outro app
parents-safer-more-ask = Quer a lista de outro app?
parents-safer-another = Sim, outro app
parents-safer-done = Não, é só isso
parents-safer-end =
    <b>Daqui para frente</b>
    • Confira as configurações de vez em quando, e também depois de grandes atualizações dos apps: elas podem mudar.
    • De tempos em tempos, olhem juntos os seguidores e amigos da conta.
    • Garanta que seu filho ou filha saiba que sempre pode contar com você, aconteça o que acontecer.

# Listas: os nomes das configurações vêm como os apps mostram em português do Brasil, quando
# conhecidos; se não, o nome em inglês entre aspas com uma explicação curta.
parents-safer-instagram =
    <b>Instagram</b>
    • <b>Conta privada</b>: ativada, para que só os seguidores aprovados pelo seu filho ou filha vejam as publicações. Contas de adolescente já começam privadas, e menores de 16 anos precisam da permissão de mãe, pai ou responsável para deixar as configurações menos rígidas.
    • <b>Mensagens</b>: só de pessoas que a conta segue.
    • <b>Palavras ocultas</b>: ative os filtros de comentários e de solicitações de mensagem, e adicione as palavras que você não quer ver.
    • <b>Seguidores</b>: remova quem seu filho ou filha não conhece na vida real.
    • <b>Compartilhamento e remixes</b>: desative a reutilização dos reels, vídeos e fotos.
    • <b>Localização</b>: não adicione o local às publicações.
    • <b>Supervisão</b>: a Central da Família da Meta permite ver quem segue seu filho ou filha e definir limites de tempo. Vocês dois precisam concordar.
parents-safer-tiktok =
    <b>TikTok</b>
    • <b>Conta privada</b>: ativada. Contas de jovens de 13 a 15 anos já começam privadas.
    • <b>Comentários</b>: Amigos ou Ninguém. Ative os filtros de comentários e adicione as palavras que você não quer ver.
    • <b>Mensagens diretas</b>: Amigos ou Ninguém. Menores de 16 anos não podem usar mensagens.
    • <b>Dueto, Costura e downloads</b>: desativados, para que ninguém possa reutilizar nem salvar os vídeos do seu filho ou filha.
    • <b>Sugerir sua conta para outras pessoas</b>: desativado.
    • <b>Seguidores</b>: remova quem seu filho ou filha não conhece.
    • <b>Sincronização Familiar</b>: vincule a sua própria conta do TikTok à do seu filho ou filha para gerenciar essas configurações e o tempo de tela.
parents-safer-youtube =
    <b>YouTube</b>
    • <b>Menores de 13 anos</b>: use uma conta supervisionada, vinculada à sua Conta do Google. Você pode configurar isso no YouTube ou no app Family Link. O YouTube Kids é um app separado, para crianças menores.
    • <b>De 13 a 17 anos</b>: vincule a sua conta à do seu filho ou filha pela Central da Família, nas configurações do YouTube. Vocês dois precisam concordar, e qualquer um dos dois pode desativar.
    • <b>Envios</b>: deixe os vídeos como Privados. Vídeos privados não recebem comentários. Vídeos enviados por jovens de 13 a 17 anos já começam como Privados.
    • <b>Comentários</b>: no YouTube Studio, retenha os comentários para revisão ou desative os comentários, e adicione palavras bloqueadas.
    • <b>Ocultar usuário do canal</b>: use com quem deixar comentários desagradáveis, e denuncie.
parents-safer-snapchat =
    <b>Snapchat</b>
    • <b>Quem pode entrar em contato com seu filho ou filha</b>: só amigos. A configuração pode se chamar "Quem pode entrar em contato comigo" ou "Contact Me".
    • <b>Amigos</b>: remova quem seu filho ou filha não conhece na vida real.
    • <b>Snap Map</b>: ative o Modo Fantasma, para que ninguém veja onde seu filho ou filha está.
    • <b>Stories</b>: só amigos.
    • <b>Central da Família</b>: veja a lista de amigos do seu filho ou filha e com quem conversou recentemente, sem ler as mensagens. Você também pode denunciar contas por lá.
parents-safer-facebook =
    <b>Facebook</b>
    • <b>Verificação de privacidade</b>: façam juntos e deixem as publicações futuras visíveis só para Amigos.
    • <b>Perfil</b>: oculte o número de telefone, o e-mail e o aniversário, ou mostre só para Amigos.
    • <b>Solicitações de amizade</b>: só de amigos de amigos.
    • <b>Amigos</b>: remova pessoas que seu filho ou filha não conhece na vida real.
    • <b>Marcações</b>: ative a revisão de marcações, para que as marcações em fotos só apareçam com a aprovação da conta.
    • <b>Supervisão</b>: a Central da Família da Meta mostra os amigos do seu filho ou filha e quem pode mandar mensagens para a conta.
parents-safer-roblox =
    <b>Roblox</b>
    • <b>Conta de responsável</b>: crie a sua própria conta e vincule à do seu filho ou filha em Controles parentais. Assim você cuida dessas configurações a partir da sua conta.
    • <b>Chat e mensagens</b>: só amigos, ou ninguém.
    • <b>Amigos</b>: vejam a lista juntos e removam quem seu filho ou filha não conhece na vida real. O app pode chamar os amigos de conexões.
    • <b>Conteúdo</b>: escolha o nível de maturidade dos jogos em que seu filho ou filha pode entrar. Você também pode bloquear jogos e pessoas.
parents-safer-discord =
    <b>Discord</b>
    • <b>Mensagens diretas</b>: desative as mensagens de membros do servidor, para que estranhos no mesmo servidor não possam mandar mensagens para seu filho ou filha.
    • <b>Solicitações de amizade</b>: não de "Todos". No máximo, de amigos de amigos.
    • <b>Filtro de imagens</b>: ative o filtro de imagens explícitas nas mensagens. Ele pode se chamar "Mensagens diretas seguras" (Safe Direct Messaging) ou mídia sensível.
    • <b>Servidores</b>: vejam a lista juntos, e seu filho ou filha deve sair dos que não souber explicar.
    • <b>Central da Família</b>: vincule as contas com um QR code para ver quem seu filho ou filha adiciona, com quem conversa e em quais servidores entra, sem ler as mensagens.
parents-safer-other =
    <b>Qualquer outro app</b>
    • Deixe a conta privada.
    • Permita mensagens e comentários só de amigos, ou desative.
    • Remova seguidores e amigos que seu filho ou filha não conhece na vida real.
    • Desative o compartilhamento de localização e não marque lugares nas publicações.
    • Desative downloads e a reutilização das publicações, se o app tiver essas opções.
    • Procure nas configurações uma ferramenta de supervisão para pais e responsáveis ou para a família.

## Cuido da conta pública do meu filho ou filha (parents.yaml: public_*)

parents-public-risks =
    <b>O que vemos</b>
    Algumas pessoas colecionam fotos comuns de crianças copiadas de contas públicas: na piscina, dançando, fazendo ginástica, de uniforme escolar. Elas salvam e republicam essas fotos, deixam comentários sexuais e passam as fotos para outras pessoas.
    Se isso aconteceu com seu filho ou filha, a culpa não é sua, e há muito que você pode fazer.
parents-public-stop =
    <b>O que parar de postar</b>
    • Fotos do seu filho ou filha de roupa de banho ou de roupa íntima, na hora do banho, ou em poses de dança ou de ginástica
    • Qualquer coisa que mostre onde a criança mora, estuda ou brinca: uniformes, logotipos, números de casa, placas de rua, lugares marcados
    • Nome completo, idade, aniversário ou rotina do dia a dia
parents-public-check =
    <b>Confira seus seguidores</b>
    Revise a lista de seguidores. Remova e bloqueie as contas que você não conhece. Desconfie de contas sem publicações próprias, ou que seguem principalmente crianças.
    Leia também os comentários antigos: apague e denuncie os que forem sexuais ou estranhos, e ative os filtros de comentários.
parents-public-private =
    <b>Deixe a conta privada</b>
    Com uma conta privada, é você quem escolhe quem vê seu filho ou filha. Compartilhe com pessoas que você conhece, como faria com um álbum de fotos da família.
    Se você mantiver a conta pública, desative downloads e a reutilização das suas publicações, e pense duas vezes antes de postar cada foto do seu filho ou filha.
parents-public-when =
    <b>Quando parar</b>
    Pense em deixar a conta privada, ou em parar de postar, se:
    • você encontrar fotos do seu filho ou filha em contas que não conhece
    • os comentários ficarem sexuais ou pedirem mais fotos
    • estranhos mandarem mensagens para seu filho ou filha, ou perguntarem onde a criança está
    • seu filho ou filha não quiser mais aparecer nas suas publicações
    Parar não é fracassar. É uma forma de proteger seu filho ou filha.
parents-public-more-ask = Quer saber como conferir seus seguidores, deixar a conta privada e quando parar?
parents-public-go-on = Sim, quero ver
parents-public-next-ask = O que você quer fazer agora?
parents-public-done = Agora não
parents-public-end = Obrigado por cuidar do seu filho ou filha. Se encontrar as fotos dele ou dela onde não deveriam estar, volte aqui quando quiser: escolha "Roubaram as fotos do meu filho ou filha" no menu para mães e pais.

## Preciso conversar com alguém (parents.yaml: talk)

parents-talk =
    <b>Você não precisa enfrentar isso sem ajuda.</b> Estes serviços podem ouvir você e ajudar a decidir o que fazer. Alguns são para crianças e adolescentes: você pode passar esses contatos para seu filho ou filha.
    { $routes }
parents-talk-end = Se uma criança estiver em perigo agora, ligue para o número de emergência do seu país. Você pode voltar aqui quando quiser.
