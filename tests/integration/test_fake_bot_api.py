"""The fake Bot API against the real aiogram 3 and python-telegram-bot 22 clients.

Why: every driver test trusts this fake. These tests pin what each real client sends
(URL layout, body encoding, nested JSON) and how it reacts to Telegram-shaped answers
(429 retry_after, 5xx, an HTML outage page, slow answers), so a change in a client
release or in the fake shows up here first, not as a mysterious driver failure.

The network guard comes from tests/conftest.py (autouse ``no_network``).
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import gc
import json
import re
import socket
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import pytest
import telegram
import telegram.error
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.filters import CommandStart
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from aiohttp import web
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes
from telegram.warnings import PTBDeprecationWarning

from tests.fakes._entities import EntityParseError, parse_formatted
from tests.fakes.bot_api import FakeBotAPI
from tests.fakes.no_network import NetworkAccessBlockedError, NetworkGuard

TOKEN = "123:ABC"
CHAT = 42

KEYBOARD = InlineKeyboardMarkup(
    inline_keyboard=[[InlineKeyboardButton(text="Report an account", callback_data="report")]]
)
KEYBOARD_JSON = {"inline_keyboard": [[{"text": "Report an account", "callback_data": "report"}]]}


@pytest.fixture(autouse=True, scope="module")
def _collect_garbage() -> Iterator[None]:
    """Surface an unclosed socket or client session in this module, not in a later test file.

    A leak then fails the teardown of this module's last test; rerun with
    PYTHONTRACEMALLOC=20 to see where the object was created. (Collecting after every test
    would pin the leak to its test but costs ~0.4 s per test with aiogram's pydantic models.)
    """
    yield
    gc.collect()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN) as fake:
        yield fake


def aiogram_bot(api: FakeBotAPI, *, timeout: float = 10.0, token: str = TOKEN) -> Bot:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url), timeout=timeout)
    return Bot(token, session=session)


def ptb_bot(api: FakeBotAPI, token: str = TOKEN) -> telegram.Bot:
    # PTB appends the token to base_url, so the base must end in "/bot".
    return telegram.Bot(token, base_url=f"{api.base_url}/bot", base_file_url=f"{api.base_url}/file/bot")


@pytest.fixture
def ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """PTB 22 warns (PTBDeprecationWarning) when a time period is read as int, even inside
    RetryAfter's constructor; with warnings as errors that would replace RetryAfter. Opting in
    to timedeltas is what a driver must do too."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


# ---------------------------------------------------------------------------------------------
# aiogram
# ---------------------------------------------------------------------------------------------


async def test_aiogram_get_me(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123, True, "tipline_test_bot")
    assert [call.method for call in api.calls] == ["getMe"]


async def test_aiogram_send_message_with_keyboard_and_link_preview(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        sent = await bot.send_message(
            CHAT,
            "Thanks — see https://example.org/help",
            reply_markup=KEYBOARD,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )
        second = await bot.send_message(CHAT, "42")

    call = api.calls_to("sendMessage", chat_id=CHAT)[0]
    assert call.encoding == "urlencoded"
    assert call.params == {
        "chat_id": CHAT,
        "text": "Thanks — see https://example.org/help",
        "link_preview_options": {"is_disabled": True},
        "reply_markup": KEYBOARD_JSON,
    }
    assert sent.message_id == 1
    assert sent.reply_markup is not None
    assert sent.reply_markup.model_dump(exclude_none=True) == KEYBOARD_JSON
    assert sent.link_preview_options is not None
    assert sent.link_preview_options.is_disabled
    # Numeric-looking text stays text; message ids increase per chat.
    assert api.calls_to("sendMessage")[1].params["text"] == "42"
    assert second.message_id == 2
    assert [m["text"] for m in api.chat_history(CHAT)] == ["Thanks — see https://example.org/help", "42"]


async def test_aiogram_429_surfaces_as_retry_after(api: FakeBotAPI) -> None:
    api.fail_next("sendMessage", status=429, retry_after=7)
    async with aiogram_bot(api) as bot:
        with pytest.raises(TelegramRetryAfter) as caught:
            await bot.send_message(CHAT, "hi")
        assert caught.value.retry_after == 7
        assert "Too Many Requests: retry after 7" in str(caught.value)
        await bot.send_message(CHAT, "hi")  # only the next call failed
    assert [call.status for call in api.calls_to("sendMessage")] == [429, 200]


async def test_aiogram_fail_next_only_matching_chat_and_5xx(api: FakeBotAPI) -> None:
    api.fail_next("sendMessage", chat_id=7, status=500, times=2)
    async with aiogram_bot(api) as bot:
        await bot.send_message(CHAT, "other chat is unaffected")
        for _ in range(2):
            with pytest.raises(TelegramServerError):
                await bot.send_message(7, "x")
        await bot.send_message(7, "x")
    assert [c.status for c in api.calls_to("sendMessage", chat_id=7)] == [500, 500, 200]


async def test_aiogram_delete_message(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        first = await bot.send_message(CHAT, "one")
        second = await bot.send_message(CHAT, "two")
        assert await bot.delete_message(CHAT, first.message_id) is True
        with pytest.raises(TelegramBadRequest, match="message to delete not found"):
            await bot.delete_message(CHAT, first.message_id)
        api.fail_next("deleteMessage", status=400)
        with pytest.raises(TelegramBadRequest, match="message can't be deleted"):
            await bot.delete_message(CHAT, second.message_id)
    assert api.calls_to("deleteMessage", chat_id=CHAT, message_id=first.message_id)
    assert [m["text"] for m in api.chat_history(CHAT)] == ["two"]


async def test_aiogram_edit_text_and_markup(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        sent = await bot.send_message(CHAT, "Pick one", reply_markup=KEYBOARD)
        edited = await bot.edit_message_text("Picked", chat_id=CHAT, message_id=sent.message_id, reply_markup=KEYBOARD)
        assert isinstance(edited, Message)
        assert edited.text == "Picked"
        assert edited.edit_date is not None
        with pytest.raises(TelegramBadRequest, match="message is not modified"):
            await bot.edit_message_text("Picked", chat_id=CHAT, message_id=sent.message_id, reply_markup=KEYBOARD)
        cleared = await bot.edit_message_reply_markup(chat_id=CHAT, message_id=sent.message_id)
        assert isinstance(cleared, Message)
        assert cleared.reply_markup is None
        with pytest.raises(TelegramBadRequest, match="message to edit not found"):
            await bot.edit_message_text("x", chat_id=CHAT, message_id=99)


async def test_aiogram_get_updates_long_polling_and_offset(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        started = time.monotonic()
        poll = asyncio.create_task(bot.get_updates(timeout=5))
        await api.wait_for(lambda calls: any(c.method == "getUpdates" for c in calls))
        await asyncio.sleep(0.2)
        pushed = api.push_update(api.message_update(CHAT, "/start"))
        updates = await poll
        assert time.monotonic() - started < 3  # answered on arrival, not after the timeout
        assert [u.update_id for u in updates] == [pushed["update_id"]]
        assert updates[0].message is not None
        assert updates[0].message.text == "/start"

        # Not confirmed yet: the same update comes again.
        again = await bot.get_updates(timeout=0)
        assert [u.update_id for u in again] == [pushed["update_id"]]

        confirmed = await bot.get_updates(offset=pushed["update_id"] + 1, timeout=0)
        assert confirmed == []
        assert api.pending_updates == []

        started = time.monotonic()
        assert await bot.get_updates(timeout=1) == []
        assert time.monotonic() - started >= 0.9  # an empty long poll waits for its timeout


async def test_an_update_pushed_as_a_long_poll_starts_waiting_wakes_it(api: FakeBotAPI) -> None:
    """No lost wake-up: pushed after the poll found nothing but before it began to wait, the update is
    answered at once, not after the poll's timeout (a 25-second stall in the benchmark)."""
    take = api._take_batch
    pushed: list[dict[str, Any]] = []

    def take_then_push(limit: int) -> list[dict[str, Any]]:
        batch = take(limit)
        if not batch and not pushed:
            pushed.append(api.message_update(CHAT, "in between"))
            # Runs right after the handler yields, before anything it scheduled itself.
            asyncio.get_running_loop().call_soon(api.push_update, pushed[0])
        return batch

    api._take_batch = take_then_push  # type: ignore[method-assign]
    async with aiogram_bot(api) as bot:
        updates = await asyncio.wait_for(bot.get_updates(timeout=30), 10)
    assert [update.message.text for update in updates if update.message] == ["in between"]


async def test_aiogram_get_updates_limit_and_allowed_updates(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        sent = await bot.send_message(CHAT, "Pick", reply_markup=KEYBOARD)
        first = api.push_update(api.message_update(CHAT, "one"))
        api.push_update(api.callback_update(CHAT, "report", sent.message_id))
        api.push_update(api.message_update(CHAT, "three"))
        assert [u.update_id for u in await bot.get_updates(limit=1)] == [first["update_id"]]
        only_messages = await bot.get_updates(allowed_updates=["message"])
        assert [u.message.text for u in only_messages if u.message] == ["one", "three"]
        assert all(u.callback_query is None for u in only_messages)


async def test_aiogram_send_document_keeps_csv_only_in_documents(api: FakeBotAPI) -> None:
    csv = b"reference,platform\nTL-1,instagram\n"
    async with aiogram_bot(api) as bot:
        sent = await bot.send_document(CHAT, BufferedInputFile(csv, filename="tips.csv"), caption="Export")
    call = api.calls_to("sendDocument")[0]
    assert call.encoding == "multipart"
    # aiogram does not guess a MIME type: every upload is application/octet-stream.
    assert call.params["document"] == {
        "filename": "tips.csv",
        "size": len(csv),
        "content_type": "application/octet-stream",
    }
    assert call.params["caption"] == "Export"
    assert csv not in repr(api.calls).encode()
    assert [(d.filename, d.text, d.caption) for d in api.documents] == [("tips.csv", csv.decode(), "Export")]
    assert sent.document is not None
    assert sent.document.file_name == "tips.csv"


async def test_aiogram_bot_setup_calls(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        assert await bot.set_my_commands([BotCommand(command="start", description="Begin a report")])
        assert [c.command for c in await bot.get_my_commands()] == ["start"]
        assert await bot.set_my_description("Report accounts that exploit children.", language_code="en")
        assert await bot.set_my_short_description("Report safely.")
        assert await bot.delete_my_commands()
        assert await bot.send_chat_action(CHAT, "typing")
        with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
            await bot.set_my_commands([BotCommand(command="Bad Command", description="x")])
        assert await bot.close()
        assert await bot.log_out()
    assert api.calls_to("setMyCommands")[0].params["commands"] == [
        {"command": "start", "description": "Begin a report"}
    ]
    assert api.descriptions == {"en": "Report accounts that exploit children."}


async def test_aiogram_answer_callback_query(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        sent = await bot.send_message(CHAT, "Pick", reply_markup=KEYBOARD)
        update = Update.model_validate(api.callback_update(CHAT, "report"), context={"bot": bot})
        query = update.callback_query
        assert query is not None
        assert query.message is not None
        assert query.message.message_id == sent.message_id
        assert await bot.answer_callback_query(query.id, text="Noted")
        with pytest.raises(TelegramBadRequest, match="query is too old"):
            await bot.answer_callback_query("999")
    with pytest.raises(ValueError, match="no button"):
        api.callback_update(CHAT, "not-a-button")
    menu = api.add_bot_message(CHAT, "Menu", reply_markup=KEYBOARD_JSON)
    pressed = api.callback_update(CHAT, "report")
    assert pressed["callback_query"]["message"]["message_id"] == menu["message_id"]


async def test_aiogram_markup_is_validated_like_telegram(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        with pytest.raises(TelegramBadRequest, match="can't parse entities"):
            await bot.send_message(CHAT, "I <3 you", parse_mode="HTML")
        ok = await bot.send_message(CHAT, "<b>Ref</b> I &lt;3 you", parse_mode="HTML")
        assert ok.text == "Ref I <3 you"
        assert ok.entities is not None
        assert [(e.type, e.offset, e.length) for e in ok.entities] == [("bold", 0, 3)]
        with pytest.raises(TelegramBadRequest, match=r"Character '\.' is reserved"):
            await bot.send_message(CHAT, "Thanks. Ref *TL-1*", parse_mode="MarkdownV2")
        ok = await bot.send_message(CHAT, "Thanks\\. Ref *TL\\-1*", parse_mode="MarkdownV2")
        assert ok.text == "Thanks. Ref TL-1"
        with pytest.raises(TelegramBadRequest, match="message is too long"):
            await bot.send_message(CHAT, "x" * 4097)
        too_long = InlineKeyboardButton(text="x", callback_data="d" * 65)
        with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
            await bot.send_message(CHAT, "x", reply_markup=InlineKeyboardMarkup(inline_keyboard=[[too_long]]))


async def test_aiogram_blocked_chat_is_forbidden(api: FakeBotAPI) -> None:
    api.block_chat(CHAT)
    async with aiogram_bot(api) as bot:
        with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
            await bot.send_message(CHAT, "hi")


async def test_aiogram_wrong_token_is_unauthorized(api: FakeBotAPI) -> None:
    async with aiogram_bot(api, token="999:WRONG") as bot:
        with pytest.raises(TelegramUnauthorizedError):
            await bot.get_me()
    assert api.calls == []
    assert api.rejected == [("POST", "/bot999:WRONG/getMe")]


async def test_aiogram_outage_is_an_html_502(api: FakeBotAPI) -> None:
    api.set_unreachable(True)
    async with aiogram_bot(api) as bot:
        # The body is nginx's HTML, so aiogram cannot even decode it.
        with pytest.raises(ClientDecodeError):
            await bot.send_message(CHAT, "hi")
        api.set_unreachable(False)
        await bot.send_message(CHAT, "hi")
    assert [c.status for c in api.calls_to("sendMessage")] == [502, 200]


async def test_aiogram_client_timeout_on_delayed_answer(api: FakeBotAPI) -> None:
    api.delay_next("sendMessage", 1.5)
    async with aiogram_bot(api, timeout=0.3) as bot:
        with pytest.raises(TelegramNetworkError, match="timeout"):
            await bot.send_message(CHAT, "slow")
    # Telegram (the fake) still received and acted on it: the outbox must not assume failure.
    await api.wait_for(lambda calls: calls[0].status == 200, timeout=3)
    assert [m["text"] for m in api.chat_history(CHAT)] == ["slow"]


async def test_aiogram_dispatcher_polling_end_to_end(api: FakeBotAPI) -> None:
    dispatcher = Dispatcher()

    @dispatcher.message(CommandStart())
    async def start(message: Message) -> None:
        await message.answer("Welcome", reply_markup=KEYBOARD)

    bot = aiogram_bot(api)
    polling = asyncio.create_task(dispatcher.start_polling(bot, handle_signals=False, polling_timeout=1))
    api.push_update(api.command_update(CHAT, "start"))
    call = await api.wait_for_call("sendMessage", chat_id=CHAT)
    await dispatcher.stop_polling()
    await polling
    assert call.params["text"] == "Welcome"
    assert call.params["reply_markup"] == KEYBOARD_JSON
    assert api.drop_pending_updates_calls == []


async def test_aiogram_webhook_lifecycle(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        api.push_update(api.message_update(CHAT, "queued"))
        assert await bot.set_webhook("https://tipline.example/hook", secret_token="s3cret_-")
        info = await bot.get_webhook_info()
        assert (info.url, info.pending_update_count) == ("https://tipline.example/hook", 1)
        with pytest.raises(TelegramConflictError, match="webhook is active"):
            await bot.get_updates()
        assert await bot.delete_webhook()
        assert len(await bot.get_updates()) == 1  # deleteWebhook kept the pending update
        assert await bot.delete_webhook(drop_pending_updates=True)
        assert await bot.get_updates() == []
    assert api.calls_to("setWebhook")[0].params == {"url": "https://tipline.example/hook", "secret_token": "s3cret_-"}
    assert [c.method for c in api.drop_pending_updates_calls] == ["deleteWebhook"]


async def test_concurrent_long_polls_conflict(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as first, aiogram_bot(api) as second:
        older = asyncio.create_task(first.get_updates(timeout=5))
        await api.wait_for(lambda calls: len(calls) == 1)
        newer = asyncio.create_task(second.get_updates(timeout=5))
        with pytest.raises(TelegramConflictError, match="terminated by other getUpdates request"):
            await older
        api.push_update(api.message_update(CHAT, "hi"))
        assert len(await newer) == 1


# ---------------------------------------------------------------------------------------------
# python-telegram-bot
# ---------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("ptb_timedelta")
async def test_ptb_initialize_and_send_message(api: FakeBotAPI) -> None:
    async with ptb_bot(api) as bot:  # initialize() calls getMe
        assert bot.username == "tipline_test_bot"
        sent = await bot.send_message(
            CHAT,
            "Thanks",
            reply_markup=telegram.InlineKeyboardMarkup(
                [[telegram.InlineKeyboardButton("Report an account", callback_data="report")]]
            ),
            link_preview_options=telegram.LinkPreviewOptions(is_disabled=True),
        )
    assert [c.method for c in api.calls] == ["getMe", "sendMessage"]
    call = api.calls[1]
    assert call.encoding == "urlencoded"
    # Same decoded view as aiogram's request: drivers can be asserted identically.
    assert call.params == {
        "chat_id": CHAT,
        "text": "Thanks",
        "link_preview_options": {"is_disabled": True},
        "reply_markup": KEYBOARD_JSON,
    }
    assert sent.message_id == 1
    assert sent.text == "Thanks"
    assert sent.reply_markup is not None
    assert sent.reply_markup.inline_keyboard[0][0].callback_data == "report"


@pytest.mark.usefixtures("ptb_timedelta")
async def test_ptb_get_updates_and_offset(api: FakeBotAPI) -> None:
    async with ptb_bot(api) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=5))
        await api.wait_for(lambda calls: any(c.method == "getUpdates" for c in calls))
        pushed = api.push_update(api.message_update(CHAT, "hello", language_code="uk"))
        updates = await poll
        assert [u.update_id for u in updates] == [pushed["update_id"]]
        message = updates[0].message
        assert message is not None
        assert message.text == "hello"
        assert message.from_user is not None
        assert message.from_user.language_code == "uk"
        assert await bot.get_updates(offset=pushed["update_id"] + 1) == ()
    assert api.pending_updates == []


@pytest.mark.usefixtures("ptb_timedelta")
async def test_ptb_429_surfaces_as_retry_after(api: FakeBotAPI) -> None:
    api.fail_next("sendMessage", retry_after=7)
    async with ptb_bot(api) as bot:
        with pytest.raises(telegram.error.RetryAfter) as caught:
            await bot.send_message(CHAT, "hi")
    assert caught.value.retry_after == dtm.timedelta(seconds=7)


async def test_ptb_retry_after_warns_without_timedelta_opt_in(api: FakeBotAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pins the PTB 22 quirk behind the ptb_timedelta fixture."""
    monkeypatch.delenv("PTB_TIMEDELTA", raising=False)
    api.fail_next("sendMessage", retry_after=3)
    async with ptb_bot(api) as bot:
        with pytest.warns(PTBDeprecationWarning, match="retry_after"), pytest.raises(telegram.error.RetryAfter):
            await bot.send_message(CHAT, "hi")


@pytest.mark.usefixtures("ptb_timedelta")
async def test_ptb_errors_and_timeout(api: FakeBotAPI) -> None:
    async with ptb_bot(api) as bot:
        api.fail_next("sendMessage", status=502)
        with pytest.raises(telegram.error.NetworkError, match="Bad Gateway"):
            await bot.send_message(CHAT, "x")
        api.fail_next("deleteMessage", status=400)
        # PTB strips "Bad Request: " and capitalises: match Telegram's texts case-insensitively.
        with pytest.raises(telegram.error.BadRequest, match=r"^Message can't be deleted$"):
            await bot.delete_message(CHAT, 1)
        api.set_unreachable(True)
        with pytest.raises(telegram.error.NetworkError, match="Bad Gateway"):
            await bot.send_message(CHAT, "x")
        api.set_unreachable(False)
        api.delay_next("sendMessage", 1.5)
        with pytest.raises(telegram.error.TimedOut):
            await bot.send_message(CHAT, "slow", read_timeout=0.3)
    with pytest.raises(telegram.error.InvalidToken):
        async with ptb_bot(api, token="999:WRONG"):  # __aenter__ shuts the client down on failure
            pass


@pytest.mark.usefixtures("ptb_timedelta")
async def test_ptb_send_document_multipart(api: FakeBotAPI) -> None:
    csv = b"reference\nTL-1\n"
    async with ptb_bot(api) as bot:
        await bot.send_document(CHAT, telegram.InputFile(csv, filename="tips.csv"), caption="Export")
    call = api.calls_to("sendDocument")[0]
    assert call.encoding == "multipart"
    assert call.params["document"] == {"filename": "tips.csv", "size": len(csv), "content_type": "text/csv"}  # guessed
    assert api.documents[0].text == "reference\nTL-1\n"


@pytest.mark.usefixtures("ptb_timedelta")
async def test_ptb_application_polling_end_to_end(api: FakeBotAPI) -> None:
    async def start(update: telegram.Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Welcome")

    app = ApplicationBuilder().token(TOKEN).base_url(f"{api.base_url}/bot").build()
    app.add_handler(CommandHandler("start", start))
    async with app:
        assert app.updater is not None
        await app.updater.start_polling(timeout=1)
        await app.start()
        api.push_update(api.command_update(CHAT, "start"))
        call = await api.wait_for_call("sendMessage", chat_id=CHAT)
        await app.updater.stop()
        await app.stop()
    assert call.params["text"] == "Welcome"
    # PTB's start_polling always calls deleteWebhook first, without dropping updates by default.
    assert api.calls_to("deleteWebhook")
    assert api.drop_pending_updates_calls == []


# ---------------------------------------------------------------------------------------------
# updates built by the fake parse in both clients
# ---------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("ptb_timedelta")
async def test_builders_parse_in_both_clients(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        sent = await bot.send_message(CHAT, "Pick", reply_markup=KEYBOARD)
    user_message = api.message_update(CHAT, "my tip", user_id=CHAT)
    builders: list[dict[str, Any]] = [
        user_message,
        api.command_update(CHAT, "start", "ref-abc", mention_bot=True),
        api.callback_update(CHAT, "report", sent.message_id),
        api.edited_message_update(CHAT, user_message["message"]["message_id"], "my tip, edited"),
        api.my_chat_member_update(CHAT),
        *(
            api.media_update(CHAT, kind, caption="evidence")
            for kind in ("photo", "video", "document", "sticker", "voice", "animation")
        ),
    ]
    ptb = ptb_bot(api)
    for raw in builders:
        payload = json.loads(json.dumps(raw))
        aiogram_update = Update.model_validate(payload)
        ptb_update = telegram.Update.de_json(payload, ptb)
        assert aiogram_update.update_id == ptb_update.update_id == raw["update_id"]
        assert aiogram_update.event_type == next(key for key in raw if key != "update_id")
        assert ptb_update.api_kwargs == {}, ptb_update.api_kwargs
    command = Update.model_validate(builders[1])
    assert command.message is not None
    assert command.message.text == "/start@tipline_test_bot ref-abc"
    ids = [raw["update_id"] for raw in builders]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    ("text", "mode", "plain", "entities"),
    [
        (
            '<b>Ref <i>TL-1</i></b> 👍 <a href="https://x.org/?a=1&amp;b=2">form</a>',
            "HTML",
            "Ref TL-1 👍 form",
            [("bold", 0, 8), ("italic", 4, 4), ("text_link", 12, 4)],
        ),
        ('<pre><code class="language-csv">a &lt; b</code></pre>', "HTML", "a < b", [("pre", 0, 5)]),
        ("Tom & Jerry", "HTML", "Tom & Jerry", []),
        (
            "*Ref* 🙂 [form](https://x.org/a\\)b) `a.b` TL\\-1",
            "MarkdownV2",
            "Ref 🙂 form a.b TL-1",
            [
                ("bold", 0, 3),
                ("text_link", 7, 4),
                ("code", 12, 3),
            ],
        ),
        ("Intro\n>quoted\n>more\nend", "MarkdownV2", "Intro\nquoted\nmore\nend", [("blockquote", 6, 11)]),
        ("*b* _i_", "Markdown", "b i", [("bold", 0, 1), ("italic", 2, 1)]),
    ],
)
def test_markup_parsing(text: str, mode: str, plain: str, entities: list[tuple[str, int, int]]) -> None:
    parsed_text, parsed_entities = parse_formatted(text, mode)
    assert parsed_text == plain
    assert [(e["type"], e["offset"], e["length"]) for e in parsed_entities or []] == entities


@pytest.mark.parametrize(
    ("text", "mode", "error"),
    [
        ("I <3 you", "HTML", 'Unsupported start tag "3"'),
        ("<b>x</i>", "HTML", "Unmatched end tag"),
        ("<b>x", "HTML", "Can't find end tag"),
        ("1+1=2", "MarkdownV2", "Character '+' is reserved"),
        ("*open", "MarkdownV2", "Can't find end of Bold entity"),
        ("user_name", "Markdown", "Can't find end of the entity"),
    ],
)
def test_markup_errors(text: str, mode: str, error: str) -> None:
    with pytest.raises(EntityParseError, match=re.escape(error)):
        parse_formatted(text, mode)


# ---------------------------------------------------------------------------------------------
# raw HTTP: paths, tokens, encodings; webhooks; helpers
# ---------------------------------------------------------------------------------------------


async def test_raw_paths_tokens_and_encodings(api: FakeBotAPI) -> None:
    async with aiohttp.ClientSession() as http:

        async def post(path: str, **kwargs: Any) -> tuple[int, dict[str, Any]]:
            async with http.post(f"{api.base_url}{path}", **kwargs) as response:
                return response.status, await response.json()

        assert await post(f"/bot{TOKEN}/noSuchMethod") == (
            404,
            {"ok": False, "error_code": 404, "description": "Not Found"},
        )
        assert (await post("/bot999:X/getMe"))[0] == 401
        assert (await post(f"/{TOKEN}/getMe"))[0] == 404
        assert (await post(f"/bot{TOKEN}"))[0] == 404
        assert (await post(f"/bot{TOKEN}/getme"))[1]["result"]["id"] == 123  # method names are case-insensitive

        body = {"chat_id": str(CHAT), "text": "json", "reply_markup": json.dumps(KEYBOARD_JSON)}
        status, answer = await post(f"/bot{TOKEN}/sendMessage", json=body)
        assert status == 200
        assert answer["result"]["reply_markup"] == KEYBOARD_JSON
        async with http.get(f"{api.base_url}/bot{TOKEN}/sendMessage", params={"chat_id": "7", "text": "q"}) as r:
            assert r.status == 200
    json_call, query_call = api.calls_to("sendMessage")
    assert (json_call.encoding, json_call.params["reply_markup"]) == ("json", KEYBOARD_JSON)
    assert (query_call.encoding, query_call.params) == ("none", {"chat_id": 7, "text": "q"})
    assert [c.method for c in api.calls] == ["noSuchMethod", "getMe", "sendMessage", "sendMessage"]


async def test_post_to_webhook_with_secret() -> None:
    received: list[dict[str, Any]] = []

    async def receive(request: web.Request) -> web.Response:
        if request.headers.get("X-Telegram-Bot-Api-Secret-Token") != "s3cret":
            return web.Response(status=403, text="forbidden")
        received.append(await request.json())
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    try:
        async with FakeBotAPI(token=TOKEN, deliver_webhooks=True, webhook_retry_delay=0.05) as api:
            update = api.message_update(CHAT, "/start")
            assert await api.post_to_webhook(url, update, secret_token="s3cret") == (200, "ok")
            assert await api.post_to_webhook(url, update, secret_token="wrong") == (403, "forbidden")
            assert received == [update]

            # With delivery on, a webhook set through the API receives queued updates in order.
            async with aiogram_bot(api) as bot:
                assert await bot.set_webhook(url, secret_token="wrong")
                queued = api.push_update(api.message_update(CHAT, "queued"))
                for _ in range(100):
                    info = await bot.get_webhook_info()
                    if info.last_error_message:
                        break
                    await asyncio.sleep(0.02)
                assert info.last_error_message is not None
                assert "403" in info.last_error_message
                assert await bot.set_webhook(url, secret_token="s3cret")
                for _ in range(100):
                    if len(received) == 2:
                        break
                    await asyncio.sleep(0.02)
            assert received[1] == queued
            assert api.pending_updates == []
    finally:
        await runner.cleanup()


async def test_wait_for_timeout_dumps_calls(api: FakeBotAPI) -> None:
    async with aiogram_bot(api) as bot:
        await bot.send_message(CHAT, "visible in the dump")
    with pytest.raises(AssertionError, match=r"(?s)a reply to chat 7.*sendMessage \[200\].*visible in the dump"):
        await api.wait_for(
            lambda calls: bool(api.calls_to("sendMessage", chat_id=7)), timeout=0.2, what="a reply to chat 7"
        )


async def test_fail_next_any_method_and_clear(api: FakeBotAPI) -> None:
    api.fail_next("*", status=503, times=5)
    async with aiogram_bot(api) as bot:
        with pytest.raises(TelegramServerError):
            await bot.get_me()
        api.clear_faults()
        assert (await bot.get_me()).id == 123


async def test_no_network_guard_blocks_outside_loopback() -> None:
    with NetworkGuard() as guard:
        with pytest.raises(NetworkAccessBlockedError):
            socket.getaddrinfo("api.telegram.org", 443)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkAccessBlockedError):
            sock.connect(("192.0.2.1", 443))  # TEST-NET-1, never routed
        async with aiohttp.ClientSession() as http:
            with pytest.raises(NetworkAccessBlockedError):
                await http.get("https://api.telegram.org/")
        # Loopback stays reachable.
        socket.getaddrinfo("127.0.0.1", 80)
        socket.getaddrinfo("localhost", 80)
    assert len(guard.attempts) == 3
    guard.attempts.clear()  # this test's attempts were deliberate
