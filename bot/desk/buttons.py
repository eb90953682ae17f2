"""The desk's buttons: on case cards, under `/case`, the close prompt and the queue's next page.

A payload is parsed strictly and then treated exactly like the matching command: the same
service, the same permission check on the person who pressed it. A malformed one is logged and
answered with "out of date"; nothing about it (ids, the payload) goes into the log.
"""

from __future__ import annotations

import logging

from bot.cases import queue as queue_service
from bot.cases.workflow import Refused, claim, reopen, require, unclaim
from bot.desk.aftercare import platform_button
from bot.desk.cards import outcome_buttons
from bot.desk.commands import abuse_by_tip_id, ask_which_tip, change_status, reply_case
from bot.desk.handling import DeskTurn
from bot.desk.payloads import CaseButton, QueueButton, parse
from bot.desk.views import queue_text

log = logging.getLogger("bot.desk.desk")


async def run(turn: DeskTurn, payload: str) -> None:
    request = parse(payload)
    try:
        if isinstance(request, QueueButton):
            require(turn.actor, "view")
            lines, more = await queue_service.queue_page(
                turn.session, request.filter, turn.actor.volunteer_id, request.page
            )
            text, buttons = queue_text(turn.texts, lines, request.filter, request.page, more)
            turn.reply(text, buttons)
        elif isinstance(request, CaseButton):
            await _case(turn, request)
        else:
            log.warning("desk: malformed button payload ignored")
            turn.toast(turn.texts.t("desk-refused-stale"))
    except Refused as refusal:
        turn.refused(refusal, request.verb if isinstance(request, CaseButton) else "queue")


async def _case(turn: DeskTurn, button: CaseButton) -> None:
    case_id = button.case_id
    if button.verb == "claim":
        change = await claim(turn.session, turn.actor, case_id, turn.now)
        turn.toast(turn.texts.t("desk-done-claimed", id=case_id))
        await turn.changed(change)
    elif button.verb == "unclaim":
        change = await unclaim(turn.session, turn.actor, case_id, turn.now)
        turn.toast(turn.texts.t("desk-done-unclaimed", id=case_id))
        await turn.changed(change)
    elif button.verb == "reopen":
        change = await reopen(turn.session, turn.actor, case_id, turn.now)
        turn.toast(turn.texts.t("desk-done-reopened", id=case_id))
        await turn.changed(change)
    elif button.verb == "status":
        await change_status(turn, case_id, button.arg or "", None)
    elif button.verb == "close":
        require(turn.actor, "status")
        turn.reply(turn.texts.t("desk-close-ask", id=case_id), outcome_buttons(turn.texts, case_id))
    elif button.verb == "outcome":
        await change_status(turn, case_id, "closed", button.arg)
    elif button.verb in ("platform", "record"):
        await platform_button(turn, button.verb, case_id, button.arg)
    elif button.verb == "abuse":
        await ask_which_tip(turn, case_id)
    elif button.verb == "abuse_tip":
        await abuse_by_tip_id(turn, case_id)
    else:  # "view"
        require(turn.actor, "view")
        await reply_case(turn, case_id)
