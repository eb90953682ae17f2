## Tipline: the conversation's own texts, in English (the default and fallback language).
## Placeholders: { $charity } the charity's name; { $platform }, { $country }, { $account }, { $example }
## describe the report under way. Text may use Telegram HTML: <b>, <i>, <a href="...">.

greeting =
    { $charity ->
        [Tipline] Hello. This is Tipline.
       *[other] Hello. This is Tipline, run by { $charity }.
    }
    We help you report accounts that exploit children online: to the platform, to the right hotline, and to us.
    We are not the police. <b>If a child is in danger right now, call your local emergency number.</b>
help =
    Use the buttons to answer. You can also type:
    /start: begin again
    /cancel: stop the report you are making
    /language: choose another language
    /mytips: your reports and what became of them
    /stopcontact: we will not contact you about your reports any more
    /forget: we forget you (asked first)
    /help: this message
    Please never send photos, videos or files here.

menu-ask = What would you like to do?
menu-report = Report a suspicious account
menu-parent = I'm a parent and need advice
menu-danger = A child is in danger right now
menu-about = About and privacy
menu-language = Language
language-name = English
language-ask = Which language would you like? You can change it at any time with /language.
button-menu = Main menu
button-yes = Yes
button-no = No
button-skip = Skip

about-privacy =
    <b>About Tipline</b>
    { $charity ->
        [Tipline] Tipline is a reporting service for child safety.
       *[other] Tipline is run by { $charity }.
    }
    We collect reports of accounts that exploit children and press platforms and regulators to act. We are not the police.

    <b>What we keep</b>
    Your report: what you saw, the platform, the account links and what you chose to tell us. We do not keep your name, your Telegram username or your phone number. We know you only by a code made from your chat, so we can tell that two reports came from the same person without knowing who you are.
    If you agree to be contacted, we keep a sealed way to write to you here in this chat, and nothing else.

    <b>Who sees it</b>
    Only trained volunteers of { $charity }. They never see who you are.

    <b>How long</b>
    An unfinished report is deleted { $draft_hours } { $draft_hours ->
        [one] hour
       *[other] hours
    } after your last message; if you come back, we tell you. After { $idle_days } { $idle_days ->
        [one] day
       *[other] days
    } without a message, we forget this chat altogether, even your language.
    Reports are kept while their case is open. { $retention_days } { $retention_days ->
        [one] day
       *[other] days
    } after a case is closed, what you wrote, your answers and the way to contact you are erased; only counts and categories stay, for statistics.
    Send /forget at any time and we forget you: this chat, the way to contact you, and what you wrote in your reports.

## Errors and interruptions
error-use-buttons = Please choose one of the buttons below.
error-empty = That message was empty. Please try again.
error-too-long = That is too long ({ $length } characters). Please use at most { $limit } characters.
error-stale-button = That button belongs to an earlier message. Here is where we are now:
error-unknown-command = I don't know the command /{ $command }. Type /help to see what I understand.
error-country-unknown = I couldn't find a country called "{ $text }". Please type its name in full, or its two-letter code (for example AU, GB, US).
error-nothing-to-cancel = There is no report under way, so there is nothing to cancel.
media-refused =
    Please don't send photos, videos or files here. We never download or keep them, and this message has been removed where possible.
    <b>If what you saw shows sexual images of a child: do not save, screenshot or share it with anyone, not even to report it.</b> That can itself be a crime. Write down the link and the account name instead, and report it to the hotline; this bot will show you where.
cancel-confirm = Stop this report? Nothing you answered will be kept.
cancel-done = Report stopped. Nothing was kept.
cancel-kept = OK, let's go on.

## Immediate danger
danger-emergency =
    <b>If a child is in danger right now, call the emergency number now.</b>
    { $routes }
    Tell them what is happening and where, if you know.
danger-next-ask = When the child is safe, you can also report the account that was involved.
danger-continue = Report an account
danger-done = Not now

## Countries
country-ask = Which country are you in? Your answer decides which hotline and helplines we show. Choose below, or type its name.
country-ask-danger = Which country are you in? Choose below, or type its name, and we'll show the emergency number.
country-ask-guessed = Is your country { $country }? Tap its name below, or choose or type another country. Your answer decides which hotline and helplines we show.
country-ask-danger-guessed = Is your country { $country }? Tap its name below, or choose or type another country, and we'll show the emergency number.
country-ask-change = Your country is { $country }. Choose or type another one.

## The report
report-safety-ask = First: is a child in immediate danger right now?
report-safety-yes = Yes, a child is in danger
report-safety-no = No
report-category-ask = What did you see?
category-sexual_imagery = Sexual images or video of a child
category-grooming = An adult contacting a child sexually
category-sexualised_comments = Sexualised comments on photos of children
category-collecting_photos = An account collecting or reposting photos of children
category-trading_network = Accounts trading or networking around children
category-other = Something else
report-csam-warning =
    <b>Important: do not screenshot, download, save or share the images, not even as evidence.</b> Doing so can itself be a crime. We will not ask you to describe them.
    We only need the link to the account. We will show you the hotline that can get the images removed.
report-platform-ask = Where did you see it?
platform-other = Another site or app
report-account-ask =
    Please send the link to the account on { $platform }, or its @username: the name shown on its profile or above its posts.
    For example: { $example }
    If you have neither, tap “I don't know the link”.
report-account-ask-other = Please send the full link to the account or page, starting with https://
report-account-unknown = I don't know the link
report-related-ask = Are other accounts involved (for example accounts that comment, share or link to it)?
report-related-yes = Yes, add another account
report-related-no = No
report-related-input = Send the link or @username of the other account. Tap "That's all" when you are done.
report-related-done = That's all
account-switch-platform =
    That link is on { $other }, not { $platform }: { $link }
    Report this { $other } account instead?
account-post-kept =
    Thank you, I have noted that link as evidence: { $post }
    It leads to a post, not to the account that posted it. Please send the account's @username as it is shown on the post, or the link to its profile. If you cannot see it, tap “I don't know the link”.
account-added = Added: { $account }
account-duplicate = { $account } is already in this report.

report-platform-routes =
    <b>Please also report the account to { $platform } itself.</b> Platforms act faster when they receive reports.
    { $routes }
report-platform-routes-other =
    <b>Please also report it to the site or app itself</b>, with its report button or its help pages. Sites act faster when they receive reports.
    { $routes }
route-item =
    <b>{ $label }: { $name }</b>
    { $contact }
report-reported-ask = Have you reported it to { $platform }?
report-reported-ask-other = Have you reported it on that site or app?
reported-yes = Yes, I reported it
reported-not_yet = Not yet

report-details-ask = Anything else we should know? For example what you saw, when, or how the accounts are connected. Please don't include anyone's private details. You can skip this.
report-details-ask-csam = Anything else we should know, such as when you saw it or how the accounts are connected? <b>Please do not describe the images.</b> You can skip this.

report-hotline-routes =
    <b>You can also report it to the hotline where you live ({ $country }):</b>
    { $routes }

report-consent-ask = May a volunteer of { $charity } send you a question or news about this report, here in this chat? They will never see who you are. You can change your mind at any time.
report-consent-yes = Yes, you may contact me
report-consent-no = No, thank you

report-review =
    <b>Please check your report</b>
    What you saw: { $category }
    Where: { $platform }
    Account: { $accounts }
    Other accounts: { $related }
    Reported to the platform: { $reported }
    Details: { $details }
    When you saw it: { $seen }
    The child's apparent age: { $age }
    You know the child: { $knows }
    Risk signs: { $risks }
    Your country: { $country }
    May we contact you: { $consent }
review-none = none
review-reported-yes = yes
review-reported-not_yet = not yet
review-yes = yes
review-no = no
review-submit = Send report
review-edit = Change something
review-cancel = Cancel
report-edit-ask = What would you like to change?
edit-category = What I saw
edit-account = Platform and account
edit-related = Add other accounts
edit-reported = Reported to platform
edit-details = Details
edit-country = Country
edit-consent = Contact
edit-back = Back to review

tip-submitted =
    <b>Thank you. Your report has been sent.</b>
    Your reference is <b>{ $reference }</b>. Keep it if you want to ask about this report later.
report-done =
    What happens next: a volunteer of { $charity } reviews every report. Reports about the same account are brought together into one case, which helps us press the platform to act.
    If you see the account again or more accounts like it, you can report again at any time.


## Your reports (/mytips) and contact
mytips =
    <b>Your reports</b>
    { $tips }
mytips-none = You have not sent any reports from this chat yet.
mytips-item = { $reference } · { $date } · { $platform }: { $status }
tip-status-received = received
tip-status-reviewing = being reviewed by a volunteer
tip-status-reported = reported to the platform by us
tip-status-escalated = passed to the hotline or the police
tip-status-closed-removed = closed: the content or account was removed
tip-status-closed-no_violation = closed: the platform found no violation
tip-status-closed-duplicate = closed: already reported in another case
tip-status-closed-not_enough_information = closed: not enough information to act
tip-status-closed-other = closed
consent-withdrawn = Done. We will not contact you about any of your reports. Your reports stay with us and are still worked on.
relay-question =
    <b>A volunteer has a question about your report { $reference }:</b>
    { $question }
    You don't have to answer. They will not see who you are.
relay-answer-button = Answer
relay-answer-ask = Type your answer and send it. Please don't send photos or files. /cancel if you'd rather not answer.
relay-answer-sent = Thank you. Your answer has been passed on.
relay-answer-cancelled = OK, no answer was sent.
tip-status-notice =
    <b>News about your report { $reference }</b>
    Status: { $status }
    Thank you for reporting it.

## What Telegram shows about the bot: its command menu and its profile (plain text, no HTML)
command-start = Begin again
command-help = What this bot understands
command-cancel = Stop the report you are making
console-banner = Tipline console. Type a number to press a button, /quit to leave.
console-farewell = Bye. Your answers so far are kept; /start begins again.
console-prompt = you
bot-short-description = Report accounts that exploit children online: to the platform, the hotline and { $charity }.
bot-description =
    { $charity ->
        [Tipline] Tipline is a reporting service for child safety.
       *[other] Tipline is run by { $charity }.
    }
    Report an account that exploits children online: we show you how to report it to the platform and to the right hotline, and pass your report to { $charity }.
    We are not the police. If a child is in danger right now, call your local emergency number.

## Privacy (issue 12): forgetting a reporter, expired drafts
forget-confirm = Do you want us to forget you? We will delete this chat, the way to contact you and what you wrote in your reports. The reports themselves stay, without your words, so the cases can go on. This cannot be undone.
forget-done = Done: we have forgotten you. If you write again, we will start as if we had never met.
forget-kept = All right, nothing was deleted.
draft-expired = Your unfinished report was deleted because some time passed without a reply. You are welcome to start again.

## Limits against floods (issue 13)
account-related-limit = That makes { $limit } related accounts, as many as one report can hold. Let's go on with this report; you can send the other accounts in a new report later.
limit-slow-down =
    You are sending messages very quickly, so I am pausing for a moment. You can go on in about { $seconds } seconds.
    <b>If a child is in danger right now, call your local emergency number.</b>
limit-tips-per-day =
    <b>This report could not be sent yet:</b> you have sent as many reports as one person can send in a day. You can send a new one from { $when }.
    The platform's own report route shown above still works: you can use it right now.
    <b>If a child is in danger right now, call your local emergency number.</b>
