## "It's happening to me": a young person's own path (flows/young.yaml), the facts a hotline asks
## for (flows/report.yaml: seen, age, knows, risks), and the danger path's wording.
## Placeholders: { $routes } the places to turn to; { $platform }, { $example }, { $country } as in tipline.ftl.

menu-young = It's happening to me (I'm under 18)
menu-text-hint = Thank you for writing. I can only read the buttons. If someone is asking you for photos, threatening you or making you feel unsafe, tap the first button: you are not in trouble.

young-safe-ask = First, are you safe right now?
young-safe-yes = Yes, I'm safe right now
young-safe-no = No, I'm in danger
young-emergency =
    <b>Please call this number now.</b> Tell them you are in danger and where you are.
    { $routes }
    When you are safe, I'm here to help with the rest.
young-country-ask = Which country are you in? Choose below or type its name, so I can show you who can help there.
young-country-ask-guessed = Your country: { $country }. Is that right? Tap it below, or choose or type another country, so I can show you who can help there.
young-not-your-fault =
    <b>This is not your fault, and you are not in trouble.</b>
    The person doing this is the one breaking the law. It happens to a lot of young people, and there are people whose job is to help you.
young-what-ask = What is happening? Choose the closest one.
young-what-asked = Someone is asking me for photos or videos
young-what-threats = Someone is threatening to share photos of me, or wants money
young-what-shared = Photos or videos of me have been shared
young-what-groomed = An adult online makes me feel uncomfortable or wants to meet
young-stop =
    <b>What to do now:</b>
    • Don't send anything more, whatever they say.
    • Stop replying. You don't owe them an answer.
    • Write down their username, then block them.
    • Don't delete your account or the chat: it can help the police stop them.
young-stop-images =
    <b>What to do now:</b>
    • Don't pay and don't send anything more. Paying almost never makes it stop.
    • Stop replying. You don't owe them an answer.
    • Write down their username, then block them.
    • Don't delete your account or the chat: it can help the police stop them.
    You never need to show or send the pictures to anyone, not even to report them.
young-images-ask = Does this person have photos or videos of you?
young-images-yes = Yes
young-images-unsure = I'm not sure
young-images-no = No
young-takedown =
    <b>Photos can be taken down.</b> Nude or sexual images of you from when you were under 18 can be blocked on many apps, without anyone seeing them and without sending them anywhere:
    { $routes }
    The app where they were shared can remove them too: I'll show you how in a moment.
young-talk =
    <b>Talk to someone now.</b> You don't have to deal with this alone. These people listen, for free, and you can tell them as much or as little as you want:
    { $routes }
    You could also tell an adult you trust: a parent, a relative, a teacher or a school counsellor.
young-report-ask = Would you like to report the account that did this? It helps stop them doing it to someone else. You don't have to tell us who you are, and nobody will contact you.
young-report-yes = Yes, report the account
young-report-no = Not now
young-platform-ask = Which app or site is this person on?
young-account-ask =
    Send me their username or the link to their profile on { $platform }, if you can.
    For example: { $example }
young-account-ask-other = Send me the link to their profile, starting with https:// (it is in your browser's address bar).
young-platform-routes =
    <b>You can report them to { $platform } too.</b> Apps act faster when they get reports, and reporting is anonymous: they won't know it was you.
    { $routes }
young-details-ask = Is there anything else you want us to know? For example what they said or asked for. Please don't describe the pictures. You can skip this.
young-seen-ask = When did it last happen?
young-age-ask = How old are you? This helps the hotline. You can skip it.
young-risks-ask = Has any of this happened? Tap each one that fits, then "That's all".
young-review =
    <b>Here is what we will send</b>
    App or site: { $platform }
    Account: { $accounts }
    What you told us: { $details }
    When: { $seen }
    Your age: { $age }
    What happened: { $risks }
young-cancelled = OK, nothing was sent. You can come back at any time. If you need to talk to someone, the helplines above are there for you.
young-submitted =
    <b>Thank you. That was brave.</b>
    Your reference is <b>{ $reference }</b>.
young-done =
    We pass reports like yours to the people who can act on them. We can't act in real time: <b>if you are in danger, call the emergency number.</b>
    Nobody from us will contact you. If you want to talk, the helplines above are there for you, and you can come back here at any time.
young-end = You did the right thing by reaching out. Come back at any time, and remember: this is not your fault.

## What a hotline asks for (the report flow)
facts-seen-ask = When did you see it (or when did it last happen)?
facts-seen-date-ask = On what date? For example 3 March.
facts-age-ask = How old does the child look? Just a guess. You can skip this.
facts-knows-ask = Do you know the child (family, school, neighbours)?
facts-risks-ask = Did you see any of these? Tap each one that fits, then "That's all".
facts-risk-noted = Noted: { $risks }.
facts-risks-done = That's all
seen-today = Today
seen-week = This week
seen-earlier = Earlier
seen-date = On a date
age-under_10 = Under 10
age-10_12 = 10 to 12
age-13_15 = 13 to 15
age-16_17 = 16 or 17
age-unsure = Not sure
risk-meeting = A meeting is planned
risk-threats = Threats or blackmail
risk-money = Money was asked for
risk-identifiable = The child can be identified (name, school, place)

## Safe, fitting routes
route-kind-emergency-other = Or call
danger-hotline =
    <b>Then tell them too, as soon as you can:</b>
    { $routes }
danger-end-now =
    <b>If the child is still in danger, call the emergency number now.</b> { $charity } cannot act in real time.
    When the child is safe, you can come back and report the account involved.
report-done-danger =
    <b>If a child is in danger right now, call the emergency number now.</b> { $charity } cannot act in real time: we review reports later.
    A volunteer of { $charity } reviews every report, and reports about the same account are brought together into one case.
report-trading-warning = <b>Do not open, join or download anything from groups or links these accounts share</b>, not even to check. Send us only the links to the accounts.

## The follow-up a young person may choose (flows/young.yaml follow_up; docs/follow-up.md)
young-followup-ask =
    Would you like me to check back with you here later, to ask whether this account is gone?
    It is one automatic message from this bot, with one reminder at most. No person will write to you, and nobody learns who you are. If someone else might read this chat, choose "No, thanks". You can stop it at any time with /stopcontact.
young-followup-yes = Yes, check back with me
young-followup-no = No, thanks
young-done-followup =
    We pass reports like yours to the people who can act on them. We can't act in real time: <b>if you are in danger, call the emergency number.</b>
    No person from us will contact you. This bot will check back once about the account, as you asked; /stopcontact stops it. If you want to talk, the helplines above are there for you, and you can come back here at any time.
