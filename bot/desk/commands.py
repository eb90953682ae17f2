"""The desk's slash commands. Each handler reads its arguments, calls one case service, and replies.

Permissions are checked by the services (and `require` for read-only views) on every call;
handlers only translate a `Refused` into the volunteer's language.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import get_args

from sqlalchemy import select

from bot.cases import queue as queue_service
from bot.cases.abuse import lift_block, mark_abuse
from bot.cases.audit import history
from bot.cases.detail import case_detail
from bot.cases.export import Format
from bot.cases.network import network
from bot.cases.reference import normalise_reference
from bot.cases.relay import ask
from bot.cases.stats import stats
from bot.cases.volunteers import (
    VolunteerError,
    add_volunteer,
    desk_event,
    list_volunteers,
    parse_role,
    remove_volunteer,
    set_role,
)
from bot.cases.workflow import (
    Change,
    Refused,
    add_note,
    claim,
    link_account,
    link_cases,
    merge,
    reopen,
    require,
    set_status,
    unclaim,
)
from bot.desk import parse
from bot.desk.aftercare import do_escalate, do_outcome, do_platform_stats
from bot.desk.cards import outcome_buttons
from bot.desk.handling import DeskTurn, needs_case
from bot.desk.messages import ExportJob, RemoveMember, ToReporter
from bot.desk.payloads import case_payload
from bot.desk.views import case_view, found_text, queue_text, stats_text, team_text
from bot.directory import CATEGORIES
from bot.engine.events import Command, RelayQuestion
from bot.engine.ports import NotRecognisedView, RecognisedView
from bot.engine.state import AccountAnswer
from bot.i18n import html_to_plain
from bot.pipeline.ports import chat_key_of
from bot.storage.models import Tip

log = logging.getLogger("bot.desk.desk")

Handler = Callable[[DeskTurn, str], Awaitable[None]]
ABUSE_CHOICES = 6
"""Tips offered under the card's abuse button (the latest); older ones by `/abuse TIP-…`."""


async def run(turn: DeskTurn, command: Command) -> None:
    handler = HANDLERS.get(command.name)
    if handler is None:
        if turn.request.chat_key == turn.desk.volunteer_chat_key and command.name in ("help", "start"):
            await desk_help(turn, "")
        return  # other bots' commands in the group, or typos: not for us
    try:
        await handler(turn, command.args)
    except Refused as refusal:
        turn.refused(refusal, command.name)


async def desk_help(turn: DeskTurn, _args: str) -> None:
    require(turn.actor, "view")
    turn.reply(turn.texts.t("desk-help") + "\n" + turn.texts.t("desk-help-abuse"))


# ---- reading the queue -------------------------------------------------------------------------


async def show_queue(turn: DeskTurn, args: str) -> None:
    require(turn.actor, "view")
    wanted = parse.queue(args.split(), turn.desk.directory.platform_ids, CATEGORIES)
    if wanted is None:
        turn.reply(turn.texts.usage("queue"))
        return
    lines, more = await queue_service.queue_page(turn.session, wanted.filter, turn.actor.volunteer_id, wanted.page)
    text, buttons = queue_text(turn.texts, lines, wanted.filter, wanted.page, more)
    turn.reply(text, buttons)


async def show_case(turn: DeskTurn, args: str) -> None:
    require(turn.actor, "view")
    found = needs_case(turn, args, "case")
    if found is None:
        return
    await reply_case(turn, found[0])


async def reply_case(turn: DeskTurn, case_id: int) -> None:
    detail = await case_detail(turn.session, case_id)
    if detail is None:
        raise Refused("no_case", case=case_id)
    entries, total = await history(turn.session, case_id)
    text, buttons = case_view(turn.texts, detail, entries, total, await network(turn.session, case_id))
    turn.reply(text, buttons)


def recognise(turn: DeskTurn, text: str) -> tuple[list[RecognisedView], str]:
    """A link, `PLATFORM handle`, or a bare handle tried on every platform; and how to name it."""
    directory = turn.desk.directory
    text = text.strip()
    found = directory.recognise(text)
    if not isinstance(found, NotRecognisedView):
        return [found], f"{found.platform}:{found.id}"
    first, _, rest = text.partition(" ")
    names = {pid: pid for pid in directory.platform_ids} | {
        platform.name.lower(): pid for pid, platform in directory.platforms.items()
    }
    if rest and first.lower() in names:
        found = directory.recognise(rest.strip(), names[first.lower()])
        return ([], text) if isinstance(found, NotRecognisedView) else ([found], f"{found.platform}:{found.id}")
    if " " in text or "/" in text:
        return [], text
    candidates = [directory.recognise(text, pid) for pid in directory.platform_ids if pid != "other"]
    return [c for c in candidates if not isinstance(c, NotRecognisedView)], text


async def find(turn: DeskTurn, args: str) -> None:
    require(turn.actor, "view")
    if not args.strip():
        turn.reply(turn.texts.usage("find"))
        return
    accounts, label = recognise(turn, args)
    if not accounts:
        turn.reply(turn.texts.t("desk-find-unreadable"))
        return
    results = await queue_service.find_cases(turn.session, [(a.platform, a.id) for a in accounts])
    turn.reply(found_text(turn.texts, label, results))


async def show_stats(turn: DeskTurn, args: str) -> None:
    require(turn.actor, "view")
    words = args.split()
    if words and words[0].lower() == "platforms":
        await do_platform_stats(turn, words[1:])
        return
    period = parse.period(words, turn.now)
    if period is None:
        turn.reply(turn.texts.t("desk-bad-period"))
        return
    turn.reply(stats_text(turn.texts, await stats(turn.session, *period)))


async def export(turn: DeskTurn, args: str) -> None:
    require(turn.actor, "export")
    words = args.split()
    formats: tuple[Format, ...] = get_args(Format)
    if words and words[-1].lower() in formats:
        formats = (words.pop().lower(),)  # type: ignore[assignment]
    period = parse.period(words, turn.now)
    if period is None:
        turn.reply(turn.texts.t("desk-bad-period"))
        return
    since, until = period
    desk_event(
        turn.session,
        turn.actor.alias,
        "export",
        turn.now,
        since=since.isoformat(),
        until=until.isoformat(),
        formats=",".join(formats),
    )
    turn.reply(turn.texts.t("desk-export-started", since=turn.texts.when(since), until=turn.texts.when(until)))
    # The file holds every case of the period: only the requester gets it, in their private chat
    # with the bot, never the group (whose members may change, or be the wrong people).
    private = chat_key_of(turn.request.user_id)
    if turn.request.chat_key != private:
        turn.reply(turn.texts.t("desk-export-private"))
    turn.actions.append(ExportJob(private, since, until, formats))


# ---- working a case ------------------------------------------------------------------------------


async def _done(turn: DeskTurn, change: Change, key: str, **params: str | int) -> None:
    turn.say(turn.texts.t(key, id=change.case_id, **params))
    await turn.changed(change)


async def do_claim(turn: DeskTurn, args: str) -> None:
    if (found := needs_case(turn, args, "claim")) is not None:
        await _done(turn, await claim(turn.session, turn.actor, found[0], turn.now), "desk-done-claimed")


async def do_unclaim(turn: DeskTurn, args: str) -> None:
    if (found := needs_case(turn, args, "unclaim")) is not None:
        await _done(turn, await unclaim(turn.session, turn.actor, found[0], turn.now), "desk-done-unclaimed")


async def do_reopen(turn: DeskTurn, args: str) -> None:
    if (found := needs_case(turn, args, "reopen")) is not None:
        await _done(turn, await reopen(turn.session, turn.actor, found[0], turn.now), "desk-done-reopened")


async def do_note(turn: DeskTurn, args: str) -> None:
    if (found := needs_case(turn, args, "note")) is not None:
        await _done(turn, await add_note(turn.session, turn.actor, found[0], found[1], turn.now), "desk-done-note")


async def do_status(turn: DeskTurn, args: str) -> None:
    if (found := needs_case(turn, args, "status")) is None:
        return
    status = parse.status(found[1])
    if status is None or status == "closed":
        turn.reply(turn.texts.usage("status-close"))
        return
    await change_status(turn, found[0], status, None)


async def do_close(turn: DeskTurn, args: str) -> None:
    if (found := needs_case(turn, args, "close")) is None:
        return
    case_id, rest = found
    outcome = parse.outcome(rest)
    if outcome is None:
        require(turn.actor, "status")
        turn.reply(turn.texts.t("desk-close-ask", id=case_id), outcome_buttons(turn.texts, case_id))
        return
    await change_status(turn, case_id, "closed", outcome)


async def change_status(turn: DeskTurn, case_id: int, status: str, outcome: str | None) -> None:
    change = await set_status(turn.session, turn.actor, case_id, status, turn.now, outcome)
    if outcome is None:
        label = turn.texts.status(status)
    else:
        label = turn.texts.t("desk-action-status-closed", outcome=html_to_plain(turn.texts.outcome(outcome)))
    await _done(turn, change, "desk-done-status", status=html_to_plain(label))


async def do_merge(turn: DeskTurn, args: str) -> None:
    words = args.split()
    ids = [parse.case_id(word) for word in words if word.lower() != "into"]
    if len(ids) != 2 or ids[0] is None or ids[1] is None:
        turn.reply(turn.texts.usage("merge"))
        return
    change = await merge(turn.session, turn.actor, ids[0], ids[1], turn.now)
    await _done(turn, change, "desk-done-merged", source=ids[0], target=ids[1])


async def do_link(turn: DeskTurn, args: str) -> None:
    if (found := needs_case(turn, args, "link")) is None:
        return
    case_id, rest = found
    other = parse.case_id(rest)
    if other is not None:
        change = await link_cases(turn.session, turn.actor, case_id, other, turn.now)
        await _done(turn, change, "desk-done-linked")
        return
    accounts, _label = recognise(turn, rest)
    if len(accounts) != 1:
        turn.reply(turn.texts.t("desk-find-unreadable"))
        return
    account = accounts[0]
    answer = AccountAnswer(
        platform=account.platform,
        id=account.id,
        url=account.url,
        kind=account.kind,
        certainty=account.certainty,
        label=account.label,
    )
    await _done(turn, await link_account(turn.session, turn.actor, case_id, answer, turn.now), "desk-done-linked")


async def do_ask(turn: DeskTurn, args: str) -> None:
    """`/ask ID question` asks every reporter of the case who agreed; `/ask TIP-XXXXXX question` one."""
    first, _, question = args.strip().partition(" ")
    reference = normalise_reference(first) if first else None
    case_id = parse.case_id(first) if reference is None else None
    if reference is not None:
        case_id = await turn.session.scalar(select(Tip.case_id).where(Tip.reference == reference))
        if case_id is None:
            raise Refused("no_tip", reference=reference)
    if case_id is None or not question.strip():
        turn.reply(turn.texts.usage("ask"))
        return
    asked = await ask(turn.session, turn.actor, case_id, question, turn.now, reference=reference)
    sent = []
    for item in asked:
        chat_key = turn.desk.reach(item.contact_token)
        if chat_key is not None:
            event = RelayQuestion(question_id=item.question_id, reference=item.reference, text=question.strip())
            turn.actions.append(ToReporter(chat_key, event))
            sent.append(item.reference)
    turn.reply(turn.texts.t("desk-done-asked", count=len(sent), id=case_id, tips=turn.texts.listing(sent)))


# ---- the team ------------------------------------------------------------------------------------


async def volunteers(turn: DeskTurn, args: str) -> None:
    words = args.split()
    if not words or words[0].lower() == "list":
        require(turn.actor, "view")
        turn.reply(team_text(turn.texts, await list_volunteers(turn.session)))
        return
    require(turn.actor, "manage_volunteers")
    action, rest = words[0].lower(), words[1:]
    try:
        if action == "add" and len(rest) in (2, 3) and rest[0].isdigit():
            role = parse_role(rest[2]) if len(rest) == 3 else "volunteer"
            if role is None:
                raise VolunteerError("bad_role")
            added = await add_volunteer(turn.session, int(rest[0]), rest[1], role, turn.actor.alias, turn.now)
            turn.reply(
                turn.texts.t("desk-volunteer-added", alias=added.alias, role=html_to_plain(turn.texts.role(added.role)))
            )
        elif action == "remove" and len(rest) == 1:
            removed = await remove_volunteer(turn.session, rest[0], turn.actor.alias, turn.now)
            text = turn.texts.t("desk-volunteer-removed", alias=removed.alias)
            group = turn.desk.volunteer_chat_key
            if group is not None:  # off the list is not out of the group: they would keep reading cards
                text += "\n" + turn.texts.t("desk-volunteer-leaving-group")
                turn.actions.append(RemoveMember(group, removed.telegram_user_id, removed.alias))
            turn.reply(text)
        elif action == "role" and len(rest) == 2 and (role := parse_role(rest[1])) is not None:
            alias = await set_role(turn.session, rest[0], role, turn.actor.alias, turn.now)
            turn.reply(turn.texts.t("desk-volunteer-role", alias=alias, role=html_to_plain(turn.texts.role(role))))
        else:
            turn.reply(turn.texts.usage("volunteers"))
    except VolunteerError as exc:
        turn.reply(turn.texts.volunteer_error(exc))


# ---- floods: a tip marked as abuse, its reporter blocked (issue 13) ------------------------------


async def do_abuse(turn: DeskTurn, args: str) -> None:
    """`/abuse TIP-XXXXXX`: the tip leaves the case's priority, its reporter may file no more (unaware)."""
    if not args.strip():
        turn.reply(turn.texts.usage("abuse"))
        return
    change = await mark_abuse(turn.session, turn.actor, args.split()[0], turn.now)
    await _done(turn, change, "desk-done-abuse", tip=str(change.detail["tip"]))


async def do_unblock(turn: DeskTurn, args: str) -> None:
    """`/unblock TIP-XXXXXX`: undo `/abuse`; the reporter's tips count again."""
    if not args.strip():
        turn.reply(turn.texts.usage("unblock"))
        return
    change = await lift_block(turn.session, turn.actor, args.split()[0], turn.now)
    await _done(turn, change, "desk-done-unblocked", tip=str(change.detail["tip"]))


async def ask_which_tip(turn: DeskTurn, case_id: int) -> None:
    """The card's abuse button: which of the case's latest tips, one button each."""
    require(turn.actor, "status")
    detail = await case_detail(turn.session, case_id)
    if detail is None:
        raise Refused("no_case", case=case_id)
    ids = dict(
        (
            await turn.session.execute(
                select(Tip.reference, Tip.id)
                .where(Tip.case_id == case_id, Tip.abuse.is_(False))
                .order_by(Tip.created_at.desc())
                .limit(ABUSE_CHOICES)
            )
        ).all()
    )
    buttons = tuple(((reference, case_payload("abuse_tip", tip_id)),) for reference, tip_id in ids.items())
    turn.reply(turn.texts.t("desk-abuse-ask", id=case_id), buttons)


async def abuse_by_tip_id(turn: DeskTurn, tip_id: int) -> None:
    reference = await turn.session.scalar(select(Tip.reference).where(Tip.id == tip_id))
    if reference is None:
        raise Refused("stale")
    change = await mark_abuse(turn.session, turn.actor, reference, turn.now)
    await _done(turn, change, "desk-done-abuse", tip=reference)


HANDLERS: dict[str, Handler] = {
    "desk": desk_help,
    "queue": show_queue,
    "case": show_case,
    "find": find,
    "stats": show_stats,
    "export": export,
    "claim": do_claim,
    "unclaim": do_unclaim,
    "note": do_note,
    "status": do_status,
    "close": do_close,
    "merge": do_merge,
    "link": do_link,
    "reopen": do_reopen,
    "ask": do_ask,
    "volunteers": volunteers,
    "outcome": do_outcome,
    "escalate": do_escalate,
    "abuse": do_abuse,
    "unblock": do_unblock,
}
