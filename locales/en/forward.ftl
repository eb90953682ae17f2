# Emails forwarded to the charity's own mailbox (docs/forwarding.md). Plain text: no HTML tags here.
forward-subject-case = [Tipline #{ $id }] { $title }
forward-subject-digest = [Tipline] { $events ->
        [one] 1 update
       *[other] { $events } updates
    } on { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    }: { $list }
forward-digest-intro = { $events ->
        [one] Here is what happened since the last digest.
       *[other] Here are the { $events } things that happened since the last digest.
    }
forward-title-new-case = New case: { $account }
forward-title-tip = New tip { $reference } on this case
forward-title-status = Status now: { $status }
forward-title-closed = Closed: { $outcome }
forward-title-merged = Case #{ $source } was merged into this case
forward-title-outcome = What the platform did: { $outcome }
forward-title-question = A reporter answered your question ({ $reference })
forward-title-followup = Follow-up on { $reference }: { $answer }
forward-title-erased = Tip { $reference } was erased
forward-followup-gone = the account is gone
forward-followup-still_there = the account is still there
forward-followup-unsure = the reporter could not tell
forward-erased-body = Tip { $reference } was erased at the reporter's or an operator's request. Please delete it from your own records too.
forward-heading-tip = The tip
forward-heading-case = Case #{ $id }
forward-field-status = Status
forward-field-level = Priority
forward-field-category = Category
forward-field-platform = Platform
forward-field-account = Account
forward-field-tips = Tips
forward-field-reporters = reporters
forward-field-told = Reported to the platform
forward-field-opened = Opened
forward-field-assignee = Claimed by
forward-field-outcome = Outcome
forward-field-merged-into = Merged into
forward-field-reference = Reference
forward-field-filed = Filed
forward-field-accounts = Accounts
forward-field-related = Linked accounts
forward-field-danger = A child in danger
forward-field-country = Country
forward-field-language = Language
forward-field-consent = May be contacted
forward-field-details = In their words
forward-details-withheld = (not included in emails: read it on the desk)
forward-footer = Sent by Tipline. Nothing in this email identifies the person who reported. Links are written so they cannot be opened by accident (hxxps, [.]).
