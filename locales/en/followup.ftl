# After the report (issue 16): the ready-to-paste report text, the follow-up, and where to go
# when the platform did not act. The escalation rules' facts come from flows/directory/escalation.yaml
# (each route's `source`): change them together.

## The ready-to-paste report text (report flow, after the platform's route)

report-paste-button = Give me a report text to paste
report-paste =
    Here it is. Copy it and paste it where { $platform } asks you to describe the problem:

    <pre>{ $paste }</pre>

    It only says what you told us.
paste-account = I am reporting this account: { $account }
paste-category-sexual_imagery = It shares sexual images of children.
paste-category-grooming = It contacts children in a sexual or manipulative way (grooming).
paste-category-sexualised_comments = It posts sexualised comments about children.
paste-category-collecting_photos = It collects photos of children and reposts them in a sexualised way.
paste-category-stolen_photos = It reposts photos of children taken from other people's accounts.
paste-category-trading_network = It is part of a network that trades sexual content of children.
paste-category-other = It puts children at risk.
paste-related = Connected accounts: { $related }
paste-policy = I believe this breaks your policy "{ $policy }": { $url }
paste-no-policy = I believe this breaks your rules on child safety.
paste-closing = Please review this account and remove it.

## The follow-up

report-followup-ask =
    May we check back with you later, to ask whether the platform has taken the account down?
    We ask once, with one reminder at most. You can stop it any time with /stopcontact.
report-followup-yes = Yes, check back with me
report-followup-no = No, thanks
followup-question =
    { $reminder ->
        [yes] <b>A gentle reminder about your report { $reference }</b>
       *[no] <b>Checking back about your report { $reference }</b>
    }
    Is this { $platform } account still there? { $account }
    Please only look if you feel OK doing so.
followup-question-young =
    { $reminder ->
        [yes] <b>A gentle reminder about your report { $reference }</b>
       *[no] <b>Checking back about your report { $reference }</b>
    }
    Is this { $platform } account still there? { $account }
    If it is still happening to you, you don't have to deal with it alone: tell an adult you trust. You have done nothing wrong.
followup-gone = It's gone
followup-still = It's still there
followup-unsure = I can't tell
followup-answer = { $body }
followup-thanks-gone = Thank you for checking. Good news: the account is gone. The charity has noted it.
followup-thanks-unsure = Thank you for checking. We have noted that you couldn't tell; our volunteers will look too.
followup-closed = Thank you. This question is already closed, so nothing was changed.
followup-still-intro =
    Thank you for telling us. The platform has not acted, and the charity has noted that.
    Here is where you can take it next:
followup-route =
    <b>{ $name }</b> { $link } { $phone }
    { $rule } { $unconfirmed }
    { $asks }
followup-asks = They will ask for: { $facts }.
followup-young-still = If it is still happening to you: tell an adult you trust, and block the account. None of this is your fault.

## Escalation rules in plain words (flows/directory/escalation.yaml)

escalation-rule-esafety = Australia's eSafety Commissioner: if a platform has not removed cyberbullying of a child within 48 hours of your report, you can complain to eSafety. Child sexual abuse material can be reported to eSafety at once.
escalation-rule-police-now = This is for the police: you can report grooming or abuse material straight away, without waiting for the platform.
escalation-rule-rhc = Report Harmful Content (UK) steps in once you have reported to the platform: when it answered that no rule was broken, or when you have waited over a week without an answer.
escalation-rule-hotline = Your national hotline takes reports of this kind at any time; tell them the platform has not acted on your report.
escalation-rule-ncmec = NCMEC's CyberTipline takes reports from anyone, anonymously if you like, at any time; you don't need to wait for the platform.
escalation-rule-inhope = INHOPE lists the national hotline of your country: report there, and mention that the platform has not acted.
escalation-rule-dsa = In the EU, the Digital Services Act lets you send the platform a formal notice of illegal content. It must decide on it and tell you its reasons. Use the platform's "illegal content" form and say that you are sending a notice under Article 16.
escalation-asks-when_reported = when you reported it to the platform
escalation-asks-how_reported = how you reported it (in the app or on a web form)
escalation-asks-platform_answer = what the platform answered, if it did
escalation-asks-account_links = the link to the account
escalation-asks-your_contact = your name and email (not needed for child sexual abuse material)
