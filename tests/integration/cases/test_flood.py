"""A flood, on Telegram end to end (issue 13): one chat filing reports in a loop is stopped at
`TIPLINE_TIPS_PER_DAY` (told when it may go on, the guidance still shown); many fresh chats filing
about one account lift it only so far, and the card says they are all new; a volunteer's command
is answered ahead of the flood of cards queued for the group; a tip marked as abuse blocks its
reporter silently and `/unblock` undoes it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.cases.priority import FRESH_ONLY_MAX_LIFT, tip_severity
from bot.pipeline.addresses import Addresses
from bot.settings import Settings
from bot.storage.models import Case, OutboxMessage, ReporterLimit, Tip
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.cases.test_desk_telegram import (
    COORDINATOR,
    GROUP,
    VOLUNTEER,
    act_all,
    add_team,
    command,
    desk_settings,
    group_messages,
)
from tests.integration.telegram.harness import (
    REPORT,
    TOKEN,
    InProcessBot,
    TelegramUser,
    running_bot,
    wait_idle,
    wait_until,
)

ROUTE_HINT = "Instagram"
"""The platform's own report route names the platform: it is shown before the tip is filed."""


async def answered(bot: InProcessBot, api: FakeBotAPI, users: list[TelegramUser]) -> bool:
    """Every update taken and every reply to these chats sent (the group's cards may still wait)."""
    if api.pending_updates or (await bot.operations.health()).inbox_pending:
        return False
    addresses = Addresses(bot.app.identity)  # a person's rows are ordered by their pseudonym
    keys = [addresses.order_key(f"tg:{user.chat_id}") for user in users]
    async with bot.app.db.transaction() as session:
        query = select(func.count()).where(OutboxMessage.status == "pending", OutboxMessage.chat_key.in_(keys))
        return not await session.scalar(query)


@pytest.fixture
def tipline_settings(tipline_settings: Settings, driver: str) -> Settings:
    return tipline_settings.model_copy(update={"driver": driver})


def report_about(link: str, category: str = "collecting_photos", *, again: bool = False) -> list[tuple[str, str]]:
    """The harness's report about `link`; `again`: the chat's country is known, so not asked."""
    script = []
    for action, value in REPORT:
        if again and value.startswith("report.country:"):
            continue
        if value.startswith("https://www.instagram.com/"):
            value = link
        elif value.startswith("report.category:"):
            value = f"report.category:{category}"
        elif action == "media":
            continue
        script.append((action, value))
    return script


async def test_one_chat_filing_in_a_loop_is_stopped_at_the_daily_limit(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = desk_settings(tipline_settings, api).model_copy(update={"tips_per_day": 2, "updates_per_minute": 0})
        async with running_bot(settings) as bot:
            await add_team(bot)
            looping = TelegramUser(api, 8101)
            for number in range(3):
                before = len(api.chat_history(8101))
                script = report_about(f"https://www.instagram.com/target.{number}/", again=number > 0)
                await act_all(bot, api, looping, script)
                third = [m.get("text", "") for m in api.chat_history(8101)[before:] if m["from"]["is_bot"]]
            async with bot.app.db.transaction() as session:
                filed = await session.scalar(select(func.count()).select_from(Tip))
    assert filed == 2
    said = "\n".join(third)
    assert "could not be sent yet" in said
    assert "You can send a new one from" in said
    assert "call your local emergency number" in said
    assert ROUTE_HINT in said  # the platform's route was shown all the same
    assert "Your reference is" not in said


async def test_a_farm_of_fresh_chats_lifts_one_case_only_so_far_and_the_desk_still_answers_first(
    tipline_settings: Settings,
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = desk_settings(tipline_settings, api).model_copy(update={"send_group_per_minute": 30.0})
        async with running_bot(settings) as bot:
            await add_team(bot)
            farm = [TelegramUser(api, 8200 + number) for number in range(6)]
            for action, value in report_about("https://www.instagram.com/their.enemy/"):
                for user in farm:  # side by side, as a script would
                    user.act(action, value)
                await wait_until(lambda: answered(bot, api, farm), 60, "the farm's step to be answered")

            async def farm_filed() -> bool:
                async with bot.app.db.transaction() as session:
                    return await session.scalar(select(func.count()).select_from(Tip)) == len(farm)

            await wait_until(farm_filed, 120, "the farm's tips to be filed")
            async with bot.app.db.transaction() as session:
                waiting = select(func.count()).where(
                    OutboxMessage.status == "pending", OutboxMessage.chat_key.like("%#cards")
                )
                cards_waiting = int(await session.scalar(waiting) or 0)
            sent_before = len(api.calls_to("sendMessage", chat_id=GROUP)) + len(api.calls_to("editMessageText"))
            api.push_update(api.command_update(GROUP, "queue", "", user_id=VOLUNTEER))
            await wait_idle(bot.operations, api, within=120)
            group_calls = [
                c
                for c in api.calls
                if c.method in ("sendMessage", "editMessageText") and c.params.get("chat_id") == GROUP
            ]
            async with bot.app.db.transaction() as session:
                case = (await session.execute(select(Case))).scalar_one()
            card = next(m for m in group_messages(api) if "Case #" in m.get("text", ""))
            edits = [c.params["text"] for c in api.calls_to("editMessageText")]
    assert cards_waiting > 1  # the flood was still queued when the volunteer asked
    queue_reply = next(i for i, c in enumerate(group_calls) if "<b>Queue</b>" in str(c.params.get("text", "")))
    # Answered ahead of the flood: card calls still waiting when it came went out after the reply.
    # (How many went out before it depends on how fast the command reached the bot, not on the order.)
    assert queue_reply >= sent_before
    assert len(group_calls) - queue_reply - 1 >= 1
    assert case.reporter_count == len(farm)
    assert case.fresh_reporter_count == len(farm)
    assert case.priority <= tip_severity("collecting_photos", False) + FRESH_ONLY_MAX_LIFT + 10  # + not told yet
    assert "Every reporter of this case is new" in (edits[-1] if edits else card["text"])


async def test_abuse_blocks_a_reporter_silently_and_unblock_undoes_it(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = desk_settings(tipline_settings, api).model_copy(update={"updates_per_minute": 0})
        async with running_bot(settings) as bot:
            await add_team(bot)
            honest, fake = TelegramUser(api, 8301), TelegramUser(api, 8302)
            await act_all(bot, api, honest, report_about("https://www.instagram.com/the.account/"))
            await act_all(bot, api, fake, report_about("https://www.instagram.com/the.account/", "sexual_imagery"))
            async with bot.app.db.transaction() as session:
                fake_tip = (await session.execute(select(Tip).where(Tip.category == "sexual_imagery"))).scalar_one()
                urgent_before = (await session.execute(select(Case.urgent))).scalar_one()
            await command(bot, api, f"/abuse {fake_tip.reference}", VOLUNTEER)
            done = api.calls_to("sendMessage", chat_id=GROUP)[-1].params["text"]
            async with bot.app.db.transaction() as session:
                case = (await session.execute(select(Case))).scalar_one()
                blocked = (await session.execute(select(ReporterLimit.blocked_by))).scalars().all()
            after_abuse = (case.urgent, case.tip_count, case.reporter_count)
            before = len(api.chat_history(8302))
            await act_all(
                bot, api, fake, report_about("https://www.instagram.com/the.account/", "grooming", again=True)
            )
            fake_saw = " ".join(m.get("text", "") for m in api.chat_history(8302)[before:])
            async with bot.app.db.transaction() as session:
                still = (await session.execute(select(Case.urgent, Case.tip_count))).one()
            await command(bot, api, f"/unblock {fake_tip.reference}", COORDINATOR)
            async with bot.app.db.transaction() as session:
                restored = (await session.execute(select(Case.urgent, Case.tip_count))).one()
                unblocked = (await session.execute(select(ReporterLimit.blocked_at))).scalars().all()
            await command(bot, api, "/case 1", VOLUNTEER)
            history = api.calls_to("sendMessage", chat_id=GROUP)[-1].params["text"]
    assert urgent_before
    assert "marked as abuse" in done
    assert blocked == ["ali"]
    assert after_abuse == (False, 1, 1)  # scored again without it
    assert "Your reference is" in fake_saw  # a blocked reporter is not told
    assert tuple(still) == (False, 1)  # and their new tip is kept aside
    assert tuple(restored) == (True, 3)
    assert unblocked == [None]
    assert "marked TIP-" in history
    assert "lifted the block" in history


async def test_updates_beyond_the_minute_limit_are_answered_once_then_dropped(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = desk_settings(tipline_settings, api).model_copy(update={"updates_per_minute": 3})
        async with running_bot(settings) as bot:
            flooder = TelegramUser(api, 8401)
            for _ in range(8):
                flooder.act("text", "/help")
            await wait_idle(bot.operations, api, within=60)
    said = [m.get("text", "") for m in api.chat_history(8401) if m["from"]["is_bot"]]
    slow_down = [text for text in said if "sending messages very quickly" in text]
    assert len(slow_down) == 1
    assert "emergency number" in slow_down[0]
    assert said[-1] == slow_down[0]  # told once; the rest of the minute's updates are dropped unanswered
    assert len(said) > 3
