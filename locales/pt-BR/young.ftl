## "Está acontecendo comigo": o caminho de uma pessoa jovem (flows/young.yaml), os dados que um
## canal de denúncia pede (flows/report.yaml: quando, idade, se conhece a criança, riscos) e o caminho de perigo.

menu-young = Está acontecendo comigo (tenho menos de 18)
menu-text-hint = Obrigado por escrever. Eu só consigo ler os botões. Se alguém está pedindo fotos suas, te ameaçando ou fazendo você se sentir em perigo, toque no primeiro botão: você não está encrencado/a.

young-safe-ask = Antes de tudo: você está em segurança agora?
young-safe-yes = Sim, estou em segurança agora
young-safe-no = Não, estou em perigo
young-emergency =
    <b>Ligue agora para este número.</b> Diga que você está em perigo e onde está.
    { $routes }
    Quando estiver em segurança, estou aqui para ajudar com o resto.
young-country-ask = Em que país você está? Escolha abaixo ou digite o nome, e eu mostro quem pode te ajudar aí.
young-country-ask-guessed = Seu país: { $country }. Está certo? Toque nele abaixo, ou escolha ou digite outro país, e eu mostro quem pode te ajudar aí.
young-not-your-fault =
    <b>Isso não é culpa sua, e você não está encrencado/a.</b>
    Quem está fazendo isso é quem está cometendo um crime. Acontece com muitos jovens, e existem pessoas cujo trabalho é te ajudar.
young-what-ask = O que está acontecendo? Escolha o mais parecido.
young-what-asked = Alguém está me pedindo fotos ou vídeos
young-what-threats = Alguém ameaça espalhar fotos minhas ou quer dinheiro
young-what-shared = Fotos ou vídeos meus foram compartilhados
young-what-groomed = Um adulto na internet me deixa desconfortável ou quer me encontrar
young-stop =
    <b>O que fazer agora:</b>
    • Não mande mais nada, diga ele o que disser.
    • Pare de responder. Você não deve resposta nenhuma.
    • Anote o nome de usuário e depois bloqueie.
    • Não apague sua conta nem a conversa: isso pode ajudar a polícia a pegar essa pessoa.
young-stop-images =
    <b>O que fazer agora:</b>
    • Não pague e não mande mais nada. Pagar quase nunca faz parar.
    • Pare de responder. Você não deve resposta nenhuma.
    • Anote o nome de usuário e depois bloqueie.
    • Não apague sua conta nem a conversa: isso pode ajudar a polícia a pegar essa pessoa.
    Você nunca precisa mostrar ou mandar as fotos para ninguém, nem para denunciar.
young-images-ask = Essa pessoa tem fotos ou vídeos seus?
young-images-yes = Sim
young-images-unsure = Não tenho certeza
young-images-no = Não
young-takedown =
    <b>Dá para tirar as fotos do ar.</b> Imagens nuas ou sexuais suas de quando você tinha menos de 18 anos podem ser bloqueadas em muitos apps, sem ninguém ver e sem mandar para lugar nenhum:
    { $routes }
    O app onde foram compartilhadas também pode removê-las: já já eu te mostro como.
young-talk =
    <b>Converse com alguém agora.</b> Você não precisa passar por isso sozinho/a. Essas pessoas escutam, de graça, e você conta só o que quiser:
    { $routes }
    Você também pode contar para um adulto de confiança: mãe, pai, um parente, um professor ou alguém da escola.
young-report-ask = Quer denunciar a conta que fez isso? Ajuda a impedir que faça o mesmo com outra pessoa. Você não precisa dizer quem é, e ninguém vai entrar em contato com você.
young-report-yes = Sim, denunciar a conta
young-report-no = Agora não
young-platform-ask = Em qual app ou site essa pessoa está?
young-account-ask =
    Me mande o nome de usuário ou o link do perfil no { $platform }, se puder.
    Por exemplo: { $example }
young-account-ask-other = Me mande o link do perfil, começando com https:// (fica na barra de endereço do navegador).
young-platform-routes =
    <b>Você também pode denunciar no { $platform }.</b> Os apps agem mais rápido quando recebem denúncias, e é anônimo: não vão saber que foi você.
    { $routes }
young-details-ask = Quer contar mais alguma coisa? Por exemplo, o que a pessoa disse ou pediu. Por favor, não descreva as fotos. Você pode pular.
young-seen-ask = Quando aconteceu pela última vez?
young-age-ask = Quantos anos você tem? Isso ajuda o canal de denúncia. Você pode pular.
young-risks-ask = Aconteceu alguma destas coisas? Toque em cada uma que combina e depois em "Só isso".
young-review =
    <b>É isto que vamos enviar</b>
    App ou site: { $platform }
    Conta: { $accounts }
    O que você contou: { $details }
    Quando: { $seen }
    Sua idade: { $age }
    O que aconteceu: { $risks }
young-cancelled = Tudo bem, nada foi enviado. Você pode voltar quando quiser. Se precisar conversar com alguém, os canais de ajuda acima estão aí para você.
young-submitted =
    <b>Obrigado. Você foi muito corajoso/a.</b>
    Sua referência é <b>{ $reference }</b>.
young-done =
    Passamos denúncias como a sua para quem pode agir. Não conseguimos agir em tempo real: <b>se você estiver em perigo, ligue para o número de emergência.</b>
    Ninguém da nossa equipe vai entrar em contato com você. Se quiser conversar, os canais de ajuda acima estão aí para você, e você pode voltar aqui quando quiser.
young-end = Você fez certo em pedir ajuda. Volte quando quiser, e lembre: isso não é culpa sua.

## O que um canal de denúncia pede (o fluxo de denúncia)
facts-seen-ask = Quando você viu (ou quando aconteceu pela última vez)?
facts-seen-date-ask = Em que data? Por exemplo, 3 de março.
facts-age-ask = Quantos anos a criança parece ter? Basta um palpite. Você pode pular.
facts-knows-ask = Você conhece a criança (família, escola, vizinhança)?
facts-risks-ask = Você viu alguma destas coisas? Toque em cada uma que combina e depois em "Só isso".
facts-risk-noted = Anotado: { $risks }.
facts-risks-done = Só isso
seen-today = Hoje
seen-week = Esta semana
seen-earlier = Antes
seen-date = Numa data
age-under_10 = Menos de 10
age-10_12 = De 10 a 12
age-13_15 = De 13 a 15
age-16_17 = 16 ou 17
age-unsure = Não sei
risk-meeting = Um encontro está marcado
risk-threats = Ameaças ou chantagem
risk-money = Pediram dinheiro
risk-identifiable = Dá para identificar a criança (nome, escola, lugar)

## Caminhos seguros e adequados
route-kind-emergency-other = Ou ligue para
danger-hotline =
    <b>Depois avise também, assim que puder:</b>
    { $routes }
danger-end-now =
    <b>Se a criança ainda estiver em perigo, ligue agora para o número de emergência.</b> A { $charity } não consegue agir em tempo real.
    Quando a criança estiver em segurança, você pode voltar e denunciar a conta envolvida.
report-done-danger =
    <b>Se uma criança está em perigo agora, ligue já para o número de emergência.</b> A { $charity } não consegue agir em tempo real: analisamos as denúncias depois.
    Um voluntário da { $charity } analisa cada denúncia, e as denúncias sobre a mesma conta são reunidas em um só caso.
report-trading-warning = <b>Não abra, não entre e não baixe nada dos grupos ou links que essas contas compartilham</b>, nem para conferir. Mande para nós só os links das contas.

## The follow-up a young person may choose (flows/young.yaml follow_up; docs/follow-up.md)
young-followup-ask =
    Quer que eu pergunte aqui mais tarde se essa conta sumiu?
    É uma única mensagem automática deste bot, com no máximo um lembrete. Nenhuma pessoa vai te escrever, e ninguém fica sabendo quem você é. Se outra pessoa puder ler este chat, escolha "Não precisa". Você pode parar quando quiser com /stopcontact.
young-followup-yes = Sim, pode perguntar depois
young-followup-no = Não precisa
young-done-followup =
    Passamos denúncias como a sua para quem pode agir. Não conseguimos agir em tempo real: <b>se você estiver em perigo, ligue para o número de emergência.</b>
    Nenhuma pessoa da nossa equipe vai entrar em contato com você. Este bot vai perguntar uma vez sobre a conta, como você pediu; /stopcontact faz parar. Se quiser conversar, os canais de ajuda acima estão aí para você, e você pode voltar aqui quando quiser.
