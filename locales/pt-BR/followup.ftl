# Depois da denúncia (issue 16): o texto pronto para colar, o acompanhamento e para onde ir quando a plataforma não age.

## O texto pronto para colar

report-paste-button = Quero um texto pronto para colar
report-paste =
    Aqui está. Copie e cole onde o { $platform } pede para você descrever o problema:

    <pre>{ $paste }</pre>

    Ele só diz o que você nos contou.
paste-account = Estou denunciando esta conta: { $account }
paste-category-sexual_imagery = Ela compartilha imagens sexuais de crianças.
paste-category-grooming = Ela aborda crianças de forma sexual ou manipuladora (aliciamento).
paste-category-sexualised_comments = Ela publica comentários sexualizados sobre crianças.
paste-category-collecting_photos = Ela coleciona fotos de crianças e as republica de forma sexualizada.
paste-category-stolen_photos = Ela republica fotos de crianças tiradas das contas de outras pessoas.
paste-category-trading_network = Ela faz parte de uma rede que troca conteúdo sexual de crianças.
paste-category-other = Ela coloca crianças em risco.
paste-related = Contas ligadas: { $related }
paste-policy = Acredito que isto viola a sua política "{ $policy }": { $url }
paste-no-policy = Acredito que isto viola as suas regras de proteção de crianças.
paste-closing = Por favor, analisem esta conta e removam-na.

## O acompanhamento

report-followup-ask =
    Podemos falar com você mais tarde para perguntar se a plataforma derrubou a conta?
    Perguntamos uma vez só, com no máximo um lembrete. Você pode parar quando quiser com /stopcontact.
report-followup-yes = Sim, podem me perguntar
report-followup-no = Não, obrigado
followup-question =
    { $reminder ->
        [yes] <b>Um lembrete gentil sobre a sua denúncia { $reference }</b>
       *[no] <b>Voltando a falar da sua denúncia { $reference }</b>
    }
    Esta conta do { $platform } ainda está lá? { $account }
    Só olhe se você se sentir bem para isso.
followup-question-young =
    { $reminder ->
        [yes] <b>Um lembrete gentil sobre a sua denúncia { $reference }</b>
       *[no] <b>Voltando a falar da sua denúncia { $reference }</b>
    }
    Esta conta do { $platform } ainda está lá? { $account }
    Se isso ainda está acontecendo com você, você não precisa enfrentar sozinho: conte para um adulto de confiança. Você não fez nada de errado.
followup-gone = Sumiu
followup-still = Ainda está lá
followup-unsure = Não sei dizer
followup-answer = { $body }
followup-thanks-gone = Obrigado por verificar. Boa notícia: a conta sumiu. A organização registrou isso.
followup-thanks-unsure = Obrigado por verificar. Registramos que você não soube dizer; nossos voluntários também vão olhar.
followup-closed = Obrigado. Esta pergunta já foi encerrada, então nada mudou.
followup-still-intro =
    Obrigado por nos contar. A plataforma não agiu, e a organização registrou isso.
    Veja para onde você pode levar o caso agora:
followup-route =
    <b>{ $name }</b> { $link } { $phone }
    { $rule } { $unconfirmed }
    { $asks }
followup-asks = Vão pedir: { $facts }.
followup-young-still = Se isso ainda está acontecendo com você: conte para um adulto de confiança e bloqueie a conta. Nada disso é culpa sua.

## As regras de cada caminho, em palavras simples

escalation-rule-esafety = eSafety Commissioner da Austrália: se uma plataforma não removeu o cyberbullying contra uma criança em até 48 horas depois da sua denúncia, você pode reclamar ao eSafety. Material de abuso sexual infantil pode ser denunciado ao eSafety na hora.
escalation-rule-police-now = Isto é caso de polícia: você pode denunciar aliciamento ou material de abuso imediatamente, sem esperar pela plataforma.
escalation-rule-rhc = O Report Harmful Content (Reino Unido) entra em ação depois que você denunciou à plataforma: quando ela respondeu que nenhuma regra foi violada, ou quando você já espera há mais de uma semana sem resposta.
escalation-rule-hotline = O canal de denúncia do seu país recebe denúncias assim a qualquer momento; conte que a plataforma não agiu.
escalation-rule-ncmec = A CyberTipline do NCMEC recebe denúncias de qualquer pessoa, anônimas se você preferir, a qualquer momento; não é preciso esperar pela plataforma.
escalation-rule-inhope = A INHOPE indica o canal de denúncia do seu país: denuncie lá e diga que a plataforma não agiu.
escalation-rule-dsa = Na UE, a Lei dos Serviços Digitais permite enviar à plataforma uma notificação formal de conteúdo ilegal. Ela tem de decidir e explicar os motivos. Use o formulário de "conteúdo ilegal" da plataforma e diga que está enviando uma notificação nos termos do artigo 16.
escalation-asks-when_reported = quando você denunciou à plataforma
escalation-asks-how_reported = como você denunciou (no app ou em um formulário na web)
escalation-asks-platform_answer = o que a plataforma respondeu, se respondeu
escalation-asks-account_links = o link da conta
escalation-asks-your_contact = seu nome e e-mail (não são necessários para material de abuso sexual infantil)
