## The volunteer desk: everything volunteers read, in TIPLINE_STAFF_LANGUAGE (English by default).
## Only the staff language needs these texts; the other languages are for reporters.
## Placeholders are escaped before they reach Telegram; the text may use <b>, <i> and <code>.

## Case cards
desk-card-title = <b>Case #{ $id }</b> · { $level } · { $status }
desk-card-claimed = Claimed by <b>{ $alias }</b>
desk-card-closed = <b>Closed:</b> { $outcome }
desk-card-merged = <b>Merged into case #{ $into }</b>; its tips are there now.
desk-card-account = <b>Account:</b> { $account }
desk-certainty-link = named by its link
desk-certainty-username = named by its username
desk-certainty-phone = named by a phone number
desk-certainty-display_name = named only by a display name: check it is the same account
desk-certainty-unknown = the reporter did not know the account
desk-card-others = <b>Linked accounts:</b> { $accounts }
desk-card-more-accounts = …and more: /case { $id }
desk-card-platform = <b>Platform:</b> { $platform } · <b>Category:</b> { $category }
desk-card-tips = <b>Tips:</b> { $tips } · first seen { $first } · last { $last }
desk-card-told = <b>Reported to platform:</b> { $told }
desk-card-contact = <b>Reporters who may be contacted:</b> { $consenting }
desk-card-latest = <b>Latest tips</b>
desk-card-tip = { $reference } · reporter #{ $reporter } ({ $reporter_tips ->
        [one] 1 tip
       *[other] { $reporter_tips } tips
    }) · { $country } · { $language } · told platform: { $reported } · contact: { $consent }
desk-card-danger = <b>The reporter said a child is in danger.</b>
desk-card-details = <i>{ $details }</i>
desk-card-no-details = (no details given)
desk-truncated = { $text }…

## Priority, explained ("urgent: sexual imagery; 4 tips from 3 people in 2 days")
desk-level-urgent = URGENT
desk-level-high = high
desk-level-normal = normal
desk-level-low = low
desk-why-head = { $level }: { $category }
desk-why-count = { $tips ->
        [one] 1 tip
       *[other] { $tips } tips
    } from { $people ->
        [one] 1 person
       *[other] { $people } people
    }
desk-why-count-span = { $tips ->
        [one] 1 tip
       *[other] { $tips } tips
    } from { $people ->
        [one] 1 person
       *[other] { $people } people
    } in { $span }
desk-span-hours = { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
desk-span-days = { $days ->
        [one] 1 day
       *[other] { $days } days
    }
desk-why-danger = a child may be in danger
desk-why-told = the platform has been told
desk-why-not-told = the platform has not been told yet
desk-why-and = { $first }; { $then }

## Statuses, outcomes, categories and answers, as volunteers read them
desk-status-new = new
desk-status-in_progress = in progress
desk-status-reported_to_platform = reported to platform
desk-status-escalated = escalated to hotline or police
desk-status-closed = closed
desk-outcome-removed = removed
desk-outcome-no_violation = no violation found
desk-outcome-duplicate = duplicate
desk-outcome-not_enough_information = not enough information
desk-category-sexual_imagery = sexual imagery
desk-category-grooming = grooming
desk-category-sexualised_comments = sexualised comments
desk-category-collecting_photos = collecting photos of children
desk-category-stolen_photos = stolen photos of children
desk-category-trading_network = trading network
desk-category-other = other
desk-told-yes = yes, by a reporter
desk-told-not_yet = not yet
desk-told-unknown = not said
desk-told-us = yes, by us
desk-yes = yes
desk-no = no
desk-unknown = ?
desk-none = none
desk-list-more = { $first }, { $then }

## Buttons (plain text)
desk-button-claim = Claim
desk-button-unclaim = Unclaim
desk-button-in_progress = In progress
desk-button-reported_to_platform = Reported to platform
desk-button-escalated = Escalated
desk-button-close = Close…
desk-button-reopen = Reopen
desk-button-details = Details
desk-button-next = Next page ▸
desk-button-outcome-removed = Removed
desk-button-outcome-no_violation = No violation
desk-button-outcome-duplicate = Duplicate
desk-button-outcome-not_enough_information = Not enough info

## Replies to actions
desk-close-ask = Close case #{ $id } with which outcome?
desk-done-claimed = Case #{ $id } is yours.
desk-done-unclaimed = Case #{ $id } is back in the queue.
desk-done-note = Note added to case #{ $id }.
desk-done-status = Case #{ $id } is now: { $status }.
desk-done-reopened = Case #{ $id } is open again.
desk-done-merged = Case #{ $source } is merged into case #{ $target }.
desk-done-linked = Linked: it will show in the network of case #{ $id }.
desk-done-asked = Question sent to { $count ->
        [one] the reporter
       *[other] { $count } reporters
    } of case #{ $id } ({ $tips }). Answers come back under the case's card.
desk-told-reporters = { $count ->
        [one] The reporter was told.
       *[other] { $count } reporters were told.
    }

## Refusals
desk-refused-not_allowed = Your role does not allow that.
desk-refused-no_case = There is no case #{ $case }.
desk-refused-closed = Case #{ $case } is closed. A coordinator can /reopen it.
desk-refused-merged = Case #{ $case } was merged into case #{ $into }: work on that one.
desk-refused-not_closed = Case #{ $case } is not closed.
desk-refused-claimed_by = { $alias } has claimed this case.
desk-refused-already_yours = Case #{ $case } is already yours.
desk-refused-not_claimed = Nobody has claimed case #{ $case }.
desk-refused-same_status = Case #{ $case } already has that status.
desk-refused-bad_status = That is not a status. Use: in_progress, reported, escalated (or /close ID OUTCOME).
desk-refused-needs_outcome = Closing needs an outcome: removed, no_violation, duplicate or not_enough_information.
desk-refused-same_case = That is the same case.
desk-refused-same_account = That is the case's own account.
desk-refused-reopen_conflict = The account of case #{ $case } has an open case already: #{ $other }. Merge instead.
desk-refused-no_consent = No reporter of case #{ $case } agreed to be contacted.
desk-refused-no_tip = { $reference } is not a tip of this case, or its reporter cannot be contacted.
desk-refused-empty_note = The note is empty.
desk-refused-empty_question = The question is empty.
desk-refused-too_long = That is too long: keep it under { $limit } characters.
desk-refused-stale = That button is out of date.

## Commands
desk-help =
    <b>Volunteer desk</b>
    /queue [status] [platform] [category] [mine] [page N]: open cases, most urgent first
    /case ID: a case in full, its history and connected cases
    /find LINK or /find PLATFORM @handle: cases about an account
    /claim ID · /unclaim ID
    /note ID text
    /status ID in_progress|reported|escalated
    /close ID removed|no_violation|duplicate|not_enough_information
    /ask ID question (or /ask TIP-XXXXXX question): asks the reporters who agreed to be contacted
    /link ID LINK or /link ID OTHER-ID: mark accounts as connected
    /merge ID INTO-ID · /reopen ID (coordinators)
    /stats [7d|30d|FROM [TO]] · /export [FROM [TO]] [csv|json] (coordinators)
    /volunteers [add USER-ID ALIAS [ROLE] | remove ALIAS | role ALIAS ROLE] (admins)
## The volunteer group's command menu (Telegram shows these when a volunteer types "/"; at most 256 characters each)
desk-command-desk = What the volunteer desk can do
desk-command-queue = Open cases, most urgent first
desk-command-case = A case in full: its tips, history and connected cases
desk-command-find = Find the cases about an account
desk-command-claim = Take a case on
desk-command-unclaim = Give a case back
desk-command-note = Add a note to a case
desk-command-status = Move a case on: in progress, reported, escalated
desk-command-close = Close a case with its outcome
desk-command-ask = Ask the reporters who agreed to be contacted
desk-command-link = Mark accounts as connected
desk-command-merge = Merge two cases (coordinators)
desk-command-reopen = Reopen a closed case (coordinators)
desk-command-stats = Figures for a period (coordinators)
desk-command-export = Export cases as CSV or JSON (coordinators)
desk-command-volunteers = The team and its roles (admins)
desk-usage = Usage: { $usage }
desk-usage-queue = /queue [status] [platform] [category] [mine] [page N]
desk-usage-case = /case ID
desk-usage-find = /find LINK, or /find PLATFORM @handle
desk-usage-claim = /claim ID
desk-usage-unclaim = /unclaim ID
desk-usage-note = /note ID text
desk-usage-status = /status ID in_progress|reported|escalated
desk-usage-status-close = /status ID in_progress|reported|escalated (to close: /close ID OUTCOME)
desk-usage-close = /close ID OUTCOME
desk-usage-merge = /merge ID INTO-ID
desk-usage-link = /link ID LINK, or /link ID OTHER-ID
desk-usage-reopen = /reopen ID
desk-usage-ask = /ask ID question, or /ask TIP-XXXXXX question
desk-usage-volunteers = /volunteers [add USER-ID ALIAS [ROLE] | remove ALIAS | role ALIAS ROLE]
desk-bad-period = I couldn't read that period. Use 7d, 30d, or dates like 2026-01-31.

## /queue and /find
desk-queue-heading = <b>Queue</b> · page { $page }
desk-queue-heading-filtered = <b>Queue</b>: { $filters } · page { $page }
desk-queue-mine = mine
desk-queue-empty = Nothing in the queue with these filters.
desk-queue-line = <b>#{ $id }</b> · { $level } · { $category } · { $platform } { $account } · { $tips ->
        [one] 1 tip
       *[other] { $tips } tips
    } · { $status }
desk-queue-assignee = claimed by { $alias }
desk-find-heading = <b>Cases about { $account }</b>
desk-find-none = No case is about { $account }.
desk-find-named = (named in a tip)
desk-find-unreadable = I couldn't read that as an account. Paste a full link, or name the platform: /find instagram @name

## /case
desk-history-heading = <b>History</b> (latest { $shown } of { $total })
desk-history-line = { $when } · { $actor } · { $what }
desk-actor-system = system
desk-actor-reporter = reporter
desk-actor-cli = server console
desk-action-case_opened = opened with tip { $tip }
desk-action-tip_added = tip { $tip } joined
desk-action-claimed = claimed
desk-action-unclaimed = unclaimed
desk-action-note = note: { $text }
desk-action-status = status { $before } → { $after }
desk-action-status-closed = closed: { $outcome }
desk-action-reopened = reopened
desk-action-merged_into = merged into case #{ $case }
desk-action-merged_from = case #{ $case } merged into this one
desk-action-linked = linked { $what }
desk-action-asked = asked the reporter of { $tips }: { $text }
desk-action-answered = answer on { $tip }: { $text }
desk-action-notified = { $count ->
        [one] the reporter was
       *[other] { $count } reporters were
    } told: { $status }
desk-action-other = { $action }
desk-network-heading = <b>Connected cases</b> ({ $accounts ->
        [one] 1 account
       *[other] { $accounts } accounts
    } within { $depth } steps)
desk-network-line = #{ $id } · { $platform } { $account } · { $status } · { $depth ->
        [one] 1 step
       *[other] { $depth } steps
    }
desk-network-none = No other case shares or links to these accounts.
desk-network-more = …and more: the network is larger than shown.

## The case's thread (replies under its card)
desk-thread-tip = New tip { $reference } joined this case: { $why }
desk-thread-answer = <b>Answer from reporter #{ $reporter }</b> on { $reference }:
    { $text }

## /stats
desk-stats-heading = <b>Statistics</b> { $since } to { $until }
desk-stats-totals = { $cases ->
        [one] 1 new case
       *[other] { $cases } new cases
    }, { $tips ->
        [one] 1 tip
       *[other] { $tips } tips
    }
desk-stats-group = <b>{ $title }:</b> { $counts }
desk-stats-by-status = By status now
desk-stats-by-platform = By platform
desk-stats-by-category = By category
desk-stats-count = { $name } { $count }
desk-stats-first-action = <b>Time to first action:</b> median { $median }, mean { $mean } ({ $acted } of { $cases } acted on)
desk-stats-no-action = <b>Time to first action:</b> no case acted on yet
desk-duration-minutes = { $minutes } min
desk-duration-hours = { $hours } h
desk-duration-days = { $days } d

## /export
desk-export-started = Preparing the export ({ $since } to { $until }). It will be posted here as a file.
desk-export-caption = Tipline export, { $since } to { $until }: { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    }, { $tips ->
        [one] 1 tip
       *[other] { $tips } tips
    }. No reporter identities.
desk-export-too-large = The export of { $since } to { $until } is { $size } MB; Telegram takes files up to 50 MB. Ask for a shorter period, or run <code>tipline cases export</code> on the server.

## /volunteers
desk-volunteers-heading = <b>Volunteers</b>
desk-volunteer-line = { $alias } · { $role } · since { $date } (added by { $by })
desk-volunteer-added = { $alias } was added as { $role }.
desk-volunteer-removed = { $alias } is no longer a volunteer; their cases went back to the queue.
desk-volunteer-role = { $alias } is now { $role }.
desk-volunteer-error = Not done: { $error }
desk-role-volunteer = volunteer
desk-role-coordinator = coordinator
desk-role-admin = admin
desk-volunteer-error-bad_user_id = a Telegram user id is a positive number (the person's, not a group's)
desk-volunteer-error-bad_alias = an alias is 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit
desk-volunteer-error-bad_role = a role is one of: volunteer, coordinator, admin
desk-volunteer-error-exists = that Telegram user or that alias is already a volunteer
desk-volunteer-error-reserved_alias = the aliases system, reporter and cli are kept for the bot, reporters and the server's command line; choose another
desk-volunteer-error-not_found = no volunteer '{ $who }'

## After the report (issue 16): platform outcomes, follow-up evidence, escalation, accountability

desk-why-still-up = still up { $days } days after it was first reported
desk-card-platform-outcome = <b>Platform:</b> { $outcome } (checked { $when } by { $alias })
desk-card-followups = <b>Reporters' follow-up:</b> { $still } still there, { $gone } gone, { $unsure } can't tell
desk-card-did-not-act = ⚠️ <b>The platform did not act within 48 h</b> (a reporter said it was still there on { $when })
desk-button-platform-outcome = Platform outcome
desk-platform-ask = What did the platform do with the account of case #{ $id }?
desk-done-platform-outcome = Case #{ $id }: platform outcome recorded: { $outcome } (checked { $when }).
desk-platform-outcome-removed = removed
desk-platform-outcome-restricted = restricted
desk-platform-outcome-still_up = still up
desk-platform-outcome-refused = platform refused
desk-platform-outcome-unknown = unknown
desk-escalate-check = { $when }: { $outcome }
desk-escalate-summary =
    <b>Escalation summary, case #{ $id }</b> (no reporter identity)
    <b>Platform:</b> { $platform }
    <b>Accounts:</b>
    { $accounts }
    <b>First reported:</b> { $first } · <b>last:</b> { $last }
    <b>Independent reporters:</b> { $reporters } ({ $tips } reports)
    <b>Categories:</b> { $categories }
    <b>Reporters who told the platform themselves:</b> { $told }
    <b>What the platform did, as we checked:</b>
    { $checks }
    <b>Reporters' follow-up answers:</b> { $still } still there, { $gone } gone, { $unsure } can't tell
desk-pstats-heading = <b>Platform accountability</b> { $since } to { $until }: { $reported } accounts reported, { $removed } removed
desk-pstats-line = { $name }: { $reported } reported · removed ≤48 h { $h48 }, ≤7 d { $d7 }, ≤30 d { $d30 } · median { $median } h · still up { $still } · refused { $refused }
desk-pstats-none = No accounts were first reported in this period.
desk-chart-title = What platforms did, { $since } to { $until }: { $reported } accounts reported, { $removed } removed
desk-chart-caption = Platform accountability: { $reported } accounts reported, { $removed } removed (volunteers' checks).
desk-chart-reported = accounts reported
desk-chart-hours = median hours to removal
desk-chart-none = none removed
desk-chart-removed-48h = removed within 48 h
desk-chart-removed-7d = removed within 7 days
desk-chart-removed-later = removed later
desk-chart-restricted = restricted
desk-chart-still-up = still up
desk-chart-refused = platform refused
desk-chart-unchecked = not checked yet
desk-action-platform_outcome = platform outcome: { $outcome } (checked { $checked })
desk-action-follow_up = follow-up answer on { $tip }: { $answer }
desk-action-platform_did_not_act = the platform did not act within 48 h ({ $tip })
desk-refused-bad_outcome = The outcome is one of: removed, restricted, still_up, refused, unknown.
desk-refused-bad_checked_at = The day you checked can't be in the future or before the case was opened.
desk-usage-outcome = /outcome ID removed|restricted|still_up|refused|unknown [YYYY-MM-DD checked]
desk-usage-escalate = /escalate ID
desk-command-outcome = Record what the platform did
desk-command-escalate = Summary for a regulator or the platform

## Privacy (issue 12): erased tips and texts in a case's history
desk-action-tip_erased = tip { $tip } erased on request
desk-text-erased = [erased]

## Abuse and hostile traffic (issue 13)
desk-help-abuse = /abuse TIP-XXXXXX: mark a tip as abuse (its reporter is blocked, without being told) · /unblock TIP-XXXXXX: undo it
desk-card-fresh-only = ⚠️ Every reporter of this case is new: none of them had sent a tip before. Check before acting on it.
desk-card-tip-abuse = 🚫 Marked as abuse: not counted.
desk-card-short = <b>Case #{ $id }</b> · { $level } · { $status } · { $tips } tips. The full card is too long to show here: /case { $id }
desk-button-abuse = Abuse…
desk-abuse-ask = Which tip of case #{ $id } is abuse? Its reporter will be blocked from sending tips (they are not told). /unblock TIP-… undoes it.
desk-done-abuse = { $tip } is marked as abuse: its reporter is blocked, and case #{ $id } was scored again without it. /unblock { $tip } undoes it.
desk-done-unblocked = The reporter of { $tip } may send tips again, and their tips count again (case #{ $id }).
desk-export-private = The export will arrive in your private chat with the bot, not here. If it does not, open a chat with the bot, press Start, and ask again.
desk-refused-bad_reference = “{ $reference }” is not a tip reference (they look like TIP-7KQ2F9).
desk-refused-unknown_tip = There is no tip { $reference }.
desk-refused-already_abuse = { $reference } is already marked as abuse.
desk-refused-not_blocked = The reporter of { $reference } is not blocked.
desk-action-abuse_marked = marked { $tip } as abuse (reporter blocked)
desk-action-abuse_lifted = lifted the block on the reporter of { $tip }
desk-action-tip_set_aside = tip { $tip } from a blocked reporter kept aside
desk-usage-abuse = /abuse TIP-XXXXXX
desk-usage-unblock = /unblock TIP-XXXXXX
desk-command-abuse = Mark a tip as abuse (blocks its reporter)
desk-command-unblock = Undo /abuse: the reporter may send tips again
desk-volunteer-leaving-group = They are also being taken out of this group (the bot must be an admin here, allowed to ban members).
desk-remove-failed = ⚠️ { $alias } could not be taken out of the volunteer group ({ $reason }): they can still read every card. Make the bot an admin allowed to ban members, or remove them by hand.
desk-stranger-joined = ⚠️ Someone who is not on the volunteer list joined this group (Telegram user id { $user }): they can read every card. Remove them, or add them with /volunteers add { $user } ALIAS.
desk-stranger-removed = ⚠️ Someone who is not on the volunteer list joined this group (Telegram user id { $user }) and was taken out. If they should be here, add them with /volunteers add { $user } ALIAS, then invite them again.
